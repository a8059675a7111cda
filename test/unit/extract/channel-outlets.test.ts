// Outlets the gazetteer does not know, named the way news names them, and the programme
// "told the programme" means.

import { extract } from './support';

const channel = (text: string) =>
  extract(text).map((s) => s.intermediary && `${s.intermediary.outlet}/${s.intermediary.kind}`);

describe('outlets named by their own words', () => {
  it.each([
    ['Lena Berg told Radio Zenit that the talks would go on.', 'Radio Zenit/INTERVIEW'],
    ['“We will not back down,” Nikos Pappas told Orion TV.', 'Orion TV/INTERVIEW'],
    [
      'Greg Holm told the Southern Financial Review that the refinery had been delayed.',
      'Southern Financial Review/INTERVIEW',
    ],
    ['“People must leave,” Jan de Vries told the public broadcaster NOS.', 'NOS/INTERVIEW'],
    ['“We did not wait,” Nikos Pappas told Greek broadcaster Skai.', 'Skai/INTERVIEW'],
    [
      'Ana Silva told the Brazilian newspaper Folha de S.Paulo that talks were possible.',
      'Folha de S.Paulo/INTERVIEW',
    ],
    ['Rui Costa told the Portuguese weekly Expresso that he had hidden nothing.', 'Expresso/INTERVIEW'],
    [
      'Jonas Weber told the Frankfurter Allgemeine Zeitung that nobody wins.',
      'Frankfurter Allgemeine Zeitung/INTERVIEW',
    ],
  ])('%s', (text, via) => {
    expect(channel(text)).toEqual([via]);
  });
});

describe('"told the programme"', () => {
  it("is the broadcaster the speaker was last on, not a paper or another guest's channel", () => {
    const text = [
      "Rachel Orme told the BBC's Today programme that no ransom was paid.",
      'Nadia Bell said in an interview with the Financial Times that Qatar had mediated.',
      'Giles Hart told Sky News that the terms should be published.',
      'Orme told the programme that the engineer would land on Thursday.',
    ].join('\n\n');
    expect(channel(text)).toEqual([
      'BBC/BROADCAST',
      'Financial Times/INTERVIEW',
      'Sky News/INTERVIEW',
      'BBC/BROADCAST',
    ]);
  });
});

describe('short words in a gazetteer name', () => {
  // Regression: "Al" was compared as if it were an acronym ("AP", "X") and had to be upper
  // case, so "said on Al Jazeera" named no channel.
  it.each([
    ['Armenia will not close the plant, Gevorg Tadevosyan said on Al Jazeera.', 'Al Jazeera/BROADCAST'],
    ['“It is safe,” Tadevosyan told Al Jazeera.', 'Al Jazeera/INTERVIEW'],
    ['Lena Berg told AP that the talks would go on.', 'AP/WIRE_REPORT'],
  ])('%s', (text, via) => {
    expect(channel(text)).toEqual([via]);
  });

  it('still takes "al" and "ap" in lower case for words, not outlets', () => {
    expect(channel('Lena Berg said on al fresco terraces that the talks would go on.')).toEqual([undefined]);
  });
});

describe('a programme of a broadcaster the gazetteer does not know', () => {
  it.each([
    ['“It is not beaten,” Tane told RNZ’s Morning Report on Thursday.', 'RNZ/BROADCAST'],
    ["Tane told Newstalk's breakfast programme that rates would hold.", 'Newstalk/BROADCAST'],
  ])('%s', (text, via) => {
    expect(channel(text)).toEqual([via]);
  });

  it.each([
    "Tane told Kenya's Daily Mirror Times that rates would hold.",
    "Tane told NATO's Military Committee that the plan was ready.",
    "Tane told Smith's lawyers that the plan was ready.",
  ])('names none in "%s"', (text) => {
    expect(channel(text).map((via) => via?.endsWith('/BROADCAST'))).not.toContain(true);
  });

  it('carries to what the speaker tells the programme by its title later', () => {
    const text = [
      "“It is not beaten,” Governor Malcolm Tane told RNZ's Morning Report.",
      'Tane also told Morning Report that he had spoken to the minister.',
    ].join('\n\n');
    expect(channel(text)).toEqual(['RNZ/BROADCAST', 'RNZ/BROADCAST']);
  });
});

