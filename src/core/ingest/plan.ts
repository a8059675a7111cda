// An extraction plus what the graph already knows -> the data to write. Pure: every id is
// derived from the article's content hash and the names in it, so the same article always
// plans the same writes.

import { createHash } from 'node:crypto';
import { bodyPrint } from '../../domain/body-print';
import { claimIdFor } from '../../domain/content-hash';
import type {
  Actor,
  ActorKind,
  Claim,
  GraphDataSet,
  Source,
  SourceKind,
  Statement,
} from '../../domain/model';
import { actorIdFor, nameKey, normaliseName } from '../../domain/names';
import type { ExtractedSpeaker, ExtractedStatement, ExtractionResult } from '../../extract';
import type { ActorMatch } from './resolve-actors';

export interface ArticleMeta {
  title?: string;
  url?: string;
  outlet?: string;
  author?: string;
  publishedAt?: string;
}

export interface IngestPlan {
  data: Pick<GraphDataSet, 'actors' | 'sources' | 'claims' | 'statements'>;
  publicationId: string;
  statementIds: string[];
  createdActorIds: string[];
  /** every name the plan tied to an actor (speakers, their organisations, outlets), with its id */
  actorIdsByName: Map<string, string>;
}

/**
 * The scope of an ingested article's ids: its content's, so one text is one source however
 * often sent; a copy of that text published elsewhere (a wire story a client paper runs)
 * adds where it appeared.
 */
export function ingestScope(hash: string, copyAt?: { url?: string; outlet?: string }): string {
  const base = hash.slice(0, 12);
  return copyAt ? `${base}-${digest(`${copyAt.url ?? ''}\u0000${copyAt.outlet ?? ''}`, 8)}` : base;
}

export function publicationIdFor(scope: string): string {
  return `source:${scope}`;
}

function digest(text: string, length = 16): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** A rough kind for an organisation named only in passing ("German BND intelligence service"). */
export function organisationKind(name: string): ActorKind {
  if (/\b(intelligence|agency|service|police|bureau|directorate)\b/i.test(name)) return 'AGENCY';
  if (/\b(ministry|government|office|department|parliament|white house|kremlin|cabinet)\b/i.test(name)) {
    return 'GOVERNMENT';
  }
  if (/\b(nato|alliance|union)\b/i.test(name)) return 'ALLIANCE';
  return 'ORGANIZATION';
}

const INTERMEDIARY_TITLES: Record<SourceKind, (outlet: string, speaker: string) => string> = {
  INTERVIEW: (outlet, speaker) => `${outlet} interview with ${speaker}`,
  WIRE_REPORT: (outlet) => `${outlet} report`,
  SOCIAL_POST: (outlet, speaker) => `${speaker} on ${outlet}`,
  BROADCAST: (outlet, speaker) => `${outlet} broadcast with ${speaker}`,
  PRESS_STATEMENT: (_, speaker) => `Statement by ${speaker}`,
  ARTICLE: (outlet) => `${outlet} article`,
};

/** Every name the plan needs resolved against the graph. */
export function namesToResolve(extraction: ExtractionResult, meta: ArticleMeta): string[] {
  const names = new Set<string>();
  if (meta.outlet) names.add(meta.outlet);
  for (const speaker of extraction.speakers) {
    if (speaker.kind !== 'ANONYMOUS') names.add(speaker.name);
    if (speaker.affiliation) names.add(speaker.affiliation);
  }
  for (const statement of extraction.statements) {
    if (statement.intermediary?.outlet) names.add(statement.intermediary.outlet);
  }
  return [...names];
}

