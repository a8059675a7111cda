// Bad input at volume: 10,000+ generated requests (valid, malformed, oversized, deeply
// nested, wrong types, Cypher and Lucene injection, batches, odd bodies) sent in-process.
// No 5xx, every error has a known code, nothing is masked, nothing internal leaks, and no
// rejected mutation changes the graph. Deterministic: a seeded PRNG.

import { mulberry32 } from '../../../src/synthetic/prng';
import { graphChecksum } from '../../support/graph-state';
import { TEST_KEYS, useHarness } from '../../support/harness';
import { KNOWN_CODES, LEAK } from '../../support/leaks';

const SEED = 20190314;
const REQUESTS = 10_000;
const CONCURRENCY = 8;

const INJECTIONS = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "x' }) WITH 1 AS a MATCH (n) SET n.pwned = true RETURN a //",
  '`; DROP CONSTRAINT actor_id; //',
  '$name',
  '{query}',
  '*:*',
  'name:* OR text:*',
  'title:(a OR b)~2',
  '[* TO *]',
  'a~',
  '/.*/',
  'AND OR NOT',
  '((((((',
  '"unterminated',
  '\\',
  'a\u0000b',
  '\u202eevil',
  '🙂🙃',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'actor:nato',
  'Stotlenberg',
  'NATO',
  'Huawei',
  '',
  ' ',
  '%00',
  'null',
];

const TEMPLATES: Array<{ query: string; vars: Record<string, string> }> = [
  {
    query: 'query Q($name: String) { actor(name: $name) { id name kind aliases } }',
    vars: { name: 'string' },
  },
  {
    query: 'query Q($id: ID) { actor(id: $id) { id statements(first: 3) { edges { node { text } } } } }',
    vars: { id: 'id' },
  },
  {
    query:
      'query Q($s: String, $first: Int, $after: String, $kind: ActorKind) { actors(search: $s, first: $first, after: $after, kind: $kind) { totalCount edges { cursor node { name } } } }',
    vars: { s: 'string', first: 'int', after: 'string', kind: 'enum' },
  },
  {
    query:
      'query Q($f: StatementFilter, $first: Int, $last: Int, $before: String) { statements(filter: $f, first: $first, last: $last, before: $before) { edges { node { id text speaker { name } } } } }',
    vars: { f: 'filter', first: 'int', last: 'int', before: 'string' },
  },
  {
    query:
      'query Q($q: String!, $first: Int) { search(query: $q, first: $first) { score actor { name } claim { text } statement { text } } }',
    vars: { q: 'string', first: 'int' },
  },
  {
    query: 'query Q($id: ID!) { trace(statementId: $id) { position role actor { name } source { title } } }',
    vars: { id: 'id' },
  },
  {
    query:
      'query Q($a: String, $t: String) { contradictions(actorName: $a, topic: $t) { edges { node { relation claim { text } other { text } } } } }',
    vars: { a: 'string', t: 'string' },
  },
  {
    query:
      'query Q($a: String, $about: String, $asOf: Date) { stances(actorName: $a, about: $about, asOf: $asOf) { edges { node { polarity about } } } }',
    vars: { a: 'string', about: 'string', asOf: 'date' },
  },
  {
    query:
      'query Q($g: AggregateKey!, $f: StatementFilter) { aggregate(groupBy: $g, filter: $f) { buckets { key count } } }',
    vars: { g: 'enum', f: 'filter' },
  },
  {
    query: 'query Q($id: ID, $url: String) { source(id: $id, url: $url) { id title } }',
    vars: { id: 'id', url: 'string' },
  },
  {
    query:
      'query Q($id: ID!) { claim(id: $id) { text firstAppearance { title } appearances { edges { node { id } } } } }',
    vars: { id: 'id' },
  },
  { query: '{ topics { edges { node { name claims { edges { node { text } } } } } } }', vars: {} },
];

