// Global setup/teardown for suites that need no database (pure modules):
//   npx jest test/extract --globalSetup ./test/support/noop.ts --globalTeardown ./test/support/noop.ts
export default async function noop(): Promise<void> {}
