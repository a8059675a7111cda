import { userInfo } from 'node:os';

/** Who the audit trail says made a change from the command line: `cli:` and the OS user. */
export function commandLinePrincipal(): string {
  let user = process.env.USER ?? 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry (some containers): the environment's name will do.
  }
  return `cli:${user}`;
}
