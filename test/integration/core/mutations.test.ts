import { actorIdFor } from '../../../src/domain/names';
import { graphChecksum } from '../../support/graph-state';
import { useHarness } from '../../support/harness';
import { withNodeLists } from '../../support/paging';
import { expectIdempotent as idempotent, expectRejected as rejected } from '../../support/write-checks';

describe('mutations', () => {
  const harness = useHarness({ restoreSeed: true });

  const expectRejected = (query: string, variables: Record<string, unknown> = {}) =>
    rejected(harness, query, variables);
  const expectIdempotent = <T>(query: string, variables: Record<string, unknown> = {}) =>
    idempotent<T>(harness, query, variables);

  describe('upsertActor', () => {
    const UPSERT = `mutation ($input: ActorInput!) {
      upsertActor(input: $input) { id name kind aliases wikidataId affiliations { edges { node { title since organization { id } } } } }
    }`;

    it('creates an actor with aliases and affiliations, and repeating it changes nothing', async () => {
      const data = await expectIdempotent<{ upsertActor: unknown }>(UPSERT, {
        input: {
          name: 'Mark Example',
          kind: 'PERSON',
          aliases: ['Mr Example', ' Mr Example ', ''],
          affiliations: [
            { organizationId: 'actor:nato', title: 'Deputy Secretary-General', since: '2019-10-01' },
          ],
        },
      });
      expect(data.upsertActor).toEqual({
        id: actorIdFor('Mark Example'),
        name: 'Mark Example',
        kind: 'PERSON',
        aliases: ['Mr Example'],
        wikidataId: null,
        affiliations: [
          { title: 'Deputy Secretary-General', since: '2019-10-01', organization: { id: 'actor:nato' } },
        ],
      });
      const lookup = await harness.gql<{ actor: { id: string } }>('{ actor(name: "mr example") { id } }');
      expect(lookup.data?.actor.id).toMatch(/^actor:mark-example-[0-9a-f]{10}$/);
    });

    it('updates an actor by id, adding aliases and keeping its affiliations when none are given', async () => {
      const response = await harness.gql<{ upsertActor: { aliases: string[]; affiliations: unknown[] } }>(
        UPSERT,
        {
          input: {
            id: actorIdFor('Mark Example'),
            name: 'Mark Example',
            kind: 'PERSON',
            aliases: ['M. Example'],
          },
        },
      );
      const actor = withNodeLists<typeof response.data>(response.data)?.upsertActor;
      expect(actor?.aliases).toEqual(['Mr Example', 'M. Example']);
      expect(actor?.affiliations).toHaveLength(1);
    });

    it.each([
      [{ name: '  ', kind: 'PERSON' }, 'BAD_USER_INPUT', 'input.name'],
      [{ name: 'X', kind: 'PERSON', wikidataId: 'Z12' }, 'BAD_USER_INPUT', 'wikidataId'],
      [{ name: 'X', kind: 'PERSON', id: 'bad id with spaces' }, 'BAD_USER_INPUT', 'input.id'],
      [
        { name: 'X', kind: 'PERSON', affiliations: [{ organizationId: 'actor:nobody', title: 'chair' }] },
        'NOT_FOUND',
        'input.affiliations',
      ],
      [
        {
          name: 'X',
          kind: 'PERSON',
          id: 'actor:x',
          affiliations: [{ organizationId: 'actor:x', title: 'chair' }],
        },
        'BAD_USER_INPUT',
        'input.affiliations[0]',
      ],
      [
        {
          name: 'X',
          kind: 'PERSON',
          affiliations: [
            { organizationId: 'actor:nato', title: 'chair', since: '2020-01-01', until: '2019-01-01' },
          ],
        },
        'BAD_USER_INPUT',
        'input.affiliations[0]',
      ],
    ])('rejects %j with %s and writes nothing', async (input, code, field) => {
      expect(await expectRejected(UPSERT, { input })).toMatchObject({ code, field });
    });

    it('rejects an unknown kind and a malformed date with stable codes', async () => {
      expect(await expectRejected(UPSERT, { input: { name: 'X', kind: 'ROBOT' } })).toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      expect(
        await expectRejected('mutation { upsertActor(input: { name: "X", kind: ROBOT }) { id } }'),
      ).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
      expect(
        await expectRejected(UPSERT, {
          input: {
            name: 'X',
            kind: 'PERSON',
            affiliations: [{ organizationId: 'actor:nato', title: 'x', since: '2019-02-30' }],
          },
        }),
      ).toMatchObject({ code: 'BAD_USER_INPUT' });
    });
  });

  describe('upsertSource', () => {
    const UPSERT = `mutation ($input: SourceInput!) {
      upsertSource(input: $input) { id kind url title outlet { id } publishedAt derivedFrom { edges { node { relation source { id } } } } }
    }`;

    it('creates a source, normalises its URL, and finds it again by URL', async () => {
      const input = {
        kind: 'WIRE_REPORT',
        url: 'https://wire.example/report-1#top',
        title: 'A wire report',
        outletId: 'actor:bloomberg',
        publishedAt: '2019-03-13',
        derivedFrom: [{ sourceId: 'source:cnn-interview-ren-zhengfei-2019', relation: 'CITES' }],
      };
      const data = await expectIdempotent<{ upsertSource: { id: string; url: string } }>(UPSERT, { input });
      expect(data.upsertSource).toMatchObject({
        url: 'https://wire.example/report-1',
        outlet: { id: 'actor:bloomberg' },
        derivedFrom: [{ relation: 'CITES', source: { id: 'source:cnn-interview-ren-zhengfei-2019' } }],
      });
      // Without an id, the same URL is the same source.
      const again = await harness.gql<{ upsertSource: { id: string } }>(UPSERT, {
        input: { ...input, url: 'https://wire.example/report-1' },
      });
      expect(again.data?.upsertSource.id).toBe(data.upsertSource.id);
      const byUrl = await harness.gql<{ source: { id: string } }>(
        'query ($url: String) { source(url: $url) { id } }',
        {
          url: 'https://wire.example/report-1',
        },
      );
      expect(byUrl.data?.source.id).toBe(data.upsertSource.id);
    });

    it.each([
      [{ kind: 'ARTICLE', url: 'not a url' }, 'BAD_USER_INPUT', 'input.url'],
      [{ kind: 'ARTICLE', url: 'ftp://example.org/x' }, 'BAD_USER_INPUT', 'input.url'],
      [{ kind: 'ARTICLE', title: 'x', outletId: 'actor:nobody' }, 'NOT_FOUND', 'input.outletId'],
      [
        { kind: 'ARTICLE', title: 'x', derivedFrom: [{ sourceId: 'source:nope', relation: 'QUOTES' }] },
        'NOT_FOUND',
        'input.derivedFrom',
      ],
      [
        {
          id: 'source:self',
          kind: 'ARTICLE',
          derivedFrom: [{ sourceId: 'source:self', relation: 'QUOTES' }],
        },
        'BAD_USER_INPUT',
        'input.derivedFrom',
      ],
    ])('rejects %j with %s and writes nothing', async (input, code, field) => {
      expect(await expectRejected(UPSERT, { input })).toMatchObject({ code, field });
    });
  });

  describe('recordStatement', () => {
    const RECORD = `mutation ($input: RecordStatementInput!) {
      recordStatement(input: $input) {
        id text cue direct saidAt speaker { id } source { id } via { id } claim { text topics { edges { node { id } } } }
        trace { role actor { name } }
      }
    }`;
    const base = {
      text: 'Huawei equipment will be tested like any other supplier’s',
      direct: true,
      cue: 'told',
      speakerId: 'actor:german-foreign-ministry-official',
      sourceId: 'source:independent-2019-03-14-huawei-nato',
      viaIds: ['source:bloomberg-german-foreign-ministry-official'],
      saidAt: '2019-03-12',
      claim: { text: 'Germany will test Huawei equipment like any other', topicIds: ['topic:huawei-5g'] },
    };

    it('records a statement with speaker, new claim, publication and intermediary in one call; twice changes nothing', async () => {
      const data = await expectIdempotent<{ recordStatement: Record<string, unknown> }>(RECORD, {
        input: base,
      });
      expect(data.recordStatement).toMatchObject({
        cue: 'tell',
        speaker: { id: 'actor:german-foreign-ministry-official' },
        via: [{ id: 'source:bloomberg-german-foreign-ministry-official' }],
        claim: {
          text: 'Germany will test Huawei equipment like any other',
          topics: [{ id: 'topic:huawei-5g' }],
        },
        trace: [
          { role: 'SPEAKER', actor: { name: 'German foreign ministry official' } },
          { role: 'INTERMEDIARY', actor: { name: 'Bloomberg' } },
          { role: 'PUBLICATION', actor: { name: 'The Independent' } },
        ],
      });
    });

    it('attaches a statement to an existing claim', async () => {
      const response = await harness.gql<{ recordStatement: { claim: { text: string } } }>(RECORD, {
        input: {
          ...base,
          text: 'No evidence has been shown',
          claim: { id: 'claim:us-singles-out-huawei-without-evidence' },
        },
      });
      expect(response.errors).toBeUndefined();
      const claim = await harness.gql<{ claim: { statements: { totalCount: number } } }>(
        '{ claim(id: "claim:us-singles-out-huawei-without-evidence") { statements { totalCount } } }',
      );
      expect(claim.data?.claim.statements.totalCount).toBe(2);
    });

    it.each([
      [{ text: '' }, 'BAD_USER_INPUT', 'input.text'],
      [{ cue: 'mumbled' }, 'BAD_USER_INPUT', 'input.cue'],
      [{ speakerId: 'actor:nobody' }, 'NOT_FOUND', 'input.speakerId'],
      [{ sourceId: 'source:nope' }, 'NOT_FOUND', 'input.sourceId'],
      [{ viaIds: ['source:nope'] }, 'NOT_FOUND', 'input.viaIds'],
      [{ viaIds: ['source:independent-2019-03-14-huawei-nato'] }, 'BAD_USER_INPUT', 'input.viaIds'],
      [{ claim: { id: 'claim:x', text: 'both' } }, 'BAD_USER_INPUT', 'input.claim'],
      [{ claim: { id: 'claim:nope' } }, 'NOT_FOUND', 'input.claim.id'],
      [{ claim: { text: 'x', topicIds: ['topic:nope'] } }, 'NOT_FOUND', 'input.claim.topicIds'],
      [{ confidence: 1.5 }, 'BAD_USER_INPUT', 'input.confidence'],
      [{ startOffset: 10, endOffset: 5 }, 'BAD_USER_INPUT', 'input.startOffset'],
      [{ saidAt: '14/03/2019' }, 'BAD_USER_INPUT', undefined],
    ])('rejects %j with %s and writes nothing', async (change, code, field) => {
      const extensions = await expectRejected(RECORD, {
        input: { ...base, text: 'A different statement', ...change },
      });
      expect(extensions.code).toBe(code);
      if (field) expect(extensions.field).toBe(field);
    });
  });

  describe('relateClaims', () => {
    const RELATE = `mutation ($input: RelateClaimsInput!) {
      relateClaims(input: $input) { relation claim { id } other { id } }
    }`;

    it('relates two claims; twice changes nothing', async () => {
      const data = await expectIdempotent<{ relateClaims: unknown }>(RELATE, {
        input: {
          claimId: 'claim:us-campaign-damages-us-reputation',
          otherId: 'claim:allies-should-shun-huawei',
          relation: 'CONTRADICTS',
        },
      });
      expect(data.relateClaims).toEqual({
        relation: 'CONTRADICTS',
        claim: { id: 'claim:us-campaign-damages-us-reputation' },
        other: { id: 'claim:allies-should-shun-huawei' },
      });
    });

    it('rejects a claim related to itself and unknown claims', async () => {
      const same = {
        claimId: 'claim:allies-should-shun-huawei',
        otherId: 'claim:allies-should-shun-huawei',
        relation: 'SUPPORTS',
      };
      expect(await expectRejected(RELATE, { input: same })).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(await expectRejected(RELATE, { input: { ...same, otherId: 'claim:nope' } })).toMatchObject({
        code: 'NOT_FOUND',
        field: 'input.otherId',
      });
    });
  });

  describe('mergeActors', () => {
    const MERGE = `mutation ($keepId: ID!, $mergeId: ID!) {
      mergeActors(keepId: $keepId, mergeId: $mergeId) { mergedId movedStatements actor { id aliases affiliations { edges { node { organization { id } } } } } }
    }`;

    it('folds an anonymous official, later named, into the named person, keeping statements and traces', async () => {
      await harness.gql(
        'mutation { upsertActor(input: { id: "actor:hans-example", name: "Hans Example", kind: PERSON }) { id } }',
      );
      const response = await harness.gql<{
        mergeActors: {
          movedStatements: number;
          actor: { aliases: string[]; affiliations: Array<{ organization: { id: string } }> };
        };
      }>(MERGE, { keepId: 'actor:hans-example', mergeId: 'actor:german-foreign-ministry-official' });
      expect(response.errors).toBeUndefined();
      expect(response.data?.mergeActors.movedStatements).toBeGreaterThanOrEqual(1);
      expect(response.data?.mergeActors.actor.aliases).toContain('German foreign ministry official');
      expect(withNodeLists<typeof response.data>(response.data)?.mergeActors.actor.affiliations).toEqual([
        { organization: { id: 'actor:german-federal-foreign-office' } },
      ]);

      const trace = await harness.gql<{ trace: Array<{ role: string; actor: { name: string } }> }>(
        '{ trace(statementId: "stmt:foreign-ministry-official-trustworthiness") { role actor { name } } }',
      );
      expect(trace.data?.trace.map((s) => s.actor.name)).toEqual([
        'Hans Example',
        'Bloomberg',
        'The Independent',
      ]);
      const old = await harness.gql<{ actor: { id: string } }>(
        '{ actor(name: "German foreign ministry official") { id } }',
      );
      expect(old.data?.actor.id).toBe('actor:hans-example');

      // Repeating the merge is a no-op that answers the outcome of the merge that happened.
      const before = await graphChecksum(harness.db);
      const again = await harness.gql<{ mergeActors: { movedStatements: number } }>(MERGE, {
        keepId: 'actor:hans-example',
        mergeId: 'actor:german-foreign-ministry-official',
      });
      expect(again.data?.mergeActors.movedStatements).toBe(3);
      expect(await graphChecksum(harness.db)).toBe(before);
    });

    it('rejects merging an actor into itself or into an unknown actor', async () => {
      expect(await expectRejected(MERGE, { keepId: 'actor:nato', mergeId: 'actor:nato' })).toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      expect(await expectRejected(MERGE, { keepId: 'actor:nope', mergeId: 'actor:nato' })).toMatchObject({
        code: 'NOT_FOUND',
        field: 'keepId',
      });
      expect(await expectRejected(MERGE, { keepId: 'actor:nato', mergeId: 'actor:nope' })).toMatchObject({
        code: 'NOT_FOUND',
        field: 'mergeId',
      });
    });
  });

  it('rolls back every write of a transaction that fails part-way', async () => {
    const before = await graphChecksum(harness.db);
    await expect(
      harness.db.write('test.partial', async (tx) => {
        await tx.run("CREATE (:Actor {id: 'actor:partial', name: 'Partial'})");
        throw new Error('fails after a write');
      }),
    ).rejects.toThrow('fails after a write');
    expect(await graphChecksum(harness.db)).toBe(before);
  });
});