// Mutations, each with a reference that never exists, so even an editor's call is rejected.
const MUTATIONS: Array<{ query: string; vars: Record<string, string> }> = [
  { query: 'mutation M { ping }', vars: {} },
  {
    query:
      'mutation M($name: String!, $kind: ActorKind!, $org: ID!) { upsertActor(input: { name: $name, kind: $kind, affiliations: [{ organizationId: $org, title: "x" }] }) { id } }',
    vars: { name: 'string', kind: 'enum', org: 'missing' },
  },
  {
    query:
      'mutation M($url: String, $src: ID!) { upsertSource(input: { kind: ARTICLE, url: $url, derivedFrom: [{ sourceId: $src, relation: QUOTES }] }) { id } }',
    vars: { url: 'string', src: 'missing' },
  },
  {
    query:
      'mutation M($text: String!, $speaker: ID!, $source: ID!) { recordStatement(input: { text: $text, direct: true, cue: "say", speakerId: $speaker, sourceId: $source }) { id } }',
    vars: { text: 'string', speaker: 'missing', source: 'missing' },
  },
  {
    query:
      'mutation M($a: ID!, $b: ID!) { relateClaims(input: { claimId: $a, otherId: $b, relation: DENIES }) { relation } }',
    vars: { a: 'missing', b: 'missing' },
  },
  {
    query: 'mutation M($keep: ID!, $merge: ID!) { mergeActors(keepId: $keep, mergeId: $merge) { mergedId } }',
    vars: { keep: 'missing', merge: 'missing' },
  },
];

type Kind =
  | 'valid'
  | 'wrong-types'
  | 'malformed'
  | 'oversized'
  | 'deep'
  | 'mutation'
  | 'batch'
  | 'odd-body'
  | 'get';

interface Sent {
  kind: Kind;
  method: 'POST' | 'GET';
  body?: string;
  url?: string;
  contentType?: string;
  role: 'anonymous' | 'reader' | 'editor';
  /** an editor mutation: must come back rejected */
  mustReject: boolean;
}