describe("a broadcaster's station", () => {
  it.each([
    ["Ed Miles told BBC Radio 4's Today programme that bills could rise.", 'BBC/BROADCAST'],
    ['Claire Bouchard said on CBC Radio that the strait is Canadian water.', 'CBC/BROADCAST'],
    ['Ed Miles told Times Radio that bills could rise.', 'Times Radio/INTERVIEW'],
  ])('is the broadcaster: %s', (text, via) => {
    expect(channel(text)).toEqual([via]);
  });
});

describe('a paper named only by its kind', () => {
  it('is no outlet: "told the daily that"', () => {
    expect(channel('Min-jun Kim told the daily that it was fine.')).toEqual([undefined]);
  });
});

describe("a person's statement or blog post is their organisation's", () => {
  it.each([
    [
      "Abyssal Minerals' chief executive, Grant Holloway, said in a statement that trials would begin.",
      'Abyssal Minerals/PRESS_STATEMENT',
    ],
    [
      'The Plastics Alliance said the cap was harmful. Its director general, Henrik Larsen, wrote in a blog post that members would engage.',
      'Plastics Alliance/SOCIAL_POST',
    ],
    [
      "Microsoft said it would appeal. In a blog post, Dana Whitfield, the company's vice-president for European affairs, wrote that the fine was unfair.",
      'Microsoft/SOCIAL_POST',
    ],
  ])('%s', (text, expected) => {
    expect(channel(text).at(-1)).toBe(expected);
  });

  it('a title a state owns names no body: the person is the outlet', () => {
    expect(
      channel("Britain's ambassador, Grant Holloway, said in a statement that talks would resume."),
    ).toEqual(['Grant Holloway/PRESS_STATEMENT']);
  });

  it('"the company\'s vice-president" is a person, not the company', () => {
    const [, statement] = extract(
      "Microsoft said it would appeal. Dana Whitfield, the company's vice-president, said the fine was unfair.",
    );
    expect(statement?.speaker).toMatchObject({ name: 'Dana Whitfield', kind: 'PERSON' });
  });
});

describe('papers named by a title word the gazetteer lacks', () => {
  it.each([
    ['Marc Tremblay told the Winnipeg Free Press that jobs were at risk.', 'Winnipeg Free Press/INTERVIEW'],
    ['Marc Tremblay told the Vancouver Sun that jobs were at risk.', 'Vancouver Sun/INTERVIEW'],
  ])('%s', (text, expected) => {
    expect(channel(text)).toEqual([expected]);
  });

  it('"told the press" names no outlet', () => {
    expect(channel('Marc Tremblay told the press that jobs were at risk.')).toEqual([undefined]);
  });
});

describe('"in the same post": the channel named for the speaker before', () => {
  it('a quote "he wrote in the same post" is in the X post named before', () => {
    expect(
      channel(
        'Rafael Dizon posted on X that the ship had fired a water cannon. “This is not the behaviour of a responsible power,” he wrote in the same post.',
      ),
    ).toEqual(['X/SOCIAL_POST', 'X/SOCIAL_POST']);
  });

  it('"in the post" with no post named before names no channel', () => {
    expect(channel('“We are a small country,” Ililau Tellames wrote in the post.')).toEqual([undefined]);
  });
});

describe('a brand in lower case after its description', () => {
  it('"told the broadcaster bTV" is bTV', () => {
    expect(channel('Ivaylo Georgiev told the broadcaster bTV that they lost.')).toEqual(['bTV/INTERVIEW']);
  });
});

