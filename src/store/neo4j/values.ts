// The mapping boundary: Neo4j values (Integer, Date, DateTime) become plain JavaScript here
// and nowhere else, and JavaScript values become Neo4j ones on the way in.

import neo4j, { type Integer, isDate, isDateTime, isInt, type Date as Neo4jDate } from 'neo4j-driver';

export function toNumber(value: unknown): number {
  if (isInt(value)) return (value as Integer).toNumber();
  if (typeof value === 'number') return value;
  throw new TypeError(`expected a Neo4j Integer or a number, got ${JSON.stringify(value)}`);
}

export function toOptionalNumber(value: unknown): number | undefined {
  return value === null || value === undefined ? undefined : toNumber(value);
}

/** Neo4j DATE (or DATETIME) -> "YYYY-MM-DD" */
export function toIsoDate(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (isDate(value) || isDateTime(value)) return value.toString().slice(0, 10);
  if (typeof value === 'string') return value.slice(0, 10);
  throw new TypeError(`expected a Neo4j Date, got ${JSON.stringify(value)}`);
}

/** "YYYY-MM-DD" -> Neo4j DATE; callers validate the format before this point. */
export function neo4jDate(iso: string | undefined | null): Neo4jDate<number> | null {
  if (!iso) return null;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(year, month, day);
}

/** SKIP/LIMIT must be integers on the wire, and JavaScript numbers travel as floats. */
export function int(value: number): Integer {
  return neo4j.int(value);
}
