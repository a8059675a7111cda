// A gazetteer of news outlets and platforms, and a matcher over tokens. The kind of outlet
// decides the kind of intermediary: words told to a wire agency reach us as a wire report,
// words told to a broadcaster or paper as an interview, words posted on a platform as a post.

import { MONTHS_AND_DAYS, NAME_PARTICLES, NATIONALITIES, PRESS_TITLE_WORDS, PRINT_NOUNS } from './lexicon';
import { isDemonym } from './states';
import type { Token } from './tokens';

export type OutletType = 'wire' | 'broadcast' | 'print' | 'platform';

export interface Outlet {
  name: string;
  type: OutletType;
}

const OUTLETS: Array<[OutletType, string[]]> = [
  [
    'wire',
    [
      'Reuters',
      'AP',
      'Associated Press',
      'the Associated Press',
      'AFP',
      'Agence France-Presse',
      'Bloomberg',
      'Bloomberg News',
      'Xinhua',
      'Dow Jones',
      'dpa',
      'Kyodo',
      'Yonhap',
      'IRNA',
      'Tasnim',
      'KCNA',
      'KPL',
      'Anadolu',
      'Ukrinform',
      'PTI',
      'Bernama',
      'Antara',
      'RIA Novosti',
      'Tass',
      'TASS',
      'Interfax',
      'ANSA',
      'EFE',
      'Press Association',
      'PA',
      'Central News Agency',
      'Jiji',
      'Jiji Press',
      'Belga',
      'ANP',
      'Lusa',
      'Europa Press',
      'Agerpres',
      'Montsame',
      'Kazinform',
      'BelTA',
      'Prensa Latina',
      'Canadian Press',
      'The Canadian Press',
      'Australian Associated Press',
      'AAP',
      'Vietnam News Agency',
      'KUNA',
    ],
  ],
  [
    'broadcast',
    [
      'CNN',
      'BBC',
      'the BBC',
      'Fox News',
      'CNBC',
      'MSNBC',
      'NBC',
      'NBC News',
      'ABC',
      'ABC News',
      'CBS',
      'CBS News',
      'NPR',
      'PBS',
      'Sky News',
      'Al Jazeera',
      'RT',
      'CCTV',
      'ITV',
      'ITV News',
      'Channel 4',
      'Channel 4 News',
      'France 24',
      'Deutsche Welle',
      'DW',
      'CBC',
      'LBC',
      'BBC Radio 4',
      'Radio 4',
      'BBC World Service',
      'BBC News',
      'ZDF',
      'ARD',
      'Times Radio',
      'CBC Radio',
      'CTV',
      'CTV News',
      'RTÉ',
      'RTE',
      'Yle',
      'NRK',
      'SVT',
      'RFI',
      'NHK',
      'KBS',
      'ORTM',
      'Euronews',
      'France Inter',
      'France Info',
      'franceinfo',
      'RTL',
      'RTBF',
      'VRT',
      'RAI',
      'TVE',
      'RTP',
      'SABC',
      'Voice of America',
      'VOA',
      'Radio Free Europe',
      'RFE/RL',
      'NDTV',
      'GB News',
      'Newsmax',
      'BFM TV',
      'TF1',
      'TRT',
      'MBC',
      'SBS',
      'TVNZ',
      'RNZ',
      'Channel NewsAsia',
    ],
  ],
  [
    'print',
    [
      'The Guardian',
      'Guardian',
      'The New York Times',
      'New York Times',
      'The Washington Post',
      'Washington Post',
      'The Wall Street Journal',
      'Wall Street Journal',
      'Financial Times',
      'The Financial Times',
      'FT',
      'The Times',
      'The Telegraph',
      'Telegraph',
      'The Independent',
      'Politico',
      'Axios',
      'The Economist',
      'Der Spiegel',
      'Spiegel',
      'Le Monde',
      'Bild',
      'Handelsblatt',
      'South China Morning Post',
      'Global Times',
      'The Atlantic',
      'Newsweek',
      'Time magazine',
      'The Daily Planet',
      'The Herald',
      'The Observer',
      'Nikkei',
      'Dagens Nyheter',
      'Bangkok Post',
      'Philippine Daily Inquirer',
      "People's Daily",
      'Haaretz',
      'Die Zeit',
      'Asahi Shimbun',
      'Le Soir',
      'Le Figaro',
      'Libération',
      'El País',
      'El Mundo',
      'Corriere della Sera',
      'La Repubblica',
      'La Stampa',
      'Kommersant',
      'Izvestia',
      'Vedomosti',
      'Yomiuri Shimbun',
      'Mainichi Shimbun',
      'The Hindu',
      'Hindustan Times',
      'Toronto Star',
      'Globe and Mail',
      'The Globe and Mail',
      'Expresso',
      'Público',
      'Clarín',
      'La Nación',
      'Al-Ahram',
      'Gulf News',
      'Jerusalem Post',
      'Times of Israel',
      'Kyiv Independent',
      'Gazeta Wyborcza',
      'De Standaard',
      'Aftenposten',
      'Helsingin Sanomat',
      'Straits Times',
      'The Straits Times',
      'Jakarta Post',
      'Korea Herald',
      'JoongAng Ilbo',
      'Chosun Ilbo',
      'Caixin',
    ],
  ],
  [
    'platform',
    [
      'Twitter',
      'X',
      'Facebook',
      'Instagram',
      'Truth Social',
      'Weibo',
      'Telegram',
      'LinkedIn',
      'TikTok',
      'YouTube',
      'Threads',
      'Bluesky',
      'WeChat',
      'Mastodon',
    ],
  ],
];

