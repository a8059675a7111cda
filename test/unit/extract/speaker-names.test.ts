// Names as news writes them: particles, short forms and the fullest form in the article.

import { extract } from './support';

const who = (text: string) => extract(text).map((s) => s.speaker.name);

describe('surnames with particles', () => {
  it('"al-Rashidi", written in lower case, is a name and the person named in full before', () => {
    expect(
      who('Spokesman Omar al-Rashidi said the talks would resume. “We are close,” al-Rashidi said.'),
    ).toEqual(['Omar al-Rashidi', 'Omar al-Rashidi']);
  });

  it('"Van Dalen" opening a sentence is "Marieke van Dalen"', () => {
    expect(who('Marieke van Dalen said the fine was fair. Van Dalen rejected the argument.')).toEqual([
      'Marieke van Dalen',
      'Marieke van Dalen',
    ]);
  });
});

describe('names in another script', () => {
  // Regression: wink tags a word it does not know (every Cyrillic, Greek, Han or Arabic word)
  // X, and Han and Arabic have no capitals: a speaker named in their own script was no speaker.
  it.each([
    [
      'Cyrillic, with an appositive title',
      '"We will talk," said Сергей Лавров, the foreign minister.',
      'Сергей Лавров',
    ],
    ['Han, after the quote', '"合作是唯一的出路," 王毅 said on Tuesday.', '王毅'],
    ['Greek', '"We will not wait," said Κυριάκος Μητσοτάκης.', 'Κυριάκος Μητσοτάκης'],
    ['Arabic, reported speech', 'محمد بن سلمان said the talks would continue.', 'محمد بن سلمان'],
  ])('%s', (_, text, name) => {
    expect(who(text)).toEqual([name]);
  });

  it('a word of another script inside the quote is not a speaker', () => {
    expect(who('"Москва не ответит," the spokesman said.')).toEqual(['spokesman']);
  });
});

describe("a state's institutions", () => {
  it('"Russia\'s foreign ministry" is the body that "it" points back to, not Russia', () => {
    expect(
      who("Russia's foreign ministry went further. In a post on Telegram, it accused Denmark of piracy."),
    ).toEqual(["Russia's foreign ministry"]);
  });
});

describe('the delayed identification of a lede', () => {
  it('"a senior WHO official told the BBC" is the person named in full in the next paragraph, and so is the channel', () => {
    const text = [
      "The vaccine stockpile has run out, a senior World Health Organization official told the BBC's World Tonight programme.",
      'Dr Mariana Figueiredo Rocha, who leads the cholera programme, said countries had requested 14 million doses.',
    ].join('\n\n');
    expect(extract(text).map((s) => [s.speaker.name, s.intermediary?.outlet])).toEqual([
      ['Mariana Figueiredo Rocha', 'BBC'],
      ['Mariana Figueiredo Rocha', 'BBC'],
    ]);
  });

  it('an official who told no one is not the person named next', () => {
    const text = [
      'The vaccine stockpile has run out, a senior World Health Organization official said.',
      'Dr Mariana Figueiredo Rocha, who leads the cholera programme, said countries had requested 14 million doses.',
    ].join('\n\n');
    expect(who(text)).toEqual(['senior World Health Organization official', 'Mariana Figueiredo Rocha']);
  });

  it('nor is a person named next who spoke to an outlet of their own', () => {
    const text = [
      "The vaccine stockpile has run out, a senior World Health Organization official told the BBC's World Tonight programme.",
      'Mariana Figueiredo Rocha told Reuters that countries had requested 14 million doses.',
    ].join('\n\n');
    expect(who(text)).toEqual(['senior World Health Organization official', 'Mariana Figueiredo Rocha']);
  });

  it('a definite title opening the article unnamed is the person whose words come next', () => {
    const text = [
      "Ruritania's foreign minister said on Sunday that the border would stay closed.",
      'Anna Lindqvist said the decision was final.',
    ].join('\n\n');
    expect(who(text)).toEqual(['Anna Lindqvist', 'Anna Lindqvist']);
  });

  it('"its energy minister" is as definite as "the country\'s energy minister"', () => {
    const text = [
      'ASTANA — Kazakhstan will double its crude shipments, its energy minister said in an interview with the Financial Times.',
      'Almas Zhumabekov said the halt had cost $600 million.',
    ].join('\n\n');
    expect(who(text)).toEqual(['Almas Zhumabekov', 'Almas Zhumabekov']);
  });

  it('an indefinite role, or one followed by another body first, stays the role', () => {
    expect(
      who(
        'A senior official said the border would stay closed.\n\nAnna Lindqvist said the decision was final.',
      ),
    ).toEqual(['senior official', 'Anna Lindqvist']);
    expect(
      who(
        'The presiding judge said the line was unfair.\n\nThe boundary should follow the river, the court said.\n\nAnna Lindqvist said the ruling was a victory.',
      ),
    ).toEqual(['presiding judge', 'court', 'Anna Lindqvist']);
  });
});

