// How big the synthetic corpus is. One number (statements) sets the rest in the proportions
// of the 1M reference corpus: 50k actors, 200k sources, 300k claims, 100 topics.

export interface CorpusSpec {
  seed: number;
  statements: number;
  actors: number;
  sources: number;
  claims: number;
  topics: number;
  /** one stance per this many statements */
  statementsPerStance: number;
  /** one claim link per this many claims */
  claimsPerLink: number;
  /** entities per yielded batch */
  batchSize: number;
}

export const DEFAULT_STATEMENTS = 1_000_000;
export const DEFAULT_SEED = 42;

export function corpusSpec(
  options: { statements?: number; seed?: number; batchSize?: number } = {},
): CorpusSpec {
  const statements = options.statements ?? DEFAULT_STATEMENTS;
  if (!Number.isInteger(statements) || statements < 100) {
    throw new Error(`statements must be an integer >= 100, got ${statements}`);
  }
  return {
    seed: options.seed ?? DEFAULT_SEED,
    statements,
    actors: Math.max(60, Math.round(statements * 0.05)),
    sources: Math.max(40, Math.round(statements * 0.2)),
    claims: Math.max(30, Math.round(statements * 0.3)),
    topics: Math.min(100, Math.max(10, Math.round(statements / 100))),
    statementsPerStance: 50,
    claimsPerLink: 20,
    batchSize: options.batchSize ?? 10_000,
  };
}

/** Outlets (MEDIA/PLATFORM actors) come first, then organisations, then people. */
export function actorLayout(spec: CorpusSpec) {
  const outlets = Math.max(8, Math.round(spec.actors * 0.004));
  const organisations = Math.max(10, Math.round(spec.actors * 0.03));
  return { outlets, organisations, firstSpeaker: outlets, firstPerson: outlets + organisations };
}
