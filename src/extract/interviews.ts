// An interview write-up: once the article says a speaker spoke to an outlet ("told CNN", "in an
// interview with the BBC", "speaking to Sky News", "told the BBC's Today programme"), everything
// that speaker says later carries that channel, whatever its cue, until the article names
// another channel or setting for them. Other speakers' words do not.

import type { ExtractedIntermediary, ExtractedSpeaker, ExtractedStatement } from './types';

/**
 * What a statement's own attribution says about the channel, for the carry:
 * `opens`, it names an interview the speaker gave (the statement's intermediary is it);
 * `closes`, it names some other channel or setting ("in a statement", a tweet, a wire agency,
 * the publishing outlet itself, "told reporters", "at a news conference"), or its speaker is
 * a role named afresh ("a senior official"), who may be someone else than the one before.
 * Absent: it names none, and takes an interview the speaker gave before.
 */
export type ChannelMark = 'opens' | 'closes';

export interface Marked {
  statement: ExtractedStatement;
  channel?: ChannelMark;
}

/**
 * One pass in text order, one open interview per speaker. Runs after the lede's role speaker is
 * named, so "the country's mines minister told France 24" opens the interview for the person
 * named below it. Fills in place, as the lede naming does.
 */
export function carryInterviews(statements: readonly Marked[]): void {
  const open = new Map<string, ExtractedIntermediary>();
  for (const { statement, channel } of statements) {
    const key = speakerKey(statement.speaker);
    if (channel === 'opens' && statement.intermediary) open.set(key, statement.intermediary);
    else if (channel === 'closes') open.delete(key);
    else if (!statement.intermediary) {
      const interview = open.get(key);
      if (interview) statement.intermediary = { ...interview };
    }
  }
}

function speakerKey(speaker: ExtractedSpeaker): string {
  return `${speaker.kind}:${speaker.name.toLowerCase()}`;
}
