// Ids in stored graphs keep working after issue 15 changed how ids derive. The fixture is an
// export (format 1) made by the code before the change: actor:jens-stoltenberg, the colliding
// actor:x (holding an Arabic name), and a decomposed "José Ramos" as it was stored. Migration
// 0004 runs over it as it runs over any stored graph.

import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { importGraph } from '../../../src/store/backup/import-graph';
import { loadMigrations } from '../../../src/store/neo4j/migrations';
import { clearGraph } from '../../support/graph-state';
import { useHarness } from '../../support/harness';

const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'legacy-export-v1.jsonl');
const UPSERT = 'mutation ($input: ActorInput!) { upsertActor(input: $input) { id name kind aliases role } }';

describe('a graph stored before ids carried a hash', () => {
  const harness = useHarness({ restoreSeed: true });

  beforeAll(async () => {
    await clearGraph(harness.db);
    await importGraph(harness.db, createReadStream(FIXTURE), {
      ignoreLabels: ['Migration', 'ClaimgraphTestDatabase'],
    });
    const migration = loadMigrations().find((m) => m.version === 4);
    for (const statement of migration?.statements ?? []) {
      await harness.db.write('test.migration-0004', (tx) => tx.run(statement));
    }
  });

  it('answers the stored ids as before', async () => {
    const response = await harness.gql<{
      a: { name: string };
      b: { name: string; statements: { totalCount: number } };
    }>(
      '{ a: actor(id: "actor:jens-stoltenberg") { name } b: actor(id: "actor:x") { name statements(first: 5) { totalCount } } }',
    );
    expect(response.data).toEqual({
      a: { name: 'Jens Stoltenberg' },
      b: { name: 'محمد بن سلمان', statements: { totalCount: 1 } },
    });
  });

  it('updates a stored actor by name, not a twin under the new id', async () => {
    const response = await harness.gql<{ upsertActor: { id: string; role: string } }>(UPSERT, {
      input: { name: 'Jens Stoltenberg', role: 'Secretary General' },
    });
    expect(response.data?.upsertActor).toMatchObject({
      id: 'actor:jens-stoltenberg',
      role: 'Secretary General',
    });
    const arabic = await harness.gql<{ upsertActor: { id: string } }>(UPSERT, {
      input: { name: 'محمد بن سلمان' },
    });
    expect(arabic.data?.upsertActor.id).toBe('actor:x');
  });

  it('finds a name stored decomposed after the migration recomposed it', async () => {
    const stored = await harness.db.read(
      'test.legacy-nfd',
      'MATCH (a:Actor {id: "actor:jose-ramos"}) RETURN a.name AS name',
    );
    expect(stored.records[0]?.get('name')).toBe('José Ramos'.normalize('NFC'));
    const response = await harness.gql<{ upsertActor: { id: string } }>(UPSERT, {
      input: { name: 'José Ramos' },
    });
    expect(response.data?.upsertActor.id).toBe('actor:jose-ramos');
  });

  it('gives a new non-Latin name its own id, leaving actor:x alone', async () => {
    const response = await harness.gql<{ upsertActor: { id: string } }>(UPSERT, {
      input: { name: '习近平', kind: 'PERSON' },
    });
    expect(response.data?.upsertActor.id).toMatch(/^actor:xi-jin-ping-[0-9a-f]{10}$/);
    const x = await harness.gql<{ actor: { name: string } }>('{ actor(id: "actor:x") { name } }');
    expect(x.data?.actor.name).toBe('محمد بن سلمان');
  });
});
