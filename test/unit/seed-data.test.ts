// The founding seed (The Independent, 14 March 2019) checked as plain data: no database.
// Pins the data set's shape against src/domain/model.ts, its referential integrity, its
// text offsets against article.txt, and the provenance traces the project demonstrates.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import datasetJson from '../../seed/independent-2019-03-14/dataset.json';
import {
  ACTOR_KINDS,
  type Actor,
  type Affiliation,
  CLAIM_RELATIONS,
  type Claim,
  type ClaimLink,
  CUES,
  DERIVATION_KINDS,
  type Derivation,
  type GraphDataSet,
  SOURCE_KINDS,
  type Source,
  STANCE_POLARITIES,
  type Stance,
  type Statement,
  type Topic,
} from '../../src/domain/model';

const SEED_DIR = join(__dirname, '..', '..', 'seed', 'independent-2019-03-14');
const ARTICLE_ID = 'source:independent-2019-03-14-huawei-nato';

// ---------------------------------------------------------------------------------------------
// Compile-time: the JSON as TypeScript infers it must fit GraphDataSet once enum literals are
// widened to string (JSON imports never keep literal types; the runtime checks below pin the
// enums). `npm run typecheck` enforces this; ts-jest transpiles without type-checking.
type Widen<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends readonly (infer U)[]
        ? Widen<U>[]
        : T extends object
          ? { [K in keyof T]: Widen<T[K]> }
          : T;
const widened: Widen<GraphDataSet> = datasetJson;

// The keys a curated record may carry, checked against the interfaces in both directions: a
// key missing from a list or a list entry that is no key of the interface is a compile error.
type KeyList<T> = readonly (keyof T)[];
type Covers<T, L extends KeyList<T>> = Exclude<keyof T, L[number]> extends never ? true : false;
const ACTOR_KEYS = [
  'id',
  'name',
  'kind',
  'aliases',
  'wikidataId',
  'role',
  'affiliations',
] as const satisfies KeyList<Actor>;
const AFFILIATION_KEYS = ['actorId', 'title', 'since', 'until'] as const satisfies KeyList<Affiliation>;
const TOPIC_KEYS = ['id', 'name', 'aliases'] as const satisfies KeyList<Topic>;
const SOURCE_KEYS = [
  'id',
  'kind',
  'title',
  'url',
  'outletId',
  'author',
  'publishedAt',
  'contentHash',
  'derivedFrom',
] as const satisfies KeyList<Source>;
const DERIVATION_KEYS = ['sourceId', 'relation'] as const satisfies KeyList<Derivation>;
const CLAIM_KEYS = ['id', 'text', 'topicIds'] as const satisfies KeyList<Claim>;
const CLAIM_LINK_KEYS = ['fromClaimId', 'toClaimId', 'relation'] as const satisfies KeyList<ClaimLink>;
const STATEMENT_KEYS = [
  'id',
  'sourceId',
  'speakerId',
  'text',
  'direct',
  'cue',
  'viaIds',
  'audience',
  'saidAt',
  'claimId',
  'startOffset',
  'endOffset',
  'confidence',
] as const satisfies KeyList<Statement>;
const STANCE_KEYS = [
  'id',
  'actorId',
  'topicId',
  'targetActorId',
  'polarity',
  'since',
  'until',
  'evidenceIds',
] as const satisfies KeyList<Stance>;
// Fields the graph fills in when it is read (never curated): listed so that the coverage
// check still notices any other field added to the model.
const STATEMENT_GRAPH_KEYS = [
  'at',
  'speakerMethod',
  'speakerConfidence',
  'claimMethod',
  'claimScore',
] as const satisfies KeyList<Statement>;
const STANCE_GRAPH_KEYS = ['about'] as const satisfies KeyList<Stance>;
// The publication's text comes from article.txt at load time, not from dataset.json, and its
// print is computed from the text when it is written.
const SOURCE_LOADED_KEYS = ['text', 'bodyPrint'] as const satisfies KeyList<Source>;
const keyListsCoverInterfaces: [
  Covers<Actor, typeof ACTOR_KEYS>,
  Covers<Affiliation, typeof AFFILIATION_KEYS>,
  Covers<Topic, typeof TOPIC_KEYS>,
  Covers<Source, readonly [...typeof SOURCE_KEYS, ...typeof SOURCE_LOADED_KEYS]>,
  Covers<Derivation, typeof DERIVATION_KEYS>,
  Covers<Claim, typeof CLAIM_KEYS>,
  Covers<ClaimLink, typeof CLAIM_LINK_KEYS>,
  Covers<Statement, readonly [...typeof STATEMENT_KEYS, ...typeof STATEMENT_GRAPH_KEYS]>,
  Covers<Stance, readonly [...typeof STANCE_KEYS, ...typeof STANCE_GRAPH_KEYS]>,
] = [true, true, true, true, true, true, true, true, true];

