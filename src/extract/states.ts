// States and the words that stand for their governments in news: the country ("China said"),
// the capital ("Beijing has warned"), and the demonym with a word for government ("the
// Chinese government", "Chinese authorities", "the US administration"). Each resolves to one
// actor per state, named "Government of <country>", the country as English names it ("the"
// where English uses it). Seats of power with names of their own (the White House, the
// Kremlin, Downing Street) are not the government: they stay themselves.

interface State {
  country: string;
  /** other names of the country and its capital, lower case */
  names: string[];
  demonyms: string[];
}

// country | names (capital first) | demonyms
const TABLE = `
the United States|washington, us, u.s., usa, america, united states|us, u.s., american
the United Kingdom|london, uk, britain, great britain, united kingdom|uk, british
China|beijing, china, prc|chinese
Russia|moscow, russia|russian
Germany|berlin, germany|german
France|paris, france|french
Italy|rome, italy|italian
Spain|madrid, spain|spanish
Japan|tokyo, japan|japanese
India|new delhi, delhi, india|indian
Canada|ottawa, canada|canadian
Australia|canberra, australia|australian
Brazil|brasilia, brasília, brazil|brazilian
Mexico|mexico city, mexico|mexican
Iran|tehran, iran|iranian
Israel|jerusalem, israel|israeli
Ukraine|kyiv, kiev, ukraine|ukrainian
Poland|warsaw, poland|polish
Taiwan|taipei, taiwan|taiwanese
North Korea|pyongyang, north korea|north korean
South Korea|seoul, south korea|south korean
Turkey|ankara, turkey, türkiye|turkish
Saudi Arabia|riyadh, saudi arabia|saudi
Egypt|cairo, egypt|egyptian
South Africa|pretoria, south africa|south african
Nigeria|abuja, nigeria|nigerian
Kenya|nairobi, kenya|kenyan
Tanzania|dodoma, tanzania|tanzanian
Ethiopia|addis ababa, ethiopia|ethiopian
Ghana|accra, ghana|ghanaian
Mali|bamako, mali|malian
Burkina Faso|ouagadougou, burkina faso|burkinabe
the Netherlands|the hague, amsterdam, netherlands|dutch
Belgium|brussels, belgium|belgian
Sweden|stockholm, sweden|swedish
Norway|oslo, norway|norwegian
Denmark|copenhagen, denmark|danish
Finland|helsinki, finland|finnish
Estonia|tallinn, estonia|estonian
Latvia|riga, latvia|latvian
Lithuania|vilnius, lithuania|lithuanian
Belarus|minsk, belarus|belarusian
Austria|vienna, austria|austrian
Switzerland|bern, switzerland|swiss
Hungary|budapest, hungary|hungarian
Greece|athens, greece|greek
Portugal|lisbon, portugal|portuguese
Ireland|dublin, ireland|irish
Serbia|belgrade, serbia|serbian
Georgia|tbilisi|georgian
Armenia|yerevan, armenia|armenian
Azerbaijan|baku, azerbaijan|azerbaijani
Kazakhstan|astana, kazakhstan|kazakh
Mongolia|ulaanbaatar, mongolia|mongolian
New Zealand|wellington, new zealand|new zealand
Singapore|singapore|singaporean
Vietnam|hanoi, vietnam|vietnamese
Thailand|bangkok, thailand|thai
Myanmar|naypyidaw, naypyitaw, myanmar, burma|myanmar, burmese
Laos|vientiane, laos|lao, laotian
Cambodia|phnom penh, cambodia|cambodian
Indonesia|jakarta, indonesia|indonesian
Malaysia|kuala lumpur, malaysia|malaysian
the Philippines|manila, philippines|philippine, filipino
Pakistan|islamabad, pakistan|pakistani
Afghanistan|kabul, afghanistan|afghan
Iraq|baghdad, iraq|iraqi
Syria|damascus, syria|syrian
Lebanon|beirut, lebanon|lebanese
Jordan|amman|jordanian
Qatar|doha, qatar|qatari
the United Arab Emirates|abu dhabi, uae, united arab emirates|emirati
Argentina|buenos aires, argentina|argentine, argentinian
Chile|santiago, chile|chilean
Colombia|bogota, bogotá, colombia|colombian
Venezuela|caracas, venezuela|venezuelan
Cuba|havana, cuba|cuban
Rwanda|kigali, rwanda|rwandan
Burundi|gitega, burundi|burundian
Uganda|kampala, uganda|ugandan
Somalia|mogadishu, somalia|somali
Sudan|khartoum, sudan|sudanese
South Sudan|juba, south sudan|south sudanese
Eritrea|asmara, eritrea|eritrean
Djibouti|djibouti|djiboutian
Libya|tripoli, libya|libyan
Tunisia|tunis, tunisia|tunisian
Algeria|algiers, algeria|algerian
Morocco|rabat, morocco|moroccan
Senegal|dakar, senegal|senegalese
Guinea|conakry, guinea|guinean
Niger|niamey, niger|nigerien
Chad|n'djamena, ndjamena|chadian
Cameroon|yaounde, yaoundé, cameroon|cameroonian
Ivory Coast|abidjan, yamoussoukro, ivory coast, côte d'ivoire, cote d'ivoire|ivorian
Liberia|monrovia, liberia|liberian
Sierra Leone|freetown, sierra leone|sierra leonean
Angola|luanda, angola|angolan
Mozambique|maputo, mozambique|mozambican
Zimbabwe|harare, zimbabwe|zimbabwean
Zambia|lusaka, zambia|zambian
Malawi|lilongwe, malawi|malawian
Namibia|windhoek, namibia|namibian
Botswana|gaborone, botswana|botswanan
Madagascar|antananarivo, madagascar|malagasy
Cyprus|nicosia, cyprus|cypriot
Malta|valletta, malta|maltese
Croatia|zagreb, croatia|croatian
Slovenia|ljubljana, slovenia|slovenian
Slovakia|bratislava, slovakia|slovak
the Czech Republic|prague, czech republic, czechia|czech
Romania|bucharest, romania|romanian
Bulgaria|bulgaria|bulgarian
Moldova|chisinau, chișinău, moldova|moldovan
Albania|tirana, albania|albanian
North Macedonia|skopje, north macedonia|macedonian
Bosnia and Herzegovina|sarajevo, bosnia|bosnian
Kosovo|pristina, kosovo|kosovan, kosovar
Montenegro|podgorica, montenegro|montenegrin
Iceland|reykjavik, reykjavík, iceland|icelandic
Luxembourg|luxembourg|luxembourgish
Tajikistan|dushanbe, tajikistan|tajik
Uzbekistan|tashkent, uzbekistan|uzbek
Kyrgyzstan|bishkek, kyrgyzstan|kyrgyz
Turkmenistan|ashgabat, turkmenistan|turkmen
Bangladesh|dhaka, bangladesh|bangladeshi
Sri Lanka|colombo, sri lanka|sri lankan
Nepal|kathmandu, nepal|nepalese, nepali
Bhutan|thimphu, bhutan|bhutanese
the Maldives|maldives|maldivian
Brunei|bandar seri begawan, brunei|bruneian
East Timor|dili, east timor, timor-leste|timorese
Papua New Guinea|port moresby, papua new guinea|papua new guinean
Fiji|suva, fiji|fijian
Samoa|apia, samoa|samoan
Tonga|nuku'alofa, tonga|tongan
Vanuatu|port vila, vanuatu|vanuatuan
the Solomon Islands|honiara, solomon islands|solomon islander
Kuwait|kuwait city, kuwait|kuwaiti
Bahrain|manama, bahrain|bahraini
Oman|muscat, oman|omani
Yemen|sanaa, sana'a, yemen|yemeni
Peru|lima, peru|peruvian
Ecuador|quito, ecuador|ecuadorian
Bolivia|la paz, sucre, bolivia|bolivian
Paraguay|asuncion, asunción, paraguay|paraguayan
Uruguay|montevideo, uruguay|uruguayan
Panama|panama city, panama|panamanian
Costa Rica|san jose, san josé, costa rica|costa rican
Nicaragua|managua, nicaragua|nicaraguan
Honduras|tegucigalpa, honduras|honduran
Guatemala|guatemala city, guatemala|guatemalan
El Salvador|san salvador, el salvador|salvadoran
Haiti|port-au-prince, haiti|haitian
the Dominican Republic|santo domingo, dominican republic|dominican
Jamaica|jamaica|jamaican
`;

