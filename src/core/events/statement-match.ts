// A subscription's StatementFilter, decided in memory for each statement-added event: the
// same fields as statements(filter:), with one difference that is the point of subscribing.
// A speaker name means the actors it names when the subscription starts; a name that names
// nobody yet matches any speaker whose name or alias it fits later, so "tell me when X speaks"
// works for an X the graph does not know yet (ingestion's name matcher decides: surname,
// partial name, near-miss). "Trump", naming Donald Trump, does not later match Ivanka Trump.

import { BadUserInputError } from '../../domain/errors';
import type { StatementAddedEvent } from '../../domain/events';
import { matchName } from '../../extract';
import { foldName } from '../../extract/normalise';
import type { StatementFilterInput } from '../inputs';
import { type NameLookup, resolveStatementFilter } from '../statement-filter';

export type StatementEventMatcher = (event: StatementAddedEvent) => boolean;

function words(text: string): string[] {
  return foldName(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** Validates the filter as statements(filter:) does (BAD_USER_INPUT), then compiles it. */
export async function statementEventMatcher(
  names: NameLookup,
  filter: StatementFilterInput | null | undefined,
): Promise<StatementEventMatcher> {
  const resolved = await resolveStatementFilter(names, filter);
  if (!filter) return () => true;
  const knownSpeakers = new Set(resolved.speakerIds ?? []);
  const speaker = filter.speaker ?? undefined;
  const topic = filter.topic != null ? foldName(filter.topic) : undefined;
  const wanted = filter.text != null ? words(filter.text) : undefined;
  if (wanted?.length === 0) {
    throw new BadUserInputError('filter.text must contain a word to search for', 'filter.text', filter.text);
  }
  return (event) => {
    if (speaker !== undefined) {
      const named =
        knownSpeakers.size > 0
          ? knownSpeakers.has(event.speaker.id)
          : matchName(speaker, [{ id: event.speaker.id, names: event.speaker.names }]) !== undefined;
      if (!named) return false;
    }
    if (topic !== undefined && !event.topics.some((name) => foldName(name) === topic)) return false;
    if (resolved.sourceId !== undefined && event.sourceId !== resolved.sourceId) return false;
    if (resolved.direct !== undefined && event.direct !== resolved.direct) return false;
    if (resolved.from !== undefined && (event.at === null || event.at < resolved.from)) return false;
    if (resolved.to !== undefined && (event.at === null || event.at > resolved.to)) return false;
    if (wanted !== undefined) {
      const present = new Set(words(event.text));
      if (!wanted.every((word) => present.has(word))) return false;
    }
    return true;
  };
}
