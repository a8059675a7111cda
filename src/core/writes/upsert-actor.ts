// upsertActor: find the actor the input means, lock it (or create it bare), merge the input
// into what is stored (partial-update.ts), write it whole. Under the lock a concurrent upsert
// of the same actor waits and then merges into this one's result, so nothing is lost.

import type { Principal } from '../../domain/audit';
import { BadUserInputError, ConflictError } from '../../domain/errors';
import { MAX_ALIASES } from '../../domain/limits';
import { ACTOR_KINDS, type Actor, type ActorKind, type Affiliation } from '../../domain/model';
import { actorIdFor, nameKey } from '../../domain/names';
import type { Database, Transaction } from '../../store/neo4j/database';
import { actorIdsByNameKey, storedActor, writeActor } from '../../store/repo/actor-writes';
import { claimIds } from '../../store/repo/locks';
import type { ActorInput } from '../inputs';
import {
  checkDateOrder,
  checkId,
  checkOneOf,
  checkWikidataId,
  optionalDate,
  optionalId,
  optionalName,
  requiredName,
  uniqueNames,
} from '../validate';
import { audit } from './audit-trail';
import { mergedKind, mergedList, mergedValue, replacedFields } from './partial-update';
import { requireExisting } from './references';

export const ACTOR_FIELDS = ['KIND', 'ALIASES', 'WIKIDATA_ID', 'ROLE', 'AFFILIATIONS'] as const;
type ActorField = (typeof ACTOR_FIELDS)[number];

interface ActorChange {
  id?: string;
  name: string;
  kind?: ActorKind;
  aliases?: string[];
  wikidataId?: string;
  role?: string;
  affiliations?: Affiliation[];
  replace: ReadonlySet<ActorField>;
}

function validate(input: ActorInput): ActorChange {
  const id = optionalId('input.id', input.id);
  const name = requiredName('input.name', input.name);
  const affiliations = input.affiliations?.map((affiliation, index) => {
    const field = `input.affiliations[${index}]`;
    const organizationId = checkId(`${field}.organizationId`, affiliation.organizationId);
    const since = optionalDate(`${field}.since`, affiliation.since);
    const until = optionalDate(`${field}.until`, affiliation.until);
    checkDateOrder(field, since, until);
    return {
      actorId: organizationId,
      title: requiredName(`${field}.title`, affiliation.title, 200),
      ...(since ? { since } : {}),
      ...(until ? { until } : {}),
    };
  });
  const wikidataId = checkWikidataId(input.wikidataId);
  const role = optionalName('input.role', input.role, 200);
  return {
    name,
    replace: replacedFields('input.replace', input.replace, ACTOR_FIELDS),
    ...(id ? { id } : {}),
    ...(input.kind == null ? {} : { kind: checkOneOf('input.kind', input.kind, ACTOR_KINDS) }),
    ...(input.aliases == null ? {} : { aliases: uniqueNames('input.aliases', input.aliases) }),
    ...(wikidataId ? { wikidataId } : {}),
    ...(role ? { role } : {}),
    ...(affiliations ? { affiliations } : {}),
  };
}

/** Without an id: the one actor with this name, else the id the name derives. */
async function targetId(tx: Transaction, change: ActorChange): Promise<string> {
  if (change.id) return change.id;
  const ids = await actorIdsByNameKey(tx, nameKey(change.name));
  if (ids.length > 1) {
    throw new ConflictError(
      `Several actors are named ${JSON.stringify(change.name)} (${ids.join(', ')}); pass input.id to say which`,
      { field: 'input.name', ids },
    );
  }
  return ids[0] ?? actorIdFor(change.name);
}

/** The actor after the change: pure, so every rule of a partial update is in one place. */
export function applyActorChange(id: string, stored: Actor | undefined, change: ActorChange): Actor {
  const { replace } = change;
  const kind = mergedKind('actor', id, change.kind, stored?.kind, replace.has('KIND'));
  // Only an upsert by id renames (keeping the old name findable); by name, the name found stays.
  const name = change.id ? change.name : (stored?.name ?? change.name);
  const renamedFrom = stored && stored.name !== name ? [stored.name] : [];
  const aliases = mergedList(
    change.aliases,
    replace.has('ALIASES') ? [] : [...(stored?.aliases ?? []), ...renamedFrom],
    replace.has('ALIASES'),
    nameKey,
  ).filter((alias) => nameKey(alias) !== nameKey(name));
  if (aliases.length > MAX_ALIASES) {
    throw new BadUserInputError(
      `An actor has at most ${MAX_ALIASES} aliases; this upsert would leave ${aliases.length}`,
      'input.aliases',
    );
  }
  const wikidataId = mergedValue(change.wikidataId, stored?.wikidataId, replace.has('WIKIDATA_ID'));
  const role = mergedValue(change.role, stored?.role, replace.has('ROLE'));
  return {
    id,
    name,
    kind,
    aliases,
    affiliations: change.affiliations ?? [],
    ...(wikidataId ? { wikidataId } : {}),
    ...(role ? { role } : {}),
  };
}

export async function upsertActor(db: Database, input: ActorInput, by: Principal): Promise<Actor> {
  const change = validate(input);
  return db.write('mutation.upsert-actor', async (tx) => {
    const id = await targetId(tx, change);
    // Only now is the id known when none was given.
    const affiliations = change.affiliations ?? [];
    const self = affiliations.findIndex((affiliation) => affiliation.actorId === id);
    if (self >= 0) {
      const field = `input.affiliations[${self}]`;
      throw new BadUserInputError(`${field}: an actor cannot be affiliated with itself`, field);
    }
    await requireExisting(
      tx,
      'Actor',
      'input.affiliations',
      affiliations.map((a) => a.actorId),
    );
    const created = (await claimIds(tx, 'Actor', [id])).has(id);
    const stored = created ? undefined : await storedActor(tx, id);
    if (stored && !change.id && nameKey(stored.name) !== nameKey(change.name)) {
      // The derived id is taken by an actor with another name (renamed since, or a hash clash).
      throw new ConflictError(
        `The id ${id} derived from ${JSON.stringify(change.name)} belongs to ${JSON.stringify(stored.name)}; pass input.id`,
        { field: 'input.name', id },
      );
    }
    const actor = applyActorChange(id, stored, change);
    const links = change.replace.has('AFFILIATIONS') ? 'replace' : change.affiliations ? 'add' : 'keep';
    const written = await writeActor(tx, actor, created ? 'replace' : links);
    await audit(tx, by, {
      operation: 'UPSERT_ACTOR',
      targetKind: 'Actor',
      targetId: id,
      before: stored,
      after: written,
    });
    return written;
  });
}
