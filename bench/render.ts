// Re-renders bench/RESULTS.md and throughput.svg from bench/results.json (after editing
// bench/analysis.md), without re-running the benchmark:  tsx bench/render.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BenchResults, writeReport } from './report';

writeReport(__dirname, JSON.parse(readFileSync(join(__dirname, 'results.json'), 'utf8')) as BenchResults);
