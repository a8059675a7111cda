// One corpus through the idempotent MERGE writer (the path of mutations, ingestion and the
// seed) and through the bulk UNWIND loader builds the same graph, checksum for checksum. The
// corpus is the synthetic one plus a batch per kind with what the generator never makes:
// stored article text, speaker resolution, an undated source, a topic without aliases,
// non-Latin names. (The offline CSV import is compared with the bulk loader in
// offline-load.test.ts, and every path's properties with the write model in the unit tests.)

import type { GraphDataSet } from '../../../src/domain/model';
import { bulkLoad } from '../../../src/store/bulk/loader';
import { writeDataSet } from '../../../src/store/repo/dataset-writer';
import {
  type BatchKind,
  type CorpusBatch,
  emptyDataSet,
  generateCorpus,
} from '../../../src/synthetic/corpus';
import { corpusSpec } from '../../../src/synthetic/corpus-spec';
import { clearGraph, graphChecksum } from '../../support/graph-state';
import { useHarness } from '../../support/harness';

const EXTRA: Partial<GraphDataSet> = {
  topics: [{ id: 'topic:parity:bare', name: 'Ostpolitik', aliases: [] }],
  actors: [
    { id: 'actor:parity:xi', name: '习近平', kind: 'PERSON', aliases: ['Xi Jinping'], affiliations: [] },
    { id: 'actor:parity:ria', name: 'РИА Новости', kind: 'MEDIA', aliases: [], affiliations: [] },
  ],
  sources: [
    {
      id: 'source:parity:undated',
      kind: 'ARTICLE',
      title: 'Без даты',
      outletId: 'actor:parity:ria',
      contentHash: 'c0ffee',
      text: '习近平 said: "We will not yield."',
      derivedFrom: [],
    },
  ],
  claims: [{ id: 'claim:parity', text: 'We will not yield.', topicIds: ['topic:parity:bare'] }],
  statements: [
    {
      id: 'stmt:parity:undated',
      sourceId: 'source:parity:undated',
      speakerId: 'actor:parity:xi',
      text: 'We will not yield.',
      direct: true,
      cue: 'say',
      viaIds: [],
      claimId: 'claim:parity',
      startOffset: 11,
      endOffset: 31,
      confidence: 0.8,
      speakerMethod: 'alias',
      speakerConfidence: 0.75,
    },
  ],
  stances: [
    {
      id: 'stance:parity',
      actorId: 'actor:parity:xi',
      topicId: 'topic:parity:bare',
      polarity: 'OPPOSE',
      since: '2021-01-01',
      evidenceIds: ['stmt:parity:undated'],
    },
  ],
};

/** The synthetic batches with each kind's extra batch after that kind's, in dependency order. */
function corpus(): CorpusBatch[] {
  const batches = [...generateCorpus(corpusSpec({ statements: 300, seed: 11, batchSize: 120 }))];
  const kinds = [...new Set(batches.map((batch) => batch.kind))];
  return kinds.flatMap((kind: BatchKind) => {
    const extra = emptyDataSet();
    (extra[kind] as unknown[]).push(...((EXTRA[kind] as unknown[] | undefined) ?? []));
    return [...batches.filter((batch) => batch.kind === kind), { kind, data: extra }];
  });
}

describe('the write paths', () => {
  const harness = useHarness({ restoreSeed: true });

  it('build the same graph through the MERGE writer and the bulk loader', async () => {
    await clearGraph(harness.db);
    for (const batch of corpus()) {
      await harness.db.write('test.merge-writer', (tx) => writeDataSet(tx, batch.data));
    }
    const merged = await graphChecksum(harness.db);
    const text = await harness.db.read(
      'test.parity-text',
      'MATCH (s:Statement {id: $id})-[:REPORTED_IN]->(src) RETURN src.text AS text, s.speakerMethod AS method',
      { id: 'stmt:parity:undated' },
    );
    expect(text.records[0]?.toObject()).toEqual({
      text: '习近平 said: "We will not yield."',
      method: 'alias',
    });

    await clearGraph(harness.db);
    await bulkLoad(harness.db, corpus(), { allowNonEmpty: true, concurrency: 1 });
    expect(await graphChecksum(harness.db)).toBe(merged);
  }, 120_000);
});