// ---------------------------------------------------------------------------------------------
// Runtime: parse the file as the loader will, then narrow it to GraphDataSet.

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isIsoDate = (v: unknown): boolean =>
  typeof v === 'string' && ISO_DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

/** Every problem found in one record: unknown keys, missing required keys, wrong value types. */
function recordProblems(
  where: string,
  value: unknown,
  allowed: readonly string[],
  fields: Record<string, (v: unknown) => boolean>,
  required: readonly string[],
): string[] {
  if (!isRec(value)) return [`${where}: not an object`];
  const problems: string[] = [];
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) problems.push(`${where}: unknown key ${key}`);
  }
  for (const key of required) {
    if (!(key in value)) problems.push(`${where}: missing ${key}`);
  }
  for (const [key, ok] of Object.entries(fields)) {
    if (key in value && !ok(value[key])) problems.push(`${where}: bad ${key} ${JSON.stringify(value[key])}`);
  }
  return problems;
}

const str = (v: unknown) => typeof v === 'string' && v.length > 0;
const strArray = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0);
const oneOf = (values: readonly string[]) => (v: unknown) => typeof v === 'string' && values.includes(v);
const offset = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;

function dataSetProblems(raw: unknown): string[] {
  if (!isRec(raw)) return ['root: not an object'];
  const sections = ['actors', 'topics', 'sources', 'claims', 'claimLinks', 'statements', 'stances'];
  const problems = recordProblems(
    'root',
    raw,
    sections,
    Object.fromEntries(sections.map((s) => [s, Array.isArray])),
    sections,
  );
  if (problems.length > 0) return problems;
  const each = (section: string, check: (item: unknown, where: string) => string[]) =>
    (raw[section] as unknown[]).forEach((item, i) => {
      problems.push(...check(item, `${section}[${i}]`));
    });

  each('actors', (a, w) => [
    ...recordProblems(
      w,
      a,
      ACTOR_KEYS,
      {
        id: str,
        name: str,
        kind: oneOf(ACTOR_KINDS),
        aliases: strArray,
        wikidataId: (v) => typeof v === 'string' && /^Q\d+$/.test(v),
        role: str,
        affiliations: Array.isArray,
      },
      ['id', 'name', 'kind', 'aliases', 'affiliations'],
    ),
    ...(isRec(a) && Array.isArray(a.affiliations)
      ? a.affiliations.flatMap((f, j) =>
          recordProblems(
            `${w}.affiliations[${j}]`,
            f,
            AFFILIATION_KEYS,
            { actorId: str, title: str, since: isIsoDate, until: isIsoDate },
            ['actorId', 'title'],
          ),
        )
      : []),
  ]);
  each('topics', (t, w) =>
    recordProblems(w, t, TOPIC_KEYS, { id: str, name: str, aliases: strArray }, ['id', 'name', 'aliases']),
  );
  each('sources', (s, w) => [
    ...recordProblems(
      w,
      s,
      SOURCE_KEYS,
      {
        id: str,
        kind: oneOf(SOURCE_KINDS),
        title: str,
        url: (v) => typeof v === 'string' && /^https?:\/\/\S+$/.test(v),
        outletId: str,
        author: str,
        publishedAt: isIsoDate,
        contentHash: (v) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v),
        derivedFrom: Array.isArray,
      },
      ['id', 'kind', 'derivedFrom'],
    ),
    ...(isRec(s) && Array.isArray(s.derivedFrom)
      ? s.derivedFrom.flatMap((d, j) =>
          recordProblems(
            `${w}.derivedFrom[${j}]`,
            d,
            DERIVATION_KEYS,
            { sourceId: str, relation: oneOf(DERIVATION_KINDS) },
            ['sourceId', 'relation'],
          ),
        )
      : []),
  ]);
  each('claims', (c, w) =>
    recordProblems(w, c, CLAIM_KEYS, { id: str, text: str, topicIds: strArray }, ['id', 'text', 'topicIds']),
  );
  each('claimLinks', (l, w) =>
    recordProblems(
      w,
      l,
      CLAIM_LINK_KEYS,
      { fromClaimId: str, toClaimId: str, relation: oneOf(CLAIM_RELATIONS) },
      ['fromClaimId', 'toClaimId', 'relation'],
    ),
  );
  each('statements', (s, w) =>
    recordProblems(
      w,
      s,
      STATEMENT_KEYS,
      {
        id: str,
        sourceId: str,
        speakerId: str,
        text: str,
        direct: (v) => typeof v === 'boolean',
        cue: oneOf(CUES),
        viaIds: strArray,
        audience: str,
        saidAt: isIsoDate,
        claimId: str,
        startOffset: offset,
        endOffset: offset,
        confidence: (v) => typeof v === 'number' && v >= 0 && v <= 1,
      },
      ['id', 'sourceId', 'speakerId', 'text', 'direct', 'cue', 'viaIds', 'confidence'],
    ),
  );
  each('stances', (s, w) =>
    recordProblems(
      w,
      s,
      STANCE_KEYS,
      {
        id: str,
        actorId: str,
        topicId: str,
        targetActorId: str,
        polarity: oneOf(STANCE_POLARITIES),
        since: isIsoDate,
        until: isIsoDate,
        evidenceIds: strArray,
      },
      ['id', 'actorId', 'polarity', 'evidenceIds'],
    ),
  );
  return problems;
}

