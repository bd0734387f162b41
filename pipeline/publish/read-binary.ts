import { openAsBlob } from 'node:fs';
import { open } from 'node:fs/promises';
import { RecordBatchReader, type Schema, tableFromIPC } from 'apache-arrow';
import * as parquet from 'parquet-wasm';
import { arrowRows } from './arrow-rows.ts';
import type { TableSpec } from './columns.ts';

/** An Arrow or Parquet file opened for reading batch by batch. */
export interface BinaryTable {
  /** Column names, Arrow type names and field descriptions, from the file's (embedded Arrow) schema. */
  columns: string[];
  types: string[];
  descriptions: Array<string | null>;
  /** The rows in comparable form, in order, in slices of at most `READ_ROWS` rows (never across a record batch or row group). */
  batches(): AsyncGenerator<unknown[][]>;
  /** Releases the file; safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Rows turned into JavaScript values at a time: a record batch or row group of wide rows
 * (articles with their bodies and lists) is much larger as objects than as Arrow buffers.
 */
export const READ_ROWS = 8192;

const header = (schema: Schema): Pick<BinaryTable, 'columns' | 'types' | 'descriptions'> => ({
  columns: schema.fields.map((f) => f.name),
  types: schema.fields.map((f) => String(f.type)),
  descriptions: schema.fields.map((f) => f.metadata.get('description') ?? null),
});

async function openArrow(spec: TableSpec, path: string): Promise<BinaryTable> {
  const handle = await open(path);
  try {
    const reader = await RecordBatchReader.from(handle);
    await reader.open();
    return {
      ...header(reader.schema),
      async* batches() {
        for await (const batch of reader) {
          for (let at = 0; at < batch.numRows; at += READ_ROWS) yield arrowRows(spec, batch.slice(at, at + READ_ROWS));
        }
      },
      close: () => handle.close().catch(() => undefined),
    };
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
}

async function openParquet(spec: TableSpec, path: string): Promise<BinaryTable> {
  const file = await parquet.ParquetFile.fromFile(await openAsBlob(path));
  let open = true;
  try {
    const metadata = file.metadata();
    const groups = metadata.numRowGroups();
    metadata.free();
    return {
      ...header(tableFromIPC(file.schema().intoIPCStream()).schema),
      async* batches() {
        for (let i = 0; i < groups; i++) {
          const stream = await file.stream({ rowGroups: [i], batchSize: READ_ROWS });
          for await (const batch of stream as AsyncIterable<parquet.RecordBatch>) yield arrowRows(spec, tableFromIPC(batch.intoIPCStream()));
        }
      },
      close: async () => {
        if (open) file.free();
        open = false;
      },
    };
  } catch (error) {
    file.free();
    throw error;
  }
}

/**
 * Opens a published Arrow IPC file (apache-arrow's file reader over a file handle: the footer,
 * then one record batch at a time) or Parquet file (parquet-wasm over a Blob of the file: one
 * row group at a time), so a table of any size is read back in the memory of one batch, and
 * turned into rows `READ_ROWS` at a time.
 *
 * @example
 * const file = await openBinaryTable('parquet', specs.sentences, 'staging/sentences.parquet');
 * for await (const rows of file.batches()) check(rows);
 * await file.close();
 */
export function openBinaryTable(format: 'arrow' | 'parquet', spec: TableSpec, path: string): Promise<BinaryTable> {
  return format === 'arrow' ? openArrow(spec, path) : openParquet(spec, path);
}
