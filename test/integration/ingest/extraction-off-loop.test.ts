// Issue 18, finding 8: extracting a long article blocked the event loop (probes and every other
// request stalled meanwhile). Long articles are extracted on a worker thread, with the same
// result the extractor gives in place.

import {
  closeExtractionPool,
  extractionsOffLoop,
  OFF_LOOP_FROM_CHARS,
} from '../../../src/core/ingest/extraction-pool';
import { ingestArticle } from '../../../src/core/ingest/ingest-article';
import * as extractModule from '../../../src/extract';
import { useHarness } from '../../support/harness';

// Our own words, a paragraph per briefing, long enough to leave the event loop.
function longArticle(): string {
  const paragraphs: string[] = [];
  for (let day = 1; paragraphs.join('\n\n').length < OFF_LOOP_FROM_CHARS * 2; day++) {
    paragraphs.push(
      `“The talks on the harbour levy will go on until there is an agreement,” Minister Ilse Varga said on day ${day} of the negotiations. ` +
        `Port operators said the levy would raise costs for every shipping line that calls at the northern terminals, and the union said its members would not accept longer shifts.`,
    );
  }
  return paragraphs.join('\n\n');
}

describe('extraction of long articles', () => {
  const harness = useHarness({ restoreSeed: true });
  afterAll(() => closeExtractionPool());

  it('runs on a worker thread and gives what the extractor gives in place', async () => {
    const input = {
      text: longArticle(),
      title: 'Harbour levy talks',
      outlet: 'The Harbour Gazette',
      publishedAt: '2022-05-06',
    };
    const inPlace = extractModule.extractStatements(input);
    const before = extractionsOffLoop();
    const onMainThread = jest.spyOn(extractModule, 'extractStatements');
    try {
      const outcome = await ingestArticle(harness.db, input, 'test');
      expect(outcome.duplicate).toBe(false);
      expect(outcome.statementIds).toHaveLength(inPlace.statements.length);
      expect(inPlace.statements.length).toBeGreaterThan(20);
    } finally {
      onMainThread.mockRestore();
    }
    expect(onMainThread).not.toHaveBeenCalled();
    expect(extractionsOffLoop()).toBe(before + 1);
  });
});
