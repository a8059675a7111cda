// Deterministic synthetic news articles (~800 words) for benchmarks: a page header, furniture
// (caption, donation appeal, newsletter box, comment prompts) and a body mixing narrative,
// direct quotes in several layouts and reported speech. Invented people and outlets only.
// Reusable: the full-ingestion benchmark can build the same articles from the same seeds.

import { mulberry32 } from '../src/synthetic/prng';

export interface SyntheticArticle {
  title: string;
  text: string;
  outlet: string;
  publishedAt: string;
  words: number;
}

/** The corpus generator's PRNG: the same seed always gives the same article. */
export const seededRandom = mulberry32;

const FIRST = [
  'Amara',
  'Tobias',
  'Ngozi',
  'Pavel',
  'Ines',
  'Karim',
  'Lena',
  'Marek',
  'Sunita',
  'Desmond',
  'Yuki',
  'Rhea',
];
const LAST = [
  'Okafor',
  'Reinholt',
  'Whitfield',
  'Drozdov',
  'Moreau',
  'Haddad',
  'Marchetti',
  'Zielinski',
  'Rao',
  'Ashby',
];
const TITLES = [
  'Transport minister',
  'Finance director',
  'Union leader',
  'Fire chief',
  'Opposition leader',
  'Mayor',
];
const ROLES = [
  'a senior official',
  'a spokeswoman for the ministry',
  'a representative of the port authority',
  'officials',
];
const OUTLETS = ['Reuters', 'Bloomberg', 'CNN', 'the BBC'];
const TOPICS = [
  'the harbour',
  'the new rail line',
  'the budget',
  'the water supply',
  'the election',
  'the trade deal',
];
const CLAUSES = [
  'the project would be finished on schedule',
  'costs had risen sharply over the winter',
  'nobody had been consulted about the change',
  'the talks had been constructive but slow',
  'the figures would be published next week',
  'the decision could be reversed on appeal',
];
const QUOTES = [
  'We cannot keep patching a structure that was built for a different century',
  'The figures are worse than we expected, and we will need to revisit every line',
  'Nobody from the council came until the following afternoon',
  'We have been clear from the start and our position has not moved',
  'This is a good day for the people who depend on this service',
  'We will look at every option before we make a final decision',
];
const NARRATIVE = [
  'The plans were first drawn up three years ago, when the previous administration promised to modernise the network and bring fares down for regular travellers.',
  'Opponents have gathered more than twelve thousand signatures, and a second petition is circulating among the traders who rent stalls near the waterfront.',
  'The council met for four hours on Tuesday evening to debate the plans, which have divided residents for months.',
  'Work on the site began in the spring but was halted twice after contractors raised safety concerns with inspectors.',
  'Local businesses say the uncertainty has already cost them customers, and several have cut their opening hours.',
  'The proposal will now go to a public consultation, which is expected to run until the end of the summer.',
  'Figures released last week showed a sharp rise in complaints, most of them about delays and missed deadlines.',
];

export function syntheticArticle(seed: number, targetWords = 800): SyntheticArticle {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const person = (): { full: string; last: string } => {
    const last = pick(LAST);
    return { full: `${pick(FIRST)} ${last}`, last };
  };
  const topic = pick(TOPICS);
  const title = `Row over ${topic} deepens as critics demand answers`;
  const head = [
    title,
    `Residents and officials remain divided over ${topic}`,
    'Jane Holloway',
    'Thursday 16 May 2024 09:12 BST',
    `Workers inspect ${topic} on Monday (PA)`,
    'Your support helps us to tell the story. Please consider making a donation today.',
  ];
  const body: string[] = [];
  const tail = ['Sign up for our daily newsletter', 'Join our commenting forum', 'Comments'];
  const count = (parts: readonly string[]): number => parts.join(' ').split(/\s+/).length;
  while (count([...head, ...body, ...tail]) < targetWords) {
    const p = person();
    // About half the paragraphs are plain narrative, as in a news story.
    const layout = Math.floor(random() * 14);
    const clause = pick(CLAUSES);
    const quote = pick(QUOTES);
    if (layout === 0) body.push(`${pick(TITLES)} ${p.full} said that ${clause}.`);
    else if (layout === 1) body.push(`“${quote},” ${p.full} said. “${pick(QUOTES)}.”`);
    else if (layout === 2) body.push(`${p.full} told ${pick(OUTLETS)}: “${quote}.”`);
    else if (layout === 3)
      body.push(`${capitalise(pick(ROLES))} said ${clause}, adding that ${pick(CLAUSES)}.`);
    else if (layout === 4)
      body.push(`“${quote},” Mr ${p.last} said last week, according to ${pick(OUTLETS)}.`);
    else if (layout === 5) body.push(`${p.full} warned that ${clause}. “${quote},” she added.`);
    else if (layout === 6)
      body.push(
        `The so-called “${topic.replace('the ', '')} plan” was first proposed in ${2015 + Math.floor(random() * 8)}.`,
      );
    else body.push(pick(NARRATIVE));
  }
  const text = [...head, ...body, ...tail].join('\n\n');
  return { title, text, outlet: 'The Daily Planet', publishedAt: '2024-05-16', words: count([text]) };
}

export function syntheticArticles(count: number, firstSeed = 1): SyntheticArticle[] {
  return Array.from({ length: count }, (_, i) => syntheticArticle(firstSeed + i));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