interface Entry {
  words: string[];
  /** the words as the gazetteer spells them, for the short ones whose case matters */
  spelt: string[];
  outlet: Outlet;
}

// A broadcaster's station or service is the broadcaster: words said on BBC Radio 4 reach us
// through the BBC, as the annotation guide's canonical names have it.
const BROADCASTER_OF: ReadonlyMap<string, string> = new Map([
  ['BBC Radio 4', 'BBC'],
  ['Radio 4', 'BBC'],
  ['BBC World Service', 'BBC'],
  ['BBC News', 'BBC'],
  ['CBC Radio', 'CBC'],
]);

const ENTRIES: Entry[] = OUTLETS.flatMap(([type, names]) =>
  names.map((name) => ({
    words: name.toLowerCase().split(' '),
    spelt: name.split(' '),
    outlet: { name: BROADCASTER_OF.get(name) ?? name.replace(/^the /i, ''), type },
  })),
).sort((a, b) => b.words.length - a.words.length);

// Case matters for the short ones: "AP", "X" and the "Al" of "Al Jazeera" are outlets' words,
// "ap", "x" and "al" are not. A one-letter name ends a sentence as one token with its full
// stop: "wrote on X."
const bareWord = (word: string) => (/^\p{L}\.$/u.test(word) ? word.slice(0, 1) : word);

function wordMatches(token: Token, word: string, spelt: string): boolean {
  if (bareWord(token.lower) !== word) return false;
  return word.length > 2 || bareWord(token.text) === spelt;
}

const BY_FIRST_WORD = new Map<string, Entry[]>();
for (const entry of ENTRIES) {
  const first = entry.words[0] as string;
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), entry]);
}

/** The outlet named at tokens[i] (an optional "the" first), with the index after it. */
export function outletAt(tokens: readonly Token[], i: number): { outlet: Outlet; next: number } | undefined {
  const start = tokens[i];
  for (const entry of (start && BY_FIRST_WORD.get(bareWord(start.lower))) ?? []) {
    let j = i;
    let matched = true;
    for (const [k, word] of entry.words.entries()) {
      const token = tokens[j];
      if (!token || !wordMatches(token, word, entry.spelt[k] as string)) {
        matched = false;
        break;
      }
      j++;
    }
    if (matched) return { outlet: entry.outlet, next: j };
  }
  const first = tokens[i];
  if (first?.lower === 'the') return outletAt(tokens, i + 1);
  return undefined;
}

// What a broadcaster is, after its name: "the Zenit radio", "the Orion network".
const BROADCAST_NOUNS: ReadonlySet<string> = new Set([
  'broadcaster',
  'channel',
  'radio',
  'television',
  'network',
  'station',
]);

// "the state news agency KCNA", "the semi-official Tasnim news agency", "the broadcaster RFI":
// a description names an outlet the gazetteer may not know, and says what kind it is.
const AGENCY_WORDS = /^(?:state|official|semi-official|state-run|state-owned|national|public|private)$/;

