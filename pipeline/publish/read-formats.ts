import Papa from 'papaparse';
import { tableFromIPC, type Table } from 'apache-arrow';
import * as parquet from 'parquet-wasm';
import { arrowRows } from './arrow-rows.ts';
import type { TableSpec } from './columns.ts';
import { comparable, fromCsvCell, type Row } from './values.ts';
import type { Format } from './write-formats.ts';

/** A file read back: its column names, and rows in comparable form (one array per row). */
export interface ReadBack {
  columns: string[];
  /** Arrow/Parquet type names per column ('' for text formats). */
  types: string[];
  /** Arrow/Parquet field metadata `description` per column (null for text formats). */
  descriptions: Array<string | null> | null;
  rows: unknown[][];
  /** JSONL only: the rows as published objects (for schema validation). */
  objects?: Row[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function fromJsonl(spec: TableSpec, bytes: Uint8Array): ReadBack & { objects: Row[] } {
  const text = decoder.decode(bytes);
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const objects = lines.map((line, i) => {
    try {
      return JSON.parse(line) as Row;
    } catch (error) {
      throw new Error(`line ${i + 1} is not valid JSON (${(error as Error).message})`);
    }
  });
  const columns = objects.length ? Object.keys(objects[0]) : spec.columns.map((c) => c.name);
  objects.forEach((o, i) => {
    const keys = Object.keys(o).join(',');
    if (keys !== columns.join(',')) throw new Error(`line ${i + 1} has columns ${keys}, expected ${columns.join(',')}`);
  });
  const rows = objects.map((o) => spec.columns.map((c) => comparable(c.kind, o[c.name] ?? null)));
  return { columns, types: columns.map(() => ''), descriptions: null, rows, objects };
}

function fromCsv(spec: TableSpec, bytes: Uint8Array): ReadBack {
  const parsed = Papa.parse<string[]>(decoder.decode(bytes), { header: false, skipEmptyLines: false, newline: '\n' });
  if (parsed.errors.length) throw new Error(`CSV row ${parsed.errors[0].row}: ${parsed.errors[0].message}`);
  const data = parsed.data;
  if (data.length && data[data.length - 1].length === 1 && data[data.length - 1][0] === '') data.pop();
  const [header = [], ...body] = data;
  if (header.join(',') !== spec.columns.map((c) => c.name).join(',')) return { columns: header, types: header.map(() => ''), descriptions: null, rows: [] };
  const rows = body.map((cells, i) => {
    if (cells.length !== spec.columns.length) throw new Error(`CSV row ${i + 1} has ${cells.length} cells, expected ${spec.columns.length}`);
    return spec.columns.map((c, j) => comparable(c.kind, fromCsvCell(c.kind, c.nullable, cells[j])));
  });
  return { columns: header, types: header.map(() => ''), descriptions: null, rows };
}

function fromArrowTable(spec: TableSpec, table: Table): ReadBack {
  const columns = table.schema.fields.map((f) => f.name);
  const types = table.schema.fields.map((f) => String(f.type));
  const descriptions = table.schema.fields.map((f) => f.metadata.get('description') ?? null);
  return { columns, types, descriptions, rows: arrowRows(spec, table) };
}

/**
 * Reads a published file back with the format's own reader and returns comparable rows.
 * Throws with a message naming the problem when the file cannot be read.
 *
 * @example
 * const back = readFormat('csv', spec, await readFile('dist/articles.csv'));
 */
export function readFormat(format: Format, spec: TableSpec, bytes: Uint8Array): ReadBack {
  switch (format) {
    case 'jsonl': return fromJsonl(spec, bytes);
    case 'csv': return fromCsv(spec, bytes);
    case 'arrow': return fromArrowTable(spec, tableFromIPC(bytes));
    default: return fromArrowTable(spec, tableFromIPC(parquet.readParquet(bytes).intoIPCStream()));
  }
}

/** JSONL rows as published objects (for schema validation). */
export function readJsonlObjects(spec: TableSpec, bytes: Uint8Array): Row[] {
  return fromJsonl(spec, bytes).objects;
}
