// The claim graph's vocabulary, shared by the seed, the extractor, the ingest path and the
// repositories. Dates are ISO calendar dates (YYYY-MM-DD) as strings at this boundary; Neo4j
// stores them as DATE values.

export const ACTOR_KINDS = [
  'PERSON',
  'ORGANIZATION',
  'COMPANY',
  'GOVERNMENT',
  'AGENCY',
  'ALLIANCE',
  'MEDIA',
  'PLATFORM',
  'ANONYMOUS',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const SOURCE_KINDS = [
  'ARTICLE',
  'WIRE_REPORT',
  'INTERVIEW',
  'BROADCAST',
  'SOCIAL_POST',
  'PRESS_STATEMENT',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** How one source derives from another (PROV-O wasDerivedFrom / wasQuotedFrom). */
export const DERIVATION_KINDS = ['QUOTES', 'CITES', 'SYNDICATES'] as const;
export type DerivationKind = (typeof DERIVATION_KINDS)[number];

export const CLAIM_RELATIONS = ['CONTRADICTS', 'DENIES', 'SUPPORTS'] as const;
export type ClaimRelation = (typeof CLAIM_RELATIONS)[number];

export const STANCE_POLARITIES = ['SUPPORT', 'OPPOSE', 'NEUTRAL', 'MIXED'] as const;
export type StancePolarity = (typeof STANCE_POLARITIES)[number];

/** Cue verbs, in the base form the graph stores ("warned" -> "warn"). */
export const CUES = [
  'say',
  'tell',
  'warn',
  'deny',
  'tweet',
  'urge',
  'add',
  'insist',
  'claim',
  'continue',
  'state',
  'accuse',
  'argue',
  'assess',
  'lobby',
  'according_to',
  'conclude',
  'estimate',
  'charge',
  'blame',
  'clarify',
  'report',
  'point out',
  'call on',
  'push back',
  'shoot back',
  'weigh in',
] as const;
export type Cue = (typeof CUES)[number];

export type IsoDate = string;

export interface Affiliation {
  /** id of the organisation the actor belongs to or acts for */
  actorId: string;
  /** e.g. "Secretary-General", "founder", "representative", "official" */
  title: string;
  since?: IsoDate;
  until?: IsoDate;
}

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  wikidataId?: string;
  /** for anonymous and role speakers: "foreign ministry official" */
  role?: string;
  affiliations: Affiliation[];
}

export interface Derivation {
  sourceId: string;
  relation: DerivationKind;
}

export interface Source {
  id: string;
  kind: SourceKind;
  title?: string;
  url?: string;
  /** id of the outlet actor (The Independent, CNN, Bloomberg, Twitter) */
  outletId?: string;
  author?: string;
  publishedAt?: IsoDate;
  /** sha256 of the normalised text, when the text is known */
  contentHash?: string;
  /** the full text, when known; statement offsets index into it */
  text?: string;
  /** the text's print (src/domain/body-print.ts), when the writer computed it already */
  bodyPrint?: string;
  derivedFrom: Derivation[];
}

export interface Statement {
  id: string;
  /** the publication that reports the statement */
  sourceId: string;
  speakerId: string;
  /** exact words for a direct quote, or the reported proposition */
  text: string;
  direct: boolean;
  cue: Cue;
  /** intermediary sources, nearest to the speaker first (the CNN interview, the tweet) */
  viaIds: string[];
  audience?: string;
  saidAt?: IsoDate;
  claimId?: string;
  /** character offsets of `text` in the publication's text, when known */
  startOffset?: number;
  endOffset?: number;
  confidence: number;
  /** how the speaker was resolved when the statement was extracted (exact, alias, fuzzy…) */
  speakerMethod?: string;
  speakerConfidence?: number;
  /**
   * How the statement was tied to its claim when linked (exact, subspan, paraphrase: matched
   * to a claim other statements express; new: no match; split: an editor split it off).
   */
  claimMethod?: string;
  /** the match's score, 0..1 (1 for exact and new) */
  claimScore?: number;
  /** the sort date (said, else published), set by the graph; keys the keyset cursors */
  at?: IsoDate;
}

export interface Claim {
  id: string;
  text: string;
  topicIds: string[];
}

export interface ClaimLink {
  fromClaimId: string;
  toClaimId: string;
  relation: ClaimRelation;
}

export interface Topic {
  id: string;
  name: string;
  aliases: string[];
}

export interface Stance {
  id: string;
  actorId: string;
  /** exactly one of topicId / targetActorId */
  topicId?: string;
  targetActorId?: string;
  polarity: StancePolarity;
  /** the topic's or target actor's name, filled in when read from the graph */
  about?: string;
  since?: IsoDate;
  until?: IsoDate;
  evidenceIds: string[];
}

/** A whole data set as plain data: the seed files and the export format share it. */
export interface GraphDataSet {
  actors: Actor[];
  topics: Topic[];
  sources: Source[];
  claims: Claim[];
  claimLinks: ClaimLink[];
  statements: Statement[];
  stances: Stance[];
}

/** How a fact-check found the claim it reviews: the claim matcher's methods, or a new claim. */
export const REVIEW_MATCH_METHODS = ['exact', 'subspan', 'paraphrase', 'new'] as const;
export type ReviewMatchMethod = (typeof REVIEW_MATCH_METHODS)[number];

/** A fact-check (schema.org ClaimReview) of one claim, identified by its URL. */
export interface ClaimReview {
  id: string;
  url: string;
  /** the reviewed claim's words as the fact-checker wrote them */
  claimReviewed: string;
  claimId: string;
  /** the fact-checking organisation */
  authorId: string;
  ratingText?: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
  datePublished?: IsoDate;
  matchMethod: ReviewMatchMethod;
  matchScore: number;
}
