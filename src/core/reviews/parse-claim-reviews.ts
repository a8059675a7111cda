// schema.org ClaimReview JSON-LD as fact-checkers publish it (the markup Google's Fact Check
// Tools read): one object, an array, or a document with an @graph; terms bare ("claimReviewed")
// or prefixed ("schema:claimReviewed", "https://schema.org/claimReviewed"), values plain or as
// {"@value": …}. The @context is not fetched: only schema.org terms are read, by name. A review
// that breaks the contract is BAD_USER_INPUT naming its path (jsonld[2].reviewRating.ratingValue),
// and then nothing of the document is written.

import { BadUserInputError } from '../../domain/errors';
import { checkUrl, optionalName, parseIsoDate, requiredText } from '../validate';

export const MAX_REVIEWS_PER_IMPORT = 500;

export interface ParsedClaimReview {
  url: string;
  claimReviewed: string;
  /** the fact-checking organisation */
  authorName: string;
  /** who made the reviewed claim, when the review names them */
  claimant?: { name: string; person: boolean };
  ratingText?: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
  datePublished?: string;
  /** the review's headline, for the fact-check as a source */
  title?: string;
}

type Json = Record<string, unknown>;

const SCHEMA_PREFIXES = ['schema:', 'http://schema.org/', 'https://schema.org/'];

function term(key: string): string {
  for (const prefix of SCHEMA_PREFIXES) if (key.startsWith(prefix)) return key.slice(prefix.length);
  return key;
}

/** The object with schema.org terms unprefixed. */
function terms(value: unknown, path: string): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new BadUserInputError(`${path} must be an object`, path);
  }
  return Object.fromEntries(Object.entries(value as Json).map(([key, v]) => [term(key), v]));
}

/** A single value: the first of a list, the @value of a value object, the name of a thing. */
function single(value: unknown): unknown {
  const first = Array.isArray(value) ? value[0] : value;
  if (first && typeof first === 'object' && '@value' in (first as Json)) return (first as Json)['@value'];
  return first;
}

function types(value: Json): string[] {
  const raw = value['@type'];
  return (Array.isArray(raw) ? raw : [raw]).filter((t): t is string => typeof t === 'string').map(term);
}

function text(value: unknown, path: string): string | undefined {
  const v = single(value);
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new BadUserInputError(`${path} must be text`, path, v);
  return v;
}

function number(value: unknown, path: string): number | undefined {
  const v = single(value);
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN;
  if (!Number.isFinite(n)) throw new BadUserInputError(`${path} must be a number`, path, v);
  return n;
}

/** A name given as text or as a thing with a name; and whether that thing is a Person. */
function agent(value: unknown, path: string): { name: string; person: boolean } | undefined {
  const v = single(value);
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return { name: optionalName(path, v) as string, person: false };
  const thing = terms(v, path);
  const name = text(thing.name, `${path}.name`);
  if (name === undefined) throw new BadUserInputError(`${path}.name is required`, `${path}.name`);
  return { name: optionalName(`${path}.name`, name) as string, person: types(thing).includes('Person') };
}

/** A schema.org Date or DateTime, kept as its day. */
function day(value: unknown, path: string): string | undefined {
  const v = text(value, path);
  return v === undefined ? undefined : parseIsoDate(v.slice(0, 10), path);
}

