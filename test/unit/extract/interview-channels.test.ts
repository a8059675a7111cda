// An interview write-up (ANNOTATION.md, intermediary): once the article says a speaker spoke to
// an outlet, everything that speaker says later carries that channel, whatever its cue, until
// the article names another channel for them. Our own invented articles.

import { extractStatements } from '../../../src/extract';

const OUTLET = 'The Harbour Ledger';

/** [speaker, cue, outlet/kind or '-'] for each statement, in text order. */
function channels(paragraphs: readonly string[], outlet = OUTLET): string[][] {
  const text = paragraphs.join('\n\n');
  return extractStatements({ text, outlet, publishedAt: '2024-05-16' }).statements.map((s) => [
    s.speaker.name,
    s.cue,
    s.intermediary ? `${s.intermediary.outlet}/${s.intermediary.kind}` : '-',
  ]);
}

describe('an interview carries its channel to what the interviewee says later', () => {
  it('reaches later "said", "warned" and "argued" through "Ms X", the surname and "she"', () => {
    expect(
      channels([
        'HARBOURTON — The port authority will not raise docking fees this year, its chair, Miriam Okonjo, told CNN in an interview on Sunday.',
        '“We have listened to the shipping lines, and we have heard them,” Ms Okonjo said.',
        'The authority handled a record number of container ships last year.',
        'Transport Minister Paul Reddy said the government welcomed the decision.',
        'Okonjo warned that the fees could still be reviewed next spring if fuel costs kept rising.',
        'She argued that the harbour was competing with three other ports for the same traffic.',
      ]),
    ).toEqual([
      ['Miriam Okonjo', 'tell', 'CNN/INTERVIEW'],
      ['Miriam Okonjo', 'say', 'CNN/INTERVIEW'],
      ['Paul Reddy', 'say', '-'],
      ['Miriam Okonjo', 'warn', 'CNN/INTERVIEW'],
      ['Miriam Okonjo', 'argue', 'CNN/INTERVIEW'],
    ]);
  });

  it('does not reach other speakers, before or after them', () => {
    expect(
      channels([
        'Miriam Okonjo, the port authority’s chair, said in an interview with the BBC that the fees would not rise.',
        'Transport Minister Paul Reddy said the government welcomed the decision.',
        '“This is good news for exporters,” Reddy said.',
        'Okonjo said the review would be published in March.',
      ]),
    ).toEqual([
      ['Miriam Okonjo', 'say', 'BBC/INTERVIEW'],
      ['Paul Reddy', 'say', '-'],
      ['Paul Reddy', 'say', '-'],
      ['Miriam Okonjo', 'say', 'BBC/INTERVIEW'],
    ]);
  });

  it('starts with a programme the speaker was on, and with "speaking to"', () => {
    expect(
      channels([
        "Miriam Okonjo told the BBC's Today programme that the fees would not rise.",
        'Speaking to Sky News, Paul Reddy said the strike would cost exporters millions.',
        'Okonjo said the review would be published in March.',
        'Reddy warned that the port could lose its biggest customer.',
      ]),
    ).toEqual([
      ['Miriam Okonjo', 'tell', 'BBC/BROADCAST'],
      ['Paul Reddy', 'say', 'Sky News/INTERVIEW'],
      ['Miriam Okonjo', 'say', 'BBC/BROADCAST'],
      ['Paul Reddy', 'warn', 'Sky News/INTERVIEW'],
    ]);
  });

  it('reaches "the official" pointing back, not an official named afresh', () => {
    expect(
      channels([
        'A senior port official told CNN that the fees would not rise.',
        'The official said the review would be published in March.',
        'The harbour lost two shipping lines last year.',
        'A senior port official said the union had been consulted.',
      ]).map(([, , via]) => via),
    ).toEqual(['CNN/INTERVIEW', 'CNN/INTERVIEW', '-']);
  });

  it('opens for the person a lede names only by title', () => {
    expect(
      channels([
        "The country's transport minister told France 24 on Tuesday that the port would stay open.",
        'In the interview, Paul Reddy said the government had no plans to sell the harbour.',
        'Reddy warned that the strike would cost exporters millions.',
      ]),
    ).toEqual([
      ['Paul Reddy', 'tell', 'France 24/INTERVIEW'],
      ['Paul Reddy', 'say', 'France 24/INTERVIEW'],
      ['Paul Reddy', 'warn', 'France 24/INTERVIEW'],
    ]);
  });
});

