import { isGuardedTypo, matchName, osaDistance } from '../../../src/extract';

const people = [
  { id: 'stoltenberg', names: ['Jens Stoltenberg'] },
  { id: 'ren', names: ['Ren Zhengfei'] },
  { id: 'merkel', names: ['Angela Merkel', 'Chancellor Merkel'] },
  { id: 'johnston', names: ['Harold Johnston'] },
  { id: 'ming', names: ['Ming Zhao'] },
  { id: 'xi', names: ['Xi Jinping'] },
];

describe('matchName', () => {
  it('matches the canonical name exactly, ignoring case and diacritics', () => {
    expect(matchName('jens STOLTENBERG', people)).toEqual({
      id: 'stoltenberg',
      name: 'Jens Stoltenberg',
      method: 'exact',
      confidence: 1,
    });
  });

  it('matches a listed alias as an alias', () => {
    expect(matchName('Chancellor Merkel', people)).toMatchObject({ id: 'merkel', method: 'alias' });
  });

  it('folds a title into the name', () => {
    expect(matchName('Secretary-general Jens Stoltenberg', people)).toMatchObject({
      id: 'stoltenberg',
      method: 'title',
    });
  });

  it('resolves an honorific short form by surname', () => {
    expect(matchName('Ms Merkel', people)).toMatchObject({ id: 'merkel', method: 'alias' });
  });

  it('resolves family-name-first names by their first word', () => {
    expect(matchName('Mr Ren', people)).toMatchObject({ id: 'ren', method: 'alias' });
    expect(matchName('Mr Xi', people)).toMatchObject({ id: 'xi', method: 'alias' });
  });

  it('matches the Stotlenberg typo to Stoltenberg, fuzzily', () => {
    expect(matchName('Mr Stotlenberg', people)).toMatchObject({ id: 'stoltenberg', method: 'fuzzy' });
  });

  it('never takes Johnson for Johnston', () => {
    expect(matchName('Mr Johnson', people)).toBeUndefined();
  });

  it('never takes Meng for Ming', () => {
    expect(matchName('Ms Meng', people)).toBeUndefined();
  });

  it('matches nothing when two candidates fit a surname equally', () => {
    const twins = [
      { id: 'a', names: ['Anna Kowalski'] },
      { id: 'b', names: ['Piotr Kowalski'] },
    ];
    expect(matchName('Kowalski', twins)).toBeUndefined();
  });

  it('matches nothing fuzzily when two candidates are within reach', () => {
    const close = [
      { id: 'a', names: ['Jens Stoltenberg'] },
      { id: 'b', names: ['Erik Spoltenberg'] },
    ];
    expect(matchName('Soltenberg', close.slice(0, 1))).toMatchObject({ id: 'a', method: 'fuzzy' });
    expect(matchName('Soltenberg', close)).toBeUndefined();
  });
});

describe('isGuardedTypo', () => {
  it.each([
    ['stotlenberg', 'stoltenberg', true], // adjacent swap
    ['halenbeck', 'hallenbeck', true], // dropped letter mid-word, long name
    ['vasilaksi', 'vasilakis', true], // swap at the end is still a swap
    ['johnson', 'johnston', false], // short names: only swaps
    ['meng', 'ming', false], // too short
    ['jensen', 'jenson', false], // short, substitution
    ['richardson', 'richardsen', false], // edit in the name ending
    ['stoltenberg', 'ztoltenberg', false], // different first letter
    ['clarke', 'clark', false],
  ])('%s vs %s -> %s', (a, b, expected) => {
    expect(isGuardedTypo(a, b)).toBe(expected);
  });
});

describe('osaDistance', () => {
  it('counts an adjacent swap as one edit', () => {
    expect(osaDistance('stotlenberg', 'stoltenberg')).toBe(1);
    expect(osaDistance('johnson', 'johnston')).toBe(1);
    expect(osaDistance('kitten', 'sitting')).toBe(3);
  });
});

// An ingested "The ministry rejected the accusation" (Mongolia's mining ministry) was given to
// the seed's German Federal Foreign Office, whose alias "foreign ministry" ends in "ministry".
describe('matchName and common nouns', () => {
  const foreignOffice = {
    id: 'actor:german-federal-foreign-office',
    names: ['Federal Foreign Office', 'foreign ministry'],
  };
  const stoltenberg = { id: 'actor:jens-stoltenberg', names: ['Jens Stoltenberg'] };

  it('never takes a lower-case common noun for a surname', () => {
    expect(matchName('ministry', [foreignOffice, stoltenberg])).toBeUndefined();
    expect(matchName('the ministry', [foreignOffice])).toBeUndefined();
  });

  it('still finds a surname, and a name in an uncased script', () => {
    expect(matchName('Stoltenberg', [foreignOffice, stoltenberg])?.id).toBe('actor:jens-stoltenberg');
    expect(matchName('foreign ministry', [foreignOffice])?.id).toBe('actor:german-federal-foreign-office');
    expect(matchName('王', [{ id: 'actor:wang-yi', names: ['王 毅'] }])?.id).toBe('actor:wang-yi');
  });
});
