// Issue 15, finding 5: ten parallel ingestArticle calls with the same text and URL all
// answered duplicate: false, each listing the same "created" actors. Exactly one caller
// creates; the others are told it is a duplicate of the one source.

import { useHarness } from '../../support/harness';

const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) { duplicate source { id } createdActors { id } }
}`;
type Ingested = {
  ingestArticle: { duplicate: boolean; source: { id: string }; createdActors: Array<{ id: string }> };
};

const article = (tag: string, speaker: string) =>
  `Brussels — ${speaker}, a spokeswoman for the Example Ministry, said on Monday that "the talks on ${tag} will resume next week". ` +
  `"We are ready for ${tag}," said John Otherman-${tag}, a diplomat, according to Example Wire.`;

describe('ingestArticle under concurrency', () => {
  const harness = useHarness({ restoreSeed: true });

  it('regression: of ten parallel ingests of one article, one creates and nine are duplicates', async () => {
    const input = {
      text: article('fisheries', 'Maria Testperson'),
      url: 'https://example.org/race-1',
      outlet: 'Race Times',
    };
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => harness.gql<Ingested>(INGEST, { input })),
    );
    for (const response of responses) expect(response.errors).toBeUndefined();
    const results = responses.map((response) => response.data?.ingestArticle as Ingested['ingestArticle']);
    const creators = results.filter((result) => !result.duplicate);
    expect(creators).toHaveLength(1);
    expect(creators[0]?.createdActors.length).toBeGreaterThan(0);
    expect(new Set(results.map((result) => result.source.id)).size).toBe(1);
    for (const duplicate of results.filter((result) => result.duplicate))
      expect(duplicate.createdActors).toEqual([]);
    const stored = await harness.db.read(
      'test.race-sources',
      'MATCH (s:Source {url: $url}) RETURN count(s) AS n',
      {
        url: input.url,
      },
    );
    expect(Number(stored.records[0]?.get('n'))).toBe(1);
  });

  it('one URL sent with different texts in parallel: one source, the others duplicates of it', async () => {
    const url = 'https://example.org/race-2';
    const responses = await Promise.all(
      ['one', 'two', 'three', 'four'].map((tag) =>
        harness.gql<Ingested>(INGEST, { input: { text: article(tag, 'Maria Testperson'), url } }),
      ),
    );
    for (const response of responses) expect(response.errors).toBeUndefined();
    const results = responses.map((response) => response.data?.ingestArticle as Ingested['ingestArticle']);
    expect(results.filter((result) => !result.duplicate)).toHaveLength(1);
    expect(new Set(results.map((result) => result.source.id)).size).toBe(1);
  });

  it('a new speaker in two different articles ingested in parallel is created, and reported created, once', async () => {
    const speaker = 'Ottilie Racewell';
    const responses = await Promise.all(
      ['alpha', 'beta', 'gamma'].map((tag) =>
        harness.gql<Ingested>(INGEST, { input: { text: article(tag, speaker) } }),
      ),
    );
    for (const response of responses) expect(response.errors).toBeUndefined();
    const stored = await harness.db.read(
      'test.race-speaker',
      'MATCH (a:Actor {nameKey: $key}) RETURN a.id AS id',
      {
        key: speaker.toLowerCase(),
      },
    );
    expect(stored.records).toHaveLength(1);
    const id = String(stored.records[0]?.get('id'));
    const reported = responses.filter((response) =>
      response.data?.ingestArticle.createdActors.some((actor) => actor.id === id),
    );
    expect(reported).toHaveLength(1);
  });

  it('one wire story run by four outlets at once, each sent twice: four sources, each later one SYNDICATES an earlier', async () => {
    const text = article('wire copies', 'Wilhelmina Wirewriter');
    const outlets = ['Copy Courier', 'Copy Gazette', 'Copy Herald', 'Copy Ledger'];
    const responses = await Promise.all(
      [...outlets, ...outlets].map((outlet, index) =>
        harness.gql<Ingested>(INGEST, {
          input: {
            text,
            outlet,
            url: `https://example.org/copies/${outlet.replace(' ', '-')}`,
            publishedAt: `2024-02-0${(index % 4) + 1}`,
          },
        }),
      ),
    );
    for (const response of responses) expect(response.errors).toBeUndefined();
    const results = responses.map((response) => response.data?.ingestArticle as Ingested['ingestArticle']);
    expect(results.filter((result) => !result.duplicate)).toHaveLength(4);
    const sources = [...new Set(results.map((result) => result.source.id))];
    expect(sources).toHaveLength(4);
    const links = await harness.db.read(
      'test.race-copies',
      "MATCH (copy:Source)-[:DERIVED_FROM {relation: 'SYNDICATES'}]->(original:Source) WHERE copy.id IN $ids RETURN toString(copy.publishedAt) AS copy, toString(original.publishedAt) AS original",
      { ids: sources },
    );
    // Whatever the order they committed in: three links, each from a later copy to an earlier
    // one, and only the earliest copies nothing.
    const edges = links.records.map(
      (record) => [String(record.get('copy')), String(record.get('original'))] as const,
    );
    expect(edges).toHaveLength(3);
    for (const [copy, original] of edges) expect(copy > original).toBe(true);
    expect(new Set(edges.map(([copy]) => copy))).toEqual(new Set(['2024-02-02', '2024-02-03', '2024-02-04']));
  });
});
