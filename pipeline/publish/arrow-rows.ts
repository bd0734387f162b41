import type { RecordBatch, Table } from 'apache-arrow';
import type { TableSpec } from './columns.ts';
import { comparable } from './values.ts';

/**
 * The rows of an Arrow table or record batch in comparable form (one array per row, cells in
 * the spec's column order; a column the data lacks reads as nulls). Whole columns go through
 * the vectors' iterators (a sequential walk), not `get(i)` per cell, which searches for the
 * batch of every row.
 *
 * @example
 * const rows = arrowRows(specs.sentences, batch); // [['0123456789abcdef', 0, 0, 0, 47, 'Kerry met…', 0], …]
 */
export function arrowRows(spec: TableSpec, data: Table | RecordBatch): unknown[][] {
  const columns = spec.columns.map((c) => {
    const v = data.getChild(c.name);
    return v ? [...v] : new Array<null>(data.numRows).fill(null);
  });
  const rows: unknown[][] = [];
  for (let i = 0; i < data.numRows; i++) rows.push(spec.columns.map((c, j) => comparable(c.kind, columns[j][i] ?? null)));
  return rows;
}
