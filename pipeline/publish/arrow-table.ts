import {
  Bool, Dictionary, type DataType, DateDay, Field, Float64, Int32, List, makeData, RecordBatch, Schema, Struct,
  Table, TimestampMillisecond, Utf8,
} from 'apache-arrow';
import type { ColumnKind, TableSpec } from './columns.ts';
import { columnData } from './arrow-columns.ts';
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

/** The Arrow schema of a table. */
export function arrowSchema(spec: TableSpec): Schema {
  return new Schema(spec.columns.map((c, i) => new Field(c.name, arrowType(c.kind, i), c.nullable)));
}

/**
 * Builds one Arrow record batch from rows. One batch per file keeps dictionary columns
 * readable everywhere (no replacement or delta dictionaries).
 *
 * @example
 * const table = rowsToArrow(spec, rows);
 */
export function rowsToArrow(spec: TableSpec, rows: Row[]): Table {
  const schema = arrowSchema(spec);
  const children = spec.columns.map((c, i) => columnData(c.kind, schema.fields[i].type, rows.map((r) => r[c.name] ?? null)));
  const data = makeData({ type: new Struct(schema.fields), length: rows.length, nullCount: 0, children });
  return new Table([new RecordBatch(schema, data)]);
}
