// The synthetic corpus as a lazy stream of GraphDataSet batches, one kind per batch, in
// dependency order: topics, actors, sources, claims, claim links, statements, stances. Only
// the current batch is in memory, so 1M statements stream in constant space.

import type { GraphDataSet } from '../domain/model';
import { type CorpusSpec, corpusSpec } from './corpus-spec';
import { Corpus } from './entities';

export type BatchKind = 'topics' | 'actors' | 'sources' | 'claims' | 'claimLinks' | 'statements' | 'stances';

export interface CorpusBatch {
  kind: BatchKind;
  data: GraphDataSet;
}

export function emptyDataSet(): GraphDataSet {
  return { actors: [], topics: [], sources: [], claims: [], claimLinks: [], statements: [], stances: [] };
}

export function corpusCounts(corpus: Corpus): Record<BatchKind, number> {
  const { spec } = corpus;
  return {
    topics: spec.topics,
    actors: spec.actors,
    sources: spec.sources,
    claims: spec.claims,
    claimLinks: corpus.claimLinkCount,
    statements: spec.statements,
    stances: corpus.stanceCount,
  };
}

/** `kinds` limits the stream to those kinds (still in dependency order). */
export function* generateCorpus(
  specOrCorpus: CorpusSpec | Corpus = corpusSpec(),
  kinds?: readonly BatchKind[],
): Generator<CorpusBatch> {
  const corpus = specOrCorpus instanceof Corpus ? specOrCorpus : new Corpus(specOrCorpus);
  const counts = corpusCounts(corpus);
  const { batchSize } = corpus.spec;
  const makers: { [K in BatchKind]: (i: number) => GraphDataSet[K][number] } = {
    topics: (i) => corpus.topic(i),
    actors: (i) => corpus.actor(i),
    sources: (i) => corpus.source(i),
    claims: (i) => corpus.claim(i),
    claimLinks: (i) => corpus.claimLink(i),
    statements: (i) => corpus.statement(i),
    stances: (i) => corpus.stance(i),
  };
  for (const kind of Object.keys(makers) as BatchKind[]) {
    if (kinds && !kinds.includes(kind)) continue;
    for (let start = 0; start < counts[kind]; start += batchSize) {
      const end = Math.min(counts[kind], start + batchSize);
      const data = emptyDataSet();
      const rows: unknown[] = data[kind];
      for (let i = start; i < end; i++) rows.push(makers[kind](i));
      yield { kind, data };
    }
  }
}
