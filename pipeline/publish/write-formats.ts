import Papa from 'papaparse';
import { tableToIPC } from 'apache-arrow';
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
  const lines = rows.map((r) => JSON.stringify(Object.fromEntries(spec.columns.map((c) => [c.name, r[c.name] ?? null]))));
  return encoder.encode(lines.length ? `${lines.join('\n')}\n` : '');
}

/** CSV with a header row, RFC 4180 quoting, LF line ends; lists as JSON arrays, null as empty. */
export function toCsv(spec: TableSpec, rows: Row[]): Uint8Array {
  const text = Papa.unparse(
    { fields: spec.columns.map((c) => c.name), data: rows.map((r) => spec.columns.map((c) => toCsvCell(c.kind, r[c.name] ?? null))) },
    { newline: '\n', quotes: false, escapeFormulae: false, header: true },
  );
  return encoder.encode(text.endsWith('\n') ? text : `${text}\n`);
}

/** Arrow IPC file format, one record batch. */
export function toArrow(spec: TableSpec, rows: Row[]): Uint8Array {
  return tableToIPC(rowsToArrow(spec, rows), 'file');
}

/** Parquet (zstd), written from the same Arrow table. */
export function toParquet(spec: TableSpec, rows: Row[]): Uint8Array {
  const wasmTable = parquet.Table.fromIPCStream(tableToIPC(rowsToArrow(spec, rows), 'stream'));
  const props = new parquet.WriterPropertiesBuilder().setCompression(parquet.Compression.ZSTD).setCreatedBy('newsprep').build();
  return parquet.writeParquet(wasmTable, props);
}

/** Serialises a table in one format. */
export function serialise(format: Format, spec: TableSpec, rows: Row[]): Uint8Array {
  switch (format) {
    case 'jsonl': return toJsonl(spec, rows);
    case 'csv': return toCsv(spec, rows);
    case 'arrow': return toArrow(spec, rows);
    default: return toParquet(spec, rows);
  }
}
