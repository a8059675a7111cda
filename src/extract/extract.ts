// The extractor as a pipeline: paragraphs -> furniture -> quotations -> tokens -> names ->
// direct quotes + reported speech -> speakers, channels and dates, in text order -> the lede's
// role speaker named -> channels borrowed by reported speech that quotes a fragment of a
// channelled quote -> an interview's channel carried to what its speaker says later.

import { type Attribution, type TextPiece, withoutRange } from './attribution';
import { borrowChannels } from './channels';
import { stanceOf } from './cues';
import { resolveSaidAt, type SaidAt } from './dates';
import { attributeQuotes } from './direct';
import { markFurniture } from './furniture';
import { type FoundIntermediary, findIntermediary, namesVenue } from './intermediaries';
import { type ChannelMark, carryInterviews } from './interviews';
import { nameLedeSpeaker } from './lede';
import type { Gender } from './lexicon';
import { buildRegistry, type Registry } from './mentions';
import { isPressName, outletTypeOf } from './outlets';
import { splitParagraphs } from './paragraphs';
import { findQuotations } from './quotes';
import { findReported } from './reported';
import { bodyNamedWith, bodyOfTitle, resolveSpeaker, type SpeakerContext, type SpokenBy } from './speakers';
import type { TokenRange } from './subject';
import { type Token, tokenise } from './tokens';
import type { ArticleInput, ExtractedSpeaker, ExtractedStatement, ExtractionResult } from './types';

const WRITING_CUES: ReadonlySet<string> = new Set(['wrote', 'writes', 'posted', 'posts']);
const WRITTEN_CHANNELS: ReadonlySet<string> = new Set(['SOCIAL_POST', 'PRESS_STATEMENT', 'ARTICLE']);

/**
 * Channels that are one artefact: a tweet split around its attribution is still one tweet. A
 * written statement quoted in sentences ("…,” the ministry said in a statement. “…”) is
 * quoted as speech is, a statement per sentence, as the news annotation has it.
 */
const ARTEFACT_KINDS = new Set(['SOCIAL_POST']);

export function extractStatements(input: ArticleInput): ExtractionResult {
  if (typeof input?.text !== 'string') {
    throw new TypeError(`extractStatements needs ArticleInput with a string text; got ${describe(input)}`);
  }
  const { text } = input;
  const paragraphs = splitParagraphs(text);
  const furniture = markFurniture(paragraphs, input.outlet);
  const body = paragraphs.filter((_, i) => furniture[i] === undefined);
  const quotations = findQuotations(text, body);
  const { tokens, sentences } = tokenise(text, body, quotations);
  const registry = buildRegistry(tokens);
  const direct = attributeQuotes(text, tokens, quotations);
  const reported = findReported(tokens, sentences, direct.usedCues);
  const attributions = [...direct.attributions, ...reported].sort(
    (a, b) => (a.pieces[0]?.start ?? 0) - (b.pieces[0]?.start ?? 0),
  );
  const statements = assemble(text, tokens, registry, attributions, input.publishedAt, input.outlet);
  nameLedeSpeaker(statements, tokens[0]?.paragraph ?? 0);
  // A quote's own channel, borrowed by reported speech that cites it, comes before an interview
  // carried from earlier in the article.
  const borrowed = borrowChannels(statements.map((s) => s.statement));
  carryInterviews(borrowed.map((statement, i) => ({ statement, channel: statements[i]?.channel })));
  return {
    statements: borrowed,
    speakers: distinctSpeakers(statements),
  };
}

interface Assembled {
  statement: ExtractedStatement;
  pieces: TextPiece[];
  gender?: Gender;
  paragraph: number;
  /** whether its attribution opens an interview for its speaker or names something else */
  channel?: ChannelMark;
}

