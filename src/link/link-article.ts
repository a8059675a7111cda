// One article's statements -> its place in the claim graph, in two pure steps around one
// look-up: `linkQueries` says what to look up (claims per statement, topics per subject),
// `decideLinks` decides from what the look-up found. Decisions depend only on the article
// and the candidates, so linking the same article against the same graph decides the same.

import { createHash } from 'node:crypto';
import { claimIdFor } from '../domain/content-hash';
import type { ClaimLink, IsoDate, Stance, Topic } from '../domain/model';
import { nameKey, topicIdFor } from '../domain/names';
import { betterMatch, type ClaimMatch, type ClaimMatchMethod, compareTexts, negates } from './claim-match';
import { denialTarget } from './denial';
import { type MatchText, matchText, significant } from './match-text';
import { type NamedActor, stancesIn, type TextStance } from './stance';
import { articleSubjects, mentions } from './topics';

export interface LinkStatement {
  id: string;
  text: string;
  direct: boolean;
  cue: string;
  speakerId: string;
  /** who holds the speaker's stances: the speaker, or the organisation an anonymous one speaks for */
  holderId: string;
  /** the day it sorts by: said, else published */
  at?: IsoDate;
}

export interface LinkableArticle {
  sourceId: string;
  title?: string;
  text: string;
  statements: LinkStatement[];
  /** the actors the article names, with their ids: stance targets */
  actors: Array<NamedActor & { id: string }>;
  /** names that are never subjects: the article's people and outlets */
  notSubjects: string[];
}

export interface CandidateClaim {
  id: string;
  text: string;
  statementTexts: string[];
  bySpeaker: boolean;
}

export interface CandidateTopic {
  id: string;
  name: string;
  aliases: string[];
}

export interface LinkQueries {
  claims: Array<{ key: string; words: string; speakerId: string }>;
  subjects: string[];
  /** what the queries were read from, for decideLinks to reuse */
  names: ArticleNames;
}

export type ClaimMethod = ClaimMatchMethod | 'new';

export interface StatementLink {
  statementId: string;
  claimId: string;
  method: ClaimMethod;
  score: number;
}

export interface ArticleLinks {
  statements: StatementLink[];
  /** claims to create (or join, when one with the id exists), with the article's topics */
  claims: Array<{ id: string; text: string }>;
  claimLinks: ClaimLink[];
  /** the article's topics: found ones as stored, new ones to create */
  topics: Topic[];
  stances: Stance[];
  /** bare denials ("rejected the accusation") the article alone does not explain */
  unresolvedReferences: ReferenceDenial[];
}

export interface ReferenceDenial {
  statementId: string;
  /** the denial's own claim */
  claimId: string;
}

/** Lucene gets the words that carry the proposition, not a 300-word quote. */
const MAX_QUERY_WORDS = 24;
/** An article is about at most this many new subjects. */
const MAX_SUBJECTS = 3;

/**
 * The text a statement's claim is stated in. A reported denial ("X denied that P", text P)
 * expresses not-P, so its claim is the negation, never P itself.
 */
export function claimTextOf(statement: Pick<LinkStatement, 'text' | 'cue' | 'direct'>): string {
  const text = statement.text.replace(/\s+/g, ' ').trim();
  const denied = denialTarget(statement);
  if (denied?.kind === 'proposition' && statement.cue === 'deny' && !statement.direct) {
    return `It is not true that ${denied.text}`;
  }
  return text;
}

function queryWords(text: string): string {
  return significant(matchText(text))
    .slice(0, MAX_QUERY_WORDS)
    .map((token) => token.word)
    .join(' ');
}

function subjectsOf(article: LinkableArticle): string[] {
  return articleSubjects(article.title, article.text, { exclude: article.notSubjects, limit: MAX_SUBJECTS });
}

/** The stances an article's statements state, each with its target's name. */
function statedStances(article: LinkableArticle, subjects: readonly string[]) {
  const context = `${article.title ?? ''}\n\n${article.text}`;
  return article.statements.flatMap((statement) =>
    stancesIn(statement.text, context, article.actors).flatMap((stance) => {
      const name = stance.target.kind === 'actor' ? stance.target.name : policyName(stance.target, subjects);
      return name ? [{ statement, stance, name }] : [];
    }),
  );
}

/**
 * A policy's topic name: its qualifier, spelled as the article's subject it begins ("Korvex"
 * -> "Korvex Telecom ban"), or its own words ("seabed patrol plan"); a bare "the review" is
 * named after what the article is most about.
 */
function policyName(target: Extract<TextStance['target'], { kind: 'policy' }>, subjects: readonly string[]) {
  if (target.modifiers) return `${target.modifiers} ${target.head}`;
  const key = target.qualifier === undefined ? undefined : nameKey(target.qualifier);
  const qualifier =
    key === undefined
      ? subjects[0]
      : (subjects.find((subject) => nameKey(subject) === key || nameKey(subject).startsWith(`${key} `)) ??
        target.qualifier);
  return qualifier ? `${qualifier} ${target.head}` : undefined;
}

