// The delayed identification of news ledes: "Norway's foreign minister said on Sunday that …",
// and only in a paragraph below, "Torgeir Lunde said …". A definite title that opens the
// article unnamed is the person whose words come next; so is "a senior WHO official" who told
// a broadcaster or a paper, in an interview's write-up, when named in full just below.

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
  if (!lede || lede.paragraph !== firstParagraph) return;
  const definite = isDefiniteTitle(lede.statement);
  if (!definite && !isInterviewedOfficial(lede.statement)) return;
  const role = lede.statement.speaker.name;
  const next = statements.find((s) => s.statement.speaker.name !== role);
  if (!next || next.paragraph - lede.paragraph > (definite ? REACH : 1)) return;
  const person = next.statement.speaker;
  if (person.kind !== 'PERSON' || !person.name.includes(' ') || person.method === 'pronoun') return;
  // "a senior official told the BBC …": the one named next is the interviewee only when named
  // in full for the first time, with no channel of their own.
  if (!definite && (person.method !== 'exact' || next.statement.intermediary)) return;
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

/** "a senior World Health Organization official told the BBC's World Tonight programme". */
function isInterviewedOfficial(statement: ExtractedStatement): boolean {
  const { speaker, intermediary } = statement;
  if (speaker.kind !== 'ANONYMOUS' || speaker.method !== 'role') return false;
  if (intermediary?.kind !== 'BROADCAST' && intermediary?.kind !== 'INTERVIEW') return false;
  const words = speaker.mention.toLowerCase().split(/\s+/);
  return ['a', 'an'].includes(words[0] as string) && !(words[words.length - 1] as string).endsWith('s');
}
