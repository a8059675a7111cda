import { extractStatements } from '../../../src/extract';
import type { ExtractedStatement } from '../../../src/extract/types';
import { foundingArticle } from './support';

const text = foundingArticle();
const result = extractStatements({ text, publishedAt: '2019-03-14', outlet: 'The Independent' });
const s = result.statements;

const twitter = { outlet: 'Twitter', kind: 'SOCIAL_POST', phrase: 'tweeted' };
const cnn = { outlet: 'CNN', kind: 'INTERVIEW', phrase: 'according to CNN' };

describe('the founding article (Independent, 14 March 2019)', () => {
  it('finds exactly the twelve attributed statements, in order', () => {
    expect(s).toHaveLength(12);
  });

  it.each([
    [0, 'members states had raised issues over potential investment in its 5G communications technology'],
    [1, 'will continue to consult, continue to assess, and look into whether Nato has a role to play'],
    [2, 'Nato takes these concerns very seriously'],
    [3, 'their technology could facilitate that spying or control'],
    [4, 'past incidents involving Huawei show that it is not a trustworthy partner'],
    [5, 'It’s above all a matter of trustworthiness and of the impact on our relationship with our allies'],
    [6, 'the US efforts would damage the country’s international reputation'],
    [
      7,
      'We chose to have our voice heard at this moment because the US government considers us a threat to national security',
    ],
    [
      8,
      'They have to have evidence. Everybody in the world is talking about cybersecurity and they are singling out Huawei.',
    ],
    [9, 'the US to adopt 5G “and even 6G” technologies as soon as possible'],
    [
      10,
      'I want 5G, and even 6G, technology in the United States as soon as possible. It is far more powerful, faster, and smarter than the current standard. American companies must step up their efforts, or get left behind.',
    ],
    [
      11,
      'I want the United States to win through competition, not by blocking out currently more advanced technologies. We must always be the leader in everything we do, especially when it comes to the very exciting world of technology',
    ],
  ])('statement %i has the right words', (i, words) => {
    expect(s[i]?.text).toBe(words);
  });

  it('1: Stoltenberg, reported, say, title folded in', () => {
    expect(s[0]).toMatchObject({ direct: false, cue: 'say' });
    expect(s[0]?.speaker).toMatchObject({
      name: 'Jens Stoltenberg',
      kind: 'PERSON',
      title: 'Secretary-general',
      method: 'title',
    });
  });

  it('2: "Mr Stotlenberg" resolves to Stoltenberg by the guarded fuzzy match; a mixed quote is direct', () => {
    expect(s[1]).toMatchObject({ direct: true, cue: 'say' });
    expect(s[1]?.speaker).toMatchObject({
      name: 'Jens Stoltenberg',
      mention: 'Mr Stotlenberg',
      method: 'fuzzy',
    });
    expect(s[1]?.intermediary).toBeUndefined();
  });

  it('3: the "adding:" continuation is Stoltenberg, cue add', () => {
    expect(s[2]).toMatchObject({ direct: true, cue: 'add' });
    expect(s[2]?.speaker.name).toBe('Jens Stoltenberg');
  });

  it('4: "The company" is Huawei, denying, which opposes the claim', () => {
    expect(s[3]).toMatchObject({ direct: false, cue: 'deny', stance: 'OPPOSE' });
    expect(s[3]?.speaker).toMatchObject({ name: 'Huawei', kind: 'COMPANY', mention: 'The company' });
  });

  it('5: the BND representative is an anonymous role speaker telling politicians', () => {
    expect(s[4]).toMatchObject({ direct: false, cue: 'tell', audience: 'politicians in the country' });
    expect(s[4]?.speaker).toMatchObject({
      kind: 'ANONYMOUS',
      role: 'representative',
      affiliation: 'German BND intelligence service',
      method: 'role',
    });
    expect(s[4]?.intermediary).toBeUndefined();
  });

  it('6: the foreign ministry official told Bloomberg (a wire report)', () => {
    expect(s[5]).toMatchObject({
      direct: true,
      cue: 'tell',
      intermediary: { outlet: 'Bloomberg', kind: 'WIRE_REPORT', phrase: 'told Bloomberg' },
    });
    expect(s[5]?.speaker).toMatchObject({
      name: 'foreign ministry official',
      kind: 'ANONYMOUS',
      role: 'foreign ministry official',
      affiliation: 'foreign ministry',
    });
  });

  it('7: Ren Zhengfei, Huawei founder, warned', () => {
    expect(s[6]).toMatchObject({ direct: false, cue: 'warn' });
    expect(s[6]?.speaker).toMatchObject({ name: 'Ren Zhengfei', title: 'founder', affiliation: 'Huawei' });
  });

  it('8 and 9: "Mr Ren" is Ren Zhengfei, speaking to CNN; the second quote continues him', () => {
    expect(s[7]).toMatchObject({ direct: true, cue: 'say', intermediary: cnn });
    expect(s[7]?.speaker).toMatchObject({ name: 'Ren Zhengfei', mention: 'Mr Ren', method: 'alias' });
    expect(s[8]).toMatchObject({ direct: true, cue: 'say', intermediary: cnn });
    expect(s[8]?.speaker.name).toBe('Ren Zhengfei');
  });

  it('10: Trump urged, a mixed statement holding the scare quote, supporting it, via the tweet it quotes', () => {
    expect(s[9]).toMatchObject({
      direct: false,
      cue: 'urge',
      stance: 'SUPPORT',
      intermediary: twitter,
      saidAt: '2019-02-01',
      saidAtPrecision: 'month',
    });
    expect(s[9]?.speaker).toMatchObject({ name: 'Donald Trump', method: 'exact' });
  });

  it('11: Mr Trump tweeted last month: one tweet in two pieces, February 2019', () => {
    expect(s[10]).toMatchObject({
      direct: true,
      cue: 'tweet',
      intermediary: twitter,
      saidAt: '2019-02-01',
      saidAtPrecision: 'month',
    });
    expect(s[10]?.speaker).toMatchObject({ name: 'Donald Trump', mention: 'Mr Trump', method: 'alias' });
    expect(s[10]?.parts).toHaveLength(2);
  });

  it('12: "he continued" is Trump, still on Twitter, still February 2019', () => {
    expect(s[11]).toMatchObject({
      direct: true,
      cue: 'continue',
      intermediary: twitter,
      saidAt: '2019-02-01',
      saidAtPrecision: 'month',
    });
    expect(s[11]?.speaker).toMatchObject({ name: 'Donald Trump', mention: 'he', method: 'pronoun' });
  });

  it('gives offsets into the original text: exact slices, and spans covering split quotes', () => {
    for (const st of s) {
      if (st.parts) {
        expect(st.startOffset).toBe(st.parts[0]?.startOffset);
        expect(st.endOffset).toBe(st.parts[st.parts.length - 1]?.endOffset);
      } else {
        expect(text.slice(st.startOffset, st.endOffset)).toBe(st.text);
      }
    }
    const tweet = s[10] as ExtractedStatement;
    expect(tweet.parts?.map((p) => text.slice(p.startOffset, p.endOffset))).toEqual([
      'I want 5G, and even 6G, technology in the United States as soon as possible',
      'It is far more powerful, faster, and smarter than the current standard. American companies must step up their efforts, or get left behind.',
    ]);
  });

  it('takes nothing from the furniture', () => {
    const furniture = [
      'Your support',
      'donation',
      'Independent events',
      'commenting',
      'The A Word',
      'refresh',
    ];
    for (const st of s) for (const word of furniture) expect(st.text).not.toContain(word);
  });

  it('lists each speaker once', () => {
    expect(result.speakers.map((sp) => sp.name)).toEqual([
      'Jens Stoltenberg',
      'Huawei',
      'representative of the German BND intelligence service',
      'foreign ministry official',
      'Ren Zhengfei',
      'Donald Trump',
    ]);
    expect(result.speakers[0]).toMatchObject({ title: 'Secretary-general', method: 'title' });
  });
});