function assemble(
  text: string,
  tokens: readonly Token[],
  registry: Registry,
  attributions: readonly Attribution[],
  publishedAt: string | undefined,
  ownOutlet: string | undefined,
): Assembled[] {
  const out: Assembled[] = [];
  const history: SpokenBy[] = [];
  // The speaker each channel phrase was first found for, by its last token.
  const claimed = new Map<number, string>();
  for (const raw of attributions) {
    const previous = out[out.length - 1];
    if (raw.follows !== undefined && previous?.paragraph !== raw.follows) continue;
    const a = raw.follows !== undefined && previous ? { ...raw, cue: previous.statement.cue } : raw;
    const context: SpeakerContext = {
      tokens,
      registry,
      history,
      token: a.cueToken,
      paragraph: a.paragraph,
    };
    const resolved =
      a.speaker.type === 'previous'
        ? previous && {
            speaker: previous.statement.speaker,
            ...(previous.gender ? { gender: previous.gender } : {}),
          }
        : resolveSpeaker(a.speaker.phrase, context);
    if (!resolved) continue;
    const { speaker } = resolved;
    const sameSpeaker = previous !== undefined && previous.statement.speaker.name === speaker.name;
    // "he added", "she continued" and an unattributed follow-on carry the channel (and date) of
    // the statement they continue; an interview's channel reaches the speaker's later words
    // whatever their cue (carryInterviews, once the lede's speaker is named).
    const continues =
      sameSpeaker && (a.speaker.type === 'previous' || a.cue === 'add' || a.cue === 'continue');

    if (a.continuation && previous && isArtefact(previous.statement)) {
      // One post or statement quoted in pieces: extend it.
      previous.pieces.push(...a.pieces);
      Object.assign(previous.statement, textFields(text, previous.pieces, true));
      continue;
    }

    let intermediary = findIntermediary(tokens, a.regions, a.cueToken, ownOutlet);
    // "X insisted on CBC Radio that P, days after Washington said Q": the phrase names the
    // channel of the speaker it was found for first, not of another one in the same sentence.
    if (intermediary) {
      const owner = claimed.get(intermediary.last);
      if (owner === undefined) claimed.set(intermediary.last, speaker.name);
      else if (owner !== speaker.name) intermediary = undefined;
    }
    // Words said to the publishing outlet itself reach the reader through no intermediary, and
    // end any interview the speaker gave elsewhere.
    let toOwnOutlet = false;
    if (intermediary && ownOutlet !== undefined && sameOutlet(intermediary.outlet, ownOutlet)) {
      intermediary = undefined;
      toOwnOutlet = true;
    }
    if (intermediary?.earlier) {
      const kind = intermediary.kind;
      const before = out.findLast(
        (o) => o.statement.speaker.name === speaker.name && o.statement.intermediary?.kind === kind,
      )?.statement.intermediary;
      // A post or a paper never named is none we know of; a statement is the speaker's body's, below.
      if (before) intermediary = { ...intermediary, outlet: before.outlet };
      else if (kind !== 'PRESS_STATEMENT') intermediary = undefined;
    }
    if (
      (intermediary?.kind === 'PRESS_STATEMENT' || intermediary?.kind === 'SOCIAL_POST') &&
      intermediary.outlet === ''
    ) {
      const { affiliation } = speaker;
      const body = affiliation && (bodyNamedWith(affiliation, context) ?? affiliation);
      const owner =
        body ??
        (speaker.kind === 'PERSON' ? bodyOfTitle(speaker.mention, speaker.title, context) : undefined);
      intermediary = { ...intermediary, outlet: owner ?? speaker.name };
    }
    // "told the programme", "told the station's breakfast show": the broadcaster named before.
    if (intermediary?.outlet === '' && intermediary.kind === 'BROADCAST') {
      // A programme is a broadcaster's, never the paper an interview was given to; the one the
      // speaker was last on, else the last one named.
      const onAir = (o: Assembled): boolean => {
        const via = o.statement.intermediary;
        if (!via || !['BROADCAST', 'INTERVIEW'].includes(via.kind)) return false;
        const type = outletTypeOf(via.outlet);
        return type === undefined
          ? via.kind === 'BROADCAST' || !isPressName(via.outlet)
          : type === 'broadcast';
      };
      const earlier = [...out].reverse();
      const named =
        earlier.find((o) => onAir(o) && o.statement.speaker.name === speaker.name) ?? earlier.find(onAir);
      intermediary = named?.statement.intermediary
        ? { ...intermediary, outlet: named.statement.intermediary.outlet }
        : undefined;
    }
    // An outlet's or programme's name is never a date ("the BBC's Today programme").
    const dateRegions = withoutRelativeClauses(
      tokens,
      intermediary ? withoutRange(a.regions, intermediary) : a.regions,
      a.cueToken,
    );
    const said = resolveSaidAt(regionText(tokens, dateRegions), publishedAt);
    // "… wrote on Facebook that P. “Q,” she wrote.": writing again, in the same post.
    const writesOn =
      sameSpeaker &&
      WRITING_CUES.has(tokens[a.cueToken]?.lower ?? '') &&
      previous !== undefined &&
      a.paragraph - previous.paragraph <= 1 &&
      WRITTEN_CHANNELS.has(previous.statement.intermediary?.kind ?? '');
    const inherited = continues || writesOn ? previous?.statement : undefined;
    const channel = intermediary
      ? { outlet: intermediary.outlet, kind: intermediary.kind, phrase: intermediary.phrase }
      : inherited?.intermediary;
    const datedBy = continues ? previous?.statement : undefined;
    const date: SaidAt | undefined =
      said ??
      (datedBy?.saidAt ? { saidAt: datedBy.saidAt, precision: datedBy.saidAtPrecision ?? 'day' } : undefined);
    const stance = stanceOf(a.cue);
    const statement: ExtractedStatement = {
      ...textFields(text, a.pieces, a.direct),
      direct: a.direct,
      cue: a.cue,
      speaker,
      confidence: round(a.confidence * (0.5 + 0.5 * speaker.confidence)),
      ...(a.audience ? { audience: a.audience } : {}),
      ...(channel ? { intermediary: channel } : {}),
      ...(date ? { saidAt: date.saidAt, saidAtPrecision: date.precision } : {}),
      ...(stance ? { stance } : {}),
    };
    const gender = resolved.gender;
    const mark = channelMark(
      intermediary,
      toOwnOutlet || namesVenue(tokens, a.regions) || (a.speaker.type !== 'previous' && isFreshRole(speaker)),
    );
    out.push({
      statement,
      pieces: [...a.pieces],
      paragraph: a.paragraph,
      ...(gender ? { gender } : {}),
      ...(mark ? { channel: mark } : {}),
    });
    history.push({ speaker, token: a.cueToken, paragraph: a.paragraph, ...(gender ? { gender } : {}) });
  }
  return out;
}

