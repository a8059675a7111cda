// A worker thread's job (extraction-pool.ts): the pure extractor, off the event loop.

import type { ArticleInput, ExtractionResult } from '../../extract';
import { extractStatements } from '../../extract';

export default function extract(input: ArticleInput): ExtractionResult {
  return extractStatements(input);
}
