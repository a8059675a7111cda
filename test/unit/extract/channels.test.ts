import { extractStatements } from '../../../src/extract';

// Our own passages: reported speech quoting a fragment of a channelled quote.
const PASSAGE = `Mayor Ilse Marwick has urged the council to fund “at least two new bridges” before winter.

“We need at least two new bridges, and we need them now,” Ms Marwick said on Facebook on Monday.`;

describe('reported speech borrowing the channel of the quote it cites', () => {
  it('gives the urging the Facebook post it quotes from, with its date', () => {
    const [urging, post] = extractStatements({ text: PASSAGE, publishedAt: '2022-10-12' }).statements;
    expect(post?.intermediary).toMatchObject({ outlet: 'Facebook', kind: 'SOCIAL_POST' });
    expect(post?.saidAt).toBe('2022-10-10');
    expect(urging).toMatchObject({
      direct: false,
      cue: 'urge',
      intermediary: post?.intermediary,
      saidAt: post?.saidAt,
    });
  });

  it('borrows nothing when the fragment is another speaker’s words', () => {
    const other = PASSAGE.replace('Ms Marwick said on Facebook', 'said Councillor Tomas Brell on Facebook');
    const [urging] = extractStatements({ text: other, publishedAt: '2022-10-12' }).statements;
    expect(urging?.intermediary).toBeUndefined();
  });

  it('borrows nothing for a one-word scare quote', () => {
    const scare = PASSAGE.replace('“at least two new bridges”', 'two “new” bridges');
    const [urging] = extractStatements({ text: scare, publishedAt: '2022-10-12' }).statements;
    expect(urging?.intermediary).toBeUndefined();
  });
});
