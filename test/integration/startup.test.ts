// `npm start` as a user runs it: no NEO4J_URI, so the service starts its own Neo4j, seeds
// the empty graph, serves, and on SIGTERM (an orchestrator's stop) answers /ready with 503 on
// new connections while it drains, then stops everything it started. (Ctrl-C, SIGINT, stops
// at once: the README test stops its server so.)

import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnApi, waitForLine } from '../../bench/servers/api-process';
import { isProcessAlive, readPidFile, stopProcess } from '../../src/store/neo4j/local-neo4j';
import { freePort } from '../support/free-port';

describe('npm start with the embedded default', () => {
  const home = mkdtempSync(join(tmpdir(), 'claimgraph-start-'));
  let child: ChildProcess | undefined;

  // A failed run must not leave its Neo4j behind: stop the server, then the JVM it recorded.
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    const recorded = readPidFile(home);
    if (recorded) await stopProcess(recorded.pid);
    rmSync(home, { recursive: true, force: true });
  });

  it('starts Neo4j and the server, seeds the graph, drains on SIGTERM, and leaves no Java process', async () => {
    const [PORT, NEO4J_PORT] = [await freePort(), await freePort()];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(PORT),
      NEO4J_PORT: String(NEO4J_PORT),
      NEO4J_HOME: home,
      CLAIMGRAPH_DRAIN_DELAY_MS: '2000',
    };
    delete env.NEO4J_URI;
    child = spawnApi(env);
    await waitForLine(child, /claimgraph ready at/, 180_000);

    const ready = await fetch(`http://127.0.0.1:${PORT}/ready`);
    expect(ready.status).toBe(200);
    const response = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actor(name: "Stotlenberg") { name } }' }),
    });
    expect(await response.json()).toEqual({ data: { actor: { name: 'Jens Stoltenberg' } } });

    const javaPid = (JSON.parse(readFileSync(join(home, 'neo4j.pid'), 'utf8')) as { pid: number }).pid;
    expect(isProcessAlive(javaPid)).toBe(true);
    const exited = new Promise<number | null>((resolve) => child?.on('exit', resolve));
    child.kill('SIGTERM');
    await waitForLine(child, /SIGTERM: stopping/, 10_000);
    // Issue 18, finding 4: /ready answered 200 until the process exited. Fresh connections,
    // as a load balancer's probe opens them.
    const probe = (path: string) =>
      new Promise<number | undefined>((resolve, reject) => {
        get({ host: '127.0.0.1', port: PORT, path, agent: false }, (res) => {
          res.resume();
          resolve(res.statusCode);
        }).on('error', reject);
      });
    expect(await probe('/ready')).toBe(503);
    expect(await probe('/health')).toBe(200);
    expect(await exited).toBe(0);
    expect(isProcessAlive(javaPid)).toBe(false);
  }, 240_000);
});