const STATES: State[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [country = '', names = '', demonyms = ''] = line.split('|');
    const list = (text: string) =>
      text
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
    return { country, names: list(names), demonyms: list(demonyms) };
  });

const BY_NAME = new Map<string, State>();
const BY_DEMONYM = new Map<string, State>();
for (const state of STATES) {
  for (const name of [state.country.toLowerCase().replace(/^the /, ''), ...state.names])
    BY_NAME.set(name, state);
  for (const demonym of state.demonyms) BY_DEMONYM.set(demonym, state);
}

// "the Chinese government", "Chinese authorities", "the US administration", "Canada's government"
const GOVERNMENT_WORDS = '(?:government|authorities|administration|officials?)';
// "Niger's military government", "the interim government": a kind of government is still the state's.
const GOVERNMENT_KINDS =
  '(?:military|military-led|civilian|interim|transitional|caretaker|federal|central|national|new)';
const DEMONYM_GOVERNMENT = new RegExp(
  `^(?:the\\s+)?(.+?)(?:'s|’s)?(?:\\s+${GOVERNMENT_KINDS})?\\s+${GOVERNMENT_WORDS}$`,
);

const governmentOf = (state: State) => `Government of ${state.country}`;

/** The government a name stands for ("beijing", "china", "the united states"), if it names a state. */
export function governmentNamed(name: string): string | undefined {
  const state = BY_NAME.get(
    name
      .toLowerCase()
      .replace(/^the\s+/, '')
      .trim(),
  );
  return state ? governmentOf(state) : undefined;
}

/**
 * The government a phrase names with a word for government ("the Chinese government",
 * "Chinese authorities", "Canada's government"); not "Chinese officials", which are people.
 */
export function governmentPhrase(phrase: string): string | undefined {
  const lower = phrase.toLowerCase().trim();
  if (/officials?$/.test(lower)) return undefined;
  const match = DEMONYM_GOVERNMENT.exec(lower);
  if (!match?.[1]) return undefined;
  const state = BY_DEMONYM.get(match[1]) ?? BY_NAME.get(match[1].replace(/^the\s+/, ''));
  return state ? governmentOf(state) : undefined;
}

/** Whether a lower-case word names a state, its capital or its people ("us", "chinese", "beijing"). */
export function isStateWord(lower: string): boolean {
  return BY_DEMONYM.has(lower) || BY_NAME.has(lower);
}

/** Whether a lower-case word is only a people's name for a state ("kenyan", "tanzanian"). */
export function isDemonym(lower: string): boolean {
  return BY_DEMONYM.has(lower) && !BY_NAME.has(lower);
}
