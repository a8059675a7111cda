// Word lists for synthetic names and texts. Texts draw words with a Zipf skew, so full-text
// searches hit a realistic mix of common and rare terms.

export const WORDS = `
security network government minister policy trade sanctions energy talks agreement officials
warned said report claims evidence alliance defence military market investment technology
election vote parliament border refugees climate emissions nuclear missile treaty summit
negotiations ceasefire conflict troops peace economy inflation tariffs exports imports supply
chain companies banks currency debt growth recession workers strike protest police court
ruling judge law rights freedom press media journalists spying surveillance data privacy
cyber attack hackers intelligence agency espionage infrastructure pipeline gas oil prices
shipping ports routes arctic maritime fisheries waters island coast navy drills exercises
airspace drones satellites launch space research universities students visas migration
health vaccine pandemic hospitals doctors medicine trials approval regulators safety standards
telecom equipment vendors operators spectrum auction licence rollout coverage rural cities
housing rents mortgages construction transport railways airports airlines tourism hotels
agriculture farmers crops drought floods wildfire disaster relief aid donors loans fund
reform pensions taxes budget deficit spending cuts welfare schools teachers children
corruption scandal investigation prosecutors charges arrest sentence prison release hostage
diplomats embassy ambassador envoy mediation dialogue partnership cooperation rivalry
competition dominance influence leverage pressure threat risk concern warning response
`
  .trim()
  .split(/\s+/);

export const FIRST_NAMES = `
Amara Bastian Chiara Dmitri Elif Farid Greta Hiroshi Ines Jonas Kamala Lior Mateo Nadia Oskar
Priya Quentin Rania Soren Tamar Umar Valeria Wen Ximena Yusuf Zofia Anders Beatriz Casimir
Dalia Emeka Fiona Goran Hana Ilya Jana Kofi Lena Marek Noor Olga Pavel Rosa Sanjay Tereza
Uwe Vera Wiktor Yara Zeynep Adrien Bogdan Carmen Darius Esme Felix Gisela Hamid Irene Jorge
`
  .trim()
  .split(/\s+/);

export const LAST_NAMES = `
Abara Berglund Castellano Dimitrov Eriksen Ferreira Gallagher Haddad Ivanova Jankowski Kovacs
Lindqvist Moreau Nakamura Okafor Petrov Quiroga Rahman Santos Tanaka Ulrich Varga Wojcik Xu
Yilmaz Zeller Almeida Brandt Cerny Dubois Esposito Fischer Greco Horvath Iqbal Jensen Kaur
Lopez Mensah Novak Oyelaran Popescu Quinn Romero Schmidt Takahashi Usman Vasquez Weber Yadav
`
  .trim()
  .split(/\s+/);

export const ORG_WORDS = `
Northern Atlantic Pacific Federal National United Central Eastern Western Global Allied
Continental Baltic Alpine Coastal Royal Republic Union Council Ministry Agency Bureau Institute
`
  .trim()
  .split(/\s+/);

export const TOPIC_ADJECTIVES = [
  'arctic',
  'digital',
  'nuclear',
  'maritime',
  'financial',
  'agricultural',
  'electoral',
  'industrial',
  'humanitarian',
  'orbital',
];

export const TOPIC_NOUNS = [
  'security',
  'sanctions',
  'infrastructure',
  'trade',
  'migration',
  'energy',
  'surveillance',
  'diplomacy',
  'regulation',
  'espionage',
];

export const TITLES = ['spokesperson', 'minister', 'director', 'adviser', 'official', 'founder', 'chair'];
