// Names as the graph keeps them, and the actor ids derived from them. One place, because the
// API's upserts, ingestion and the migration of stored graphs must agree to the character:
// two spellings that normalise alike are one name, and one name always derives one id.

import { createHash } from 'node:crypto';
import { slugify } from 'transliteration';

/**
 * Characters that draw nothing and carry no meaning in a name: zero-width space, word joiner,
 * byte-order mark, soft hyphen and the bidi marks (LRM, RLM, ALM). Left in, they make two
 * names that look identical compare different. ZWNJ and ZWJ are kept: Persian, Indic scripts
 * and emoji need them between letters.
 */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u200E\u200F\u061C]/g;

/** Bidi embeddings, overrides and isolates: they reorder what follows ("Trojan source"). */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** C0 and C1 control characters (NUL, escape, DEL…). */
export const CONTROL = /\p{Cc}/u;

/** A character that shows: anything but separators, controls, format characters and marks. */
const VISIBLE = /[^\p{Z}\p{Cc}\p{Cf}\p{M}\s]/u;

/**
 * The stored form of a name: NFC, invisible characters removed, runs of white space one
 * space, trimmed. Empty when nothing visible is left (a name of only a zero-width space or of
 * combining marks).
 */
export function normaliseName(raw: string): string {
  const name = raw.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return VISIBLE.test(name) ? name : '';
}

/**
 * The key two names are compared by: the normalised name in lower case. It is what the store
 * derives as `nameKey` (Cypher's toLower, which agrees with JavaScript's for the NFC text
 * normaliseName returns; test/unit/domain/names.test.ts holds a sample of scripts to it).
 */
export function nameKey(name: string): string {
  return normaliseName(name).toLowerCase();
}

const SLUG_LENGTH = 60;
const HASH_LENGTH = 10;

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, HASH_LENGTH);
}

/** A readable ASCII rendering: "习近平" -> "xi-jin-ping", "Jens Stoltenberg" -> "jens-stoltenberg". */
export function readableSlug(name: string): string {
  const slug = slugify(normaliseName(name), { lowercase: true, separator: '-', trim: true })
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
  return slug;
}

/**
 * The id an actor named `name` gets when none is given: a transliterated slug for people to
 * read, then 10 hex digits of the SHA-256 of the name's key, which is what makes it unique.
 * Names with the same key ("CNN", "cnn") derive the same id. Two other names share an id only
 * if they share the slug and 40 bits of hash: for 1,000 names with one slug, about a 1 in 2
 * million chance (and the writers refuse, rather than overwrite, an id whose actor has another
 * name). Slugs may agree ("习近平" and "Xi Jin Ping"), be empty, or share their first 60
 * characters; the hash still tells the names apart.
 *
 * `scope` makes the id unique to a context as well: an unnamed official is a different
 * person in each article.
 */
export function actorIdFor(name: string, scope?: string): string {
  // The API refuses names with nothing visible; text an extractor hands over is hashed as is.
  const key = nameKey(name) || name;
  // From the key, so names with one key have one id to the character.
  const slug = readableSlug(key);
  const digest = hash(scope === undefined ? key : `${scope}\u0000${key}`);
  const prefix = scope === undefined ? '' : 'anon-';
  return `actor:${prefix}${slug ? `${slug}-` : ''}${digest}`;
}

/** A topic's id from its name: the same subject named in two articles is one topic. */
export function topicIdFor(name: string): string {
  const key = nameKey(name) || name;
  const slug = readableSlug(key);
  return `topic:${slug ? `${slug}-` : ''}${hash(key)}`;
}
