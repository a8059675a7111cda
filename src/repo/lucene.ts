// Full-text indexes take Lucene syntax. User text is searched as plain words: every
// operator character is escaped, so "AND (" finds words instead of failing to parse.

const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
const OPERATOR_WORDS = /\b(AND|OR|NOT|TO)\b/g;

export function luceneTerms(text: string): string | undefined {
  const escaped = text
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(OPERATOR_WORDS, (word) => word.toLowerCase())
    .trim();
  return escaped.length > 0 ? escaped : undefined;
}

/** An exact phrase query: the words in order. */
export function lucenePhrase(text: string): string | undefined {
  const inner = text.replace(/["\\]/g, (c) => `\\${c}`).trim();
  return inner.length > 0 ? `"${inner}"` : undefined;
}
