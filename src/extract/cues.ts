// Cue verbs: the words that mark speech, in every inflection, mapped to the base forms the
// graph stores (CUES in src/domain/model.ts), with the stance each carries.

import type { Cue, StancePolarity } from '../domain/model';

export interface CueWord {
  cue: Cue;
  /** -ing form: "adding", "insisting" (continues the clause's subject) */
  participle: boolean;
  /** a form that can also be a noun or another part of speech ("claims", "states"): needs a VERB tag */
  ambiguous: boolean;
  /** usable in a reported-speech frame (X said that ...); "continued" only attributes quotes */
  reports: boolean;
  /** a phrasal verb ("pointed out", "called on"): the particle after the verb belongs to the cue */
  phrasal: boolean;
}

const FORMS: Array<[Cue, string[], { reports?: boolean; ambiguous?: string[] }]> = [
  ['say', ['say', 'says', 'said', 'saying'], {}],
  ['tell', ['tell', 'tells', 'told', 'telling'], {}],
  [
    'warn',
    ['warn', 'warns', 'warned', 'warning', 'cautioned', 'cautions'],
    { ambiguous: ['warning', 'warn'] },
  ],
  [
    'deny',
    [
      'deny',
      'denies',
      'denied',
      'denying',
      'rejected',
      'rejects',
      'rejecting',
      'dismissed',
      'dismisses',
      'dismissing',
      'refuted',
      'refutes',
      'refuting',
      'rebutted',
      'rebuts',
    ],
    {},
  ],
  ['tweet', ['tweet', 'tweets', 'tweeted', 'tweeting'], { ambiguous: ['tweet', 'tweets'] }],
  ['urge', ['urge', 'urges', 'urged', 'urging', 'demanded', 'demands'], { ambiguous: ['urge', 'demands'] }],
  ['add', ['add', 'adds', 'added', 'adding'], {}],
  ['insist', ['insist', 'insists', 'insisted', 'insisting'], {}],
  ['claim', ['claim', 'claims', 'claimed', 'claiming'], { ambiguous: ['claim', 'claims'] }],
  ['continue', ['continued', 'continues'], { reports: false }],
  [
    'state',
    ['stated', 'states', 'announced', 'announces', 'declared', 'declares'],
    { ambiguous: ['states'] },
  ],
  ['accuse', ['accuse', 'accuses', 'accused', 'accusing'], { ambiguous: ['accused'] }],
  ['argue', ['argue', 'argues', 'argued', 'arguing'], {}],
  ['assess', ['assessed', 'assesses'], {}],
  [
    'say',
    [
      'wrote',
      'writes',
      'posted',
      'noted',
      'notes',
      'stressed',
      'stresses',
      'explained',
      'explains',
      'replied',
      'responded',
      'acknowledged',
      'admitted',
      'asked',
      'recalled',
      'suggested',
      'predicted',
      'remarked',
      'commented',
      'conceded',
      'vowed',
      'promised',
      'pledged',
      'maintained',
      'asserted',
      'alleged',
      'disagreed',
      'agreed',
      'countered',
      'retorted',
      'objected',
      'protested',
      'complained',
      'joked',
      'quipped',
      'emphasised',
      'emphasized',
      'reiterated',
      'confirmed',
      'revealed',
      'boasted',
      'lamented',
      'observed',
    ],
    { ambiguous: ['posted', 'notes', 'asked', 'agreed', 'confirmed', 'observed', 'revealed'] },
  ],
];

// Verbs of reporting the lists above lack, each with its own base form: concluding, estimating,
// charging and blaming, clarifying, reporting (an outlet as speaker), and the phrasal verbs of
// news ("pointed out", "called on", "pushed back", "shot back", "weighed in"), in every tense.
const MORE_FORMS: typeof FORMS = [
  ['conclude', ['concluded', 'concludes', 'concluding'], {}],
  ['estimate', ['estimated', 'estimates', 'estimating'], { ambiguous: ['estimates'] }],
  ['charge', ['charged', 'charges', 'charging'], { ambiguous: ['charged', 'charges', 'charging'] }],
  ['blame', ['blamed', 'blames', 'blaming'], {}],
  ['clarify', ['clarified', 'clarifies', 'clarifying'], {}],
  ['report', ['reported', 'reports', 'reporting'], { ambiguous: ['reports', 'reporting'] }],
  ['point out', ['pointed out', 'points out', 'pointing out', 'point out'], {}],
  ['call on', ['called on', 'calls on', 'calling on', 'call on'], {}],
  ['push back', ['pushed back', 'pushes back', 'pushing back'], {}],
  ['shoot back', ['shot back', 'shoots back', 'shooting back'], {}],
  ['weigh in', ['weighed in', 'weighs in', 'weighing in'], {}],
  [
    'say',
    [
      'vowing',
      'vows',
      'alleging',
      'alleges',
      'asserting',
      'asserts',
      'noting',
      'stressing',
      'acknowledging',
      'acknowledges',
    ],
    {},
  ],
];

const CUE_WORDS: ReadonlyMap<string, CueWord> = new Map(
  [...FORMS, ...MORE_FORMS].flatMap(([cue, forms, options]) =>
    forms.map((form): [string, CueWord] => [
      form,
      {
        cue,
        participle: /ing( |$)/.test(form),
        ambiguous: options.ambiguous?.includes(form) ?? false,
        reports: options.reports ?? true,
        phrasal: form.includes(' '),
      },
    ]),
  ),
);

/**
 * The cue a token carries, or undefined. `pos` guards forms that are also nouns; `next`, the
 * following word, completes a phrasal verb ("pointed" + "out"), which the verb alone is not.
 */
export function cueOf(lower: string, pos: string, next?: string): CueWord | undefined {
  const phrasal = next === undefined ? undefined : CUE_WORDS.get(`${lower} ${next}`);
  if (phrasal) return phrasal;
  const word = CUE_WORDS.get(lower);
  if (!word) return undefined;
  if (word.ambiguous && pos !== 'VERB') return undefined;
  if (pos === 'NOUN' && !['said', 'told'].includes(lower)) return undefined;
  return word;
}

/**
 * The stance a cue carries toward what it reports. A denial opposes its proposition; urging,
 * insisting, claiming, arguing, warning and accusing all commit the speaker to it; the neutral
 * verbs of reporting (say, tell, add, ...) carry none.
 */
export function stanceOf(cue: Cue): StancePolarity | undefined {
  switch (cue) {
    case 'deny':
      return 'OPPOSE';
    case 'urge':
    case 'call on':
    case 'insist':
    case 'blame':
    case 'charge':
    case 'claim':
    case 'argue':
    case 'warn':
    case 'accuse':
      return 'SUPPORT';
    default:
      return undefined;
  }
}

/** Cues that take the listener as object: "told politicians that", "urged the US to". */
export function takesAudience(cue: Cue): boolean {
  return cue === 'tell' || cue === 'warn' || urges(cue);
}

/** Cues whose proposition is who was urged to do what: "urged the US to adopt", "called on Moscow to". */
export function urges(cue: Cue): boolean {
  return cue === 'urge' || cue === 'call on';
}

/** Cues whose object is who is blamed or accused ("blamed X for P", "accused X of P"). */
export function blames(cue: Cue): boolean {
  return cue === 'accuse' || cue === 'blame' || cue === 'charge';
}
