import { RecordBatchFileWriter } from 'apache-arrow';
import type { ArrayBufferViewInput } from 'apache-arrow/util/buffer';

/**
 * apache-arrow's Arrow IPC file writer, with the bytes handed out as they are produced instead
 * of collected until the end: after each `write(batch)` (and after `finish()`, which adds the
 * footer), `take()` returns the new bytes, to be written to the file before the next batch. The
 * bytes are exactly those of `tableToIPC(table, 'file')` for a table of the same batches: the
 * same writer does the work, only its output goes elsewhere. Batches must share one schema
 * and, per dictionary column, one dictionary vector (it is written once, before the first batch).
 *
 * @example
 * const writer = new ArrowFileWriter();
 * writer.write(batch); await sink.write(...writer.take());
 * writer.finish(); for (const chunk of writer.take()) await sink.write(chunk);
 */
export class ArrowFileWriter extends RecordBatchFileWriter {
  private pending: Uint8Array[] = [];

  /** The bytes produced since the last call, in order. */
  take(): Uint8Array[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  protected override _write(chunk: ArrayBufferViewInput): this {
    // The writer only ever passes typed arrays (message headers, padding, column buffers).
    if (!ArrayBuffer.isView(chunk)) throw new Error('Arrow writer produced a chunk that is not a typed array');
    if (this._started && chunk.byteLength > 0) {
      this.pending.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      this._position += chunk.byteLength;
    }
    return this;
  }
}
