import { createHash } from 'node:crypto';

/**
 * sha256 of an article's text after normalisation (Unicode NFC, whitespace runs collapsed,
 * trimmed), so the same article re-fetched with different line breaks hashes the same.
 */
export function contentHash(text: string): string {
  const normalised = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised, 'utf8').digest('hex');
}

/**
 * A claim's id: the same proposition, however often recorded or reported (in any case or
 * spacing), is one claim.
 */
export function claimIdFor(text: string): string {
  const key = text.replace(/\s+/g, ' ').trim().toLowerCase();
  return `claim:${createHash('sha256').update(key).digest('hex').slice(0, 24)}`;
}