describe('a channel named later for the speaker replaces the interview', () => {
  it('another interview carries on in its place', () => {
    expect(
      channels([
        'Miriam Okonjo told CNN that the fees would not rise.',
        'Okonjo later told Sky News that the review would be published in March.',
        'She said the harbour had lost two shipping lines last year.',
      ]),
    ).toEqual([
      ['Miriam Okonjo', 'tell', 'CNN/INTERVIEW'],
      ['Miriam Okonjo', 'tell', 'Sky News/INTERVIEW'],
      ['Miriam Okonjo', 'say', 'Sky News/INTERVIEW'],
    ]);
  });

  it('a post keeps its own channel and ends the interview', () => {
    expect(
      channels([
        'Miriam Okonjo said in an interview with the BBC that the fees would not rise.',
        'Okonjo later wrote on X that the review would be published in March.',
        'She said the fees would be frozen for two years.',
      ]).map(([speaker, , via]) => [speaker, via]),
    ).toEqual([
      ['Miriam Okonjo', 'BBC/INTERVIEW'],
      ['Miriam Okonjo', 'X/SOCIAL_POST'],
      ['Miriam Okonjo', '-'],
    ]);
  });

  it('a news conference or reporters end it: the words were said elsewhere', () => {
    expect(
      channels([
        "Miriam Okonjo told the BBC's Today programme that the fees would not rise.",
        'At a news conference later in the day, Okonjo said the review would be published in March.',
        'She warned that fuel costs remained a risk.',
      ]),
    ).toEqual([
      ['Miriam Okonjo', 'tell', 'BBC/BROADCAST'],
      ['Miriam Okonjo', 'say', '-'],
      ['Miriam Okonjo', 'warn', '-'],
    ]);
    expect(
      channels([
        'Miriam Okonjo told CNN that the fees would not rise.',
        'Okonjo later told reporters that the review would be published in March.',
      ]).map(([, , via]) => via),
    ).toEqual(['CNN/INTERVIEW', '-']);
  });
});

describe('channels that are not interviews carry nothing to later words', () => {
  it('"in a statement" and a tweet reach only "added" and continuations', () => {
    expect(
      channels([
        "Miriam Okonjo, the port authority's chair, said in a statement that the fees would not rise.",
        'She said the review would be published in March.',
        'Okonjo tweeted that the freeze was “a promise kept”.',
        'She warned that fuel costs remained a risk.',
      ]),
    ).toEqual([
      ['Miriam Okonjo', 'say', 'Miriam Okonjo/PRESS_STATEMENT'],
      ['Miriam Okonjo', 'say', '-'],
      ['Miriam Okonjo', 'tweet', 'Twitter/SOCIAL_POST'],
      ['Miriam Okonjo', 'warn', '-'],
    ]);
  });

  it('words told to a wire agency are its report, not an interview to carry', () => {
    expect(
      channels([
        'Miriam Okonjo told Reuters that the fees would not rise.',
        'Okonjo said the review would be published in March.',
      ]),
    ).toEqual([
      ['Miriam Okonjo', 'tell', 'Reuters/WIRE_REPORT'],
      ['Miriam Okonjo', 'say', '-'],
    ]);
  });
});

describe('the publishing outlet', () => {
  it('gives no channel, by its name or its last word, and ends an interview given elsewhere', () => {
    expect(
      channels([
        'Miriam Okonjo told Sky News that the fees would not rise.',
        'Okonjo told the Ledger that the review would be published in March.',
        'She said the harbour had lost two shipping lines last year.',
        'Paul Reddy told the Harbour Ledger that the strike would cost exporters millions.',
        'Reddy said the port could lose its biggest customer.',
      ]),
    ).toEqual([
      ['Miriam Okonjo', 'tell', 'Sky News/INTERVIEW'],
      ['Miriam Okonjo', 'tell', '-'],
      ['Miriam Okonjo', 'say', '-'],
      ['Paul Reddy', 'tell', '-'],
      ['Paul Reddy', 'say', '-'],
    ]);
  });

  it('opens nothing when the interview was given to it', () => {
    expect(
      channels(
        [
          'Miriam Okonjo told CNN that the fees would not rise.',
          'Okonjo said the review would come in March.',
        ],
        'CNN',
      ).map(([, , via]) => via),
    ).toEqual(['-', '-']);
  });
});

describe('one channel phrase, one speaker', () => {
  it('"X insisted on CBC Radio that P, days after Washington said Q": Washington was not on air', () => {
    expect(
      channels([
        "Canada's foreign minister, Claire Bouchard, insisted on CBC Radio on Saturday that the strait is Canadian water, days after Washington said an icebreaker would sail through it.",
        'Washington has long argued that the strait is an international waterway.',
        'Bouchard said Ottawa would not negotiate.',
      ]),
    ).toEqual([
      ['Claire Bouchard', 'insist', 'CBC/BROADCAST'],
      ['Government of the United States', 'say', '-'],
      ['Government of the United States', 'argue', '-'],
      ['Claire Bouchard', 'say', 'CBC/BROADCAST'],
    ]);
  });
});
