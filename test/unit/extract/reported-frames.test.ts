// Frames of reported speech: which cue reports which words, and where the words start and end.

import { extract } from './support';

const spoken = (text: string) => extract(text).map((s) => [s.speaker.name, s.cue, s.text]);

describe('a trailing attribution reports the clause before it', () => {
  it('a cue inside the clause is part of what the trailing attribution reports', () => {
    expect(
      spoken('Denmark has asked Norway to open the dam, the Danish energy ministry said on Monday.'),
    ).toEqual([['Danish energy ministry', 'say', 'Denmark has asked Norway to open the dam']]);
  });

  it('a relative "that" after the attribution is not its complement', () => {
    expect(
      spoken(
        'The port will close to tankers from May, the transport ministry said, in a move that angered shippers.',
      ).map(([, , text]) => text),
    ).toEqual(['The port will close to tankers from May']);
  });

  it('words after the comma that follows the attribution do not undo it', () => {
    expect(
      spoken('Talks will resume in Oslo next week, Norway said on Friday, after a pause caused by a row.'),
    ).toEqual([['Government of Norway', 'say', 'Talks will resume in Oslo next week']]);
  });

  it('the dateline is no part of what was said', () => {
    expect(extract('OSLO — The fund sold no bonds, the finance minister told reporters.')[0]?.text).toBe(
      'The fund sold no bonds',
    );
  });

  it('"…, its chair, X, told CNN": who was told follows the cue, the speaker comes before it', () => {
    for (const text of [
      'The docks will reopen on Monday, its chair, Ines Marlow, told CNN in an interview.',
      "The docks will reopen on Monday, the authority's chair, Ines Marlow, told Sky News.",
    ]) {
      expect(spoken(text)).toEqual([['Ines Marlow', 'tell', 'The docks will reopen on Monday']]);
    }
    expect(spoken('The docks will reopen on Monday, said Ines Marlow.')).toEqual([
      ['Ines Marlow', 'say', 'The docks will reopen on Monday'],
    ]);
  });

  it('", warning that" after the attribution is a statement of the same speaker', () => {
    expect(
      spoken(
        'The canal will stay shut, the transport ministry said, warning that repairs could take months.',
      ),
    ).toEqual([
      ['transport ministry', 'say', 'The canal will stay shut'],
      ['transport ministry', 'warn', 'repairs could take months'],
    ]);
  });
});

describe('coordinated verbs share their subject', () => {
  it('"declined to comment …, but said": the one who declined says it', () => {
    expect(
      spoken(
        'A ministry spokesman declined to comment on the case, but said the framework remains in force.',
      ),
    ).toEqual([['ministry spokesman', 'say', 'the framework remains in force']]);
  });

  it('"welcomed the decision but warned that": the one who welcomed warns', () => {
    expect(
      spoken('Anna Berg, a campaigner, welcomed the decision but warned that the tender must be open.'),
    ).toEqual([['Anna Berg', 'warn', 'the tender must be open']]);
  });
});

describe('what a denial denies', () => {
  it.each([
    ['Oslo rejected suggestions that it had blocked the deal.', 'suggestions that it had blocked the deal'],
    [
      'Delhi pushed back against US criticism that it was keeping the rupee weak.',
      'US criticism that it was keeping the rupee weak',
    ],
    ['Anna Berg rejected that argument.', 'that argument'],
    ['The embassy denied reports that the ambassador had been recalled.', 'the ambassador had been recalled'],
  ])("someone's act of saying is denied with its content, a report is not: %s", (text, denied) => {
    expect(spoken(text).map(([, , what]) => what)).toEqual([denied]);
  });
});

describe('a clause straight after the cue', () => {
  it('may follow a time ("said on Tuesday it would …")', () => {
    expect(spoken('Denmark said on Tuesday it would begin checking tankers.')).toEqual([
      ['Government of Denmark', 'say', 'it would begin checking tankers'],
    ]);
  });

  it('may open with a quantity ("said at least four states had asked")', () => {
    expect(spoken('Diplomats in Brussels said at least four states had asked for a copy.')).toEqual([
      ['Diplomats in Brussels', 'say', 'at least four states had asked for a copy'],
    ]);
  });

  it('"added X to the list" is an act, not speech', () => {
    expect(
      spoken('The European Commission on Tuesday added the carrier to the list of banned airlines.'),
    ).toEqual([]);
  });
});

describe("the journalist's gloss", () => {
  it('", a move that …" ends what was said', () => {
    expect(spoken('Denmark said it would check every tanker, a move that angered Moscow.')).toEqual([
      ['Government of Denmark', 'say', 'it would check every tanker'],
    ]);
  });
});
