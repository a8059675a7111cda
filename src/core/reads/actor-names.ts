// A name as a person types it -> the actors it means. The canonical name or an alias first
// (case-insensitive); failing that, the resolver ingestion uses (src/extract/name-match.ts):
// a surname ("Stoltenberg"), a family name first ("Ren"), a guarded near-miss ("Stotlenberg"),
// over the candidates the full-text index offers. A name several actors fit is an error that
// lists them, never a silent pick of one.

import { BadUserInputError } from '../../domain/errors';
import { matchName } from '../../extract';
import type { Database } from '../../store/neo4j/database';
import { actorIdsByName, actorNameCandidates } from '../../store/repo/actors';

/** More fits than this are listed as "and N more". */
const LISTED = 10;
/** A name longer than this, or of more words, is no person's short form: no fuzzy look-up. */
const MAX_FUZZY_LENGTH = 100;
const MAX_FUZZY_WORDS = 6;

export async function actorIdsForName(db: Database, name: string): Promise<string[]> {
  const exact = await actorIdsByName(db, name);
  if (exact.length > 0) return exact;
  if (name.length > MAX_FUZZY_LENGTH || name.trim().split(/\s+/).length > MAX_FUZZY_WORDS) return [];
  const candidates = await actorNameCandidates(db, name);
  // Each candidate alone: would the resolver take it? Two that would are ambiguous.
  const fitting = candidates.filter((candidate) => matchName(name, [candidate]) !== undefined);
  const chosen = matchName(name, fitting);
  if (chosen) return [chosen.id];
  if (fitting.length === 0) return [];
  const listed = fitting.slice(0, LISTED).map((candidate) => `${candidate.names[0]} (${candidate.id})`);
  const more = fitting.length > LISTED ? ` and ${fitting.length - LISTED} more` : '';
  throw new BadUserInputError(
    `${JSON.stringify(name)} could mean ${listed.join(', ')}${more}: give the full name or the id`,
    'name',
    name,
  );
}