function assertGraphDataSet(raw: unknown): asserts raw is GraphDataSet {
  const problems = dataSetProblems(raw);
  if (problems.length > 0)
    throw new Error(`dataset.json does not match GraphDataSet:\n${problems.join('\n')}`);
}

const raw: unknown = JSON.parse(readFileSync(join(SEED_DIR, 'dataset.json'), 'utf8'));
assertGraphDataSet(raw);
const data: GraphDataSet = raw;
const article = readFileSync(join(SEED_DIR, 'article.txt'), 'utf8');

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((x) => [x.id, x]));
const actors = byId(data.actors);
const topics = byId(data.topics);
const sources = byId(data.sources);
const claims = byId(data.claims);
const statements = byId(data.statements);

function get<T>(map: Map<string, T>, id: string): T {
  const found = map.get(id);
  if (found === undefined) throw new Error(`no ${id}`);
  return found;
}

// Page furniture: everything in article.txt that is not the story. No statement may come from it.
const FURNITURE_LINES = [
  'Comments',
  'The US government wants its European allies to ban the company from next-generation mobile networks',
  'The US government wants its European allies to ban the company from next-generation mobile networks (AFP/Getty)',
  'Your support helps us to tell the story',
  'Your support makes all the difference.',
  'Support free-thinking journalism and attend Independent events',
  'Join our commenting forum',
  'Join thought-provoking conversations, follow other Independent readers and see their replies',
  'Thank you for registering',
];
const articleLines = (() => {
  const lines: { text: string; start: number; end: number }[] = [];
  let start = 0;
  for (const text of article.split('\n')) {
    lines.push({ text, start, end: start + text.length });
    start += text.length + 1;
  }
  return lines;
})();
const furnitureRanges = articleLines.filter(
  (l) =>
    FURNITURE_LINES.includes(l.text) ||
    // the donation appeal's body paragraphs and the log-in prompt
    l.text.includes('The Independent is') ||
    l.text.includes('Your donation') ||
    l.text.startsWith('Please refresh'),
);

