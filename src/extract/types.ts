// The extractor's contract: article text and metadata in, attributed statements out.
// Pure data, no database: src/core/ingest/ resolves speakers against the graph and writes.

import type { ActorKind, Cue, IsoDate, SourceKind, StancePolarity } from '../domain/model';

export interface ArticleInput {
  text: string;
  title?: string;
  url?: string;
  outlet?: string;
  author?: string;
  /** publication date; relative dates ("last month", "on Tuesday") resolve against it */
  publishedAt?: IsoDate;
}

/** How a speaker mention was tied to the speaker the statement is attributed to. */
export type ResolutionMethod =
  | 'exact' // the full name as written
  | 'alias' // a known alias or short form ("Mr Ren" -> "Ren Zhengfei")
  | 'title' // a title folded into the name ("Secretary-general Jens Stoltenberg")
  | 'fuzzy' // a guarded edit-distance match ("Stotlenberg" -> "Stoltenberg")
  | 'pronoun' // "he", "she", "he added", "he continued" -> nearest compatible speaker
  | 'role' // an anonymous or role speaker ("a foreign ministry official")
  | 'new'; // nothing matched: a new actor

export interface ExtractedSpeaker {
  /** canonical name within the article (the fullest form seen), or the role phrase */
  name: string;
  /** the words in the text that name the speaker for this statement */
  mention: string;
  kind: ActorKind;
  /** for role and anonymous speakers: "foreign ministry official", "representative" */
  role?: string;
  /** the organisation the speaker acts for, as named in the text ("German BND intelligence service") */
  affiliation?: string;
  /** title held, when the text gives one ("Secretary-general", "founder") */
  title?: string;
  method: ResolutionMethod;
  confidence: number;
}

export interface ExtractedIntermediary {
  /** the outlet or platform named: "CNN", "Bloomberg", "Twitter" */
  outlet: string;
  kind: SourceKind;
  /** the phrase that named it: "according to CNN", "told Bloomberg", "tweeted" */
  phrase: string;
}

export interface ExtractedStatement {
  /** exact quoted words (direct) or the reported proposition (indirect) */
  text: string;
  direct: boolean;
  cue: Cue;
  speaker: ExtractedSpeaker;
  /** "politicians in the country" for "told politicians in the country" */
  audience?: string;
  intermediary?: ExtractedIntermediary;
  /** date the words were said, when it differs from or refines publication */
  saidAt?: IsoDate;
  /**
   * How much of `saidAt` the text actually gives. A month-level date ("last month") is stored
   * as the first day of that month with precision 'month'; a year-level one as 1 January.
   */
  saidAtPrecision?: DatePrecision;
  /**
   * For a quote in several pieces (split around its attribution, or running over several
   * paragraphs): each piece's offsets. `startOffset`/`endOffset` then span all of them.
   */
  parts?: TextSpan[];
  /** character offsets of `text` in ArticleInput.text */
  startOffset: number;
  endOffset: number;
  /** the stance the cue carries toward the statement's proposition (a denial opposes it) */
  stance?: StancePolarity;
  confidence: number;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface TextSpan {
  startOffset: number;
  endOffset: number;
}

export interface ExtractionResult {
  statements: ExtractedStatement[];
  /** every distinct speaker, once, after in-article resolution */
  speakers: ExtractedSpeaker[];
}
