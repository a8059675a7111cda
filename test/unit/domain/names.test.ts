// Actor ids derive from names (src/domain/names.ts). Regression for issue 15's first finding:
// "习近平", "Владимир Путин" and "محمد بن سلمان" all became actor:x, and names sharing 80
// characters shared an id. Property-style: a few thousand generated names across scripts must
// derive as many distinct ids as they have distinct keys, each a valid id.

import { checkId } from '../../../src/core/validate';
import { actorIdFor, nameKey, normaliseName, readableSlug } from '../../../src/domain/names';
import { mulberry32 } from '../../../src/synthetic/prng';

const SCRIPTS: Record<string, [number, number]> = {
  cjk: [0x4e00, 0x9fff],
  cyrillic: [0x0410, 0x044f],
  arabic: [0x0627, 0x064a],
  devanagari: [0x0905, 0x0939],
  hangul: [0xac00, 0xd7a3],
  greek: [0x0391, 0x03c9],
  latin: [0x0061, 0x007a],
  accented: [0x00c0, 0x00ff],
};

function generatedNames(count: number, seed = 15): string[] {
  const next = mulberry32(seed);
  const pick = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const word = (script: string) => {
    const [lo, hi] = SCRIPTS[script] as [number, number];
    return Array.from({ length: pick(1, 6) }, () => String.fromCodePoint(pick(lo, hi))).join('');
  };
  const scripts = Object.keys(SCRIPTS);
  const prefix = 'Ministry of Foreign Affairs of the Example Republic and its Overseas Territories ';
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const script = scripts[i % scripts.length] as string;
    const words = Array.from({ length: pick(1, 3) }, () =>
      i % 5 === 0 ? word(scripts[pick(0, scripts.length - 1)] as string) : word(script),
    );
    const name = words.join(' ');
    names.push(i % 7 === 0 ? prefix + name : name);
  }
  return names;
}

describe('actor ids derived from names', () => {
  it('regression: non-Latin names no longer all derive actor:x', () => {
    const ids = ['习近平', 'Владимир Путин', 'محمد بن سلمان', 'नरेन्द्र मोदी'].map((name) => actorIdFor(name));
    expect(new Set(ids).size).toBe(4);
    expect(ids[0]).toMatch(/^actor:xi-jin-ping-[0-9a-f]{10}$/);
    expect(ids[1]).toMatch(/^actor:vladimir-putin-[0-9a-f]{10}$/);
  });

  it('regression: names sharing their first 80 characters derive different ids', () => {
    const stem = 'A'.repeat(80);
    expect(actorIdFor(`${stem} One`)).not.toBe(actorIdFor(`${stem} Two`));
  });

  it('gives names that normalise alike one id, and a name with no readable slug a hash', () => {
    expect(actorIdFor('CNN')).toBe(actorIdFor('cnn'));
    expect(actorIdFor('José Ramos')).toBe(actorIdFor('Jose\u0301  Ramos\u200b'));
    expect(actorIdFor('习近平')).not.toBe(actorIdFor('Xi Jin Ping'));
    expect(actorIdFor('😀')).toMatch(/^actor:[0-9a-f]{10}$/);
  });

  it('derives a distinct, valid id for each distinct key among 5,000 names across scripts', () => {
    const names = generatedNames(5000);
    const idByKey = new Map<string, string>();
    const keyById = new Map<string, string>();
    for (const name of names) {
      const id = actorIdFor(name);
      expect(checkId('id', id)).toBe(id);
      const key = nameKey(name);
      const seen = keyById.get(id);
      if (seen !== undefined && seen !== key)
        throw new Error(`${JSON.stringify(seen)} and ${JSON.stringify(key)} share ${id}`);
      keyById.set(id, key);
      idByKey.set(key, id);
    }
    expect(idByKey.size).toBeGreaterThan(4900);
    expect(keyById.size).toBe(idByKey.size);
  });

  it('scopes an anonymous official to its article', () => {
    expect(actorIdFor('a senior official', 'aaaa')).not.toBe(actorIdFor('a senior official', 'bbbb'));
    expect(actorIdFor('a senior official', 'aaaa')).toMatch(/^actor:anon-a-senior-official-[0-9a-f]{10}$/);
  });
});

describe('normaliseName', () => {
  it.each([
    ['\u200b', ''],
    ['\u0301\u0301', ''],
    ['  Jens \n Stoltenberg\u200b ', 'Jens Stoltenberg'],
    ['Jose\u0301', 'José'],
    ['\u200fمحمد', 'محمد'],
    ['محمد\u200cرضا', 'محمد\u200cرضا'],
  ])('%j -> %j', (raw, stored) => {
    expect(normaliseName(raw)).toBe(stored);
  });

  it('keeps slugs readable ASCII', () => {
    expect(readableSlug('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
    expect(readableSlug('Владимир Путин')).toBe('vladimir-putin');
  });
});
