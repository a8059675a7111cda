// Character classes and text normalisation. Everything that reads the article keeps the
// original offsets, so the only rewriting here is for comparisons, never for slicing.

const OPENING_DOUBLE = new Set(['“', '„', '‟']);
const CLOSING_DOUBLE = new Set(['”']);

export type QuoteMarkKind = 'open' | 'close' | 'either';

/** The role a double quotation mark can play; straight quotes are decided by context. */
export function doubleQuoteKind(ch: string): QuoteMarkKind | undefined {
  if (ch === '"') return 'either';
  if (OPENING_DOUBLE.has(ch)) return 'open';
  if (CLOSING_DOUBLE.has(ch)) return 'close';
  return undefined;
}

export function isQuoteChar(ch: string): boolean {
  return doubleQuoteKind(ch) !== undefined;
}

/** Curly quotes and apostrophes folded to their straight forms (same length). */
export function foldQuotes(text: string): string {
  return text.replace(/[“”„‟]/g, '"').replace(/[‘’‚‛]/g, "'");
}

/** The comparable form of a text: folded quotes, lower case, single spaces, no edge punctuation. */
export function normaliseForCompare(text: string): string {
  return foldQuotes(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'.,;:!?…—–-]+|[\s"'.,;:!?…—–-]+$/g, '');
}

const folded = new Map<string, string>();
const FOLD_CACHE_LIMIT = 20_000;

/** Lower case with diacritics removed, for name comparison ("Zoë" = "zoe"). Memoised: names repeat. */
export function foldName(text: string): string {
  let out = folded.get(text);
  if (out === undefined) {
    if (folded.size >= FOLD_CACHE_LIMIT) folded.clear();
    out = computeFoldName(text);
    folded.set(text, out);
  }
  return out;
}

function computeFoldName(text: string): string {
  return foldQuotes(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Sentence-final punctuation, optionally followed by closing quotes or brackets: the Latin
 * marks and the ideographic, full-width, Arabic and Devanagari ones, so a paragraph ending in
 * a Chinese or Arabic sentence is still prose.
 */
export const TERMINAL_END = /[.!?…。！？؟।]["”’')\]」』）]*\s*$/u;

// "al-Kuwari", "bin-Talal", "el-Sayed": an Arabic article or kin word joined to a capitalised name
// is written in lower case and still begins a name.
const JOINED_NAME_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|ibn|bin|bint|abu|ul)-\p{Lu}/u;

// Scripts without capitals (Han, Kana, Hangul, Arabic, Hebrew, Devanagari, Thai): in English
// text a word in one of them stands where a capitalised name would.
const UNCASED_LETTER = /^\p{Lo}/u;

export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  if (first !== first.toLowerCase() && first === first.toUpperCase()) return true;
  if (first.charCodeAt(0) > 0x2ff && UNCASED_LETTER.test(first)) return true;
  return first === 'a' || first === 'e' || first === 'i' || first === 'b' || first === 'u'
    ? JOINED_NAME_PARTICLE.test(word)
    : false;
}
