// Database hits of recorded queries: each is re-run under PROFILE (in a read transaction, so
// nothing can change) and the plan's dbHits are summed over every operator.

import type { Driver } from 'neo4j-driver';
import type { RecordedQuery } from './recording-driver';

interface PlanNode {
  operatorType?: string;
  dbHits?: number;
  arguments?: { Details?: unknown };
  children?: PlanNode[];
}

function sumHits(plan: PlanNode | false | undefined): number {
  if (!plan) return 0;
  return (plan.dbHits ?? 0) + (plan.children ?? []).reduce((sum, child) => sum + sumHits(child), 0);
}

/** One operator per line, indented by depth, with its db hits: what a failing gate prints. */
function outline(plan: PlanNode | false | undefined, depth = 0): string[] {
  if (!plan) return [];
  const details =
    typeof plan.arguments?.Details === 'string' ? ` ${plan.arguments.Details.slice(0, 140)}` : '';
  return [
    `${'  '.repeat(depth)}${plan.operatorType ?? '?'} ${plan.dbHits ?? 0}${details}`,
    ...(plan.children ?? []).flatMap((child) => outline(child, depth + 1)),
  ];
}

export interface ProfiledQuery {
  dbHits: number;
  /** the first line of the query, to tell them apart in reports */
  head: string;
  /** the profiled plan, one operator per line with its db hits */
  plan: string;
}

/**
 * `planner: 'dp'` plans exhaustively. The default IDP planner has a time budget, so under CPU
 * pressure the same query on the same data can get a different plan from run to run. The
 * regression gate wants the cost of the query's shape, not the planner's luck.
 */
export async function profileQueries(
  driver: Driver,
  database: string,
  queries: RecordedQuery[],
  options: { planner?: 'dp' } = {},
): Promise<ProfiledQuery[]> {
  const session = driver.session({ database });
  try {
    const out: ProfiledQuery[] = [];
    for (const query of queries) {
      // A leading `CYPHER <options>` line must stay first: PROFILE goes after it.
      const prefix = /^\s*CYPHER\b[^\n]*\n/i.exec(query.cypher)?.[0] ?? '';
      const planner = options.planner && !prefix ? `CYPHER planner=${options.planner} ` : '';
      const text = `${prefix}${planner}PROFILE ${query.cypher.slice(prefix.length)}`;
      const result = await session.executeRead((tx) => tx.run(text, query.params));
      out.push({
        dbHits: sumHits(result.summary.profile as PlanNode | false),
        plan: outline(result.summary.profile as PlanNode | false).join('\n'),
        head: query.cypher.trim().split('\n')[0]?.slice(0, 100) ?? '',
      });
    }
    return out;
  } finally {
    await session.close();
  }
}
