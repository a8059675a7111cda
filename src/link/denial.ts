// A denial states the negation of a proposition. The proposition is what the graph links to
// (the claim denied, found by matching as any other claim); the denial keeps its own claim.
// Three shapes carry one: a reported denial ("X denied that P", cue deny, text P), a quote
// that denies in words ("“We firmly deny that P,” she said"), and a denial that names no
// proposition ("rejected the accusation as false"), which points at what was said before.

export interface DeniableStatement {
  text: string;
  cue: string;
  direct: boolean;
}

export type DenialTarget =
  /** the proposition, in words: match it to a claim */
  | { kind: 'proposition'; text: string }
  /** "the accusation", "the claims": the nearest earlier statement by someone else */
  | { kind: 'reference'; text: string };

const DENYING_VERB = String.raw`(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|rebut(?:s|ted|ting)?)`;
const ACCUSATION_NOUN = String.raw`(?:claims?|allegations?|accusations?|suggestions?|reports?|assertions?|charges?|insinuations?|speculation|rumou?rs?)`;

/** "denies that P", "rejected claims that P", "dismissed suggestions that P" inside a quote. */
const DENIAL_IN_WORDS = new RegExp(
  String.raw`\b${DENYING_VERB}\s+(?:(?:the|any|all|these|those)\s+)?(?:${ACCUSATION_NOUN}\s+)?that\s+(.+)$`,
  'i',
);

/** "the accusation", "these claims", "the report as false": a denial of something said. */
const BARE_REFERENCE = new RegExp(
  String.raw`^(?:the|these|those|such|any|all|this|that)\s+(?:\w+\s+){0,2}${ACCUSATION_NOUN}\b(?:\s+as\s+\w+(?:\s+and\s+\w+)?)?\s*$`,
  'i',
);

const withoutEndPunctuation = (text: string) => text.replace(/[\s.,;:!?"”’]+$/u, '').trim();

/** What a statement denies, or undefined when it denies nothing. */
export function denialTarget(statement: DeniableStatement): DenialTarget | undefined {
  const text = statement.text.trim();
  if (statement.cue === 'deny' && !statement.direct) {
    if (BARE_REFERENCE.test(text)) return { kind: 'reference', text };
    const inner = DENIAL_IN_WORDS.exec(text);
    const proposition = withoutEndPunctuation(inner?.[1] ?? text);
    return proposition.split(/\s+/).length >= 3 ? { kind: 'proposition', text: proposition } : undefined;
  }
  const inner = DENIAL_IN_WORDS.exec(text);
  if (!inner?.[1]) return undefined;
  const proposition = withoutEndPunctuation(inner[1]);
  return proposition.split(/\s+/).length >= 3 ? { kind: 'proposition', text: proposition } : undefined;
}
