import { Buffer } from 'node:buffer';
import { type Data, DataType, type RecordBatch, type Table, type Utf8, type Vector, makeVector } from 'apache-arrow';
import type { TableSpec } from './columns.ts';
import { comparable } from './values.ts';

/** The strings of a UTF-8 column chunk, each decoded from its bytes by Buffer (one native call, not a TextDecoder per value). */
function utf8Values(d: Data<Utf8>, out: unknown[]): void {
  const bytes = Buffer.from(d.values.buffer, d.values.byteOffset, d.values.byteLength);
  const offsets = d.valueOffsets;
  for (let i = 0; i < d.length; i++) out.push(d.getValid(i) ? bytes.toString('utf8', offsets[i], offsets[i + 1]) : null);
}

/**
 * A column's values in row order. UTF-8 strings and dictionaries of them (most of a published
 * table's cells) are read from the buffers directly: each string decoded once, a dictionary's
 * values once per chunk; any other type through the vector's iterator. Unlike the vector's own
 * getters, a leading U+FEFF is kept (`comparable` removes one, as on the written side).
 */
function columnValues(v: Vector): unknown[] {
  const out: unknown[] = [];
  for (const d of v.data) {
    if (DataType.isUtf8(d.type)) utf8Values(d as Data<Utf8>, out);
    else if (DataType.isDictionary(d.type) && d.dictionary && DataType.isUtf8(d.dictionary.type)) {
      const values = columnValues(d.dictionary);
      const keys = d.values as ArrayLike<number>;
      for (let i = 0; i < d.length; i++) out.push(d.getValid(i) ? values[keys[i]] : null);
    } else for (const x of makeVector(d)) out.push(x);
  }
  return out;
}

/**
 * The rows of an Arrow table or record batch in comparable form (one array per row, cells in
 * the spec's column order; a column the data lacks reads as nulls). Whole columns are read at
 * once (`columnValues`), not `get(i)` per cell, which searches for the batch of every row.
 *
 * @example
 * const rows = arrowRows(specs.sentences, batch); // [['0123456789abcdef', 0, 0, 0, 47, 'Kerry met…', 0], …]
 */
export function arrowRows(spec: TableSpec, data: Table | RecordBatch): unknown[][] {
  const columns = spec.columns.map((c) => {
    const v = data.getChild(c.name);
    return v ? columnValues(v) : new Array<null>(data.numRows).fill(null);
  });
  const rows: unknown[][] = [];
  for (let i = 0; i < data.numRows; i++) rows.push(spec.columns.map((c, j) => comparable(c.kind, columns[j][i] ?? null)));
  return rows;
}
