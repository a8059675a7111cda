// npm run import:claimreview -- <file.json | file.jsonld | folder> [...]: schema.org ClaimReview
// JSON-LD as fact-checkers publish it, each file imported in one transaction (all of its reviews
// or none), attached to the claims they review (src/core/reviews/import-claim-reviews.ts).

import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { importClaimReviews } from '../core/reviews/import-claim-reviews';
import { loadConfig } from '../platform/config';
import { silentLogger } from '../platform/logger';
import { connect } from '../store/neo4j/connect';
import { failureReason, filesUnder } from './input-files';
import { commandLinePrincipal } from './principal';

async function main(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    console.error('usage: npm run import:claimreview -- <file.json | file.jsonld | folder> [...]');
    return 2;
  }
  const files = filesUnder(paths, /\.(json|jsonld)$/i);
  const connection = await connect(loadConfig(), silentLogger);
  const counts = { CREATED: 0, UPDATED: 0, UNCHANGED: 0 };
  let failed = 0;
  try {
    for (const file of files) {
      const shown = relative(process.cwd(), file);
      try {
        const imported = await importClaimReviews(
          connection.db,
          readFileSync(file, 'utf8'),
          commandLinePrincipal(),
        );
        for (const { review, status } of imported) {
          counts[status] += 1;
          console.log(
            `${shown}: ${status.toLowerCase()} ${review.url} -> ${review.claimId} (${review.matchMethod})`,
          );
        }
      } catch (error) {
        failed += 1;
        console.error(`${shown}: failed, nothing written: ${failureReason(error)}`);
      }
    }
  } finally {
    await connection.close();
  }
  console.log(
    `\n${counts.CREATED} reviews created, ${counts.UPDATED} updated, ${counts.UNCHANGED} unchanged; ${failed} files failed.`,
  );
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(failureReason(error));
    process.exit(1);
  },
);
