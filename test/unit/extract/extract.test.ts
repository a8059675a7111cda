import { extractStatements } from '../../../src/extract';
import { brief, extract } from './support';

describe('direct quote layouts', () => {
  it('“…,” X said / X said: “…” / “…,” said X, in curly and straight quotes', () => {
    expect(extract('“The pier is unsafe,” Harriet Olunde said.').map(brief)).toEqual([
      { text: 'The pier is unsafe', speaker: 'Harriet Olunde', cue: 'say', direct: true },
    ]);
    expect(extract('Pavel Drozdov said: "The line opens on time."').map(brief)).toEqual([
      { text: 'The line opens on time.', speaker: 'Pavel Drozdov', cue: 'say', direct: true },
    ]);
    expect(
      extract('"We were never consulted," said Jonas Feldmann, a tenants\' spokesman.').map(brief),
    ).toEqual([{ text: 'We were never consulted', speaker: 'Jonas Feldmann', cue: 'say', direct: true }]);
  });

  it('splits a spoken quote resumed after its attribution into two statements of one speaker', () => {
    const s = extract('“The figures are poor,” Ngozi Okafor said. “We will revisit the budget.”');
    expect(s.map(brief)).toEqual([
      { text: 'The figures are poor', speaker: 'Ngozi Okafor', cue: 'say', direct: true },
      { text: 'We will revisit the budget.', speaker: 'Ngozi Okafor', cue: 'say', direct: true },
    ]);
  });

  it('regression: a quote split mid-sentence around "he said," is one statement', () => {
    const s = extract('“If the rain holds off,” Tomasz Wielicki said, “we expect record crowds.”');
    expect(s.map(brief)).toEqual([
      {
        text: 'If the rain holds off, we expect record crowds.',
        speaker: 'Tomasz Wielicki',
        cue: 'say',
        direct: true,
      },
    ]);
    expect(s[0]?.parts).toHaveLength(2);
  });

  it('joins a quote that runs over paragraphs (reopened, closed only at the end)', () => {
    const s = extract(
      'Lena Marchetti described the flood.\n\n“The water came fast.\n\n“Nobody came to help,” she said.',
    );
    expect(s.map(brief)).toEqual([
      {
        text: 'The water came fast. Nobody came to help',
        speaker: 'Lena Marchetti',
        cue: 'say',
        direct: true,
      },
    ]);
  });

  it('attributes an "adding:" quote to the speaker of the clause before it', () => {
    const s = extract(
      'The chairman, Desmond Ashby, said the stadium would stay open, adding: “Fans deserve certainty.”',
    );
    expect(s.map(brief)).toEqual([
      { text: 'the stadium would stay open', speaker: 'Desmond Ashby', cue: 'say', direct: false },
      { text: 'Fans deserve certainty.', speaker: 'Desmond Ashby', cue: 'add', direct: true },
    ]);
    expect(s[0]?.speaker.title).toBe('chairman');
  });
});

describe('reported speech', () => {
  it('reads rejected, dismissed and refuted as denials, also of a thing said ("the accusation")', () => {
    expect(extract('Korvex Telecom rejected the accusation as false.').map(brief)).toEqual([
      { text: 'the accusation as false', speaker: 'Korvex Telecom', cue: 'deny', direct: false },
    ]);
    expect(extract('Karsa Minerals dismissed claims that it broke the quota.').map(brief)).toEqual([
      { text: 'claims that it broke the quota', speaker: 'Karsa Minerals', cue: 'deny', direct: false },
    ]);
  });

  it.each([
    [
      'Professor Anil Chaudhry said that the trial had met its targets.',
      'the trial had met its targets',
      'say',
    ],
    ['Police said the suspect had been released.', 'the suspect had been released', 'say'],
    [
      'Dr Helena Voss warned that resistance could undo decades of progress.',
      'resistance could undo decades of progress',
      'warn',
    ],
    ['Vantora Mobile denied that customer data had been sold.', 'customer data had been sold', 'deny'],
    ['Mr Haddad insisted the project was on budget.', 'the project was on budget', 'insist'],
    ['Marek Zielinski claimed that ballots had been discarded.', 'ballots had been discarded', 'claim'],
    [
      'Union leader Sunita Rao urged parents to keep children at home.',
      'parents to keep children at home',
      'urge',
    ],
    [
      'The ferry service will resume on Thursday, a spokeswoman for Northline Ferries said.',
      'The ferry service will resume on Thursday',
      'say',
    ],
    [
      'According to Dr Rafael Ortiz, the outbreak peaked in early March.',
      'the outbreak peaked in early March',
      'according_to',
    ],
  ])('%s', (text, proposition, cue) => {
    const [s] = extract(text);
    expect(s).toMatchObject({ text: proposition, cue, direct: false });
  });

  it('records who was told as the audience, and an outlet told as the intermediary', () => {
    const [toMps] = extract('The defence secretary told MPs that the army would recruit more reservists.');
    expect(toMps).toMatchObject({ audience: 'MPs', cue: 'tell' });
    expect(toMps?.intermediary).toBeUndefined();
    const [toReuters] = extract('Lars Nyberg told Reuters that rates would stay on hold.');
    expect(toReuters?.audience).toBeUndefined();
    expect(toReuters?.intermediary).toEqual({
      outlet: 'Reuters',
      kind: 'WIRE_REPORT',
      phrase: 'told Reuters',
    });
  });

  it('keeps a scare quote inside the reported statement instead of making it a statement', () => {
    expect(extract('The minister said the report was “deeply misleading”.').map(brief)).toEqual([
      { text: 'the report was “deeply misleading”', speaker: 'minister', cue: 'say', direct: false },
    ]);
  });

  it('regression: words between the cue and an unpunctuated quote make reported speech, not a quote', () => {
    const [s] = extract('Her lawyer, Simone Achebe, said her client “categorically denies” the charges.');
    expect(s).toMatchObject({ text: 'her client “categorically denies” the charges', direct: false });
  });
});

