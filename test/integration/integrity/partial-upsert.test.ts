// Issue 15, finding 2: an upsert erased what it was not given. upsertActor({name:"cnn",
// kind:COMPANY}) turned CNN (MEDIA, alias "Cable News Network", Wikidata Q48340) into a COMPANY
// with no aliases and no Wikidata id; upsertSource without publishedAt cleared the date.

import { graphChecksum } from '../../support/graph-state';
import { useHarness } from '../../support/harness';
import { withNodeLists } from '../../support/paging';
import { expectRejected } from '../../support/write-checks';

const ACTOR = `id name kind aliases wikidataId role affiliations { edges { node { title since until organization { id } } } }`;
const UPSERT = `mutation ($input: ActorInput!) { upsertActor(input: $input) { ${ACTOR} } }`;
const SOURCE = `mutation ($input: SourceInput!) { upsertSource(input: $input) { id kind title url publishedAt author outlet { id } derivedFrom { edges { node { relation source { id } } } } } }`;

interface ActorRow {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  wikidataId: string | null;
  role: string | null;
  affiliations: Array<{
    title: string;
    since: string | null;
    until: string | null;
    organization: { id: string };
  }>;
}

describe('partial upserts', () => {
  const harness = useHarness({ restoreSeed: true });

  async function upsert(input: Record<string, unknown>): Promise<ActorRow> {
    const response = await harness.gql<{ upsertActor: ActorRow }>(UPSERT, { input });
    expect(response.errors).toBeUndefined();
    return (withNodeLists<typeof response.data>(response.data) as { upsertActor: ActorRow }).upsertActor;
  }

  it('regression: {name:"cnn", kind:COMPANY} is a CONFLICT and leaves CNN as it was', async () => {
    const error = await expectRejected(harness, UPSERT, { input: { name: 'cnn', kind: 'COMPANY' } });
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'input.kind', stored: 'MEDIA', given: 'COMPANY' });
    const cnn = await harness.gql<{ actor: Partial<ActorRow> }>(
      '{ actor(id: "actor:cnn") { name kind aliases wikidataId } }',
    );
    expect(cnn.data?.actor).toEqual({
      name: 'CNN',
      kind: 'MEDIA',
      aliases: ['Cable News Network'],
      wikidataId: 'Q48340',
    });
  });

  it('leaves every field that is not given as it is, and adds the aliases given', async () => {
    const cnn = await upsert({ name: 'CNN', kind: 'MEDIA', aliases: ['CNN International'] });
    expect(cnn).toMatchObject({
      id: 'actor:cnn',
      kind: 'MEDIA',
      aliases: ['Cable News Network', 'CNN International'],
      wikidataId: 'Q48340',
    });
  });

  it('changes a kind, or drops aliases, only when replace names the field', async () => {
    const changed = await upsert({ id: 'actor:cnn', name: 'CNN', kind: 'COMPANY', replace: ['KIND'] });
    expect(changed).toMatchObject({ kind: 'COMPANY', aliases: ['Cable News Network', 'CNN International'] });
    const trimmed = await upsert({
      id: 'actor:cnn',
      name: 'CNN',
      aliases: ['Cable News Network'],
      replace: ['ALIASES'],
    });
    expect(trimmed.aliases).toEqual(['Cable News Network']);
    const cleared = await upsert({
      id: 'actor:cnn',
      name: 'CNN',
      replace: ['WIKIDATA_ID', 'KIND'],
      kind: 'MEDIA',
    });
    expect(cleared).toMatchObject({ kind: 'MEDIA', wikidataId: null, aliases: ['Cable News Network'] });
  });

  it('adds affiliations (updating the dates of one it has), and replaces them only when asked', async () => {
    const start = await upsert({
      name: 'Affiliation Probe',
      kind: 'PERSON',
      affiliations: [{ organizationId: 'actor:nato', title: 'Adviser', since: '2019-01-01' }],
    });
    const added = await upsert({
      id: start.id,
      name: 'Affiliation Probe',
      affiliations: [
        { organizationId: 'actor:cnn', title: 'Analyst' },
        { organizationId: 'actor:nato', title: 'Adviser', until: '2021-06-30' },
      ],
    });
    expect(added.affiliations.map((a) => [a.organization.id, a.title, a.since, a.until]).sort()).toEqual([
      ['actor:cnn', 'Analyst', null, null],
      ['actor:nato', 'Adviser', '2019-01-01', '2021-06-30'],
    ]);
    const kept = await upsert({ id: start.id, name: 'Affiliation Probe', role: 'analyst' });
    expect(kept.affiliations).toHaveLength(2);
    const replaced = await upsert({ id: start.id, name: 'Affiliation Probe', replace: ['AFFILIATIONS'] });
    expect(replaced.affiliations).toEqual([]);
    expect(replaced.role).toBe('analyst');
  });

  it('asks for a kind to create an actor, and not to update one', async () => {
    expect(await expectRejected(harness, UPSERT, { input: { name: 'Nobody Yet' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.kind',
    });
  });

  it('repeating a partial upsert changes nothing', async () => {
    await upsert({ name: 'CNN', aliases: ['Cable News Network'] });
    const before = await graphChecksum(harness.db);
    await upsert({ name: 'CNN', aliases: ['Cable News Network'] });
    expect(await graphChecksum(harness.db)).toBe(before);
  });

  describe('upsertSource', () => {
    type SourceRow = {
      upsertSource: {
        id: string;
        kind: string;
        title: string | null;
        url: string | null;
        publishedAt: string | null;
        author: string | null;
        outlet: { id: string } | null;
        derivedFrom: unknown[];
      };
    };
    const source = async (input: Record<string, unknown>) => {
      const response = await harness.gql<SourceRow>(SOURCE, { input });
      expect(response.errors).toBeUndefined();
      return (withNodeLists<SourceRow>(response.data) as SourceRow).upsertSource;
    };

    it('keeps the date, title, outlet and derivations an update does not give', async () => {
      const created = await source({
        kind: 'ARTICLE',
        url: 'https://example.org/partial-source',
        title: 'Partial source',
        outletId: 'actor:cnn',
        publishedAt: '2020-02-02',
        derivedFrom: [{ sourceId: 'source:cnn-interview-ren-zhengfei-2019', relation: 'QUOTES' }],
      });
      const updated = await source({ id: created.id, author: 'A. Writer' });
      expect(updated).toMatchObject({
        kind: 'ARTICLE',
        title: 'Partial source',
        url: 'https://example.org/partial-source',
        publishedAt: '2020-02-02',
        author: 'A. Writer',
        outlet: { id: 'actor:cnn' },
      });
      expect(updated.derivedFrom).toHaveLength(1);
      const cleared = await source({ id: created.id, replace: ['PUBLISHED_AT', 'DERIVED_FROM'] });
      expect(cleared).toMatchObject({ publishedAt: null, derivedFrom: [], title: 'Partial source' });
    });

    it('refuses a kind change without replace, and a URL another source has', async () => {
      const made = await source({ kind: 'ARTICLE', url: 'https://example.org/partial-kind' });
      expect(
        await expectRejected(harness, SOURCE, { input: { id: made.id, kind: 'BROADCAST' } }),
      ).toMatchObject({
        code: 'CONFLICT',
        field: 'input.kind',
      });
      expect(
        await expectRejected(harness, SOURCE, {
          input: { id: made.id, url: 'https://example.org/partial-source' },
        }),
      ).toMatchObject({ code: 'CONFLICT', field: 'input.url' });
    });
  });
});