describe('organisations whose names the tagger breaks', () => {
  it.each([
    ["The Atacama Producers' Association said the plan left questions.", "Atacama Producers' Association"],
    ['The Common Teachers’ Front said teachers would stay out.', 'Common Teachers’ Front'],
    ['The Offshore Developers Forum said the duties would raise costs.', 'Offshore Developers Forum'],
    ['Downing Street said the prime minister had been briefed.', 'Downing Street'],
    ['A rebel spokesman, Saw Eh Htoo, told Reuters that the fighters had withdrawn.', 'Saw Eh Htoo'],
  ])('%s', (text, name) => {
    expect(who(text)).toEqual([name]);
  });

  it("leaves a sentence-opening adverb off a person's name", () => {
    expect(who('Meanwhile Smith said it was over.')).not.toContain('Meanwhile Smith');
  });
});

describe('"the agency" after an appositive said what a body is', () => {
  it.each([
    [
      "Rostransnadzor, Russia's transport safety regulator, halted loadings after an inspection. The agency said two mooring points failed.",
      'Rostransnadzor',
    ],
    [
      'Sunat, Peru’s customs and tax agency, estimated the trade at $600 million. The agency said four officers had been hurt.',
      'Sunat',
    ],
    [
      'Mar Vivo, a Peruvian conservation group, said the fund ignored the damage. “Nobody is compensating the penguins,” the group added.',
      'Mar Vivo',
    ],
  ])('%s', (text, body) => {
    expect(who(text).at(-1)).toBe(body);
  });

  it('takes no body from a person\'s appositive ("Gao, the ministry\'s spokeswoman")', () => {
    const text = [
      'Foreign ministry spokeswoman Gao Ruixue said the accusations were groundless.',
      "Gao, the ministry's spokeswoman, said diplomats had requested access.",
    ].join('\n\n');
    expect(who(text)).toEqual(['Gao Ruixue', 'Gao Ruixue']);
  });
});

describe("a title between an institution and a person's name", () => {
  // Regression: "Governor" was read as part of what the Bank is "of", so the whole phrase
  // became an organisation called "Bank of England Governor Andrew Bailey".
  it.each([
    ['Bank of England Governor Andrew Bailey said rates would hold.', 'Andrew Bailey'],
    ['Department of Homeland Security Secretary Kristi Noem said the border was shut.', 'Kristi Noem'],
    [
      'The Office of the US Trade Representative said it was concerned.',
      'Office of the US Trade Representative',
    ],
    [
      'The Ministry of Justice and Public Security said it was concerned.',
      'Ministry of Justice and Public Security',
    ],
  ])('%s', (text, name) => {
    expect(who(text)).toEqual([name]);
  });
});

