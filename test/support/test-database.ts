// Where the tests' Neo4j lives. Without NEO4J_URI the tests start their own local Neo4j on
// a separate port and data directory, so a developer's own graph (npm start, db:start) is
// never touched by a test run. Two runs at once need different NEO4J_TEST_PORTs.

import { join } from 'node:path';
import { projectRoot } from '../../src/platform/project-root';

export const TEST_NEO4J_PORT = Number(process.env.NEO4J_TEST_PORT ?? 7688);
export const TEST_NEO4J_HOME =
  TEST_NEO4J_PORT === 7688
    ? join(projectRoot(), '.neo4j-test')
    : join(projectRoot(), `.neo4j-test-${TEST_NEO4J_PORT}`);

/** Set by the global setup for the test run: the Bolt URI the suites connect to. */
export const TEST_URI_ENV = 'CLAIMGRAPH_TEST_NEO4J_URI';
