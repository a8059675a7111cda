// The comparable form of what was said: words a reporter may change without changing the
// claim are folded away (quote marks, case, contractions, British or American spelling,
// elisions), and every word keeps a kind, because the words that DO change a claim (a
// negation, a number, a name) must never be folded.

const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\bcan'?t\b|\bcannot\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/\bshan't\b/g, 'shall not'],
  [/\bain't\b/g, 'is not'],
  [/\blet's\b/g, 'let us'],
  [/n't\b/g, ' not'],
  [/\b(it|he|she|that|there|what|who|here|where|this)'s\b/g, '$1 is'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/\bi'm\b/g, 'i am'],
  [/'d\b/g, ' would'],
];

// One spelling for the words English spells two ways; applied to both sides alike, so a
// rare wrong fold ("premise") changes nothing a comparison sees.
const SPELLINGS: Array<[RegExp, string]> = [
  [/^(.{3,})is(e|es|ed|ing|ation|ations)$/, '$1iz$2'],
  [/^(.{3,})ys(e|es|ed|ing)$/, '$1yz$2'],
  [/^(.{3,})our(s|ed|ing|able)?$/, '$1or$2'],
  [/^(def|off|lic|pret)ence(s)?$/, '$1ense$2'],
  [/^(cent|met|theat|fib|lit)re(s|d)?$/, '$1er$2'],
  [/^(travel|cancel|label|model|signal)l(ed|ing|er)$/, '$1$2'],
  [/^programme(s)?$/, 'program$1'],
];

const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without']);

// Number words that are not turned into digits (those are, below: NUMBER_VALUES).
const NUMBER_WORDS = new Set([
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
  'dozen',
  'half',
  'percent',
  'first',
  'second',
  'third',
]);

// Words whose change leaves the proposition as it was: articles, pronouns (reported speech
// turns "we" into "they"), auxiliaries and modals in any tense (turns "will" into "would"),
// prepositions and conjunctions.
const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those there here it its i me my mine we us our ours you your ' +
    'yours he him his she her hers they them their theirs itself himself herself themselves ' +
    'ourselves myself yourself ones is are was were be been being am do does did doing ' +
    'done have has had having will would shall should can could may might must ought to of in ' +
    'on at by for with from into onto upon as than then so and or but if because while which ' +
    'who whom whose what when where why how also just very really quite such only even still ' +
    'yet already about over under said says say told tell added going gonna'
  ).split(' '),
);

export type MatchTokenKind = 'content' | 'function' | 'negation' | 'number' | 'name';

export interface MatchToken {
  /** the folded word, compared for identity */
  word: string;
  /** the word without inflection, compared when reported speech reshapes a quote */
  stem: string;
  kind: MatchTokenKind;
}

/** A text as comparable words, in runs split where the text marks an elision ("…", "[...]"). */
export interface MatchText {
  runs: MatchToken[][];
  /** every run's words in order */
  tokens: MatchToken[];
  /** the words that carry the proposition: all but function words (kept: compared often) */
  significant: MatchToken[];
}

const WORD = /[\p{L}\p{N}]+(?:[.,'][\p{N}]+|'[\p{L}]+|-[\p{L}\p{N}]+)*/gu;
const ELISION = /\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\./;

// Past forms that no suffix rule reaches: reported speech puts quotes in the past tense.
const IRREGULAR: Record<string, string> = Object.fromEntries(
  (
    'took:take taken:take gave:give given:give made:make came:come went:go gone:go saw:see ' +
    'seen:see knew:know known:know thought:think brought:bring bought:buy sought:seek ' +
    'kept:keep left:leave meant:mean met:meet paid:pay sent:send spent:spend stood:stand ' +
    'understood:understand won:win lost:lose held:hold led:lead began:begin begun:begin ' +
    'chose:choose chosen:choose spoke:speak spoken:speak wrote:write written:write ' +
    'broke:break broken:break fell:fall fallen:fall felt:feel found:find got:get gotten:get ' +
    'grew:grow grown:grow rose:rise risen:rise sold:sell struck:strike told:tell ' +
    'became:become drew:draw drawn:draw drove:drive driven:drive fought:fight hit:hit ' +
    'let:let put:put set:set shut:shut cut:cut ran:run sat:sit taught:teach threw:throw ' +
    'thrown:throw wore:wear worn:wear built:build dealt:deal'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

function stemOf(word: string): string {
  return suffixStem(IRREGULAR[word] ?? word);
}

function suffixStem(word: string): string {
  if (word.length <= 3) return word;
  return word
    .replace(/ies$/, 'y')
    .replace(/(?<=[^su])s$/, '')
    .replace(/(?<=.{3})(ed|ing)$/, '')
    .replace(/(?<=.{3})e$/, '');
}

const UNITS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** "fifteen" -> "15", "twenty-nine" -> "29": a number reads the same in words or digits. */
const NUMBER_VALUES = new Map<string, string>([
  ...UNITS.map((unit, value) => [unit, String(value)] as [string, string]),
  ...TENS.flatMap((tens, index) => [
    [tens, String(20 + 10 * index)] as [string, string],
    ...UNITS.slice(1, 10).map(
      (unit, u) => [`${tens}-${unit}`, String(20 + 10 * index + u + 1)] as [string, string],
    ),
  ]),
]);

function spelled(word: string): string {
  for (const [pattern, replacement] of SPELLINGS) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}

type WordKind = Exclude<MatchTokenKind, 'name'>;

function kindOf(word: string): WordKind {
  if (NEGATIONS.has(word)) return 'negation';
  if (/^\p{N}/u.test(word) || NUMBER_WORDS.has(word)) return 'number';
  if (FUNCTION_WORDS.has(word)) return 'function';
  return 'content';
}

interface FoldedWord {
  word: string;
  stem: string;
  kind: WordKind;
}

// Words repeat across the texts a linker compares: fold each one once.
const FOLDED = new Map<string, FoldedWord[]>();
const FOLD_CACHE_LIMIT = 50_000;

function foldWord(original: string): FoldedWord[] {
  const cached = FOLDED.get(original);
  if (cached) return cached;
  let lowered = original.toLowerCase().replace(/%$/, '');
  if (lowered.includes("'") || lowered === 'cannot') {
    for (const [pattern, replacement] of CONTRACTIONS) lowered = lowered.replace(pattern, replacement);
  }
  const folded: FoldedWord[] = [];
  for (const part of lowered.split(' ')) {
    if (part.length === 0) continue;
    const word = /^\p{N}/u.test(part)
      ? part.replace(/,(?=\d{3}\b)/g, '')
      : (NUMBER_VALUES.get(part) ?? (part.length > 5 ? spelled(part) : part));
    folded.push({ word, stem: stemOf(word), kind: kindOf(word) });
  }
  if (original.endsWith('%')) folded.push({ word: 'percent', stem: 'percent', kind: 'number' });
  if (FOLDED.size >= FOLD_CACHE_LIMIT) FOLDED.clear();
  FOLDED.set(original, folded);
  return folded;
}

const SENTENCE_OPENER = /[.!?:;"“”(—–-]/;

function tokensOf(run: string): MatchToken[] {
  const tokens: MatchToken[] = [];
  for (const match of run.matchAll(WORD)) {
    const original = match[0];
    // A capital opening a sentence says nothing; one inside it marks a name.
    let before = (match.index ?? 0) - 1;
    while (before >= 0 && /\s/.test(run[before] as string)) before--;
    const sentenceStart = before < 0 || SENTENCE_OPENER.test(run[before] as string);
    const capitalised = /^\p{Lu}/u.test(original);
    for (const { word, stem, kind } of foldWord(original)) {
      tokens.push({ word, stem, kind: kind === 'content' && capitalised && !sentenceStart ? 'name' : kind });
    }
  }
  return tokens;
}

export function matchText(text: string): MatchText {
  const folded = text
    .normalize('NFKC')
    .replace(/[“”„‟"]/g, ' ')
    .replace(/[‘’‚‛\u0060´]/g, "'")
    .replace(/(\d)\s*%/g, '$1 percent');
  const runs = folded
    .split(ELISION)
    .map(tokensOf)
    .filter((run) => run.length > 0);
  const tokens = runs.flat();
  return { runs, tokens, significant: tokens.filter((token) => token.kind !== 'function') };
}

/** The words that carry the proposition: everything but function words. */
export function significant(text: MatchText): MatchToken[] {
  return text.significant;
}

const PERSONAL_PRONOUNS = new Set(
  'i me my mine we us our ours it its he him his she her hers they them their theirs'.split(' '),
);

/** Whether the text refers to someone by a pronoun ("we will", "it shared", "their plan"). */
export function hasPersonalPronoun(text: MatchText): boolean {
  return text.tokens.some((token) => PERSONAL_PRONOUNS.has(token.word));
}
