// A graph with hot nodes, as real coverage makes them: a topic with tens of thousands of
// claims, a viral claim in thousands of sources, a government with thousands of members and
// stances, a wire story syndicated everywhere, a long article quoted a hundred times. Loaded
// through the bulk loader (create-only UNWIND batches) in seconds; every id starts with "hot:".

import type { GraphDataSet } from '../../src/domain/model';
import { bulkLoad } from '../../src/store/bulk/loader';
import type { Database } from '../../src/store/neo4j/database';
import { type CorpusBatch, emptyDataSet } from '../../src/synthetic/corpus';

export const HOT = {
  /** members of the government, speakers of the viral claim, sources carrying it, stances */
  fanOut: 20_000,
  topicClaims: 30_000,
  contradictions: 10_000,
  longArticleStatements: 100,
  longArticleCharacters: 500_000,
} as const;

const day = (i: number) =>
  `20${String(10 + (i % 15)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;

function* hotBatches(): Generator<CorpusBatch> {
  const batch = (kind: CorpusBatch['kind'], data: Partial<GraphDataSet>): CorpusBatch => ({
    kind,
    data: { ...emptyDataSet(), ...data },
  });
  const n = HOT.fanOut;
  yield batch('topics', { topics: [{ id: 'hot:topic', name: 'Hot topic', aliases: [] }] });
  yield batch('actors', {
    actors: [
      { id: 'hot:gov', name: 'Hot government', kind: 'GOVERNMENT', aliases: [], affiliations: [] },
      { id: 'hot:outlet', name: 'Hot wire service', kind: 'MEDIA', aliases: [], affiliations: [] },
      { id: 'hot:speaker', name: 'Hot spokesperson', kind: 'PERSON', aliases: [], affiliations: [] },
    ],
  });
  for (let from = 0; from < n; from += 5000) {
    yield batch('actors', {
      actors: Array.from({ length: 5000 }, (_, k) => ({
        id: `hot:member-${from + k}`,
        name: `Hot member ${from + k}`,
        kind: 'PERSON' as const,
        aliases: [],
        affiliations: [{ actorId: 'hot:gov', title: 'official' }],
      })),
    });
  }
  yield batch('sources', {
    sources: [
      {
        id: 'hot:wire',
        kind: 'WIRE_REPORT',
        title: 'Hot wire story',
        outletId: 'hot:outlet',
        publishedAt: '2010-01-01',
        derivedFrom: [],
      },
      {
        id: 'hot:long',
        kind: 'ARTICLE',
        title: 'Hot long article',
        outletId: 'hot:outlet',
        publishedAt: '2011-01-01',
        derivedFrom: [],
      },
    ],
  });
  for (let from = 0; from < n; from += 5000) {
    yield batch('sources', {
      sources: Array.from({ length: 5000 }, (_, k) => ({
        id: `hot:source-${from + k}`,
        kind: 'ARTICLE' as const,
        title: `Hot copy ${from + k}`,
        outletId: 'hot:outlet',
        publishedAt: day(from + k),
        derivedFrom: [{ sourceId: 'hot:wire', relation: 'SYNDICATES' as const }],
      })),
    });
  }
  for (let from = 0; from < HOT.topicClaims; from += 10_000) {
    yield batch('claims', {
      claims: Array.from({ length: 10_000 }, (_, k) => ({
        id: `hot:claim-${from + k}`,
        text: `Hot claim ${from + k}`,
        topicIds: ['hot:topic'],
      })),
    });
  }
  yield batch('claimLinks', {
    claimLinks: Array.from({ length: HOT.contradictions }, (_, k) => ({
      fromClaimId: `hot:claim-${k + 1}`,
      toClaimId: 'hot:claim-0',
      relation: 'CONTRADICTS' as const,
    })),
  });
  for (let from = 0; from < n; from += 5000) {
    yield batch('statements', {
      statements: Array.from({ length: 5000 }, (_, k) => ({
        id: `hot:statement-${from + k}`,
        sourceId: `hot:source-${from + k}`,
        speakerId: `hot:member-${from + k}`,
        text: `The hot claim, as member ${from + k} put it`,
        direct: true,
        cue: 'say' as const,
        viaIds: [],
        claimId: 'hot:claim-0',
        confidence: 1,
      })),
    });
  }
  yield batch('statements', {
    statements: Array.from({ length: HOT.longArticleStatements }, (_, k) => ({
      id: `hot:long-statement-${k}`,
      sourceId: 'hot:long',
      speakerId: 'hot:speaker',
      text: `Quote ${k} from the long article`,
      direct: true,
      cue: 'say' as const,
      viaIds: [],
      confidence: 1,
    })),
  });
  yield batch('stances', {
    stances: Array.from({ length: n }, (_, k) => ({
      id: `hot:stance-${k}`,
      actorId: 'hot:gov',
      topicId: 'hot:topic',
      polarity: 'OPPOSE' as const,
      since: day(k),
      evidenceIds: k === 0 ? Array.from({ length: n }, (__, e) => `hot:statement-${e}`) : [],
    })),
  });
}

/** Loads the hot graph beside whatever the database holds (ids never collide: "hot:"). */
export async function loadHotGraph(db: Database): Promise<void> {
  await bulkLoad(db, hotBatches(), { allowNonEmpty: true });
  // The bulk loader does not store article texts; the long article gets one of the longest allowed.
  await db.write('test.hot-text', (tx) =>
    tx.run("MATCH (src:Source {id: 'hot:long'}) SET src.text = $text", {
      text: 'Ünïcödé «quoted» 文字 '
        .repeat(HOT.longArticleCharacters / 20)
        .slice(0, HOT.longArticleCharacters),
    }),
  );
}

/** Deletes every "hot:" node in batches (one transaction for 100k nodes needs too much memory). */
export async function dropHotGraph(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.name });
  try {
    await session.run(
      "MATCH (n) WHERE n.id STARTS WITH 'hot:' CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS",
    );
  } finally {
    await session.close();
  }
}
