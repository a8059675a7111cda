// Issue 15, finding 1: actor ids collided and overwrote other actors. "习近平", "Владимир
// Путин" and "محمد بن سلمان" all got actor:x, each write replacing the last; names sharing 80
// characters shared an id; ingestion derived ids the same way.

import { actorIdFor, nameKey } from '../../../src/domain/names';
import { graphChecksum } from '../../support/graph-state';
import { useHarness } from '../../support/harness';
import { expectRejected } from '../../support/write-checks';

const UPSERT = `mutation ($input: ActorInput!) { upsertActor(input: $input) { id name kind aliases role } }`;
type Upserted = {
  upsertActor: { id: string; name: string; kind: string; aliases: string[]; role: string | null };
};

describe('actor ids', () => {
  const harness = useHarness({ restoreSeed: true });

  it('regression: three non-Latin names are three actors, none overwriting another', async () => {
    const names = ['习近平', 'Владимир Путин', 'محمد بن سلمان'];
    const ids: string[] = [];
    for (const name of names) {
      const response = await harness.gql<Upserted>(UPSERT, { input: { name, kind: 'PERSON' } });
      expect(response.errors).toBeUndefined();
      ids.push(response.data?.upsertActor.id as string);
    }
    expect(ids).toEqual(names.map((name) => actorIdFor(name)));
    expect(ids[0]).toMatch(/^actor:xi-jin-ping-[0-9a-f]{10}$/);
    for (const [index, id] of ids.entries()) {
      const stored = await harness.gql<{ actor: { name: string } }>(
        'query ($id: ID!) { actor(id: $id) { name } }',
        {
          id,
        },
      );
      expect(stored.data?.actor.name).toBe(names[index]);
    }
  });

  it('regression: names sharing their first 80 characters are two actors', async () => {
    const stem = 'A'.repeat(80);
    const one = await harness.gql<Upserted>(UPSERT, { input: { name: `${stem} One`, kind: 'PERSON' } });
    const two = await harness.gql<Upserted>(UPSERT, { input: { name: `${stem} Two`, kind: 'PERSON' } });
    expect(one.data?.upsertActor.id).not.toBe(two.data?.upsertActor.id);
    expect(two.data?.upsertActor.name).toBe(`${stem} Two`);
  });

  it('finds the actor a name denotes without an id, whatever its stored id, instead of making a twin', async () => {
    const response = await harness.gql<Upserted>(UPSERT, {
      input: { name: 'jens stoltenberg', role: 'NATO Secretary General' },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.upsertActor).toMatchObject({
      id: 'actor:jens-stoltenberg',
      name: 'Jens Stoltenberg',
      role: 'NATO Secretary General',
    });
  });

  it('never lets an id-less upsert rewrite an actor whose name does not match the id it derives', async () => {
    // An actor created by name, then renamed by id: its derived id now belongs to another name.
    const created = await harness.gql<Upserted>(UPSERT, { input: { name: 'Lena Probe', kind: 'PERSON' } });
    const id = created.data?.upsertActor.id as string;
    await harness.gql(UPSERT, { input: { id, name: 'Lena Probe-Renamed', replace: ['ALIASES'] } });
    const error = await expectRejected(harness, UPSERT, { input: { name: 'Lena Probe', kind: 'PERSON' } });
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'input.name', id });
  });

  it('takes a name that differs only in case for the actor it names, and renames nothing (cnn is CNN)', async () => {
    const before = await graphChecksum(harness.db);
    const response = await harness.gql<Upserted>(UPSERT, { input: { name: 'cnn' } });
    expect(response.data?.upsertActor).toMatchObject({ id: 'actor:cnn', name: 'CNN', kind: 'MEDIA' });
    expect(await graphChecksum(harness.db)).toBe(before);
  });

  it('regression: an ingested article with a non-Latin outlet creates its own actor and changes no other', async () => {
    // Under ASCII-reduced ids every Chinese name was `actor:x`: the article's outlet landed on
    // the stored person and rewrote it into a news outlet.
    const stored = await harness.gql<{ upsertActor: { id: string } }>(
      'mutation { upsertActor(input: { name: "习近平", kind: PERSON, aliases: ["Xi Jinping"] }) { id } }',
      {},
      { role: 'editor' },
    );
    expect(stored.errors).toBeUndefined();
    const before = await harness.gql('{ actor(id: "actor:nato") { name kind aliases } }');
    const text = 'Beijing — "We will keep the door open," said Wang Example, a spokesman for the ministry.';
    const response = await harness.gql<{
      ingestArticle: {
        createdActors: Array<{ id: string; name: string }>;
        source: { outlet: { id: string; name: string } };
      };
    }>(
      'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { createdActors { id name } source { outlet { id name } } } }',
      { input: { text, outlet: '人民日报', publishedAt: '2024-05-01' } },
      { role: 'editor' },
    );
    expect(response.errors).toBeUndefined();
    const created = response.data?.ingestArticle.createdActors ?? [];
    for (const actor of created) expect(actor.id).toBe(actorIdFor(actor.name));
    expect(created.map((a) => a.name)).toEqual(expect.arrayContaining(['人民日报', 'Wang Example']));
    expect(response.data?.ingestArticle.source.outlet).toEqual({
      id: actorIdFor('人民日报'),
      name: '人民日报',
    });
    expect(actorIdFor('人民日报')).not.toBe(stored.data?.upsertActor.id);
    const xi = await harness.gql('query ($id: ID!) { actor(id: $id) { name kind aliases } }', {
      id: stored.data?.upsertActor.id,
    });
    expect(xi.data).toEqual({ actor: { name: '习近平', kind: 'PERSON', aliases: ['Xi Jinping'] } });
    expect((await harness.gql('{ actor(id: "actor:nato") { name kind aliases } }')).data).toEqual(
      before.data,
    );
  });

  it('derives the name key in Cypher as in JavaScript, across scripts and special cases', async () => {
    const names = [
      'İstanbul Office',
      'ΣΟΦΙΑ',
      'Straße',
      'ǅemal',
      'ΆΈΉ',
      'Владимир',
      'ﬁnance',
      'Ⅻ Corps',
      'ДЖ',
    ];
    const result = await harness.db.read(
      'test.to-lower',
      'UNWIND $names AS name RETURN name, toLower(name) AS key',
      {
        names: names.map((name) => name.normalize('NFC')),
      },
    );
    for (const record of result.records) expect(record.get('key')).toBe(nameKey(record.get('name')));
  });
});
