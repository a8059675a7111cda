// The delayed identification of news ledes: "Norway's foreign minister said on Sunday that …",
// and only in a paragraph below, "Torgeir Lunde said …". A definite title that opens the
// article unnamed is the person whose words come next.

import { TITLE_WORDS } from './lexicon';
import type { ExtractedStatement } from './types';

interface Placed {
  statement: ExtractedStatement;
  paragraph: number;
}

/** How many paragraphs below the lede the person may first speak. */
const REACH = 2;

export function nameLedeSpeaker(statements: readonly Placed[], firstParagraph: number): void {
  const lede = statements[0];
  if (!lede || lede.paragraph !== firstParagraph || !isDefiniteTitle(lede.statement)) return;
  const role = lede.statement.speaker.name;
  const next = statements.find((s) => s.statement.speaker.name !== role);
  if (!next || next.paragraph - lede.paragraph > REACH) return;
  const person = next.statement.speaker;
  if (person.kind !== 'PERSON' || !person.name.includes(' ') || person.method === 'pronoun') return;
  for (const { statement } of statements) {
    if (statement.speaker.name !== role) continue;
    statement.speaker = {
      ...person,
      mention: statement.speaker.mention,
      method: 'title',
      confidence: 0.7,
      title: role,
    };
  }
}

// "its energy minister" (the country's), "their chief negotiator": one holder, as "the" says.
const DEFINITE = new Set(['the', 'its', 'their']);

/** "the country's mines minister", "Japan's top government spokesman": one holder of a title. */
function isDefiniteTitle(statement: ExtractedStatement): boolean {
  const { speaker } = statement;
  if (speaker.kind !== 'ANONYMOUS' || speaker.method !== 'role') return false;
  // "the retired judge who led the inquiry": the title is what comes before its clause.
  const words =
    speaker.mention
      .toLowerCase()
      .split(/\s+who\s/)[0]
      ?.split(/\s+/) ?? [];
  const head = words[words.length - 1] as string;
  const definite = DEFINITE.has(words[0] as string) || words.some((w) => /['’]s?$/.test(w));
  return definite && TITLE_WORDS.has(head) && !head.endsWith('s');
}