/** SPEAKER -> INTERMEDIARY sources (by hop) -> PUBLICATION, as the graph's trace query returns it. */
function trace(statementId: string) {
  const s = get(statements, statementId);
  const speaker = get(actors, s.speakerId);
  const describe = (id: string) => {
    const src = get(sources, id);
    return {
      id: src.id,
      kind: src.kind,
      outlet: src.outletId === undefined ? undefined : get(actors, src.outletId).name,
      outletKind: src.outletId === undefined ? undefined : get(actors, src.outletId).kind,
      author: src.author,
      publishedAt: src.publishedAt,
    };
  };
  return {
    speaker,
    intermediaries: s.viaIds.map((id, i) => ({ hop: i + 1, ...describe(id) })),
    publication: describe(s.sourceId),
  };
}

/**
 * A claim's appearances: every source (intermediary or publication) of a statement expressing
 * it, earliest published first, undated last, ties by id. The first is its firstAppearance.
 */
function appearances(claimId: string): Source[] {
  const ids = new Set(
    data.statements.filter((s) => s.claimId === claimId).flatMap((s) => [...s.viaIds, s.sourceId]),
  );
  const key = (src: Source) => `${src.publishedAt ?? '9999-99-99'} ${src.id}`;
  return [...ids].map((id) => get(sources, id)).sort((a, b) => key(a).localeCompare(key(b)));
}
const firstAppearance = (claimId: string): Source | undefined => appearances(claimId)[0];

/**
 * Stances an actor holds as of a date: since <= date and (until is null or until > date). An
 * unknown start (no since) does not exclude a stance; the stance read query treats it the same.
 */
function stancesAsOf(actorId: string, date: string): Stance[] {
  return data.stances.filter(
    (st) =>
      st.actorId === actorId &&
      (st.since === undefined || st.since <= date) &&
      (st.until === undefined || st.until > date),
  );
}

describe('seed independent-2019-03-14: shape', () => {
  it('matches GraphDataSet at compile time and every enum, date and key at run time', () => {
    expect(widened.actors.length).toBe(data.actors.length);
    expect(keyListsCoverInterfaces.every(Boolean)).toBe(true);
    expect(dataSetProblems(raw)).toEqual([]);
  });

  it('rejects unknown keys, bad enums and bad dates (the validator is not vacuous)', () => {
    const broken = structuredClone(data) as unknown as { actors: Rec[]; statements: Rec[]; sources: Rec[] };
    (broken.actors[0] as Rec).kind = 'PERSONA';
    (broken.statements[0] as Rec).cue = 'said';
    (broken.statements[1] as Rec).speaker = 'x';
    (broken.sources[0] as Rec).publishedAt = '2019-02-30';
    const problems = dataSetProblems(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('bad kind "PERSONA"'),
        expect.stringContaining('bad cue "said"'),
        expect.stringContaining('unknown key speaker'),
        expect.stringContaining('bad publishedAt "2019-02-30"'),
      ]),
    );
  });

  it('gives every record a unique id with its type prefix and a kebab-case slug', () => {
    const sections: [string, { id: string }[]][] = [
      ['actor', data.actors],
      ['topic', data.topics],
      ['source', data.sources],
      ['claim', data.claims],
      ['stmt', data.statements],
      ['stance', data.stances],
    ];
    const all = sections.flatMap(([, items]) => items.map((x) => x.id));
    expect(new Set(all).size).toBe(all.length);
    for (const [prefix, items] of sections) {
      for (const { id } of items) expect(id).toMatch(new RegExp(`^${prefix}:[a-z0-9]+(-[a-z0-9]+)*$`));
    }
  });

  it('keeps confidences in [0,1], offsets ordered, date ranges ordered and one stance target each', () => {
    for (const s of data.statements) {
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      if (s.startOffset !== undefined || s.endOffset !== undefined) {
        expect(s.startOffset).toBeDefined();
        expect(s.endOffset).toBeDefined();
        expect(s.startOffset as number).toBeLessThan(s.endOffset as number);
      }
    }
    for (const st of data.stances) {
      expect([st.topicId, st.targetActorId].filter((x) => x !== undefined)).toHaveLength(1);
      if (st.since !== undefined && st.until !== undefined) expect(st.since < st.until).toBe(true);
    }
    for (const a of data.actors) {
      for (const f of a.affiliations) {
        if (f.since !== undefined && f.until !== undefined) expect(f.since < f.until).toBe(true);
      }
    }
  });

  it('leaves contentHash to the loader and invents no tweet, CNN or Bloomberg URLs', () => {
    for (const src of data.sources) {
      expect(src.contentHash).toBeUndefined();
      if (src.id !== ARTICLE_ID) expect(src.url).toBeUndefined();
    }
  });
});