function review(value: unknown, path: string): ParsedClaimReview {
  const node = terms(value, path);
  if (!types(node).includes('ClaimReview')) {
    throw new BadUserInputError(
      `${path}.@type must be ClaimReview, got ${JSON.stringify(node['@type'] ?? null)}`,
      `${path}.@type`,
    );
  }
  const url = checkUrl(`${path}.url`, text(node.url, `${path}.url`) ?? null);
  if (!url) throw new BadUserInputError(`${path}.url is required: it identifies the review`, `${path}.url`);
  const item =
    node.itemReviewed === undefined ? {} : terms(single(node.itemReviewed), `${path}.itemReviewed`);
  const reviewed =
    text(node.claimReviewed, `${path}.claimReviewed`) ?? text(item.text, `${path}.itemReviewed.text`);
  if (reviewed === undefined) {
    throw new BadUserInputError(`${path}.claimReviewed is required`, `${path}.claimReviewed`);
  }
  const author = agent(node.author, `${path}.author`);
  if (!author) throw new BadUserInputError(`${path}.author (the fact-checker) is required`, `${path}.author`);
  const rating =
    node.reviewRating === undefined ? {} : terms(single(node.reviewRating), `${path}.reviewRating`);
  const ratingText =
    text(rating.alternateName, `${path}.reviewRating.alternateName`) ??
    text(rating.name, `${path}.reviewRating.name`);
  const ratingValue = number(rating.ratingValue, `${path}.reviewRating.ratingValue`);
  if (ratingText === undefined && ratingValue === undefined) {
    throw new BadUserInputError(
      `${path}.reviewRating needs an alternateName or a ratingValue: the verdict`,
      `${path}.reviewRating`,
    );
  }
  const bestRating = number(rating.bestRating, `${path}.reviewRating.bestRating`);
  const worstRating = number(rating.worstRating, `${path}.reviewRating.worstRating`);
  if (ratingValue !== undefined && bestRating !== undefined && worstRating !== undefined) {
    const [low, high] = worstRating <= bestRating ? [worstRating, bestRating] : [bestRating, worstRating];
    if (ratingValue < low || ratingValue > high) {
      throw new BadUserInputError(
        `${path}.reviewRating.ratingValue ${ratingValue} lies outside worstRating ${worstRating} .. bestRating ${bestRating}`,
        `${path}.reviewRating.ratingValue`,
        ratingValue,
      );
    }
  }
  const claimant = agent(item.author, `${path}.itemReviewed.author`);
  const datePublished = day(node.datePublished, `${path}.datePublished`);
  const title = text(node.name, `${path}.name`) ?? text(node.headline, `${path}.headline`);
  return {
    url,
    claimReviewed: requiredText(`${path}.claimReviewed`, reviewed),
    authorName: author.name,
    ...(claimant ? { claimant } : {}),
    ...(ratingText === undefined
      ? {}
      : { ratingText: optionalName(`${path}.reviewRating.alternateName`, ratingText) as string }),
    ...(ratingValue === undefined ? {} : { ratingValue }),
    ...(bestRating === undefined ? {} : { bestRating }),
    ...(worstRating === undefined ? {} : { worstRating }),
    ...(datePublished ? { datePublished } : {}),
    ...(title ? { title: optionalName(`${path}.name`, title, 500) as string } : {}),
  };
}

export function parseClaimReviews(jsonld: string): ParsedClaimReview[] {
  let document: unknown;
  try {
    document = JSON.parse(jsonld);
  } catch (error) {
    throw new BadUserInputError(`jsonld is not JSON: ${(error as Error).message}`, 'jsonld');
  }
  const graph =
    document && typeof document === 'object' && !Array.isArray(document) && '@graph' in (document as Json)
      ? (document as Json)['@graph']
      : document;
  const nodes = Array.isArray(graph) ? graph : [graph];
  if (nodes.length === 0) throw new BadUserInputError('jsonld holds no ClaimReview', 'jsonld');
  if (nodes.length > MAX_REVIEWS_PER_IMPORT) {
    throw new BadUserInputError(
      `jsonld holds ${nodes.length} reviews; at most ${MAX_REVIEWS_PER_IMPORT} at once`,
      'jsonld',
    );
  }
  const reviews = nodes.map((node, index) =>
    review(node, Array.isArray(graph) ? `jsonld[${index}]` : 'jsonld'),
  );
  const urls = new Set<string>();
  for (const [index, parsed] of reviews.entries()) {
    if (urls.has(parsed.url))
      throw new BadUserInputError(`jsonld lists the review ${parsed.url} twice`, `jsonld[${index}].url`);
    urls.add(parsed.url);
  }
  return reviews;
}