describe('writing again after a post', () => {
  it('"“Q,” she wrote." right after her Facebook post is in that post', () => {
    expect(
      channel(
        'Enkhjargal Davaadorj wrote on Facebook that the observers were wrong. “What happens in the soums is a different story,” she wrote.',
      ),
    ).toEqual(['Facebook/SOCIAL_POST', 'Facebook/SOCIAL_POST']);
  });

  it('"she said" after the post is not written: no channel', () => {
    expect(
      channel(
        'Enkhjargal Davaadorj wrote on Facebook that the observers were wrong. “What happens in the soums is a different story,” she said.',
      ),
    ).toEqual(['Facebook/SOCIAL_POST', undefined]);
  });
});

describe('a paper described before its name', () => {
  it.each([
    ['Two officials told the Brussels daily Le Soir that the offer stood.', 'Le Soir/INTERVIEW'],
    ['Henrique Baptista told the newspaper Kommersant that he was innocent.', 'Kommersant/INTERVIEW'],
    [
      'Henrique Baptista said in an interview with the weekly Expresso that he was innocent.',
      'Expresso/INTERVIEW',
    ],
  ])('%s', (text, expected) => {
    expect(channel(text)).toEqual([expected]);
  });

  it('"told the newspaper Monday" names no paper "Monday"', () => {
    expect(channel('Henrique Baptista told the newspaper Monday that he was innocent.')).toEqual([undefined]);
  });
});

describe('"told the paper": the paper the speaker spoke to before', () => {
  it('is the paper of the interview named before', () => {
    const text = [
      'Henrique Baptista denied in an interview with the weekly Expresso that he had misled supervisors.',
      '“I made mistakes, but I never hid a single number,” he told the paper.',
    ].join('\n\n');
    expect(channel(text)).toEqual(['Expresso/INTERVIEW', 'Expresso/INTERVIEW']);
  });

  it('with no paper named before, names none', () => {
    expect(channel('“I made mistakes,” Henrique Baptista told the paper.')).toEqual([undefined]);
  });
});

describe('a known broadcaster and its programme by title', () => {
  it('"told RNZ\'s Morning Report" is a broadcast on RNZ', () => {
    expect(channel("The governor told RNZ's Morning Report that inflation had not been beaten.")).toEqual([
      'RNZ/BROADCAST',
    ]);
  });

  it('"told CNN" alone is an interview', () => {
    expect(channel('Jane Doe told CNN that talks would go on.')).toEqual(['CNN/INTERVIEW']);
  });
});

describe('the gazetteer', () => {
  it.each([
    [
      '“Our teachers negotiate in France,” Education Minister Hélène Marchetti said on France Inter.',
      'France Inter/BROADCAST',
    ],
    ['Marc Schmit told RTL that the action was unlawful.', 'RTL/INTERVIEW'],
    ['Marc Schmit told Kommersant that the action was unlawful.', 'Kommersant/INTERVIEW'],
    ['The minister told Lusa that the strike would spread.', 'Lusa/WIRE_REPORT'],
  ])('%s', (text, expected) => {
    expect(channel(text)).toEqual([expected]);
  });
});

describe("a speaker's own account on a platform", () => {
  it.each([
    [
      'Roscosmos said on its Telegram channel that the rocket body had been made safe.',
      'Telegram/SOCIAL_POST',
    ],
    ['The minister wrote on her Facebook page that the talks had failed.', 'Facebook/SOCIAL_POST'],
    ['The minister said on his X account that the talks had failed.', 'X/SOCIAL_POST'],
  ])('%s', (text, expected) => {
    expect(channel(text)).toEqual([expected]);
  });

  it('"on her way out" is no account', () => {
    expect(channel('The minister said on her way out that the talks had failed.')).toEqual([undefined]);
  });
});

describe('", speaking on CNN" after reported speech', () => {
  it('ends the words and names the channel', () => {
    const [statement] = extract('Jane Doe said the talks had failed, speaking on CNN after the vote.');
    expect(statement?.text).toBe('the talks had failed');
    expect(statement?.intermediary).toMatchObject({ outlet: 'CNN', kind: 'BROADCAST' });
  });

  it('", speaking in a flat voice" names none', () => {
    expect(channel('Jane Doe said the talks had failed, speaking in a flat voice.')).toEqual([undefined]);
  });
});
