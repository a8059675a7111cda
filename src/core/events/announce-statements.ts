import type { EventPublisher } from '../../domain/events';
import type { Database } from '../../store/neo4j/database';
import { statementEventRows } from '../../store/repo/statement-events';

/**
 * Tells subscribers about statements whose write has committed: one statement-added event
 * each, and one claim-appeared event per claim and source it newly reached. Callers run it
 * after the write returns, never inside it, so a write that rolls back announces nothing.
 */
export async function announceStatements(
  db: Database,
  events: EventPublisher,
  statementIds: readonly string[],
): Promise<void> {
  const rows = await statementEventRows(db, statementIds);
  const appeared = new Set<string>();
  for (const { event, newAppearances } of rows) {
    events.publish('statement-added', event);
    if (event.claimId === null) continue;
    for (const sourceId of newAppearances) {
      const key = `${event.claimId}\u0000${sourceId}`;
      if (appeared.has(key)) continue;
      appeared.add(key);
      events.publish('claim-appeared', { claimId: event.claimId, sourceId, statementId: event.statementId });
    }
  }
}

/**
 * announceStatements without making the writer wait: the writer's caller has its answer while
 * the announcement reads what subscribers need. The promise (which never rejects: a failure is
 * the publisher's to report) is for a caller that must know it was made, like a queue job.
 */
export function announceInBackground(
  db: Database,
  events: EventPublisher | undefined,
  statementIds: readonly string[],
): Promise<void> {
  if (!events || statementIds.length === 0) return Promise.resolve();
  // One after another, in commit order: each announcement's read would otherwise race the next.
  const previous = inFlight.get(events) ?? Promise.resolve();
  const announced = previous
    .then(() => announceStatements(db, events, statementIds))
    .catch((error: unknown) => events.failed(`announcing ${statementIds.length} statement(s)`, error));
  inFlight.set(events, announced);
  void announced.then(() => {
    if (inFlight.get(events) === announced) inFlight.delete(events);
  });
  return announced;
}

const inFlight = new WeakMap<EventPublisher, Promise<void>>();

/** Resolves once every announcement made so far to `events` has been published (or failed). */
export function announcementsSettled(events: EventPublisher): Promise<void> {
  return inFlight.get(events) ?? Promise.resolve();
}
