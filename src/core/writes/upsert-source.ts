// upsertSource: find the source the input means (id, else URL, else its content), lock it (or
// create it bare), merge the input into what is stored (partial-update.ts), write it whole.

import type { Principal } from '../../domain/audit';
import { BadUserInputError, ConflictError } from '../../domain/errors';
import {
  DERIVATION_KINDS,
  type Derivation,
  SOURCE_KINDS,
  type Source,
  type SourceKind,
} from '../../domain/model';
import type { Database } from '../../store/neo4j/database';
import { claimIds } from '../../store/repo/locks';
import { sourceIdByUrl, storedSource, writeSource } from '../../store/repo/source-writes';
import type { SourceInput } from '../inputs';
import { checkId, checkOneOf, checkUrl, optionalDate, optionalId, optionalName } from '../validate';
import { audit } from './audit-trail';
import { mergedKind, mergedList, mergedValue, replacedFields } from './partial-update';
import { digest, requireExisting } from './references';

export const SOURCE_FIELDS = [
  'KIND',
  'TITLE',
  'URL',
  'OUTLET',
  'AUTHOR',
  'PUBLISHED_AT',
  'DERIVED_FROM',
] as const;
type SourceField = (typeof SOURCE_FIELDS)[number];

interface SourceChange {
  id?: string;
  kind?: SourceKind;
  title?: string;
  url?: string;
  outletId?: string;
  author?: string;
  publishedAt?: string;
  derivedFrom?: Derivation[];
  replace: ReadonlySet<SourceField>;
}

function validate(input: SourceInput): SourceChange {
  const change: SourceChange = { replace: replacedFields('input.replace', input.replace, SOURCE_FIELDS) };
  const assign = <K extends keyof SourceChange>(key: K, value: SourceChange[K] | undefined) => {
    if (value !== undefined) change[key] = value;
  };
  assign('id', optionalId('input.id', input.id));
  assign('kind', input.kind == null ? undefined : checkOneOf('input.kind', input.kind, SOURCE_KINDS));
  assign('title', optionalName('input.title', input.title, 500));
  assign('url', checkUrl('input.url', input.url));
  assign('outletId', optionalId('input.outletId', input.outletId));
  assign('author', optionalName('input.author', input.author, 300));
  assign('publishedAt', optionalDate('input.publishedAt', input.publishedAt));
  assign(
    'derivedFrom',
    input.derivedFrom?.map((derivation, index) => ({
      sourceId: checkId(`input.derivedFrom[${index}].sourceId`, derivation.sourceId),
      relation: checkOneOf(`input.derivedFrom[${index}].relation`, derivation.relation, DERIVATION_KINDS),
    })),
  );
  return change;
}

/** The source after the change (pure). */
export function applySourceChange(id: string, stored: Source | undefined, change: SourceChange): Source {
  const { replace } = change;
  const kind = mergedKind('source', id, change.kind, stored?.kind, replace.has('KIND'));
  const field = <T>(given: T | undefined, kept: T | undefined, name: SourceField) =>
    mergedValue(given, kept, replace.has(name));
  const title = field(change.title, stored?.title, 'TITLE');
  const url = field(change.url, stored?.url, 'URL');
  const outletId = field(change.outletId, stored?.outletId, 'OUTLET');
  const author = field(change.author, stored?.author, 'AUTHOR');
  const publishedAt = field(change.publishedAt, stored?.publishedAt, 'PUBLISHED_AT');
  return {
    id,
    kind,
    derivedFrom: mergedList(
      change.derivedFrom,
      [],
      replace.has('DERIVED_FROM'),
      (d) => `${d.relation} ${d.sourceId}`,
    ),
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
    ...(outletId ? { outletId } : {}),
    ...(author ? { author } : {}),
    ...(publishedAt ? { publishedAt } : {}),
  };
}

export async function upsertSource(db: Database, input: SourceInput, by: Principal): Promise<Source> {
  const change = validate(input);
  return db.write('mutation.upsert-source', async (tx) => {
    const byUrl = change.url ? await sourceIdByUrl(tx, change.url) : undefined;
    // Without an id, the same URL means the same source; failing that, the same kind, title,
    // outlet and date.
    const id =
      change.id ??
      byUrl ??
      `source:${digest(change.kind ?? '', change.url ?? '', change.title ?? '', change.outletId ?? '', change.publishedAt ?? '')}`;
    if (byUrl !== undefined && byUrl !== id) {
      throw new ConflictError(`Source ${byUrl} already has the URL ${change.url}`, {
        field: 'input.url',
        id: byUrl,
      });
    }
    const derivedFrom = change.derivedFrom ?? [];
    if (derivedFrom.some((derivation) => derivation.sourceId === id)) {
      throw new BadUserInputError(
        'input.derivedFrom: a source cannot derive from itself',
        'input.derivedFrom',
      );
    }
    if (change.outletId) await requireExisting(tx, 'Actor', 'input.outletId', [change.outletId]);
    await requireExisting(
      tx,
      'Source',
      'input.derivedFrom',
      derivedFrom.map((d) => d.sourceId),
    );
    const created = (await claimIds(tx, 'Source', [id])).has(id);
    const stored = created ? undefined : await storedSource(tx, id);
    const source = applySourceChange(id, stored, change);
    const links = change.replace.has('DERIVED_FROM') ? 'replace' : change.derivedFrom ? 'add' : 'keep';
    const written = await writeSource(tx, source, created ? 'replace' : links);
    await audit(tx, by, {
      operation: 'UPSERT_SOURCE',
      targetKind: 'Source',
      targetId: id,
      before: stored,
      after: written,
    });
    return written;
  });
}