describe("a state's forces and offices as speakers", () => {
  it.each([
    ['The navy said that the boats had been fishing illegally.', 'navy'],
    ['The Sri Lankan navy said that the boats had been fishing illegally.', 'Sri Lankan navy'],
    ["Sri Lanka's navy said that the boats had been fishing illegally.", "Sri Lanka's navy"],
    ['The South Korean military said the balloon had crossed the border.', 'South Korean military'],
    ['The Brazilian army said it had sent troops to the border.', 'Brazilian army'],
  ])('%s', (text, name) => {
    expect(who(text)).toEqual([name]);
  });
});

describe('a role with a relative clause that says which', () => {
  it.each([
    [
      'Three diplomats who attended the closed session said the margin was secured overnight.',
      'diplomats who attended the closed session',
    ],
    [
      'Officials who asked not to be named said the talks had stalled.',
      'Officials who asked not to be named',
    ],
  ])('%s', (text, name) => {
    expect(who(text)).toEqual([name]);
  });

  it('keeps a comma-fenced clause off the name', () => {
    expect(who('The minister, who leads the party, said the talks had stalled.')).toEqual(['minister']);
  });

  it('a lede title with its clause is named by the person who speaks next', () => {
    const text = [
      "NAIROBI — The retired judge who led Kenya's inquiry into the crush concluded that police had fired tear gas.",
      'Miriam Wanjiru said the stewards had left their posts.',
    ].join('\n\n');
    expect(who(text)).toEqual(['Miriam Wanjiru', 'Miriam Wanjiru']);
  });
});

describe('an institution and where it sits', () => {
  it('"the British High Commission in New Delhi" speaks, named with its place', () => {
    expect(
      who('The British High Commission in New Delhi said the proposal was at the consultation stage.'),
    ).toEqual(['British High Commission in New Delhi']);
  });
});

describe('a local government named by its place', () => {
  it.each([
    [
      'Two crew members were injured, according to the Odesa regional administration.',
      'Odesa regional administration',
    ],
    [
      'The Quang Ngai provincial border guard said the boat had returned to port.',
      'Quang Ngai provincial border guard',
    ],
  ])('%s', (text, name) => {
    expect(who(text)).toEqual([name]);
  });
});

describe('a paper named with its kind after it', () => {
  it('"The Asahi Shimbun newspaper reported" is the Asahi Shimbun, an outlet', () => {
    const [statement] = extract(
      'The Asahi Shimbun newspaper reported on Wednesday that the deal would allow refuelling.',
    );
    expect([statement?.speaker.name, statement?.speaker.kind]).toEqual(['Asahi Shimbun', 'MEDIA']);
  });
});

describe('"and" inside a title', () => {
  it('"Business and Trade Secretary Daniel Okafor" is the person, the portfolio kept whole', () => {
    const [statement] = extract('Britain will act, Business and Trade Secretary Daniel Okafor said.');
    expect(statement?.speaker.name).toBe('Daniel Okafor');
    expect(statement?.speaker.title).toBe('Business and Trade Secretary');
  });

  it('"Energy and Climate Minister Daniel Okafor" is the person', () => {
    expect(who('Britain will act, Energy and Climate Minister Daniel Okafor said.')).toEqual([
      'Daniel Okafor',
    ]);
  });

  it('"the agency\'s director of research and development" is one appositive, not two speakers', () => {
    expect(
      who(
        "The spread is a worry, Ingrid Halvorsen, the agency's director of research and development, said.",
      ),
    ).toEqual(['Ingrid Halvorsen']);
  });

  it('"Sweden and Denmark" still speak together', () => {
    expect(who('Sweden and Denmark said the pipeline was sabotaged.')).toEqual(['Sweden and Denmark']);
  });
});

describe('an institution "for" a list', () => {
  it('"the Department for Environment, Food and Rural Affairs" is one body, not "Food and Rural Affairs"', () => {
    expect(
      who('The Department for Environment, Food and Rural Affairs said the UK would defend its fleet.'),
    ).toEqual(['Department for Environment, Food and Rural Affairs']);
  });
});
