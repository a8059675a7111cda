// docker-compose.yml is for people with Docker; here it must at least parse and validate.
// Debian's docker-compose validates without a Docker engine.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/platform/project-root';

const hasDockerCompose = spawnSync('docker-compose', ['version'], { encoding: 'utf8' }).status === 0;

describe('the API process flags', () => {
  it('are the same for npm start and the Docker image', () => {
    const start = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')).scripts
      .start as string;
    const cmd = /^CMD (.+)$/m.exec(readFileSync(join(projectRoot(), 'Dockerfile'), 'utf8'))?.[1];
    expect(start).toMatch(/^node --max-old-space-size=\d+ --max-semi-space-size=\d+ dist\/src\/main\.js$/);
    expect(JSON.parse(cmd ?? '[]').join(' ')).toBe(start);
  });
});

describe('docker-compose.yml', () => {
  (hasDockerCompose ? it : it.skip)('validates with docker-compose config -q', () => {
    const run = spawnSync('docker-compose', ['config', '-q'], { cwd: projectRoot(), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('runs Neo4j 5.26 Community with a healthcheck and a named volume, and the API wired by the same variables', () => {
    const text = readFileSync(join(projectRoot(), 'docker-compose.yml'), 'utf8');
    expect(text).toContain('image: neo4j:5.26-community');
    expect(text).toMatch(/healthcheck:/);
    expect(text).toMatch(/neo4j-data:\/data/);
    for (const variable of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'PORT']) {
      expect(text).toContain(`${variable}:`);
    }
  });

  it('has a scale-out profile: Redis, two API replicas on it behind nginx, and workers', () => {
    const text = readFileSync(join(projectRoot(), 'docker-compose.yml'), 'utf8');
    for (const service of ['redis', 'api-a', 'api-b', 'worker', 'proxy']) {
      expect(text).toMatch(
        new RegExp(`\\n  ${service}:[\\s\\S]*?profiles: \\[scale\\]|\\n  ${service}:\\n    <<: \\*replica`),
      );
    }
    expect(text.match(/CLAIMGRAPH_REDIS_URL: redis:\/\/redis:6379/g)).toHaveLength(3);
    expect(text).toContain('dist/src/cli/worker.js');
    const proxy = readFileSync(join(projectRoot(), 'deploy', 'nginx.conf'), 'utf8');
    expect(proxy).toMatch(/server api-a:4000;\s+server api-b:4000;/);
    expect(proxy).toContain('proxy_buffering off');
    expect(proxy).toContain('proxy_set_header Upgrade $http_upgrade');
  });

  (hasDockerCompose ? it : it.skip)(
    'validates the scale-out profile with docker-compose --profile scale config -q',
    () => {
      const run = spawnSync('docker-compose', ['--profile', 'scale', 'config', '-q'], {
        cwd: projectRoot(),
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    },
  );
});
