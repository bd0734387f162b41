import Papa from 'papaparse';
import { type Table, tableToIPC } from 'apache-arrow';
import * as parquet from 'parquet-wasm';
import type { TableSpec } from './columns.ts';
import { rowsToArrow } from './arrow-table.ts';
import { parquetProperties } from './parquet-properties.ts';
import { type Row, toCsvCell } from './values.ts';

/** Published file formats, with their file endings. */
export const FORMATS = { jsonl: 'jsonl', csv: 'csv', arrow: 'arrow', parquet: 'parquet' } as const;
export type Format = (typeof FORMATS)[keyof typeof FORMATS];

const encoder = new TextEncoder();

/** Rows per chunk of streamed text output (JSONL, CSV): no whole-table string is ever built. */
export const TEXT_CHUNK_ROWS = 10_000;

/**
 * One row as JSON Lines holds it, without the line break: an object with every column of the
 * table in column order, null where the row has no value.
 *
 * @example
 * jsonlLine(specs.sentences, { article_id: 'a', text: 'Hi.' }) // '{"article_id":"a","paragraph":null,…,"text":"Hi.",…}'
 */
export function jsonlLine(spec: TableSpec, row: Row): string {
  const ordered: Row = {};
  for (const c of spec.columns) ordered[c.name] = row[c.name] ?? null;
  return JSON.stringify(ordered);
}

/** JSON Lines in chunks from each row's line (`jsonlLine`), `chunkRows` rows per chunk. */
export function* jsonlTextChunks(lines: readonly string[], chunkRows = TEXT_CHUNK_ROWS): Generator<Uint8Array> {
  for (let start = 0; start < lines.length; start += chunkRows) yield encoder.encode(`${lines.slice(start, start + chunkRows).join('\n')}\n`);
}

/** JSON Lines in chunks: one object per row, keys in column order. */
export function* jsonlChunks(spec: TableSpec, rows: readonly Row[], chunkRows = TEXT_CHUNK_ROWS): Generator<Uint8Array> {
  for (let start = 0; start < rows.length; start += chunkRows) yield* jsonlTextChunks(rows.slice(start, start + chunkRows).map((r) => jsonlLine(spec, r)), chunkRows);
}

/** The CSV header row (column names), which starts every CSV file. */
export const csvHeader = (spec: TableSpec): Uint8Array => encoder.encode(`${Papa.unparse([spec.columns.map((c) => c.name)], { newline: '\n' })}\n`);

/** A CSV cell is quoted when it holds a line break, a quote, a comma or a byte-order mark, or starts or ends with a space. */
const CSV_QUOTED = /[\r\n",\ufeff]|^ | $/;

/**
 * One CSV field as the header's writer (papaparse, quotes only where needed, no formula
 * escaping) writes it: quoted, with quotes doubled, only when `CSV_QUOTED` says so.
 *
 * @example
 * csvField('He said "no", twice') // '"He said ""no"", twice"'
 */
export function csvField(value: string | number | boolean): string {
  const text = String(value);
  return CSV_QUOTED.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV data rows in chunks, without the header: RFC 4180 quoting, LF line ends; lists as JSON arrays, null as empty. */
export function* csvRowChunks(spec: TableSpec, rows: readonly Row[], chunkRows = TEXT_CHUNK_ROWS): Generator<Uint8Array> {
  const columns = spec.columns;
  for (let start = 0; start < rows.length; start += chunkRows) {
    const lines = rows.slice(start, start + chunkRows).map((r) => columns.map((c) => csvField(toCsvCell(c.kind, r[c.name] ?? null))).join(','));
    yield encoder.encode(`${lines.join('\n')}\n`);
  }
}

/** CSV in chunks: the header row, then the data rows (see `csvRowChunks`). */
export function* csvChunks(spec: TableSpec, rows: readonly Row[], chunkRows = TEXT_CHUNK_ROWS): Generator<Uint8Array> {
  yield csvHeader(spec);
  yield* csvRowChunks(spec, rows, chunkRows);
}

const concat = (chunks: Iterable<Uint8Array>): Uint8Array => Buffer.concat([...chunks]);

/** JSON Lines of a whole table (for small tables and tests; publish streams the chunks). */
export const toJsonl = (spec: TableSpec, rows: Row[]): Uint8Array => concat(jsonlChunks(spec, rows));

/** CSV of a whole table (for small tables and tests; publish streams the chunks). */
export const toCsv = (spec: TableSpec, rows: Row[]): Uint8Array => concat(csvChunks(spec, rows));

/** Parquet (zstd) from an Arrow table (parquet-wasm consumes its input, so it gets a copy). */
function arrowToParquet(table: Table): Uint8Array {
  return parquet.writeParquet(parquet.Table.fromIPCStream(tableToIPC(table, 'stream')), parquetProperties());
}

/** Serialises a table in one format. */
export function serialise(format: Format, spec: TableSpec, rows: Row[]): Uint8Array {
  switch (format) {
    case 'jsonl': return toJsonl(spec, rows);
    case 'csv': return toCsv(spec, rows);
    case 'arrow': return tableToIPC(rowsToArrow(spec, rows), 'file');
    default: return arrowToParquet(rowsToArrow(spec, rows));
  }
}
