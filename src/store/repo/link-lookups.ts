// What the linker reads inside an article's write transaction: claims its statements may
// express, topics it may be about, articles it may copy, and what is stored under its text.
// Every read starts from an index (full-text, or a node key); none scans a label.

import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { Transaction } from '../neo4j/database';
import { int } from '../neo4j/values';
import { cypher } from './cypher';
import { luceneTerms } from './lucene';

export interface ClaimCandidateQuery {
  /** the caller's key for the statement */
  key: string;
  /** the words to look up, as plain text */
  words: string;
  speakerId: string;
}

export interface ClaimCandidate {
  id: string;
  text: string;
  /** a few of the texts that express it */
  statementTexts: string[];
  /** whether the statement's speaker already has a statement of this claim */
  bySpeaker: boolean;
}

export interface LookupQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/** The claim look-up as sent, or undefined when no statement has a word to look up. */
export function claimCandidatesQuery(
  queries: readonly ClaimCandidateQuery[],
  perQuery = 8,
): LookupQuery | undefined {
  const rows = queries.flatMap((query) => {
    const terms = luceneTerms(query.words);
    return terms ? [{ key: query.key, terms, speakerId: query.speakerId }] : [];
  });
  if (rows.length === 0) return undefined;
  return {
    cypher: cypher('claim-candidates'),
    params: { queries: rows, perQuery: int(perQuery) },
  };
}

/** Runs a look-up and groups its rows by their query's key, in the order they came. */
async function candidatesByKey<T>(
  tx: Transaction,
  query: LookupQuery | undefined,
  map: (record: Neo4jRecord) => T,
): Promise<Map<string, T[]>> {
  const candidates = new Map<string, T[]>();
  if (!query) return candidates;
  for (const record of (await tx.run(query.cypher, query.params)).records) {
    const key = String(record.get('key'));
    candidates.set(key, [...(candidates.get(key) ?? []), map(record)]);
  }
  return candidates;
}

/** Candidates per query key, in Lucene's order; one round trip for every statement. */
export function claimCandidates(
  tx: Transaction,
  queries: readonly ClaimCandidateQuery[],
): Promise<Map<string, ClaimCandidate[]>> {
  return candidatesByKey(tx, claimCandidatesQuery(queries), (record) => ({
    id: String(record.get('id')),
    text: String(record.get('text')),
    statementTexts: (record.get('texts') as unknown[]).map(String),
    bySpeaker: record.get('bySpeaker') === true,
  }));
}

export interface TopicCandidate {
  id: string;
  name: string;
  aliases: string[];
}

/** The topic look-up as sent, or undefined when no subject has a word to look up. */
export function topicCandidatesQuery(subjects: readonly string[]): LookupQuery | undefined {
  const rows = subjects.flatMap((subject) => {
    const terms = luceneTerms(subject);
    return terms ? [{ key: subject, terms }] : [];
  });
  return rows.length === 0 ? undefined : { cypher: cypher('topic-candidates'), params: { queries: rows } };
}

export function topicCandidates(
  tx: Transaction,
  subjects: readonly string[],
): Promise<Map<string, TopicCandidate[]>> {
  return candidatesByKey(tx, topicCandidatesQuery(subjects), (record) => ({
    id: String(record.get('id')),
    name: String(record.get('name')),
    aliases: (record.get('aliases') as unknown[]).map(String),
  }));
}

export interface PrintedArticle {
  id: string;
  bodyPrint: string;
  publishedAt?: string;
}

/** Articles whose body prints share the most of these positions (at most `limit`), best first. */
export async function copyCandidates(
  tx: Transaction,
  sourceId: string,
  positions: readonly string[],
  limit = 10,
): Promise<PrintedArticle[]> {
  if (positions.length === 0) return [];
  const result = await tx.run(cypher('copy-candidates'), {
    positions: positions.join(' '),
    sourceId,
    limit: int(limit),
  });
  return result.records.map((record) => {
    const publishedAt = record.get('publishedAt');
    return {
      id: String(record.get('id')),
      bodyPrint: String(record.get('bodyPrint')),
      ...(publishedAt ? { publishedAt: String(publishedAt) } : {}),
    };
  });
}

export interface SameTextSource {
  id: string;
  url?: string;
  outlet?: string;
  publishedAt?: string;
}

/** The source at this URL, and the sources with this text, earliest published first. */
export async function storedUnder(
  tx: Transaction,
  url: string | undefined,
  hash: string,
): Promise<{ urlId?: string; sameText: SameTextSource[] }> {
  const result = await tx.run(cypher('same-text-sources'), { url: url ?? null, hash });
  const record = result.records[0];
  const urlId = record?.get('urlId');
  const sameText = ((record?.get('sameText') ?? []) as Array<Record<string, unknown>>).map((row) => ({
    id: String(row.id),
    ...(row.url ? { url: String(row.url) } : {}),
    ...(row.outlet ? { outlet: String(row.outlet) } : {}),
    ...(row.publishedAt ? { publishedAt: String(row.publishedAt) } : {}),
  }));
  return { ...(urlId ? { urlId: String(urlId) } : {}), sameText };
}

/** Claims about these topics that others deny, most contested first (at most 5). */
export async function contestedClaims(tx: Transaction, topicIds: readonly string[]): Promise<string[]> {
  if (topicIds.length === 0) return [];
  const result = await tx.run(cypher('contested-claims'), { topicIds: [...topicIds] });
  return result.records.map((record) => String(record.get('id')));
}
