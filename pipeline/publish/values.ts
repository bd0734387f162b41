import type { ColumnKind } from './columns.ts';

/** A cell as it appears in JSONL: the published JSON value. */
export type Cell = string | number | boolean | null | string[];
/** A row keyed by column name. */
export type Row = Record<string, Cell>;

const HAS_ZONE = /(Z|[+-]\d{2}:\d{2})$/;

/**
 * Epoch milliseconds of an ISO 8601 date or date-time at any precision (`2017`, `2017-05`,
 * `2017-05-11`, `2016-10-04T06:00:00-04:00`). A time without a zone is read as UTC.
 *
 * @example
 * isoToMillis('2017-05'); // Date.UTC(2017, 4, 1)
 */
export function isoToMillis(iso: string): number {
  let s = iso;
  if (/^\d{4}$/.test(s)) s = `${s}-01-01`;
  else if (/^\d{4}-\d{2}$/.test(s)) s = `${s}-01`;
  if (s.includes('T') && !HAS_ZONE.test(s)) s = `${s}Z`;
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) throw new Error(`not an ISO 8601 date: ${iso}`);
  return ms;
}

/** A string without a leading U+FEFF (a test of its first code unit: this runs for every cell publish checks). */
const withoutBom = (s: string): string => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

/**
 * A cell in a form every format can be compared in (timestamps as epoch ms). apache-arrow's
 * JavaScript reader drops a leading U+FEFF of each string value (the bytes on disk keep it),
 * so strings are compared without one.
 */
export function comparable(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && kind !== 'timestamp' && kind !== 'date') return withoutBom(value);
  if (kind === 'timestamp') return typeof value === 'string' ? isoToMillis(value) : Number(value);
  if (kind === 'date') return value instanceof Date ? value.getTime() : typeof value === 'string' ? isoToMillis(value) : Number(value);
  if (kind === 'list') return Array.from(value as Iterable<unknown>, (v) => (v === null ? null : withoutBom(String(v))));
  if (kind === 'integer' || kind === 'number') return Number(value);
  return value;
}

/** CSV text of a cell: lists as JSON arrays, null as an empty cell. */
export function toCsvCell(kind: ColumnKind, value: Cell): string | number | boolean {
  if (value === null) return '';
  if (kind === 'list') return JSON.stringify(value);
  return value as string | number | boolean;
}

/** Reads a CSV cell back into its JSON value. */
export function fromCsvCell(kind: ColumnKind, nullable: boolean, text: string): Cell {
  if (text === '' && nullable) return null;
  if (kind === 'list') return JSON.parse(text) as string[];
  if (kind === 'integer' || kind === 'number') return Number(text);
  if (kind === 'boolean') return text === 'true';
  return text;
}