describe('seed independent-2019-03-14: references resolve', () => {
  it('resolves affiliations and source outlets to actors', () => {
    for (const a of data.actors) {
      for (const f of a.affiliations) {
        expect(actors.has(f.actorId)).toBe(true);
        expect(f.actorId).not.toBe(a.id);
      }
    }
    for (const src of data.sources) {
      if (src.outletId !== undefined) {
        expect(actors.has(src.outletId)).toBe(true);
        expect(['MEDIA', 'PLATFORM']).toContain(get(actors, src.outletId).kind);
      }
    }
  });

  it('resolves derivedFrom to other sources, without cycles', () => {
    const reaches = (from: string, target: string, seen: Set<string>): boolean => {
      for (const d of get(sources, from).derivedFrom) {
        if (d.sourceId === target) return true;
        if (seen.has(d.sourceId)) continue;
        seen.add(d.sourceId);
        if (reaches(d.sourceId, target, seen)) return true;
      }
      return false;
    };
    for (const src of data.sources) {
      for (const d of src.derivedFrom) expect(sources.has(d.sourceId)).toBe(true);
      expect(reaches(src.id, src.id, new Set())).toBe(false);
    }
  });

  it('resolves statement speakers, sources, intermediaries and claims', () => {
    for (const s of data.statements) {
      expect(actors.has(s.speakerId)).toBe(true);
      expect(sources.has(s.sourceId)).toBe(true);
      expect(s.viaIds).not.toContain(s.sourceId);
      expect(new Set(s.viaIds).size).toBe(s.viaIds.length);
      for (const v of s.viaIds) expect(sources.has(v)).toBe(true);
      expect(s.claimId).toBeDefined();
      expect(claims.has(s.claimId as string)).toBe(true);
    }
  });

  it('resolves claim topics and claim links, and every claim is expressed and about a topic', () => {
    for (const c of data.claims) {
      expect(c.topicIds.length).toBeGreaterThan(0);
      for (const t of c.topicIds) expect(topics.has(t)).toBe(true);
      expect(data.statements.some((s) => s.claimId === c.id)).toBe(true);
    }
    for (const l of data.claimLinks) {
      expect(claims.has(l.fromClaimId)).toBe(true);
      expect(claims.has(l.toClaimId)).toBe(true);
      expect(l.fromClaimId).not.toBe(l.toClaimId);
    }
    for (const t of data.topics) expect(data.claims.some((c) => c.topicIds.includes(t.id))).toBe(true);
  });

  it('resolves stance holders, targets and evidence statements', () => {
    for (const st of data.stances) {
      expect(actors.has(st.actorId)).toBe(true);
      if (st.topicId !== undefined) expect(topics.has(st.topicId)).toBe(true);
      if (st.targetActorId !== undefined) expect(actors.has(st.targetActorId)).toBe(true);
      expect(st.evidenceIds.length).toBeGreaterThan(0);
      for (const e of st.evidenceIds) expect(statements.has(e)).toBe(true);
    }
  });
});