export function planIngest(
  extraction: ExtractionResult,
  meta: ArticleMeta,
  hash: string,
  matches: ReadonlyMap<string, ActorMatch>,
  text: string,
  scope: string = ingestScope(hash),
): IngestPlan {
  const actors = new Map<string, Actor>();
  const actorIdsByName = new Map<string, string>();

  /** The graph's actor for a name, or a new one; new actors are created once per name. */
  function actorFor(mention: string, kind: ActorKind): string {
    const id = actorForName(mention, kind);
    actorIdsByName.set(mention, id);
    return id;
  }

  function actorForName(mention: string, kind: ActorKind): string {
    const match = matches.get(mention);
    if (match) return match.id;
    const name = normaliseName(mention) || mention;
    const id = actorIdFor(name);
    if (actors.has(id)) return id;
    const actor: Actor = { id, name, kind, aliases: [], affiliations: [] };
    actors.set(actor.id, actor);
    return actor.id;
  }

  function speakerId(speaker: ExtractedSpeaker): string {
    if (speaker.kind === 'ANONYMOUS') {
      // An unnamed official is a different person in each article until someone merges them.
      const id = actorIdFor(speaker.name, scope);
      if (!actors.has(id)) {
        const organisation = speaker.affiliation
          ? actorFor(speaker.affiliation, organisationKind(speaker.affiliation))
          : undefined;
        actors.set(id, {
          id,
          name: normaliseName(speaker.name) || speaker.name,
          kind: 'ANONYMOUS',
          aliases: [],
          ...(speaker.role ? { role: speaker.role } : {}),
          affiliations: organisation ? [{ actorId: organisation, title: speaker.role ?? 'official' }] : [],
        });
      }
      return id;
    }
    const isNew = !matches.has(speaker.name) && !actors.has(actorIdFor(speaker.name));
    const id = actorFor(speaker.name, speaker.kind);
    // Only a new actor takes the affiliation the article gives; known actors keep theirs.
    const actor = actors.get(id);
    if (isNew && actor && speaker.affiliation && speaker.title) {
      const organisation = actorFor(speaker.affiliation, organisationKind(speaker.affiliation));
      actor.affiliations.push({ actorId: organisation, title: speaker.title });
    }
    const mention = normaliseName(speaker.mention);
    if (actor && mention && nameKey(mention) !== nameKey(actor.name) && !actor.aliases.includes(mention)) {
      actor.aliases.push(mention);
    }
    return id;
  }

  const publicationId = publicationIdFor(scope);
  const outletId = meta.outlet ? actorFor(meta.outlet, 'MEDIA') : undefined;
  const intermediaries = new Map<string, Source>();
  const claims = new Map<string, Claim>();
  const statements: Statement[] = [];

  function intermediaryFor(statement: ExtractedStatement, speaker: string): string | undefined {
    const channel = statement.intermediary;
    if (!channel) return undefined;
    const outlet = channel.outlet || statement.speaker.name;
    const key = `${channel.kind}|${outlet}|${statement.speaker.name}`;
    const existing = intermediaries.get(key);
    if (existing) return existing.id;
    const channelOutletId =
      channel.outlet && channel.outlet !== statement.speaker.name
        ? actorFor(channel.outlet, channel.kind === 'SOCIAL_POST' ? 'PLATFORM' : 'MEDIA')
        : speaker;
    const source: Source = {
      id: `source:${scope}-via-${digest(key, 10)}`,
      kind: channel.kind,
      title: INTERMEDIARY_TITLES[channel.kind](outlet, statement.speaker.name),
      outletId: channelOutletId,
      derivedFrom: [],
      ...(statement.saidAt ? { publishedAt: statement.saidAt } : {}),
    };
    intermediaries.set(key, source);
    return source.id;
  }

  extraction.statements.forEach((extracted, index) => {
    const speaker = speakerId(extracted.speaker);
    const viaId = intermediaryFor(extracted, speaker);
    const claimText = extracted.text.replace(/\s+/g, ' ').trim();
    const claimId = claimIdFor(claimText);
    if (!claims.has(claimId)) claims.set(claimId, { id: claimId, text: claimText, topicIds: [] });
    statements.push({
      id: `stmt:${scope}-${String(index).padStart(3, '0')}`,
      sourceId: publicationId,
      speakerId: speaker,
      text: extracted.text,
      direct: extracted.direct,
      cue: extracted.cue,
      viaIds: viaId ? [viaId] : [],
      claimId,
      startOffset: extracted.startOffset,
      endOffset: extracted.endOffset,
      confidence: extracted.confidence,
      speakerMethod: matches.has(extracted.speaker.name)
        ? matches.get(extracted.speaker.name)?.method
        : extracted.speaker.method,
      speakerConfidence: extracted.speaker.confidence,
      ...(extracted.saidAt ? { saidAt: extracted.saidAt } : {}),
      ...(extracted.audience ? { audience: extracted.audience } : {}),
    });
  });

  const publication: Source = {
    id: publicationId,
    kind: 'ARTICLE',
    contentHash: hash,
    text,
    bodyPrint: bodyPrint(text),
    derivedFrom: [...intermediaries.values()].map((source) => ({
      sourceId: source.id,
      relation: 'QUOTES' as const,
    })),
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    ...(outletId ? { outletId } : {}),
    ...(meta.author ? { author: meta.author } : {}),
    ...(meta.publishedAt ? { publishedAt: meta.publishedAt } : {}),
  };

  return {
    data: {
      actors: [...actors.values()],
      sources: [...intermediaries.values(), publication],
      claims: [...claims.values()],
      statements,
    },
    publicationId,
    statementIds: statements.map((statement) => statement.id),
    // Every actor the plan holds is one it creates, in the order it met them.
    createdActorIds: [...actors.keys()],
    actorIdsByName,
  };
}