function generator(random: () => number) {
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const chance = (p: number) => random() < p;
  const randomText = (length: number) =>
    Array.from({ length }, () => String.fromCharCode(chance(0.9) ? 32 + int(95) : int(0xffff))).join('');

  const values: Record<string, () => unknown> = {
    string: () => (chance(0.7) ? pick(INJECTIONS) : randomText(int(40))),
    id: () => pick(['actor:nato', 'actor:jens-stoltenberg', 'stmt:x', ...INJECTIONS]),
    missing: () => `fuzz:missing:${pick(INJECTIONS)}:${int(1e9)}`,
    int: () => pick([0, 1, 5, 20, 100, 101, -1, 2 ** 31, 1.5, Number.MAX_SAFE_INTEGER]),
    date: () => pick(['2019-03-14', '2019-02-30', '2019-13-01', 'yesterday', '0000-00-00', '9999-12-31', '']),
    enum: () => pick(['PERSON', 'ACTOR', 'MONTH', 'TOPIC', 'person', 'DROP', 'ORGANIZATION']),
    filter: () =>
      Object.fromEntries(
        [
          ['speaker', values.string],
          ['topic', values.string],
          ['text', values.string],
          ['from', values.date],
          ['to', values.date],
          ['direct', () => chance(0.5)],
          ['sourceId', values.id],
          ['bogus', values.string],
        ]
          .filter(() => chance(0.4))
          .map(([key, make]) => [key as string, (make as () => unknown)()]),
      ),
  };
  const wrongType = () =>
    pick<unknown>([
      42,
      'forty-two',
      true,
      null,
      [1, 2],
      { nested: { deeper: [] } },
      -0.5,
      '9'.repeat(40),
      [[['x']]],
    ]);
  const variablesFor = (vars: Record<string, string>, wrong: boolean) =>
    Object.fromEntries(
      Object.entries(vars)
        .filter(() => !chance(0.1))
        .map(([name, type]) => [
          name,
          wrong && chance(0.5) ? wrongType() : (values[type] as () => unknown)(),
        ]),
    );
  const corrupt = (text: string) => {
    const chars = [...text];
    for (let edits = 1 + int(4); edits > 0; edits--) {
      const at = int(chars.length + 1);
      if (chance(0.5)) chars.splice(at, 1);
      else
        chars.splice(
          at,
          0,
          pick(['{', '}', '(', ')', '"', '$', '!', ':', '@', '#', '...', '\\', '\n', 'query']),
        );
    }
    return chars.join('');
  };
  const nested = (depth: number): string =>
    depth === 0 ? 'id' : `statements { edges { node { speaker { ${nested(depth - 1)} } } } }`;

  return (): Sent => {
    const roll = random();
    const post = (
      kind: Kind,
      payload: unknown,
      role: Sent['role'] = 'anonymous',
      mustReject = false,
    ): Sent => ({
      kind,
      method: 'POST',
      body: JSON.stringify(payload),
      role,
      mustReject,
    });
    if (roll < 0.3) {
      const template = pick(TEMPLATES);
      return post('valid', { query: template.query, variables: variablesFor(template.vars, false) });
    }
    if (roll < 0.42) {
      const template = pick(TEMPLATES);
      return post('wrong-types', { query: template.query, variables: variablesFor(template.vars, true) });
    }
    if (roll < 0.55) {
      const template = pick([...TEMPLATES, ...MUTATIONS]);
      return post('malformed', {
        query: corrupt(template.query),
        variables: variablesFor(template.vars, false),
      });
    }
    if (roll < 0.6) {
      const big = pick([
        () => ({ query: `{ ${'apiVersion '.repeat(1000 + int(5000))} }` }),
        () => ({ query: TEMPLATES[0]?.query, variables: { name: 'x'.repeat(100_000 + int(400_000)) } }),
        () => ({ query: `{ ${'a'.repeat(50_000)} }` }),
        () => ({
          query: `query Q(${Array.from({ length: 300 }, (_, i) => `$v${i}: Int`).join(' ')}) { apiVersion }`,
        }),
        () => ({
          query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: topics { edges { node { name } } }`).join(' ')} }`,
        }),
      ]);
      return post('oversized', big());
    }
    if (roll < 0.66) {
      const deep = pick([
        () => ({ query: `{ actor(id: "actor:nato") { ${nested(3 + int(30))} } }` }),
        () => ({ query: `${'{ __typename '.repeat(200)}${'}'.repeat(200)}` }),
        () => {
          let value: unknown = 'leaf';
          for (let i = 0; i < 50 + int(500); i++) value = [value];
          return { query: TEMPLATES[0]?.query, variables: { name: value } };
        },
        () => ({ query: `{ actor(name: ${'['.repeat(300)}"x"${']'.repeat(300)}) { id } }` }),
        () => ({ query: `fragment A on Query { ...A } { ...A }` }),
      ]);
      return post('deep', deep());
    }
    if (roll < 0.86) {
      const mutation = pick(MUTATIONS);
      const role = pick<Sent['role']>(['anonymous', 'reader', 'editor']);
      const wrong = chance(0.3);
      // An editor's ping is the one mutation allowed to succeed: it writes nothing.
      const mustReject = !(role === 'editor' && mutation.query.includes('{ ping }'));
      return post(
        'mutation',
        { query: mutation.query, variables: variablesFor(mutation.vars, wrong) },
        role,
        mustReject,
      );
    }
    if (roll < 0.91) {
      const operations = Array.from({ length: 1 + int(14) }, () => {
        const template = pick([...TEMPLATES, ...MUTATIONS]);
        return { query: template.query, variables: variablesFor(template.vars, chance(0.3)) };
      });
      return post('batch', operations, pick(['anonymous', 'reader']));
    }
    if (roll < 0.96) {
      const body = pick([
        '',
        'null',
        '[]',
        '42',
        '"query"',
        '{"query": 5}',
        '{"query": "{ apiVersion }", "variables": "nope"}',
        '{"query": "{ apiVersion }", "operationName": 7}',
        '{"query": "{ apiVersion }", "extensions": [1]}',
        '{"query": ["{ apiVersion }"]}',
        `{"query": "${'\\'.repeat(3)}"}`,
        randomText(200),
        '{"query": "{ apiVersion }"',
      ]);
      return {
        kind: 'odd-body',
        method: 'POST',
        body,
        contentType: pick([
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/graphql',
        ]),
        role: 'anonymous',
        mustReject: false,
      };
    }
    const template = pick([...TEMPLATES, ...MUTATIONS]);
    const query = chance(0.5) ? template.query : corrupt(template.query);
    return {
      kind: 'get',
      method: 'GET',
      url: `?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variablesFor(template.vars, chance(0.3))))}`,
      role: 'anonymous',
      mustReject: template.query.startsWith('mutation'),
    };
  };
}

