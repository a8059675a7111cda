// Words that name speakers: role nouns for unnamed speakers and nouns that point back to a body.

import { extract } from './support';

const who = (text: string) => extract(text).map((s) => s.speaker.name);

describe('role and body nouns', () => {
  it.each([
    ['Travel agents in Lisbon said hundreds of passengers would have to rebook.', 'Travel agents in Lisbon'],
    ['Fishermen in the area said the catch had fallen.', 'Fishermen in the area'],
    ['A currency strategist said the yen would weaken.', 'currency strategist'],
  ])('an unnamed speaker is named by a role noun: %s', (text, speaker) => {
    expect(who(text)).toEqual([speaker]);
  });

  it.each([
    [
      'The European Commission banned the carrier on Monday. Its planes had worn tyres, the commission said.',
      'European Commission',
    ],
    [
      'The carrier Vakhsh Air lost its licence. It would appeal against the ban, the airline added.',
      'Vakhsh Air',
    ],
    [
      'The Civil Aviation Authority of Ruritania met on Monday. The authority said the runway was safe.',
      'Civil Aviation Authority of Ruritania',
    ],
  ])('"the commission", "the airline", "the authority" point back to the body: %s', (text, speaker) => {
    expect(who(text)).toEqual([speaker]);
  });
});

describe('whose statement a press statement is', () => {
  const outlet = (text: string) => extract(text).map((s) => s.intermediary?.outlet);

  it('a family speaks for itself', () => {
    expect(outlet('In a statement, the Ferris family said they were relieved.')).toEqual(['Ferris family']);
  });

  it('"a department spokesperson" speaks for the department named before', () => {
    expect(
      outlet(
        'The US Commerce Department welcomed the move. A department spokesperson said in a statement that allies were stepping up.',
      ),
    ).toEqual(['US Commerce Department']);
  });
});

describe('the gazetteer of states', () => {
  it.each([
    ['Kigali has repeatedly denied that it arms the rebels.', 'Government of Rwanda'],
    ['Nicosia called on Washington to link the sale to a withdrawal.', 'Government of Cyprus'],
    ['Dushanbe insisted that the airline was safe.', 'Government of Tajikistan'],
    ["Niger's military government insisted that no foreign troops had taken part.", 'Government of Niger'],
    ['The interim government said the vote would go ahead.', 'interim government'],
  ])('a capital, or a kind of government, is the state: %s', (text, speaker) => {
    expect(who(text)).toEqual([speaker]);
  });
});
