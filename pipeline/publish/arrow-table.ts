import {
  Bool, Dictionary, type DataType, DateDay, Field, Float64, Int32, List, makeData, RecordBatch, Schema, Struct,
  Table, TimestampMillisecond, Utf8,
} from 'apache-arrow';
import type { ColumnKind, TableSpec } from './columns.ts';
import { columnData, type FixedDictionary, fixedDictionary } from './arrow-columns.ts';
import type { Row } from './values.ts';

/** The Arrow type of a column kind. Dictionary ids are fixed per column so bytes never vary. */
export function arrowType(kind: ColumnKind, dictionaryId: number): DataType {
  switch (kind) {
    case 'integer': return new Int32();
    case 'number': return new Float64();
    case 'boolean': return new Bool();
    case 'list': return new List(new Field('item', new Utf8(), true));
    case 'timestamp': return new TimestampMillisecond('UTC');
    case 'date': return new DateDay();
    case 'dictionary': return new Dictionary(new Utf8(), new Int32(), dictionaryId);
    default: return new Utf8();
  }
}

/**
 * The Arrow schema of a table. Descriptions from schemas/ travel with the data: each field's
 * metadata holds `description`, the schema's metadata the table's `description` (and its
 * primary key, when it has one). Parquet keeps them (its embedded Arrow schema).
 */
export function arrowSchema(spec: TableSpec): Schema {
  const meta = new Map([['description', spec.description]]);
  if (spec.primaryKey) meta.set('primary_key', JSON.stringify(spec.primaryKey));
  return new Schema(
    spec.columns.map((c, i) => new Field(c.name, arrowType(c.kind, i), c.nullable, new Map([['description', c.description]]))),
    meta,
  );
}

/** Rows per Arrow record batch (and per Parquet row group). */
export const BATCH_ROWS = 65_536;

/** Characters of text a batch may gather before it is cut, whatever its row count: bounds the memory of wide tables (article bodies). */
export const BATCH_CHARS = 32 * 2 ** 20;

/** Characters of the strings of a row (lists included): its weight against `BATCH_CHARS`. */
export function textLength(row: Row): number {
  let n = 0;
  for (const k in row) {
    const v = row[k];
    if (typeof v === 'string') n += v.length;
    else if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') n += x.length;
  }
  return n;
}

/** Where record batches end: a batch closes at `batchRows` rows or once its text reaches `BATCH_CHARS`. */
export function batchEnds(rows: readonly Row[], batchRows = BATCH_ROWS): number[] {
  const ends: number[] = [];
  let start = 0;
  let chars = 0;
  rows.forEach((row, i) => {
    chars += textLength(row);
    if (i + 1 - start === batchRows || chars >= BATCH_CHARS) {
      ends.push(i + 1);
      start = i + 1;
      chars = 0;
    }
  });
  if (start < rows.length || rows.length === 0) ends.push(rows.length);
  return ends;
}

/**
 * The fixed dictionary of every dictionary column of a table (undefined for other columns):
 * its enum values, else the values given for it. Sorted, so it never depends on row order.
 *
 * @example
 * const dictionaries = tableDictionaries(specs.articles, { encoding: ['utf-8', 'windows-1252'], language: ['en'] });
 */
export function tableDictionaries(spec: TableSpec, values: Readonly<Record<string, readonly string[]>> = {}): Array<FixedDictionary | undefined> {
  return spec.columns.map((c) => (c.kind === 'dictionary' ? fixedDictionary(c.values ?? values[c.name] ?? []) : undefined));
}

/**
 * One Arrow record batch of rows, every dictionary column sharing its table's fixed
 * dictionary (from `tableDictionaries`), so all batches of a file write it once.
 *
 * @example
 * const batch = rowsToBatch(spec, arrowSchema(spec), rows.slice(0, BATCH_ROWS), dictionaries);
 */
export function rowsToBatch(spec: TableSpec, schema: Schema, rows: readonly Row[], dictionaries: Array<FixedDictionary | undefined>): RecordBatch {
  const children = spec.columns.map((c, i) => columnData(c.kind, schema.fields[i].type, rows.map((r) => r[c.name] ?? null), dictionaries[i]));
  return new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: rows.length, nullCount: 0, children }));
}

/**
 * Builds an Arrow table from rows in record batches (`batchEnds`: `batchRows` rows, fewer when
 * their text reaches `BATCH_CHARS`), cut as `TableWriter` cuts them. Every dictionary column
 * has one fixed dictionary for the whole file (its enum values, or the sorted distinct values
 * of the column), shared by all batches: no replacement or delta dictionaries, which the Arrow
 * IPC file format and some readers do not accept. A table without rows has one empty batch.
 *
 * @example
 * const table = rowsToArrow(spec, rows);
 */
export function rowsToArrow(spec: TableSpec, rows: Row[], batchRows = BATCH_ROWS): Table {
  const schema = arrowSchema(spec);
  const values = Object.fromEntries(spec.columns.filter((c) => c.kind === 'dictionary' && !c.values)
    .map((c) => [c.name, rows.map((r) => r[c.name]).filter((v): v is string => typeof v === 'string')]));
  const dictionaries = tableDictionaries(spec, values);
  let start = 0;
  const batches = batchEnds(rows, batchRows).map((end) => {
    const batch = rowsToBatch(spec, schema, rows.slice(start, end), dictionaries);
    start = end;
    return batch;
  });
  return new Table(batches);
}