function agencyDescribedAt(
  tokens: readonly Token[],
  i: number,
): { outlet: Outlet; next: number } | undefined {
  let j = tokens[i]?.lower === 'the' ? i + 1 : i;
  const capitalised = (k: number) => /^\p{Lu}/u.test(tokens[k]?.text ?? '');
  const describing = (k: number) => {
    const word = tokens[k]?.lower ?? '';
    // "the Brussels daily Le Soir": a place before a paper's noun and its name.
    const place = capitalised(k) && PRINT_NOUNS.has(tokens[k + 1]?.lower ?? '') && capitalised(k + 2);
    return AGENCY_WORDS.test(word) || NATIONALITIES.has(word) || isDemonym(word) || place;
  };
  // "the state news agency", "Greek broadcaster Skai", "the Brazilian newspaper Folha".
  while (tokens[j] && describing(j)) j++;
  // "news agency KCNA", "broadcaster RFI", "radio station France Inter", "the weekly Expresso"
  const described = (k: number): { type: OutletType; after: number } | undefined => {
    const word = tokens[k]?.lower;
    if (word === 'news' && tokens[k + 1]?.lower === 'agency') return { type: 'wire', after: k + 2 };
    if (word === 'broadcaster' || word === 'channel' || word === 'television' || word === 'radio') {
      const station = ['station', 'channel', 'network'].includes(tokens[k + 1]?.lower ?? '');
      return { type: 'broadcast', after: station && !capitalised(k + 1) ? k + 2 : k + 1 };
    }
    // "the weekly Expresso": a paper's noun straight after "the" needs a name after it that
    // is no day or month ("told the paper Monday").
    const qualified = j > i + (tokens[i]?.lower === 'the' ? 1 : 0);
    const namedAfter =
      tokens[i]?.lower === 'the' && capitalised(k + 1) && !MONTHS_AND_DAYS.has(tokens[k + 1]?.lower ?? '');
    if (word !== undefined && PRINT_NOUNS.has(word) && !capitalised(k) && (qualified || namedAfter)) {
      return { type: 'print', after: k + 1 };
    }
    return undefined;
  };
  const before = described(j);
  // "Radio Okapi", "Channel 12": a capitalised descriptor is the first word of the name.
  const named = before !== undefined && capitalised(j) && before.after === j + 1;
  // "Folha de S.Paulo": a particle between the words of a name.
  const nameWord = (k: number) =>
    capitalised(k) ||
    (named && tokens[k]?.pos === 'NUM') ||
    (k > (before?.after ?? k) && NAME_PARTICLES.has(tokens[k]?.lower ?? '') && capitalised(k + 1));
  // "the private broadcaster bTV", "the channel eNCA": a brand may open in lower case.
  const brand = (k: number) => capitalised(k) || /^\p{Ll}{1,2}\p{Lu}/u.test(tokens[k]?.text ?? '');
  if (before && brand(before.after)) {
    let end = before.after;
    while (nameWord(end + 1)) end++;
    const name = nameOf(tokens, named ? j : before.after, end);
    return { outlet: { name, type: before.type }, next: end + 1 };
  }
  // "Tasnim news agency"
  let end = j;
  while (capitalised(end)) end++;
  const after = end > j ? described(end) : undefined;
  if (after && after.type === 'wire') {
    const name = tokens
      .slice(j, end)
      .map((t) => t.text)
      .join(' ');
    return { outlet: { name, type: 'wire' }, next: after.after };
  }
  return undefined;
}

/** The name's words; "NOS." ending a sentence is "NOS". */
function nameOf(tokens: readonly Token[], first: number, last: number): string {
  // "Folha de S.Paulo": a space only where the text has one.
  return tokens
    .slice(first, last + 1)
    .map((t, k, words) => (k > 0 && t.start === (words[k - 1] as Token).end ? t.text : ` ${t.text}`))
    .join('')
    .trim()
    .replace(/(\p{Lu}{2,})\.$/u, '$1');
}

// "Skai TV", "Kiss FM", "the Australian Financial Review": a name's last word says what it is.
const BROADCAST_NAME_ENDS = new Set(['tv', 'radio', 'television', 'fm']);

/** An outlet the gazetteer doesn't know, named by its noun: "the Daily Bugle newspaper". */
export function describedOutletAt(
  tokens: readonly Token[],
  i: number,
): { outlet: Outlet; next: number } | undefined {
  const agency = agencyDescribedAt(tokens, i);
  if (agency) return agency;
  let j = tokens[i]?.lower === 'the' ? i + 1 : i;
  const words: string[] = [];
  while (tokens[j] && /^[A-Z]/.test((tokens[j] as Token).text)) {
    words.push((tokens[j] as Token).text);
    j++;
  }
  const noun = tokens[j];
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  if (words.length >= 2 && BROADCAST_NAME_ENDS.has(last)) {
    return { outlet: { name: words.join(' '), type: 'broadcast' }, next: j };
  }
  if (words.length >= 2 && PRESS_TITLE_WORDS.has(last)) {
    return { outlet: { name: words.join(' '), type: 'print' }, next: j };
  }
  if (words.length === 0 || !noun) return undefined;
  const type: OutletType | undefined = BROADCAST_NOUNS.has(noun.lower)
    ? 'broadcast'
    : PRINT_NOUNS.has(noun.lower)
      ? 'print'
      : undefined;
  if (!type) return undefined;
  return { outlet: { name: words.join(' '), type }, next: j + 1 };
}

const NAMES = new Set(ENTRIES.map((e) => e.words.join(' ').replace(/^the /, '')));
const TYPES = new Map(ENTRIES.map((e) => [e.outlet.name.toLowerCase(), e.outlet.type]));

/** "Australian Financial Review", "Daily Bugle": a paper's name by its last word. */
export function isPressName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.length >= 2 && PRESS_TITLE_WORDS.has(words[words.length - 1] as string);
}

/** The kind of outlet a canonical name is, when the gazetteer knows it. */
export function outletTypeOf(name: string): OutletType | undefined {
  return TYPES.get(name.toLowerCase());
}

export function isOutletName(lowerName: string): boolean {
  return NAMES.has(lowerName.replace(/^the /, ''));
}
