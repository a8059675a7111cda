// Shared helpers for the extractor's tests: the founding article and a short way to extract.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractStatements } from '../../../src/extract';
import type { ExtractedStatement } from '../../../src/extract/types';

const ROOT = resolve(__dirname, '..', '..', '..');

export function foundingArticle(): string {
  const candidates = [
    resolve(ROOT, 'seed/independent-2019-03-14/article.txt'),
    resolve(ROOT, '../shared/articles/2019-03-14-independent-huawei-5g-nato.txt'),
  ];
  const path = candidates.find((p) => existsSync(p));
  if (!path) throw new Error(`the founding article must be at one of ${candidates.join(', ')}`);
  return readFileSync(path, 'utf8');
}

export function extract(text: string, publishedAt = '2024-05-16'): ExtractedStatement[] {
  return extractStatements({ text, publishedAt, outlet: 'The Daily Planet' }).statements;
}

/** The fields most tests pin, in one line each. */
export function brief(s: ExtractedStatement): Record<string, unknown> {
  return {
    text: s.text,
    speaker: s.speaker.name,
    cue: s.cue,
    direct: s.direct,
    ...(s.intermediary ? { via: `${s.intermediary.outlet}/${s.intermediary.kind}` } : {}),
    ...(s.saidAt ? { saidAt: s.saidAt } : {}),
  };
}
