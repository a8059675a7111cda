import type { Topic } from '../../domain/model';
import type { Database } from '../neo4j/database';
import { cypher } from './cypher';
import { toTopic } from './mappers';

export async function topicsByIds(db: Database, ids: readonly string[]): Promise<Topic[]> {
  const result = await db.read('topics.by-ids', cypher('topics-by-ids'), { ids: [...ids] });
  return result.records.map((record) => toTopic(record.get('topic')));
}

/** Topics whose id, name or alias equals the text, or whose name contains it (case-insensitive). */
export async function topicIdsByName(db: Database, name: string): Promise<string[]> {
  const result = await db.read('topics.ids-by-name', cypher('topic-ids-by-name'), {
    name,
    key: name.trim().toLowerCase(),
  });
  return result.records.map((record) => String(record.get('id')));
}
