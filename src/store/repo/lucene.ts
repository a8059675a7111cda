// Full-text indexes take Lucene syntax. User text is searched as plain words: every
// operator character is escaped, so "AND (" finds words instead of failing to parse.

const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
const OPERATOR_WORDS = /\b(AND|OR|NOT|TO)\b/g;

function escapedWords(text: string): string[] {
  return text
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(OPERATOR_WORDS, (word) => word.toLowerCase())
    .split(/\s+/)
    .filter((word) => word.length > 0);
}

/** Any of the words, ranked by relevance: for search. */
export function luceneTerms(text: string): string | undefined {
  const words = escapedWords(text);
  return words.length > 0 ? words.join(' ') : undefined;
}

/** Every one of the words: for filters, where more words should mean fewer results. */
export function luceneAllTerms(text: string): string | undefined {
  const words = escapedWords(text);
  return words.length > 0 ? words.map((word) => `+${word}`).join(' ') : undefined;
}

/** An exact phrase query: the words in order. */
export function lucenePhrase(text: string): string | undefined {
  const inner = text.replace(/["\\]/g, (c) => `\\${c}`).trim();
  return inner.length > 0 ? `"${inner}"` : undefined;
}
