// A source upsert's reads and write, inside the caller's transaction (which has locked the
// source, src/store/repo/locks.ts).

import type { Source } from '../../domain/model';
import type { Transaction } from '../neo4j/database';
import { toNumber } from '../neo4j/values';
import { type LinkMode, writeDataSet } from './dataset-writer';
import { sourcesByIdsIn } from './sources';

export async function sourceIdByUrl(tx: Transaction, url: string): Promise<string | undefined> {
  const result = await tx.run('MATCH (src:Source {url: $url}) RETURN src.id AS id', { url });
  const id = result.records[0]?.get('id');
  return id === undefined ? undefined : String(id);
}

export async function storedSource(tx: Transaction, id: string): Promise<Source | undefined> {
  return (await sourcesByIdsIn(tx, [id]))[0];
}

/**
 * A publication as a statement's offsets need it: undefined when no source has this id, else
 * the length of its stored text (UTF-16 code units, as offsets count), if it has one.
 */
export async function publicationText(
  tx: Transaction,
  id: string,
): Promise<{ textLength?: number } | undefined> {
  const result = await tx.run('MATCH (src:Source {id: $id}) RETURN size(src.text) AS length', { id });
  const record = result.records[0];
  if (!record) return undefined;
  const length = record.get('length');
  return length === null ? {} : { textLength: toNumber(length) };
}

/** Writes the source whole; its derivations are kept, added to, or replaced by `source.derivedFrom`. */
export async function writeSource(tx: Transaction, source: Source, derivations: LinkMode): Promise<Source> {
  await writeDataSet(tx, { sources: [source] }, { 'write-source-derivations': derivations });
  return (await storedSource(tx, source.id)) as Source;
}
