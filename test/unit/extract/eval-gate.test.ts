// The evaluation as a gate: no overall figure may fall below the committed baseline
// (eval/extract/baseline.json, written by `npm run eval:extract -- --write-baseline`), and the
// founding article must stay perfect.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluate, headlineFigures, loadNews } from '../../../eval/extract/evaluate';

const SLACK = 0.001;
const evaluation = evaluate();
const baseline = JSON.parse(
  readFileSync(resolve(__dirname, '../../../eval/extract/baseline.json'), 'utf8'),
) as Record<string, number>;

describe('extraction quality gate', () => {
  const figures = headlineFigures(evaluation.overall);

  it('commits a figure for every score', () => {
    expect(Object.keys(baseline).sort()).toEqual(Object.keys(figures).sort());
  });

  it.each(Object.keys(figures))('%s stays at or above the committed baseline', (name) => {
    expect(figures[name]).toBeGreaterThanOrEqual((baseline[name] ?? Number.POSITIVE_INFINITY) - SLACK);
  });

  it('finds every statement of the founding article, exactly, with the right speaker, cue and intermediary', () => {
    const founding = evaluation.byCase.get('founding article');
    expect(founding).toBeDefined();
    expect(founding?.gold).toBe(12);
    expect(founding?.predicted).toBe(12);
    expect(founding?.recall.exact).toBe(1);
    expect(founding?.precision.exact).toBe(1);
    expect(founding?.speakerAccuracy).toBe(1);
    expect(founding?.intermediaryAccuracy).toBe(1);
    expect(founding?.cueAccuracy).toBe(1);
    expect(founding?.dateAccuracy).toBe(1);
  });
});

// The news set (eval/extract/news): articles like real coverage, split before any rule changed.
// Both halves are gated; the held-out half is only ever scored, here and by
// `npm run eval:extract -- --news heldout`, never read while the rules change.
describe.each([
  'dev',
  'heldout',
  'dev2',
  'heldout2',
  'heldout3',
  'heldout4',
  'heldout5',
  'heldout6',
] as const)('extraction quality gate on the news set (%s)', (set) => {
  const newsBaseline = JSON.parse(
    readFileSync(resolve(__dirname, '../../../eval/extract/news/baseline.json'), 'utf8'),
  ) as Record<string, Record<string, number>>;
  const figures = headlineFigures(evaluate(loadNews(set)).overall);
  const committed = newsBaseline[set] ?? {};

  it('commits a figure for every score', () => {
    expect(Object.keys(committed).sort()).toEqual(Object.keys(figures).sort());
  });

  it.each(Object.keys(figures))('%s stays at or above the committed baseline', (name) => {
    expect(figures[name]).toBeGreaterThanOrEqual((committed[name] ?? Number.POSITIVE_INFINITY) - SLACK);
  });
});