interface Problem {
  kind: Kind;
  problem: string;
  request: string;
  response: string;
}

describe('fuzz', () => {
  const harness = useHarness();

  it(`survives ${REQUESTS} generated requests`, async () => {
    const before = await graphChecksum(harness.db);
    const next = generator(mulberry32(SEED));
    const requests = Array.from({ length: REQUESTS }, next);
    const problems: Problem[] = [];
    const statuses = new Map<string, number>();
    const codes = new Map<string, number>();

    async function send(sent: Sent) {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (sent.method === 'POST') headers['content-type'] = sent.contentType ?? 'application/json';
      if (sent.role !== 'anonymous') headers.authorization = `Bearer ${TEST_KEYS[sent.role]}`;
      const response = await harness.server.fetch(`http://claimgraph.test/graphql${sent.url ?? ''}`, {
        method: sent.method,
        headers,
        ...(sent.body === undefined ? {} : { body: sent.body }),
      });
      const text = await response.text();
      const request = `${sent.method} ${sent.url ?? ''} ${sent.body ?? ''}`;
      const report = (problem: string) =>
        problems.push({
          kind: sent.kind,
          problem,
          request: request.slice(0, 300),
          response: text.slice(0, 500),
        });
      statuses.set(
        `${sent.kind} ${response.status}`,
        (statuses.get(`${sent.kind} ${response.status}`) ?? 0) + 1,
      );
      if (response.status >= 500) report(`status ${response.status}`);
      // A leak is internal text the request did not itself contain (inputs are echoed back).
      const leak = text
        .match(new RegExp(LEAK.source, 'gi'))
        ?.find((m) => !request.toLowerCase().includes(m.toLowerCase()));
      if (leak) report(`leaks ${JSON.stringify(leak)}`);
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        if (response.status !== 405 && response.status !== 415) report('not JSON');
        return;
      }
      for (const result of Array.isArray(parsed) ? parsed : [parsed]) {
        const { data, errors } = result as {
          data?: Record<string, unknown> | null;
          errors?: Array<Record<string, unknown>>;
        };
        for (const error of errors ?? []) {
          const code = String((error.extensions as { code?: unknown } | undefined)?.code);
          codes.set(code, (codes.get(code) ?? 0) + 1);
          if (!KNOWN_CODES.has(code)) report(`unknown code ${code}`);
          if (code === 'INTERNAL_SERVER_ERROR' || error.message === 'Unexpected error.')
            report('masked error');
        }
        if (sent.mustReject && data && Object.values(data).some((v) => v !== null))
          report('mutation was not rejected');
      }
    }

    const started = Date.now();
    let index = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (index < requests.length) {
          const sent = requests[index++] as Sent;
          await send(sent);
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `fuzz: ${REQUESTS} requests in ${seconds.toFixed(1)} s\n` +
        `statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}\n` +
        `error codes: ${JSON.stringify(Object.fromEntries([...codes].sort()))}`,
    );
    const summary = new Map<string, number>();
    for (const p of problems)
      summary.set(`${p.kind}: ${p.problem}`, (summary.get(`${p.kind}: ${p.problem}`) ?? 0) + 1);
    expect({ problems: Object.fromEntries(summary), examples: problems.slice(0, 5) }).toEqual({
      problems: {},
      examples: [],
    });
    expect(await graphChecksum(harness.db)).toBe(before);
  }, 180_000);
});