describe('seed independent-2019-03-14: text against article.txt', () => {
  it('reports every statement in the Independent article, dated no later than publication', () => {
    const published = get(sources, ARTICLE_ID).publishedAt as string;
    for (const s of data.statements) {
      expect(s.sourceId).toBe(ARTICLE_ID);
      if (s.saidAt !== undefined) expect(s.saidAt <= published).toBe(true);
    }
  });

  it('slices article.txt at every statement offset to exactly the statement text', () => {
    for (const s of data.statements) {
      expect(s.startOffset).toBeDefined();
      expect(article.slice(s.startOffset, s.endOffset)).toBe(s.text);
    }
  });

  it('finds every direct quote verbatim in the article, as a quotation', () => {
    const direct = data.statements.filter((s) => s.direct);
    expect(direct).toHaveLength(8);
    for (const s of direct) {
      expect(article).toContain(s.text);
      // the quote opens a quotation mark-delimited passage (or continues one after a sentence)
      const before = article.slice(0, s.startOffset).lastIndexOf('“');
      const closeBefore = article.slice(0, s.startOffset).lastIndexOf('”');
      expect(before).toBeGreaterThan(closeBefore);
    }
  });

  it('takes no statement from page furniture (donation appeal, comments, caption, log-in)', () => {
    for (const line of FURNITURE_LINES) expect(articleLines.map((l) => l.text)).toContain(line);
    expect(furnitureRanges.length).toBeGreaterThanOrEqual(FURNITURE_LINES.length + 4);
    for (const s of data.statements) {
      for (const f of furnitureRanges) {
        expect(f.text.includes(s.text)).toBe(false);
        const overlaps = (s.startOffset as number) < f.end && f.start < (s.endOffset as number);
        expect(overlaps).toBe(false);
      }
    }
  });

  it('lists the misspelling "Stotlenberg" and short forms the article uses as aliases', () => {
    const stoltenberg = get(actors, 'actor:jens-stoltenberg');
    expect(stoltenberg.aliases).toEqual(expect.arrayContaining(['Stotlenberg', 'Mr Stotlenberg']));
    expect(article).toContain('Mr Stotlenberg');
    expect(get(actors, 'actor:ren-zhengfei').aliases).toContain('Mr Ren');
    expect(get(actors, 'actor:donald-trump').aliases).toContain('Mr Trump');
  });
});

