// What the file-reading commands share: the files a list of files and folders names (folders
// searched recursively, in name order, by extension in any case), and a failure as one line.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BadUserInputError, ClaimgraphError } from '../domain/errors';

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

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * A text file's contents, refused when it is not text: a NUL byte (an image, a PDF, a
 * UTF-16 file) or bytes that are not UTF-8 (a Latin-1 export, decoded leniently, would be
 * stored with U+FFFD where its accented letters were).
 */
export function readTextFile(path: string): string {
  const bytes = readFileSync(path);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new BadUserInputError(`not a text file: a NUL byte at offset ${nul} (binary, or UTF-16)`);
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new BadUserInputError('not UTF-8 text (save it as UTF-8: Latin-1 and Windows-1252 are not read)');
  }
}
