import Papa from 'papaparse';
import { type Table, tableToIPC } from 'apache-arrow';
import * as parquet from 'parquet-wasm';
import type { TableSpec } from './columns.ts';
import { rowsToArrow } from './arrow-table.ts';
import { type Row, toCsvCell } from './values.ts';

/** Published file formats, with their file endings. */
export const FORMATS = { jsonl: 'jsonl', csv: 'csv', arrow: 'arrow', parquet: 'parquet' } as const;
export type Format = (typeof FORMATS)[keyof typeof FORMATS];

const encoder = new TextEncoder();

/** JSON Lines: one object per row, keys in column order. */
export function toJsonl(spec: TableSpec, rows: Row[]): Uint8Array {
  const keys = spec.columns.map((c, i) => `${i ? ',' : '{'}${JSON.stringify(c.name)}:`);
  const names = spec.columns.map((c) => c.name);
  const parts: string[] = [];
  for (const r of rows) {
    for (let i = 0; i < names.length; i++) parts.push(keys[i], JSON.stringify(r[names[i]] ?? null));
    parts.push('}\n');
  }
  return encoder.encode(parts.join(''));
}

/** CSV with a header row, RFC 4180 quoting, LF line ends; lists as JSON arrays, null as empty. */
export function toCsv(spec: TableSpec, rows: Row[]): Uint8Array {
  const text = Papa.unparse(
    { fields: spec.columns.map((c) => c.name), data: rows.map((r) => spec.columns.map((c) => toCsvCell(c.kind, r[c.name] ?? null))) },
    { newline: '\n', quotes: false, escapeFormulae: false, header: true },
  );
  return encoder.encode(text.endsWith('\n') ? text : `${text}\n`);
}

/** Parquet (zstd) from an Arrow table (parquet-wasm consumes its input, so it gets a copy). */
function arrowToParquet(table: Table): Uint8Array {
  const wasmTable = parquet.Table.fromIPCStream(tableToIPC(table, 'stream'));
  const props = new parquet.WriterPropertiesBuilder().setCompression(parquet.Compression.ZSTD).setCreatedBy('newsprep').build();
  return parquet.writeParquet(wasmTable, props);
}

/**
 * Serialises a table in every format; the Arrow data is built once and serves both the
 * Arrow IPC file and the Parquet file.
 *
 * @example
 * const files = serialiseAll(spec, rows); // { jsonl, csv, arrow, parquet }
 */
export function serialiseAll(spec: TableSpec, rows: Row[]): Record<Format, Uint8Array> {
  const table = rowsToArrow(spec, rows);
  return { jsonl: toJsonl(spec, rows), csv: toCsv(spec, rows), arrow: tableToIPC(table, 'file'), parquet: arrowToParquet(table) };
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
