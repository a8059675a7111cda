// The linker's look-ups on the synthetic corpus, for the bench gate: the queries ingestion
// sends for one article whose statements repeat ten stored claims (claim candidates from the
// full-text index, topic candidates, the articles it may copy (by body print), the story's contested claims),
// built by the same functions ingestion uses, with deterministic parameters.

import { bodyPrint, parsePrint } from '../src/domain/body-print';
import { type LinkableArticle, linkQueries } from '../src/link/link-article';
import { int } from '../src/store/neo4j/values';
import { cypher } from '../src/store/repo/cypher';
import { claimCandidatesQuery, topicCandidatesQuery } from '../src/store/repo/link-lookups';
import { corpusSpec } from '../src/synthetic/corpus-spec';
import { Corpus, claimId, topicId } from '../src/synthetic/entities';
import type { RecordedQuery } from './recording-driver';

export interface LookupOperation {
  name: string;
  title: string;
  queries: RecordedQuery[];
}

export function linkerLookups(statements: number, seed = 42): LookupOperation[] {
  const corpus = new Corpus(corpusSpec({ statements, seed }));
  const repeated = Array.from({ length: 10 }, (_, i) => corpus.statement(i * 17));
  const article: LinkableArticle = {
    sourceId: 'source:bench-new-article',
    title: corpus.topic(3).name,
    text: repeated.map((statement) => `“${statement.text},” someone said.`).join('\n\n'),
    statements: repeated.map((statement, i) => ({
      id: `stmt:bench-new-${i}`,
      text: corpus.claim(Number(statement.claimId?.split('-').pop() ?? 0)).text,
      direct: true,
      cue: 'say',
      speakerId: statement.speakerId,
      holderId: statement.speakerId,
    })),
    actors: [],
    notSubjects: [],
  };
  const queries = linkQueries(article);
  const claims = claimCandidatesQuery(queries.claims);
  const topics = topicCandidatesQuery([corpus.topic(3).name, corpus.topic(5).name, corpus.topic(8).name]);
  const print = parsePrint(bodyPrint(article.text));
  return [
    {
      name: 'link-claim-candidates',
      title: 'claim candidates for ten statements (full-text)',
      queries: claims ? [claims] : [],
    },
    {
      name: 'link-topic-candidates',
      title: 'topic candidates for three subjects (full-text)',
      queries: topics ? [topics] : [],
    },
    {
      name: 'link-copy-candidates',
      title: 'articles whose body prints resemble a new one',
      queries: [
        {
          cypher: cypher('copy-candidates'),
          params: { positions: print?.positions.join(' ') ?? '', sourceId: article.sourceId, limit: int(10) },
        },
      ],
    },
    {
      name: 'link-contested-claims',
      title: "a story's contested claims (a bare denial)",
      queries: [{ cypher: cypher('contested-claims'), params: { topicIds: [topicId(3), topicId(5)] } }],
    },
    {
      name: 'link-claim-spreads',
      title: 'the spread of ten claims, the busiest first',
      queries: [
        {
          cypher: cypher('claim-spreads'),
          params: { ids: Array.from({ length: 10 }, (_, i) => claimId(i)) },
        },
      ],
    },
  ];
}