/** What an article is about and the stances it states: read once, for the look-up and the decisions. */
export interface ArticleNames {
  subjects: string[];
  stated: ReturnType<typeof statedStances>;
  /** the subjects and the policies stances name: every topic the article may have */
  all: string[];
}

function topicNames(article: LinkableArticle): ArticleNames {
  const subjects = subjectsOf(article);
  const stated = statedStances(article, subjects);
  const policies = stated.flatMap(({ stance, name }) => (stance.target.kind === 'policy' ? [name] : []));
  return { subjects, stated, all: [...new Set([...subjects, ...policies])] };
}

export function linkQueries(article: LinkableArticle): LinkQueries {
  const claims = article.statements.flatMap((statement, index) => {
    const own = {
      key: `s${index}`,
      words: queryWords(claimTextOf(statement)),
      speakerId: statement.speakerId,
    };
    const denied = denialTarget(statement);
    return denied?.kind === 'proposition'
      ? [own, { key: `p${index}`, words: queryWords(denied.text), speakerId: '' }]
      : [own];
  });
  const names = topicNames(article);
  return { claims, subjects: names.all, names };
}

interface Known {
  claimId: string;
  texts: MatchText[];
  bySpeaker: (speakerId: string) => boolean;
}

function bestClaim(
  wanted: MatchText,
  speakerId: string,
  known: readonly Known[],
  options: { acrossSpeakers: boolean; except?: string },
): { claimId: string; match: ClaimMatch } | undefined {
  let best: { claimId: string; match: ClaimMatch } | undefined;
  for (const candidate of known) {
    if (candidate.claimId === options.except) continue;
    const sameSpeaker = candidate.bySpeaker(speakerId);
    for (const text of candidate.texts) {
      const match = compareTexts(wanted, text, sameSpeaker, {
        paraphraseAcrossSpeakers: options.acrossSpeakers,
      });
      if (match && (!best || betterMatch(match, best.match))) best = { claimId: candidate.claimId, match };
    }
  }
  return best;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

function topicsFor(
  article: LinkableArticle,
  subjects: readonly string[],
  found: ReadonlyMap<string, CandidateTopic[]>,
) {
  const topics = new Map<string, Topic>();
  const byName = new Map<string, string>();
  for (const subject of subjects) {
    const key = nameKey(subject);
    const stored = (found.get(subject) ?? []).find((topic) =>
      [topic.name, ...topic.aliases].some((name) => nameKey(name) === key),
    );
    const topic = stored ?? { id: topicIdFor(subject), name: subject, aliases: [] };
    topics.set(topic.id, topic);
    byName.set(key, topic.id);
  }
  // A stored topic the article names in full (by name or alias), though not as a subject.
  for (const candidates of found.values()) {
    for (const topic of candidates) {
      if (topics.has(topic.id)) continue;
      if (
        [topic.name, ...topic.aliases].some(
          (name) => name.split(/\s+/).length >= 2 && mentions(article.text, name),
        )
      ) {
        topics.set(topic.id, topic);
      }
    }
  }
  return { topics: [...topics.values()], byName };
}

export function decideLinks(
  article: LinkableArticle,
  claimsFound: ReadonlyMap<string, CandidateClaim[]>,
  topicsFound: ReadonlyMap<string, CandidateTopic[]>,
  names: ArticleNames = topicNames(article),
): ArticleLinks {
  const parsed = new Map<string, MatchText>();
  const parse = (text: string) => {
    const cached = parsed.get(text);
    if (cached) return cached;
    const value = matchText(text);
    parsed.set(text, value);
    return value;
  };
  const graphKnown = (key: string): Known[] =>
    (claimsFound.get(key) ?? []).map((claim) => ({
      claimId: claim.id,
      texts: [claim.text, ...claim.statementTexts].map(parse),
      bySpeaker: () => claim.bySpeaker,
    }));

  // Statements of this article join claims of the graph or of earlier statements here.
  const here: Array<Known & { speakers: Set<string> }> = [];
  const claims = new Map<string, { id: string; text: string }>();
  const links: StatementLink[] = [];
  article.statements.forEach((statement, index) => {
    const text = claimTextOf(statement);
    const wanted = parse(text);
    const known = [...graphKnown(`s${index}`), ...here];
    const found = bestClaim(wanted, statement.speakerId, known, { acrossSpeakers: false });
    const claimId = found?.claimId ?? claimIdFor(text);
    links.push({
      statementId: statement.id,
      claimId,
      method: found ? found.match.method : 'new',
      score: found ? found.match.score : 1,
    });
    if (!found) claims.set(claimId, { id: claimId, text });
    const mine = here.find((entry) => entry.claimId === claimId);
    if (mine) {
      mine.texts.push(wanted);
      mine.speakers.add(statement.speakerId);
    } else {
      const speakers = new Set([statement.speakerId]);
      here.push({ claimId, texts: [wanted], speakers, bySpeaker: (id) => speakers.has(id) });
    }
  });

  // Denials: a DENIES link from the denial's claim to the claim of what it denies.
  const claimLinks = new Map<string, ClaimLink>();
  const references: number[] = [];
  const deny = (own: string, target: string) => {
    if (target !== own)
      claimLinks.set(`${own}|${target}`, { fromClaimId: own, toClaimId: target, relation: 'DENIES' });
  };
  article.statements.forEach((statement, index) => {
    const denied = denialTarget(statement);
    const own = links[index]?.claimId;
    if (!denied || !own) return;
    if (denied.kind === 'reference') {
      references.push(index);
      return;
    }
    const known = [...graphKnown(`p${index}`), ...graphKnown(`s${index}`), ...here];
    const found = bestClaim(parse(denied.text), '', known, { acrossSpeakers: true, except: own });
    const target = found?.claimId ?? claimIdFor(denied.text);
    if (!found && !claims.has(target)) claims.set(target, { id: target, text: denied.text });
    deny(own, target);
  });
  // X says P, Y says not-P in the same words: CONTRADICTS. Nothing looser is linked.
  article.statements.forEach((statement, index) => {
    const own = links[index];
    if (!own || own.method !== 'new' || denialTarget(statement)) return;
    const wanted = parse(claimTextOf(statement));
    // What was said before it: stored claims, and earlier statements of this article.
    const earlier = new Set(links.slice(0, index).map((link) => link.claimId));
    const others = [...graphKnown(`s${index}`), ...here.filter((entry) => earlier.has(entry.claimId))].filter(
      (candidate) => candidate.claimId !== own.claimId && !candidate.bySpeaker(statement.speakerId),
    );
    const contradicted = others.find((candidate) => candidate.texts.some((text) => negates(wanted, text)));
    if (contradicted) {
      const key = `${own.claimId}|${contradicted.claimId}`;
      claimLinks.set(key, {
        fromClaimId: own.claimId,
        toClaimId: contradicted.claimId,
        relation: 'CONTRADICTS',
      });
    }
  });

  // "rejected the accusation": what others in this article deny too, when they do; otherwise
  // the caller looks among the claims the graph already holds contested (denyReferences).
  const contested = [
    ...new Set(
      [...claimLinks.values()].filter((link) => link.relation === 'DENIES').map((link) => link.toClaimId),
    ),
  ];
  const unresolved: ReferenceDenial[] = [];
  for (const index of references) {
    const own = links[index]?.claimId as string;
    const target = contested.find((claimId) => claimId !== own);
    if (target) deny(own, target);
    else unresolved.push({ statementId: article.statements[index]?.id as string, claimId: own });
  }

  const { topics, byName } = topicsFor(article, names.all, topicsFound);

  // Stances stated in words, held by the speaker (an anonymous one's organisation).
  const stances = new Map<string, Stance>();
  for (const { statement, stance: stated, name } of names.stated) {
    const targetKey = nameKey(name);
    const targetActorId =
      stated.target.kind === 'actor'
        ? article.actors.find((actor) => nameKey(actor.name) === targetKey)?.id
        : undefined;
    const topicId = stated.target.kind === 'policy' ? byName.get(targetKey) : undefined;
    const target = targetActorId ?? topicId;
    if (!target || target === statement.holderId) continue;
    const id = `stance:${digest(`${statement.holderId}|${target}|${stated.polarity}`)}`;
    const stance = stances.get(id) ?? {
      id,
      actorId: statement.holderId,
      ...(targetActorId ? { targetActorId } : { topicId: topicId as string }),
      polarity: stated.polarity,
      evidenceIds: [],
    };
    stance.evidenceIds.push(statement.id);
    if (statement.at && (!stance.since || statement.at < stance.since)) stance.since = statement.at;
    stances.set(id, stance);
  }

  return {
    statements: links,
    claims: [...claims.values()],
    claimLinks: [...claimLinks.values()],
    topics,
    stances: [...stances.values()],
    unresolvedReferences: unresolved,
  };
}

/**
 * Bare denials no claim of their article explains ("The embassy rejected the accusation"),
 * tied to the claim about the article's topics that the graph holds most contested (most
 * denied, then earliest): "the accusation" of a story is the one its parties deny.
 */
export function denyReferences(links: ArticleLinks, contested: readonly string[]): ArticleLinks {
  const claimLinks = [...links.claimLinks];
  for (const reference of links.unresolvedReferences) {
    const target = contested.find((claimId) => claimId !== reference.claimId);
    if (target) claimLinks.push({ fromClaimId: reference.claimId, toClaimId: target, relation: 'DENIES' });
  }
  return { ...links, claimLinks, unresolvedReferences: [] };
}
