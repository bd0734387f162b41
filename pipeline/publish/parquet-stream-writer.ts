import { type RecordBatch, Table, tableToIPC } from 'apache-arrow';
import * as parquet from 'parquet-wasm';
import type { FileSink } from './file-sink.ts';
import { parquetProperties } from './parquet-properties.ts';

/**
 * Rows handed to parquet-wasm at a time: a batch is copied (as an IPC stream, then into wasm
 * memory) a slice at a time, not whole. The writer encodes in steps of 1,024 rows and closes a
 * row group at `BATCH_ROWS` rows; slices of a multiple of 1,024 rows that divides `BATCH_ROWS`
 * give the same pages, so the same bytes, as whole batches.
 */
const SLICE_ROWS = 8192;

/**
 * A Parquet file written batch by batch: each Arrow record batch goes to parquet-wasm's
 * streaming writer (through Arrow IPC streams of slices of `SLICE_ROWS` rows), which closes a
 * row group every `BATCH_ROWS` rows (one per batch of `TableWriter`); the bytes it produces go
 * to `sink` as they come. `write` resolves once the writer has taken the batch's last slice, so
 * at most one slice waits in front of it. The bytes equal those of `writeParquet` over a table
 * of the same batches (the same settings, `parquetProperties`).
 * After a failure of the writer or the sink, `write` and `close` reject with that error.
 *
 * @example
 * const writer = new ParquetStreamWriter(await FileSink.open('staging/articles.parquet'));
 * await writer.write(batch);
 * await writer.close(); // then close the sink
 */
export class ParquetStreamWriter {
  private controller!: ReadableStreamDefaultController<parquet.RecordBatch>;
  private resume: (() => void) | null = null;
  private readonly done: Promise<void>;
  private failure: Error | null = null;

  constructor(private readonly sink: FileSink) {
    const input = new ReadableStream<parquet.RecordBatch>({
      start: (controller) => { this.controller = controller; },
      pull: () => { this.resume?.(); this.resume = null; },
    }, { highWaterMark: 1 });
    this.done = this.pump(input);
    this.done.catch((error: Error) => {
      this.failure = error;
      this.resume?.();
    });
  }

  private async pump(input: ReadableStream<parquet.RecordBatch>): Promise<void> {
    const output = await parquet.transformParquetStream(input, parquetProperties());
    const reader = (output as ReadableStream<Uint8Array>).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        await this.sink.write(value);
      }
    } catch (error) {
      await reader.cancel(error).catch(() => undefined);
      try { this.controller.error(error); } catch { /* already closed */ }
      throw error;
    }
  }

  /** Hands one record batch (one row group) to the writer. */
  async write(batch: RecordBatch): Promise<void> {
    if (this.failure) throw this.failure;
    for (let at = 0; at === 0 || at < batch.numRows; at += SLICE_ROWS) {
      const table = parquet.Table.fromIPCStream(tableToIPC(new Table([batch.slice(at, at + SLICE_ROWS)]), 'stream'));
      try {
        for (const b of table.recordBatches()) this.controller.enqueue(b);
      } finally {
        table.free();
      }
      if ((this.controller.desiredSize ?? 1) <= 0) await new Promise<void>((resolve) => { this.resume = resolve; });
      if (this.failure) throw this.failure;
    }
  }

  /** Ends the file (footer) and waits until every byte has gone to the sink. */
  async close(): Promise<void> {
    if (this.failure) throw this.failure;
    this.controller.close();
    await this.done;
  }

  /** Stops the writer after a failure elsewhere; never throws. */
  async abort(reason: Error): Promise<void> {
    try { this.controller.error(reason); } catch { /* already closed */ }
    await this.done.catch(() => undefined);
  }
}
