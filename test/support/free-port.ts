import { createServer } from 'node:net';

/**
 * A loopback port nothing listens on now, from the OS. Suites that start a server of their
 * own use one, so two test runs on one machine (or a left-over process) cannot collide.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
