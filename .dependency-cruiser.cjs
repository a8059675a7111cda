// The house's import rule (docs/architecture.md): rooms sit on floors and import only from
// rooms below them; nothing imports in a circle; the pure rooms touch no I/O, and GraphQL and
// the Neo4j driver stay in the rooms that speak them. `npm run lint:layers` checks it, and
// `npm test` runs it first.

// Highest floor first; a room imports only rooms after it in this list.
const FLOORS = [
  ['main', '^src/main\\.ts$'],
  ['cli', '^src/cli/'],
  ['api', '^src/api/'],
  ['bus', '^src/bus/'],
  ['core', '^src/core/'],
  ['store', '^src/store/'],
  ['link', '^src/link/'],
  ['extract', '^src/extract/'],
  ['synthetic', '^src/synthetic/'],
  ['domain', '^src/domain/'],
  ['platform', '^src/platform/'],
];

// extract/ and synthetic/ share a floor: neither may import the other.
const SAME_FLOOR = { extract: 'synthetic', synthetic: 'extract' };

const upward = FLOORS.flatMap(([room, path], index) => {
  const above = FLOORS.slice(0, index).map(([, abovePath]) => abovePath);
  const sibling = SAME_FLOOR[room] ? [FLOORS.find(([name]) => name === SAME_FLOOR[room])[1]] : [];
  const forbidden = [...above, ...sibling];
  return forbidden.length === 0
    ? []
    : [
        {
          name: `${room}-imports-downward`,
          comment: `src/${room} imports only from rooms on lower floors`,
          severity: 'error',
          from: { path },
          to: { path: forbidden },
        },
      ];
});

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-circular',
      comment: 'no files import each other in a circle',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'api-reaches-store-through-core',
      comment: 'the API calls core use cases; it may name store types, never call the store',
      severity: 'error',
      from: { path: '^src/api/' },
      to: { path: '^src/store/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'graphql-only-in-api',
      comment: 'GraphQL is the API transport: core, store and below know nothing of it',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/api/', '^src/main\\.ts$'] },
      // @graphql-yoga/redis-event-target is an EventTarget over Redis (src/bus), not GraphQL.
      to: {
        path: 'node_modules/(graphql|graphql-yoga|@graphql-tools|@graphql-yoga|@escape\\.tech)/',
        pathNot: 'node_modules/@graphql-yoga/(redis-event-target|typed-event-target)/',
      },
    },
    {
      name: 'driver-only-in-store',
      comment: 'the Neo4j driver is used by the store alone',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/store/' },
      to: { path: 'node_modules/neo4j-driver' },
    },
    {
      name: 'pure-rooms-do-no-io',
      comment: 'the extractor, the linker and the synthetic corpus are pure: text and numbers in, data out',
      severity: 'error',
      from: { path: ['^src/extract/', '^src/link/', '^src/synthetic/', '^src/domain/'] },
      to: { path: ['^(node:)?(fs|net|http|https|child_process|worker_threads)$', 'node_modules/(neo4j-driver|pino)'] },
    },
    {
      name: 'explorer-reads-only-the-api',
      comment: 'the explorer is a browser client of the public GraphQL API: it shares no code with the server',
      severity: 'error',
      from: { path: '^explorer/' },
      to: { path: '^src/' },
    },
    {
      name: 'generated-types-only-in-api',
      comment: 'resolver types generated from the SDL are the API\'s',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/api/' },
      to: { path: '^src/api/generated/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