/**
 * An interview the attribution names opens one for the speaker; any other channel it names, or
 * a setting ("told reporters", "at a news conference", the publishing outlet), closes it.
 */
function channelMark(
  intermediary: FoundIntermediary | undefined,
  elsewhere: boolean,
): ChannelMark | undefined {
  if (intermediary) return intermediary.spokenTo && intermediary.outlet !== '' ? 'opens' : 'closes';
  return elsewhere ? 'closes' : undefined;
}

/** "A senior official said": a role named afresh, perhaps not the one who spoke before. */
function isFreshRole(speaker: ExtractedSpeaker): boolean {
  return speaker.kind === 'ANONYMOUS' && speaker.method === 'role';
}

function sameOutlet(a: string, b: string): boolean {
  const fold = (s: string): string =>
    s
      .toLowerCase()
      .replace(/^the\s+/, '')
      .trim();
  return fold(a) === fold(b);
}

function isArtefact(s: ExtractedStatement): boolean {
  return s.cue === 'tweet' || (s.intermediary !== undefined && ARTEFACT_KINDS.has(s.intermediary.kind));
}

/**
 * The statement's words and offsets. One piece: the exact slice. Several: the pieces joined by
 * a single space, the comma that handed over to the attribution read as the full stop it
 * stands for when the next piece starts a new sentence; offsets span all the pieces.
 */
function textFields(
  text: string,
  pieces: readonly TextPiece[],
  direct: boolean,
): Pick<ExtractedStatement, 'text' | 'startOffset' | 'endOffset' | 'parts'> {
  const first = pieces[0] as TextPiece;
  const last = pieces[pieces.length - 1] as TextPiece;
  if (pieces.length === 1 || !direct) {
    return { text: text.slice(first.start, last.end), startOffset: first.start, endOffset: last.end };
  }
  let joined = '';
  for (const [i, piece] of pieces.entries()) {
    const words = text.slice(piece.start, piece.end);
    if (i > 0) {
      const previous = pieces[i - 1] as TextPiece;
      const sentenceGoesOn = /^[“"‘']?\p{Ll}/u.test(words);
      if (sentenceGoesOn && text.charAt(previous.end) === ',') joined += ',';
      else if (!sentenceGoesOn && !/[.!?…]["”’']?$/.test(joined)) joined += '.';
      joined += ' ';
    }
    joined += words;
  }
  return {
    text: joined,
    startOffset: first.start,
    endOffset: last.end,
    parts: pieces.map((p) => ({ startOffset: p.start, endOffset: p.end })),
  };
}

/**
 * "Asked about remarks by the ambassador, who said last week that …, Xu shot back": a relative
 * clause tells of someone else's act, and its date is not when these words were said.
 */
function withoutRelativeClauses(
  tokens: readonly Token[],
  regions: readonly TokenRange[],
  cue: number,
): TokenRange[] {
  let out = [...regions];
  for (const r of regions) {
    for (let i = r.first; i < r.last; i++) {
      const t = tokens[i] as Token;
      if (t.lower !== ',' || !['who', 'which', 'whose'].includes(tokens[i + 1]?.lower ?? '')) continue;
      let end = i + 2;
      while (end < r.last && (tokens[end] as Token).lower !== ',') end++;
      if (cue < i || cue > end) out = withoutRange(out, { first: i, last: end });
      i = end;
    }
  }
  return out;
}

function regionText(tokens: readonly Token[], regions: readonly TokenRange[]): string {
  return regions
    .map((r) =>
      tokens
        .slice(r.first, r.last + 1)
        .map((t) => t.text)
        .join(' '),
    )
    .join(' , ');
}

function distinctSpeakers(statements: readonly Assembled[]): ExtractedSpeaker[] {
  const byKey = new Map<string, ExtractedSpeaker>();
  for (const { statement } of statements) {
    const s = statement.speaker;
    const key = `${s.kind}:${s.name.toLowerCase()}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...s });
      continue;
    }
    if (!seen.title && s.title) seen.title = s.title;
    if (!seen.affiliation && s.affiliation) seen.affiliation = s.affiliation;
    if (s.confidence > seen.confidence) {
      seen.confidence = s.confidence;
      seen.method = s.method;
      seen.mention = s.mention;
    }
  }
  return [...byKey.values()];
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 120) ?? String(value);
  } catch {
    return String(value);
  }
}