describe('seed independent-2019-03-14: provenance traces', () => {
  it('traces Ren’s “They have to have evidence…” to Ren, via the CNN interview (outlet CNN), to the Independent', () => {
    const t = trace('stmt:ren-they-have-to-have-evidence');
    expect(t.speaker.name).toBe('Ren Zhengfei');
    expect(t.speaker.affiliations).toEqual([{ actorId: 'actor:huawei', title: 'founder' }]);
    expect(t.intermediaries).toEqual([
      expect.objectContaining({ hop: 1, kind: 'INTERVIEW', outlet: 'CNN', outletKind: 'MEDIA' }),
    ]);
    expect(t.publication).toEqual(
      expect.objectContaining({
        id: ARTICLE_ID,
        kind: 'ARTICLE',
        outlet: 'The Independent',
        author: 'Clark Mindock',
      }),
    );
  });

  it('traces the foreign ministry official to an anonymous Federal Foreign Office speaker via Bloomberg', () => {
    const t = trace('stmt:foreign-ministry-official-trustworthiness');
    expect(t.speaker.kind).toBe('ANONYMOUS');
    expect(t.speaker.role).toBe('foreign ministry official');
    expect(t.speaker.affiliations.map((f) => get(actors, f.actorId).name)).toEqual([
      'Federal Foreign Office',
    ]);
    expect(t.intermediaries).toEqual([
      expect.objectContaining({ hop: 1, kind: 'WIRE_REPORT', outlet: 'Bloomberg', outletKind: 'MEDIA' }),
    ]);
    expect(t.publication.outlet).toBe('The Independent');
  });

  it('traces every Trump tweet quote to Trump via a Twitter post by Donald Trump of 2019-02-21', () => {
    const tweets = data.statements.filter((s) => s.speakerId === 'actor:donald-trump' && s.direct);
    expect(tweets.map((s) => s.cue).sort()).toEqual(['continue', 'tweet', 'tweet']);
    for (const s of tweets) {
      const t = trace(s.id);
      expect(t.speaker.name).toBe('Donald Trump');
      expect(t.intermediaries).toEqual([
        expect.objectContaining({
          hop: 1,
          kind: 'SOCIAL_POST',
          outlet: 'Twitter',
          outletKind: 'PLATFORM',
          author: 'Donald Trump',
          publishedAt: '2019-02-21',
        }),
      ]);
    }
    // the two quotations come from two different posts
    expect(new Set(tweets.map((s) => s.viaIds[0])).size).toBe(2);
  });

  it('pins every curated statement: speaker, cue, direct or reported, and intermediaries', () => {
    const table = Object.fromEntries(
      data.statements.map((s) => [s.id, [s.speakerId, s.cue, s.direct, s.viaIds].join(' | ')]),
    );
    const cnn = 'source:cnn-interview-ren-zhengfei-2019';
    const tweet1 = 'source:trump-tweet-2019-02-21-5g-6g';
    const tweet2 = 'source:trump-tweet-2019-02-21-competition';
    expect(table).toEqual({
      'stmt:stoltenberg-members-raised-issues': 'actor:jens-stoltenberg | say | false | ',
      'stmt:stoltenberg-allies-will-continue-to-consult': 'actor:jens-stoltenberg | say | true | ',
      'stmt:stoltenberg-nato-takes-concerns-seriously': 'actor:jens-stoltenberg | add | true | ',
      'stmt:us-government-lobbies-allies-to-shun-huawei': 'actor:united-states-government | lobby | false | ',
      'stmt:western-governments-fear-chinese-spying': 'actor:western-governments | state | false | ',
      'stmt:huawei-denies-spying': 'actor:huawei | deny | false | ',
      'stmt:bnd-representative-huawei-not-trustworthy': 'actor:bnd-representative | tell | false | ',
      'stmt:foreign-ministry-official-trustworthiness': `actor:german-foreign-ministry-official | tell | true | source:bloomberg-german-foreign-ministry-official`,
      'stmt:ren-warns-us-reputation': `actor:ren-zhengfei | warn | false | ${cnn}`,
      'stmt:ren-voice-heard-national-security': `actor:ren-zhengfei | say | true | ${cnn}`,
      'stmt:ren-they-have-to-have-evidence': `actor:ren-zhengfei | say | true | ${cnn}`,
      'stmt:trump-urges-5g-6g': `actor:donald-trump | urge | false | ${tweet1}`,
      'stmt:trump-tweet-want-5g-6g': `actor:donald-trump | tweet | true | ${tweet1}`,
      'stmt:trump-tweet-companies-step-up': `actor:donald-trump | tweet | true | ${tweet1}`,
      'stmt:trump-tweet-win-through-competition': `actor:donald-trump | continue | true | ${tweet2}`,
    });
  });

  it('has the Independent article QUOTE each intermediary source', () => {
    const intermediaries = new Set(data.statements.flatMap((s) => s.viaIds));
    const quoted = get(sources, ARTICLE_ID)
      .derivedFrom.filter((d) => d.relation === 'QUOTES')
      .map((d) => d.sourceId);
    expect(new Set(quoted)).toEqual(intermediaries);
  });

  it('dates a claim’s first appearance by its earliest-published source (the tweet, not the article)', () => {
    expect(appearances('claim:us-should-adopt-5g-6g-asap').map((src) => src.id)).toEqual([
      'source:trump-tweet-2019-02-21-5g-6g',
      ARTICLE_ID,
    ]);
    expect(firstAppearance('claim:huawei-not-trustworthy-partner')?.id).toBe(ARTICLE_ID);
    // the CNN interview carries no date in the seed, so it sorts after the dated article
    expect(appearances('claim:us-singles-out-huawei-without-evidence').map((src) => src.id)).toEqual([
      ARTICLE_ID,
      'source:cnn-interview-ren-zhengfei-2019',
    ]);
  });
});