describe('intermediaries', () => {
  it.each([
    ['“We are not for sale,” Marta Oyelaran said, according to CNN.', 'CNN', 'INTERVIEW', 'according to CNN'],
    [
      '“Prices will fall,” a senior trade official told Bloomberg.',
      'Bloomberg',
      'WIRE_REPORT',
      'told Bloomberg',
    ],
    [
      'In an interview with the Financial Times, Yusuf Demir said the merger would cost jobs.',
      'Financial Times',
      'INTERVIEW',
      'In an interview with the Financial Times',
    ],
    [
      'Senator Clara Hollis said on Twitter that the bill was dead.',
      'Twitter',
      'SOCIAL_POST',
      'said on Twitter',
    ],
    ['Felix Armitage wrote on X that the launch had been delayed.', 'X', 'SOCIAL_POST', 'wrote on X'],
    [
      'Ruby Castellanos posted on Facebook: “Thank you for twenty years.”',
      'Facebook',
      'SOCIAL_POST',
      'posted on Facebook',
    ],
    ['“Great meeting today!” tweeted Governor Bill Raskin.', 'Twitter', 'SOCIAL_POST', 'tweeted'],
    [
      "Maria Lindqvist told the BBC's Today programme that waiting lists had fallen.",
      'BBC',
      'BROADCAST',
      "told the BBC's Today programme",
    ],
    [
      'Ostrander Logistics said in a statement that it would appeal.',
      'Ostrander Logistics',
      'PRESS_STATEMENT',
      'in a statement',
    ],
  ])('%s', (text, outlet, kind, phrase) => {
    const [s] = extract(text);
    expect(s?.intermediary).toEqual({ outlet, kind, phrase });
  });

  it('regression: a programme called Today is not a date', () => {
    const [s] = extract("Maria Lindqvist told the BBC's Today programme that waiting lists had fallen.");
    expect(s?.saidAt).toBeUndefined();
  });

  it('regression: words told to the publishing outlet itself have no intermediary', () => {
    const [s] = extract(
      '“It is a disaster,” one resident, who asked not to be named, told the Daily Planet.',
    );
    expect(s).toMatchObject({ cue: 'tell', speaker: { name: 'resident', kind: 'ANONYMOUS' } });
    expect(s?.intermediary).toBeUndefined();
  });
});

