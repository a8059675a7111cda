// Stances stated in words: a speaker's support for or opposition to something the statement
// names as the object of a stance verb ("We oppose the ban", "urged parliament to reject the
// proposal", "we welcome the review"). The target must be an actor the article names or a
// policy (a ban, a review, an audit); anything else yields no stance, because a wrong stance
// misleads more than a missing one.

export type TextPolarity = 'SUPPORT' | 'OPPOSE';

export interface TextStance {
  polarity: TextPolarity;
  target:
    | { kind: 'actor'; name: string }
    /**
     * a policy by its head noun ("ban") and what the text qualifies it with: a name ("Korvex"
     * from "a ban on Korvex equipment", "the Korvex ban"), or the words before it ("seabed
     * patrol" plan); unqualified, the caller names it after what the article is about
     */
    | { kind: 'policy'; head: string; qualifier?: string; modifiers?: string };
  /** the words that carried it: "oppose the ban" */
  phrase: string;
}

export interface NamedActor {
  name: string;
  aliases?: readonly string[];
}

const OPPOSING = String.raw`oppos(?:e|es|ed|ing)|reject(?:s|ed|ing)?|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|object(?:s|ed|ing)?\s+to|(?:are|is|am|remain|remains|stand|stands)\s+(?:firmly\s+|strongly\s+|resolutely\s+)?against|scrap|drop|abandon|block|veto|boycott(?:s|ed|ing)?`;
const SUPPORTING = String.raw`support(?:s|ed|ing)?|back(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|(?:are|is|am)\s+(?:fully\s+|firmly\s+)?in\s+favou?r\s+of|stand(?:s)?\s+(?:with|behind)|approve|adopt|pass`;
// Verbs that take a stance only after "to" (what someone is urged to do), not said outright:
// "we will scrap" is a plan, "urged them to scrap" is a stance.
const ONLY_AFTER_TO = /^(scrap|drop|abandon|block|veto|approve|adopt|pass)$/i;

const DETERMINER = String.raw`(?:the|a|an|this|that|these|those|any|our|their|its|his|her|such|every)\s+`;
const STOP_WORDS = new Set(
  'that which because and but as if when while until unless so to in for by with who where after before since'.split(
    ' ',
  ),
);
const NEGATED = /\b(?:not|never|no\s+longer|n't|cannot)\s+(?:\w+\s+){0,2}$/i;

const POLICY_NOUNS = new Set(
  (
    'ban bans review proposal bill law deal plan sanctions tariffs tariff restrictions measures ' +
    'investigation decision agreement policy embargo moratorium rules regulation regulations ' +
    'legislation treaty scheme programme program quota quotas inquiry levy tax mandate audit ' +
    'detention probe patrol patrols sale merger takeover deployment strike strikes'
  ).split(' '),
);

const STANCE_VERB = new RegExp(String.raw`\b(to\s+)?(${OPPOSING}|${SUPPORTING})\s+(?:${DETERMINER})?`, 'gi');
const IS_OPPOSING = new RegExp(String.raw`^(?:${OPPOSING})$`, 'i');

const key = (text: string) =>
  text
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .trim();

/** Up to six words after the verb, to the first clause boundary. */
function objectPhrase(rest: string): string {
  const words: string[] = [];
  for (const raw of rest.split(/\s+/)) {
    const clean = raw.replace(/[.,;:!?"”“)]+$/u, '');
    if (clean.length === 0 || STOP_WORDS.has(clean.toLowerCase())) break;
    words.push(clean);
    if (clean !== raw || words.length === 6) break;
  }
  return words.join(' ');
}

function actorNamed(phrase: string, actors: readonly NamedActor[]): string | undefined {
  const wanted = key(phrase);
  for (const actor of actors) {
    if ([actor.name, ...(actor.aliases ?? [])].some((name) => key(name) === wanted)) return actor.name;
  }
  return undefined;
}

const CAPITALISED = String.raw`\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,2}`;
const LEADING_ARTICLE = /^(The|A|An|This|That|Its|Their|Our)$/;

/** The name a text qualifies a policy with: "ban on Korvex", "the Korvex ban". */
function qualifierIn(text: string, head: string): string | undefined {
  const after = new RegExp(
    String.raw`\b${head}\s+(?:on|of|into|against|over)\s+(?:the\s+)?(${CAPITALISED})`,
    'u',
  );
  const before = new RegExp(String.raw`\b(${CAPITALISED})\s+${head}\b`, 'u');
  const named = after.exec(text)?.[1] ?? before.exec(text)?.[1];
  return named && !LEADING_ARTICLE.test(named) ? named : undefined;
}

function policyIn(phrase: string, articleText: string): TextStance['target'] | undefined {
  const words = phrase.split(/\s+/);
  let at = words.findIndex((word) => POLICY_NOUNS.has(word.toLowerCase()));
  // The compound's last noun is its head: "seabed patrol plan" is a plan.
  while (at >= 0 && POLICY_NOUNS.has((words[at + 1] ?? '').toLowerCase())) at++;
  const head = words[at]?.toLowerCase();
  if (head === undefined) return undefined;
  const qualifier = qualifierIn(phrase, head);
  if (qualifier) return { kind: 'policy', head, qualifier };
  const modifiers = words.slice(0, at).join(' ');
  if (/^[\p{Ll}\s-]+$/u.test(modifiers) && modifiers.length > 0) return { kind: 'policy', head, modifiers };
  const named = qualifierIn(articleText, head);
  return named ? { kind: 'policy', head, qualifier: named } : { kind: 'policy', head };
}

export function stancesIn(
  statementText: string,
  articleText: string,
  actors: readonly NamedActor[],
): TextStance[] {
  const stances: TextStance[] = [];
  for (const match of statementText.matchAll(STANCE_VERB)) {
    const [whole, to, verb] = match;
    if (!verb) continue;
    const before = statementText.slice(0, match.index);
    if (NEGATED.test(before)) continue;
    if (!to && ONLY_AFTER_TO.test(verb)) continue;
    const phrase = objectPhrase(statementText.slice((match.index ?? 0) + whole.length));
    if (phrase.length === 0) continue;
    const polarity: TextPolarity = IS_OPPOSING.test(verb.replace(/\s+/g, ' ')) ? 'OPPOSE' : 'SUPPORT';
    const actor = actorNamed(phrase, actors);
    const target = actor ? { kind: 'actor' as const, name: actor } : policyIn(phrase, articleText);
    if (target) stances.push({ polarity, target, phrase: `${verb} ${phrase}` });
  }
  return stances;
}
