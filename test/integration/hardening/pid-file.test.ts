// Issue 18, finding 2: `npm run db:stop` could not stop the Neo4j `npm start` had started: when
// the API stopped an instance, it deleted whatever pid file was there, also the record of one
// `db:start` had started since. And a pid file outliving its process could send SIGTERM to
// whatever program got the pid next.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  isLauncherOf,
  isProcessAlive,
  readPidFile,
  recordedNeo4j,
  removeRecordOf,
  stopRecordedNeo4j,
} from '../../../src/store/neo4j/local-neo4j';

describe('the local Neo4j pid file', () => {
  const home = mkdtempSync(join(tmpdir(), 'claimgraph-pid-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('never signals a process that took a recorded pid since, and drops the stale record', async () => {
    const stranger = spawn('sleep', ['30']);
    try {
      writeFileSync(
        join(home, 'neo4j.pid'),
        JSON.stringify({ pid: stranger.pid, port: 7999, owner: { command: 'db:start' } }),
      );
      expect(isLauncherOf(stranger.pid as number, home)).toBe(false);
      expect(recordedNeo4j(home)).toBeUndefined();
      expect(await stopRecordedNeo4j(home)).toBeUndefined();
      expect(isProcessAlive(stranger.pid as number)).toBe(true);
      expect(readPidFile(home)).toBeUndefined();
    } finally {
      stranger.kill('SIGKILL');
    }
  });

  it('leaves the record of a Neo4j started since when an older instance stops', () => {
    writeFileSync(join(home, 'neo4j.pid'), JSON.stringify({ pid: 424242, port: 7999 }));
    removeRecordOf(home, 1234);
    expect(readPidFile(home)?.pid).toBe(424242);
    removeRecordOf(home, 424242);
    expect(readPidFile(home)).toBeUndefined();
  });

  // The suite's own Neo4j (started by the test setup in .neo4j-test, not detached); none to look
  // at when the tests run against a Neo4j given by NEO4J_URI.
  const local = process.env.NEO4J_URI ? it.skip : it;
  local('recognises the tests’ own Neo4j launcher, and records who started it', () => {
    const testHome = join(__dirname, '..', '..', '..', '.neo4j-test');
    const recorded = readPidFile(testHome);
    expect(recorded).toBeDefined();
    expect(isLauncherOf(recorded?.pid as number, testHome)).toBe(true);
    expect(JSON.parse(readFileSync(join(testHome, 'neo4j.pid'), 'utf8')).owner).toEqual({
      command: 'api',
      pid: expect.any(Number),
    });
  });
});