describe('speakers', () => {
  it('reads anonymous and role speakers with role and affiliation', () => {
    const [a] = extract('A senior White House official said the president would not sign the bill.');
    expect(a?.speaker).toMatchObject({
      name: 'senior White House official',
      kind: 'ANONYMOUS',
      role: 'senior White House official',
      affiliation: 'White House',
      method: 'role',
    });
    const [b] = extract(
      'A representative of the Danish shipping association told the committee that costs had tripled.',
    );
    expect(b?.speaker).toMatchObject({ role: 'representative', affiliation: 'Danish shipping association' });
    const [c] = extract('Officials in Brussels said they expected a deal.');
    expect(c?.speaker).toMatchObject({ name: 'Officials in Brussels', kind: 'ANONYMOUS' });
  });

  it('resolves honorific short forms, family-name-first names and "Sir" with a first name', () => {
    const cases: Array<[string, string]> = [
      ['Karim Haddad arrived.\n\n“We are on budget,” Mr Haddad said.', 'Karim Haddad'],
      ['Li Qiang met business leaders.\n\n“The door will open wider,” Mr Li said.', 'Li Qiang'],
      [
        'Sir Geoffrey Pallister opened the library.\n\n“Books changed my life,” Sir Geoffrey said.',
        'Geoffrey Pallister',
      ],
    ];
    for (const [text, name] of cases) {
      expect(extract(text)[0]?.speaker).toMatchObject({ name, method: 'alias' });
    }
  });

  it('never resolves Mr Johnson to Harold Johnston, or Ms Meng to Ming Zhao', () => {
    const [johnson] = extract('Harold Johnston is harbour master.\n\n“The quay is safe,” Mr Johnson said.');
    expect(johnson?.speaker).toMatchObject({ name: 'Johnson', kind: 'PERSON', method: 'new' });
    const [meng] = extract('Ming Zhao chaired the panel.\n\n“Chips are short,” Ms Meng said.');
    expect(meng?.speaker).toMatchObject({ name: 'Meng', method: 'new' });
  });

  it('resolves "she" to the nearest woman, passing over a nearer man', () => {
    const text =
      'Funmi Adeyemi met Chidi Okonkwo on Monday. Ms Adeyemi later met Mr Okonkwo again.\n\n“We agreed,” she said.';
    expect(extract(text)[0]?.speaker).toMatchObject({ name: 'Funmi Adeyemi', method: 'pronoun' });
  });

  it('resolves "it added" to the organisation speaking before', () => {
    const s = extract(
      'Nordvik Energy said it would close the plant.\n\n“The decision was not taken lightly,” it added.',
    );
    expect(s.map((x) => [x.speaker.name, x.cue])).toEqual([
      ['Nordvik Energy', 'say'],
      ['Nordvik Energy', 'add'],
    ]);
  });

  it('drops a statement whose pronoun has nobody to point back to', () => {
    expect(extract('“We will win,” he said.')).toEqual([]);
  });
});

describe('dates', () => {
  it('resolves the date said against the publication date', () => {
    expect(extract('Agnes Kovacs said yesterday that talks would resume.', '2023-06-15')[0]?.saidAt).toBe(
      '2023-06-14',
    );
    expect(
      extract('“We will appeal,” Malik Brennan told reporters on Tuesday.', '2023-06-15')[0]?.saidAt,
    ).toBe('2023-06-13');
    const [month] = extract('In January, Elaine Farrow said the company would grow.', '2022-03-10');
    expect(month).toMatchObject({ saidAt: '2022-01-01', saidAtPrecision: 'month' });
  });

  it('takes no date from inside what was said', () => {
    expect(extract('Jacinda Harwood said that the border would reopen in April.')[0]?.saidAt).toBeUndefined();
  });
});

describe('nothing but statements', () => {
  it('yields nothing from furniture: appeals, newsletters, comment prompts, captions, headlines', () => {
    const text = [
      'Minister says fares will rise',
      'Jane Holloway',
      'Sign up to our free morning newsletter',
      'The council approved the budget on Tuesday night.',
      'Your support helps us keep our reporting free. Please consider a donation.',
      'A train leaves Paddington station (PA)',
      'Join our commenting forum',
      'Comments',
    ].join('\n\n');
    expect(extract(text)).toEqual([]);
  });

  it('yields nothing from scare quotes and titles', () => {
    expect(
      extract('The so-called “golden visa” scheme was scrapped. The word “resilience” appears 41 times.'),
    ).toEqual([]);
    expect(extract('Her novel, “The Salt Road”, sold 40,000 copies.')).toEqual([]);
  });

  it('restates the contract when the input has no text', () => {
    expect(() => extractStatements({} as never)).toThrow(/ArticleInput with a string text; got \{\}/);
  });
});

describe('names with letters beyond Latin-1', () => {
  it('regression: "Petrović" is not cut to "Petrovi", nor its statement lost, when the tokeniser splits at ć', () => {
    expect(
      extract('"The ferry is how our children get to school," Zorana Petrović said.').map(brief),
    ).toEqual([
      {
        text: 'The ferry is how our children get to school',
        speaker: 'Zorana Petrović',
        cue: 'say',
        direct: true,
      },
    ]);
    expect(extract('"We will appeal," said Lech Wałęsa, the former president.').map(brief)).toEqual([
      { text: 'We will appeal', speaker: 'Lech Wałęsa', cue: 'say', direct: true },
    ]);
    expect(extract('Recep Erdoğan said the talks would resume.').map(brief)).toEqual([
      { text: 'the talks would resume', speaker: 'Recep Erdoğan', cue: 'say', direct: false },
    ]);
  });
});