describe('seed independent-2019-03-14: claims and stances', () => {
  it('links the denial, the trust assessment and Trump’s competition claim to the claims they answer', () => {
    const links = data.claimLinks.map((l) => `${l.fromClaimId} ${l.relation} ${l.toClaimId}`);
    expect(links).toEqual(
      expect.arrayContaining([
        'claim:huawei-technology-does-not-enable-spying DENIES claim:huawei-enables-chinese-spying',
        'claim:huawei-not-trustworthy-partner SUPPORTS claim:huawei-enables-chinese-spying',
        'claim:us-should-win-through-competition-not-blocking CONTRADICTS claim:allies-should-shun-huawei',
      ]),
    );
    expect(get(statements, 'stmt:huawei-denies-spying').claimId).toBe(
      'claim:huawei-technology-does-not-enable-spying',
    );
  });

  it('lets one claim be expressed by several statements (Trump’s urging and his first tweet)', () => {
    const expressing = data.statements.filter((s) => s.claimId === 'claim:us-should-adopt-5g-6g-asap');
    expect(expressing.map((s) => s.id).sort()).toEqual([
      'stmt:trump-tweet-want-5g-6g',
      'stmt:trump-urges-5g-6g',
    ]);
  });

  it('holds the expected stances, each evidenced by statements of the holder or its agents', () => {
    const summary = data.stances.map(
      (st) => `${st.actorId} ${st.polarity} ${st.targetActorId ?? st.topicId} since ${st.since ?? '-'}`,
    );
    expect(summary.sort()).toEqual(
      [
        'actor:united-states-government OPPOSE actor:huawei since -',
        'actor:bnd OPPOSE actor:huawei since -',
        'actor:ren-zhengfei SUPPORT actor:huawei since -',
        'actor:huawei SUPPORT topic:huawei-5g since -',
        'actor:donald-trump SUPPORT topic:us-5g-6g since 2019-02-21',
        'actor:donald-trump OPPOSE topic:blocking-advanced-technology since 2019-02-21',
      ].sort(),
    );
    for (const st of data.stances) {
      for (const e of st.evidenceIds) {
        const speaker = get(actors, get(statements, e).speakerId);
        const actsFor = speaker.affiliations.map((f) => f.actorId);
        expect([speaker.id, ...actsFor]).toContain(st.actorId);
      }
    }
  });

  it('answers stance "as of" queries: held when since <= date (or unknown) and until is absent or later', () => {
    const ids = (actorId: string, date: string) => stancesAsOf(actorId, date).map((st) => st.id);
    expect(ids('actor:donald-trump', '2019-02-20')).toEqual([]);
    expect(ids('actor:donald-trump', '2019-02-21').sort()).toEqual([
      'stance:trump-opposes-blocking-advanced-technology',
      'stance:trump-supports-us-5g-6g',
    ]);
    expect(ids('actor:donald-trump', '2019-03-14')).toHaveLength(2);
    // no since: the article does not say when the US campaign began, so no date excludes it
    expect(ids('actor:united-states-government', '2018-06-01')).toEqual([
      'stance:us-government-opposes-huawei',
    ]);
  });
});
