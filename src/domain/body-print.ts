// An article body's print: a min-hash signature of its word 5-gram shingles, stored on the
// source so an article's possible originals are found from an index (cypher/queries/
// copy-candidates.cypher) instead of by walking every statement of the claims it shares.
// For two bodies, each of the PRINT_SIZE positions holds the same value with probability
// equal to their shingles' Jaccard similarity J. A copy (src/link/syndication.ts: 90% of the
// shorter body's a shingles in the longer body's b) has J >= 0.9a / (b + 0.1a): 0.82 for
// bodies of one length, 0.43 for one twice the other's. A pair sharing fewer positions than
// that expectation less five standard deviations is no copy (wrong about once in three
// million); only the rest are compared word for word. Articles of one outlet share their page
// furniture, so unrelated ones may share a third of the positions: the bar moves with the
// sizes instead of being one number.
//
// The hash functions are part of the stored data: changing them (or the shingles) makes every
// stored print incomparable with new ones, so PRINT_VERSION names them, and prints written
// under another version are written again (src/core/link/print-bodies.ts).

export const SHINGLE_WORDS = 5;
export const PRINT_SIZE = 64;
export const PRINT_VERSION = 'p1';

/** Lower-cased word 5-grams: a copy keeps the words, whatever else changes. */
export function bodyShingles(text: string): Set<string> {
  const words =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++)
    out.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return out;
}

/** FNV-1a over UTF-16 code units: fast, stable across runtimes, good enough before mixing. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** murmur3's finaliser: every input bit moves every output bit. */
function mix(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: PRINT_SIZE }, (_, i) => mix(0x9e3779b9 + i * 0x7f4a7c15));

/**
 * The print as stored: the shingle count (`<version>n<count>`), then one index token per
 * position (`<version><position>x<min hash>`), space separated; the count alone for a body
 * too short to have a shingle.
 */
export function bodyPrint(text: string): string {
  const hashes = [...bodyShingles(text)].map(fnv1a);
  const tokens = [`${PRINT_VERSION}n${hashes.length}`];
  if (hashes.length === 0) return tokens[0] as string;
  for (let position = 0; position < PRINT_SIZE; position++) {
    const seed = SEEDS[position] as number;
    let min = 0xffffffff;
    for (const hash of hashes) {
      const value = mix(hash ^ seed);
      if (value < min) min = value;
    }
    tokens.push(`${PRINT_VERSION}${position}x${min.toString(36)}`);
  }
  return tokens.join(' ');
}

export interface ParsedPrint {
  shingles: number;
  /** the position tokens, what the index is searched with */
  positions: string[];
}

/** A stored print read back; undefined for one of another version (or none). */
export function parsePrint(print: string | undefined): ParsedPrint | undefined {
  const [count, ...positions] = (print ?? '').split(' ');
  if (!count?.startsWith(`${PRINT_VERSION}n`)) return undefined;
  return { shingles: Number(count.slice(PRINT_VERSION.length + 1)), positions };
}

/**
 * The positions the index is searched with: a third of them. Each term costs the index a seek
 * per segment, and a copy shares none of 24 positions once in 700,000 at worst (bodies of
 * twice the other's length; never in practice for bodies of one length); all 64 are then
 * compared.
 */
export const lookupPositions = (print: ParsedPrint): string[] => print.positions.slice(0, LOOKUP_POSITIONS);
const LOOKUP_POSITIONS = 24;

/** Whether two bodies may be copies by their prints: see the top of this file. */
export function mayBeCopies(own: ParsedPrint, other: ParsedPrint): boolean {
  if (own.positions.length !== PRINT_SIZE || other.positions.length !== PRINT_SIZE) return false;
  const small = Math.min(own.shingles, other.shingles);
  const large = Math.max(own.shingles, other.shingles);
  const jaccard = (0.9 * small) / (large + 0.1 * small);
  const expected = PRINT_SIZE * jaccard;
  const bar = expected - 5 * Math.sqrt(expected * (1 - jaccard));
  let shared = 0;
  for (let position = 0; position < PRINT_SIZE; position++) {
    if (own.positions[position] === other.positions[position]) shared++;
  }
  return shared >= bar;
}
