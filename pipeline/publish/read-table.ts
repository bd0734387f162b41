import { open } from 'node:fs/promises';
import { openAsBlob } from 'node:fs';
import { RecordBatchReader, tableFromIPC } from 'apache-arrow';
import * as parquet from 'parquet-wasm';
import { arrowRows } from './arrow-rows.ts';
import type { TableSpec } from './columns.ts';
import { openBinaryTable, READ_ROWS } from './read-binary.ts';
import { openTextTable } from './read-text.ts';
import type { Row } from './values.ts';
import type { Format } from './write-formats.ts';

/** Rows of a published file, in file order. */
export interface RowBatch {
  /** Index of the first row (0 for the first row of the table). */
  first: number;
  /** JSONL and CSV: byte offset of the first row, where `readRowRange` can start again; null for Arrow and Parquet. */
  offset: number | null;
  /** The rows in comparable form (cells in the spec's column order). */
  rows: unknown[][];
  /** JSONL only: the rows as published objects (for schema validation). */
  objects?: Row[];
}

/** A published file of any format opened for reading its rows a batch at a time. */
export interface TableStream {
  columns: string[];
  /** Arrow type names per column ('' for the text formats). */
  types: string[];
  /** Field descriptions per column (Arrow and Parquet), null for the text formats. */
  descriptions: Array<string | null> | null;
  /** The rows, in batches of at most a few thousand rows; JSONL and CSV batches never cross a multiple of `READ_ROWS` rows. */
  batches(): AsyncGenerator<RowBatch>;
  /** Releases the file; safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Opens a published file of any of the four formats for reading its rows in comparable form
 * a batch at a time (`openTextTable` for JSONL and CSV, `openBinaryTable` for Arrow and
 * Parquet), so a table of any size is read in the memory of one batch. Throws when the file
 * cannot be opened; reading a batch throws when its rows cannot be read.
 *
 * @example
 * const file = await openTableStream('jsonl', specs.articles, 'dist/articles.jsonl');
 * for await (const batch of file.batches()) check(batch.objects!, batch.rows);
 * await file.close();
 */
export async function openTableStream(format: Format, spec: TableSpec, path: string): Promise<TableStream> {
  if (format === 'jsonl' || format === 'csv') {
    const file = await openTextTable(format, spec, path);
    return { columns: file.columns, types: file.columns.map(() => ''), descriptions: null, batches: file.batches, close: file.close };
  }
  const file = await openBinaryTable(format, spec, path);
  return {
    columns: file.columns, types: file.types, descriptions: file.descriptions, close: file.close,
    async* batches() {
      let first = 0;
      for await (const rows of file.batches()) {
        yield { first, offset: null, rows };
        first += rows.length;
      }
    },
  };
}

/** Which rows `readRowRange` reads: `count` rows from row `first` (at byte `offset` in a JSONL or CSV file). */
export interface RowRange {
  first: number;
  count: number;
  offset: number | null;
}

async function* textRange(format: 'jsonl' | 'csv', spec: TableSpec, path: string, range: RowRange): AsyncGenerator<unknown[][]> {
  const file = await openTextTable(format, spec, path, { row: range.first, offset: range.offset ?? 0 });
  try {
    let left = range.count;
    for await (const batch of file.batches()) {
      yield batch.rows.length <= left ? batch.rows : batch.rows.slice(0, left);
      left -= batch.rows.length;
      if (left <= 0) break;
    }
  } finally {
    await file.close();
  }
}

async function* arrowRange(spec: TableSpec, path: string, range: RowRange): AsyncGenerator<unknown[][]> {
  const handle = await open(path);
  try {
    const reader = await RecordBatchReader.from(handle);
    await reader.open();
    const end = range.first + range.count;
    let at = 0;
    for await (const batch of reader) {
      const from = Math.max(range.first - at, 0);
      const to = Math.min(batch.numRows, end - at);
      for (let i = from; i < to; i += READ_ROWS) yield arrowRows(spec, batch.slice(i, Math.min(i + READ_ROWS, to)));
      at += batch.numRows;
      if (at >= end) break;
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function* parquetRange(spec: TableSpec, path: string, range: RowRange): AsyncGenerator<unknown[][]> {
  const file = await parquet.ParquetFile.fromFile(await openAsBlob(path));
  const metadata = file.metadata();
  try {
    const end = range.first + range.count;
    let at = 0;
    for (let g = 0; g < metadata.numRowGroups() && at < end; g++) {
      const group = metadata.rowGroup(g);
      const rows = group.numRows();
      group.free();
      if (at + rows > range.first) {
        const from = Math.max(range.first - at, 0);
        const to = Math.min(rows, end - at);
        let i = 0;
        const stream = await file.stream({ rowGroups: [g], batchSize: READ_ROWS });
        for await (const batch of stream as AsyncIterable<parquet.RecordBatch>) {
          const n = batch.numRows;
          if (i + n > from && i < to) {
            const table = tableFromIPC(batch.intoIPCStream());
            yield arrowRows(spec, i >= from && i + n <= to ? table : table.slice(Math.max(from - i, 0), Math.min(n, to - i)));
          } else batch.free();
          i += n;
          if (i >= to) break;
        }
      }
      at += rows;
    }
  } finally {
    metadata.free();
    file.free();
  }
}

/**
 * Reads only some rows of a published file, in comparable form, in slices of at most
 * `READ_ROWS` rows: a JSONL or CSV file from the byte offset where the rows start (a
 * `RowBatch`'s `offset`), an Arrow file by skipping whole record batches, a Parquet file by
 * reading only the row groups that hold the rows. Used to look into one block of rows whose
 * digest differs.
 *
 * @example
 * for await (const rows of readRowRange('parquet', specs.sentences, 'dist/sentences.parquet', { first: 65_536, count: 65_536, offset: null })) look(rows);
 */
export function readRowRange(format: Format, spec: TableSpec, path: string, range: RowRange): AsyncGenerator<unknown[][]> {
  if (format === 'jsonl' || format === 'csv') return textRange(format, spec, path, range);
  return format === 'arrow' ? arrowRange(spec, path, range) : parquetRange(spec, path, range);
}
