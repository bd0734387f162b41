import {
  Bool, Dictionary, type DataType, DateDay, Field, Float64, Int32, List, makeData, RecordBatch, Schema, Struct,
  Table, TimestampMillisecond, Utf8,
} from 'apache-arrow';
import type { ColumnKind, TableSpec } from './columns.ts';
import { columnData, fixedDictionary } from './arrow-columns.ts';
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

/**
 * Builds an Arrow table from rows in record batches of `batchRows`. Every dictionary column
 * has one fixed dictionary for the whole file (its enum values, or the sorted distinct values
 * of the column), shared by all batches: no replacement or delta dictionaries, which the Arrow
 * IPC file format and some readers do not accept.
 *
 * @example
 * const table = rowsToArrow(spec, rows);
 */
export function rowsToArrow(spec: TableSpec, rows: Row[], batchRows = BATCH_ROWS): Table {
  const schema = arrowSchema(spec);
  const dictionaries = spec.columns.map((c) => (c.kind === 'dictionary'
    ? fixedDictionary(c.values ?? rows.map((r) => r[c.name]).filter((v): v is string => typeof v === 'string'))
    : undefined));
  const batches: RecordBatch[] = [];
  for (let start = 0; start === 0 || start < rows.length; start += batchRows) {
    const slice = rows.slice(start, start + batchRows);
    const children = spec.columns.map((c, i) => columnData(c.kind, schema.fields[i].type, slice.map((r) => r[c.name] ?? null), dictionaries[i]));
    batches.push(new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: slice.length, nullCount: 0, children })));
  }
  return new Table(batches);
}
