// What an article is about, for topics: the organisations, places and programmes it keeps
// naming. A capitalised phrase named at least twice (the headline counts) is a subject;
// people, outlets, calendar words and the words that open sentences are not. The same
// subject in another article of the story is the same topic, because a topic's id derives
// from its name.

export interface SubjectOptions {
  /** names that are not subjects: the article's people and outlets */
  exclude: readonly string[];
  /** at most this many, most named first */
  limit?: number;
}

const CALENDAR = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may ' +
    'june july august september october november december today yesterday tomorrow'
  ).split(' '),
);

const OPENERS = new Set(
  (
    'the a an this that these those it its he she they we i in on at by for of and but or if ' +
    'when while after before since as mr mrs ms dr sir there here what who why how our their his her'
  ).split(' '),
);

// Nationality words name no subject on their own ("Chinese", "Danish"); in a name they stay
// ("Estonian Navy").
const DEMONYMS = new Set(
  (
    'american british chinese russian danish swedish norwegian finnish estonian latvian ' +
    'lithuanian polish german french italian spanish portuguese dutch belgian swiss austrian ' +
    'greek turkish ukrainian belarusian georgian armenian iranian iraqi israeli palestinian ' +
    'saudi egyptian indian pakistani afghan japanese korean taiwanese vietnamese thai ' +
    'indonesian filipino malaysian australian canadian mexican brazilian argentine chilean ' +
    'nigerian kenyan ethiopian mongolian kazakh european african asian western eastern nordic ' +
    'arab baltic irish scottish welsh english'
  ).split(' '),
);

// Capitalised words, joined by "of" or "for" inside a name ("Ministry of Defence").
const PHRASE =
  /\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:of|for|de|la)\s+\p{Lu}[\p{L}\p{N}'’-]*|\s+\p{Lu}[\p{L}\p{N}'’-]*)*/gu;

const keyOf = (name: string) => name.toLowerCase().replace(/[’']s$/, '');

function trimmed(phrase: string): string {
  const words = phrase.replace(/[’']s$/u, '').split(/\s+/);
  while (words.length > 0 && OPENERS.has((words[0] ?? '').toLowerCase())) words.shift();
  return words.join(' ');
}

export function articleSubjects(title: string | undefined, text: string, options: SubjectOptions): string[] {
  const excluded = new Set(options.exclude.flatMap((name) => [keyOf(name), ...name.split(/\s+/).map(keyOf)]));
  const counts = new Map<string, { name: string; count: number; first: number }>();
  let position = 0;
  for (const part of [title ?? '', text]) {
    for (const match of part.matchAll(PHRASE)) {
      position++;
      const name = trimmed(match[0]);
      const key = keyOf(name);
      if (name.length < 3 || excluded.has(key) || CALENDAR.has(key) || OPENERS.has(key) || DEMONYMS.has(key))
        continue;
      if (name.split(/\s+/).every((word) => CALENDAR.has(word.toLowerCase()))) continue;
      const seen = counts.get(key);
      if (seen) seen.count++;
      else counts.set(key, { name, count: 1, first: position });
    }
  }
  // A short form counts for the fullest name it begins ("Korvex" for "Korvex Telecom").
  const subjects = [...counts.entries()];
  for (const [key, subject] of subjects) {
    const fuller = subjects.find(([other]) => other !== key && other.startsWith(`${key} `));
    if (fuller) {
      fuller[1].count += subject.count;
      fuller[1].first = Math.min(fuller[1].first, subject.first);
      counts.delete(key);
    }
  }
  return [...counts.values()]
    .filter((subject) => subject.count >= 2)
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .slice(0, options.limit ?? 3)
    .map((subject) => subject.name);
}

/** Whether `name` occurs in `text` as whole words, in any case. */
export function mentions(text: string, name: string): boolean {
  const escaped = name
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
  return escaped.length > 0 && new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}
