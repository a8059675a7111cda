// Neo4j property values <-> JSON, losslessly. Strings, booleans and finite floats are plain
// JSON; everything JSON cannot say exactly (Integers beyond 2^53, the Integer/Float
// distinction, temporal and spatial values, byte arrays, NaN) is an object tagged with "$".
// Property values are never maps, so a JSON object is always a tagged value.

import neo4j, {
  type Integer,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
} from 'neo4j-driver';

export type Encoded = null | boolean | string | number | Encoded[] | { $: string; [field: string]: unknown };

type Whole = Integer | number;
const str = (value: Whole | undefined | null): string | null =>
  value === undefined || value === null ? null : String(value);
const whole = (value: unknown): Integer => neo4j.int(value as string);
const optionalWhole = (value: unknown): Integer | undefined =>
  value === null || value === undefined ? undefined : whole(value);

const DAY = ['year', 'month', 'day'] as const;
const CLOCK = ['hour', 'minute', 'second', 'nanosecond'] as const;

/** `{$: tag, field: "whole number as a string", …}`: temporal fields can exceed 2^53 in principle. */
function tagged<T extends object>(tag: string, value: T, fields: readonly (keyof T & string)[]) {
  const out: { $: string; [field: string]: string | null } = { $: tag };
  for (const field of fields) out[field] = str(value[field] as Whole | undefined);
  return out;
}

export function encodeValue(value: unknown): Encoded {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $: 'Float', v: String(value) };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (isInt(value)) return { $: 'Integer', v: value.toString() };
  if (isDateTime(value)) {
    return {
      ...tagged('DateTime', value, [...DAY, ...CLOCK]),
      offset: str(value.timeZoneOffsetSeconds),
      zone: value.timeZoneId ?? null,
    };
  }
  if (isLocalDateTime(value)) return tagged('LocalDateTime', value, [...DAY, ...CLOCK]);
  if (isDate(value)) return tagged('Date', value, DAY);
  if (isTime(value)) return { ...tagged('Time', value, CLOCK), offset: str(value.timeZoneOffsetSeconds) };
  if (isLocalTime(value)) return tagged('LocalTime', value, CLOCK);
  if (isDuration(value)) return tagged('Duration', value, ['months', 'days', 'seconds', 'nanoseconds']);
  if (isPoint(value)) {
    return { $: 'Point', srid: str(value.srid), x: value.x, y: value.y, z: value.z ?? null };
  }
  if (value instanceof Int8Array || value instanceof Uint8Array) {
    return {
      $: 'Bytes',
      v: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64'),
    };
  }
  throw new TypeError(`cannot export a property value of type ${Object.prototype.toString.call(value)}`);
}

export function decodeValue(value: Encoded): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  const f = value;
  switch (f.$) {
    case 'Integer':
      return whole(f.v);
    case 'Float':
      return Number(f.v);
    case 'DateTime':
      return new neo4j.types.DateTime(
        whole(f.year),
        whole(f.month),
        whole(f.day),
        whole(f.hour),
        whole(f.minute),
        whole(f.second),
        whole(f.nanosecond),
        // With a zone id the server derives the offset; sending both would pin a stale one.
        f.zone ? undefined : optionalWhole(f.offset),
        (f.zone as string | null) ?? undefined,
      );
    case 'LocalDateTime':
      return new neo4j.types.LocalDateTime(
        whole(f.year),
        whole(f.month),
        whole(f.day),
        whole(f.hour),
        whole(f.minute),
        whole(f.second),
        whole(f.nanosecond),
      );
    case 'Date':
      return new neo4j.types.Date(whole(f.year), whole(f.month), whole(f.day));
    case 'Time':
      return new neo4j.types.Time(
        whole(f.hour),
        whole(f.minute),
        whole(f.second),
        whole(f.nanosecond),
        whole(f.offset),
      );
    case 'LocalTime':
      return new neo4j.types.LocalTime(whole(f.hour), whole(f.minute), whole(f.second), whole(f.nanosecond));
    case 'Duration':
      return new neo4j.types.Duration(whole(f.months), whole(f.days), whole(f.seconds), whole(f.nanoseconds));
    case 'Point':
      return new neo4j.types.Point(
        Number(f.srid),
        f.x as number,
        f.y as number,
        f.z === null ? undefined : (f.z as number),
      );
    case 'Bytes':
      return new Int8Array(Buffer.from(f.v as string, 'base64'));
    default:
      throw new TypeError(`unknown tagged value ${JSON.stringify(f.$)}`);
  }
}

export function encodeProperties(props: Record<string, unknown>): Record<string, Encoded> {
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, encodeValue(value)]));
}

export function decodeProperties(props: Record<string, Encoded>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, decodeValue(value)]));
}
