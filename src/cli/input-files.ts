// What the file-reading commands share: the files a list of files and folders names (folders
// searched recursively, in name order, by extension in any case), and a failure as one line.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimgraphError } from '../domain/errors';

export function filesUnder(paths: readonly string[], extension: RegExp): string[] {
  return paths.flatMap((path) => {
    if (statSync(path).isDirectory()) {
      return filesUnder(
        readdirSync(path)
          .sort()
          .map((entry) => join(path, entry))
          .filter((entry) => statSync(entry).isDirectory() || extension.test(entry)),
        extension,
      );
    }
    return [path];
  });
}

/** An expected error with its code; anything else by its message. */
export function failureReason(error: unknown): string {
  if (error instanceof ClaimgraphError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
