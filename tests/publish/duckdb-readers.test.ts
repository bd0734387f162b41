import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import type { ColumnSpec } from '../../pipeline/publish/columns.ts';
import { TABLES } from '../../pipeline/publish/tables.ts';
import { comparable, fromCsvCell } from '../../pipeline/publish/values.ts';
import { jsonlRows, publishSample, specs } from '../helpers/published.ts';

const q = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const ident = (s: string): string => `"${s}"`;

/** DuckDB column type used to read JSON without guessing. */
const jsonType = (c: ColumnSpec): string => (c.kind === 'integer' ? 'BIGINT' : c.kind === 'number' ? 'DOUBLE' : c.kind === 'list' ? 'VARCHAR[]' : 'VARCHAR');

/** Selects a column so that its JS value is comparable with the JSONL value. */
const select = (c: ColumnSpec, parquet: boolean): string => (parquet && c.kind === 'timestamp' ? `epoch_ms(${ident(c.name)})::DOUBLE AS ${ident(c.name)}` : ident(c.name));

describe('DuckDB reads the published CSV, JSONL and Parquet exactly', async () => {
  const dist = await publishSample();
  const expected = await jsonlRows(dist);
  const conn = await (await DuckDBInstance.create(':memory:')).connect();

  it.each(TABLES)('%s', async (table) => {
    const spec = specs[table];
    const path = (f: string) => q(join(dist, `${table}.${f}`));
    const cols = spec.columns;
    const csv = await conn.runAndReadAll(`SELECT * FROM read_csv(${path('csv')}, header=true, all_varchar=true, quote='"', escape='"', new_line='\\n')`);
    expect(csv.columnNames()).toEqual(cols.map((c) => c.name));
    const csvRows = csv.getRows().map((r) => cols.map((c, i) => comparable(c.kind, fromCsvCell(c.kind, c.nullable, (r[i] as string | null) ?? ''))));
    expect(csvRows).toEqual(expected[table]);

    const columns = `{${cols.map((c) => `${q(c.name)}: ${q(jsonType(c))}`).join(', ')}}`;
    const json = await conn.runAndReadAll(`SELECT * FROM read_json(${path('jsonl')}, format='newline_delimited', columns=${columns})`);
    expect(json.columnNames()).toEqual(cols.map((c) => c.name));
    const jsonValues = json.getRowsJS().map((r) => cols.map((c, i) => comparable(c.kind, typeof r[i] === 'bigint' ? Number(r[i]) : r[i])));
    expect(jsonValues).toEqual(expected[table]);

    const pq = await conn.runAndReadAll(`SELECT ${cols.map((c) => select(c, true)).join(', ')} FROM read_parquet(${path('parquet')})`);
    expect(pq.columnNames()).toEqual(cols.map((c) => c.name));
    const pqValues = pq.getRowsJS().map((r) => cols.map((c, i) => comparable(c.kind, typeof r[i] === 'bigint' ? Number(r[i]) : r[i])));
    expect(pqValues).toEqual(expected[table]);
  });
});
