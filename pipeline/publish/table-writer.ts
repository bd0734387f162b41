import { join } from 'node:path';
import type { Schema } from 'apache-arrow';
import type { FixedDictionary } from './arrow-columns.ts';
import { ArrowFileWriter } from './arrow-file-writer.ts';
import { arrowSchema, BATCH_CHARS, BATCH_ROWS, rowsToBatch, textLength } from './arrow-table.ts';
import type { TableSpec } from './columns.ts';
import { FileSink } from './file-sink.ts';
import { ParquetStreamWriter } from './parquet-stream-writer.ts';
import type { Row } from './values.ts';

import { csvHeader, csvRowChunks, FORMATS, type Format, jsonlLine, jsonlTextChunks } from './write-formats.ts';

/** Size and SHA-256 of a file as written. */
export interface WrittenFile {
  bytes: number;
  sha256: string;
}

/**
 * Writes one table in every format into `dir` as NAME.FORMAT while its rows arrive: rows are
 * written to the JSONL file as they come and gathered into record batches as `batchEnds` cuts
 * them (`BATCH_ROWS`, fewer when their text reaches `BATCH_CHARS`: article bodies make wide
 * rows), and each full batch goes to the three other files at once (CSV as text, Arrow as one
 * record batch of the IPC file, Parquet as one row group), so at most one batch of rows is held. Every dictionary column uses the one fixed
 * dictionary given (see `tableDictionaries`): a value outside it throws. The bytes depend on
 * the rows only, not on how they were cut into calls of `add`, and equal those of
 * `serialise` for the same rows and dictionaries; a table without rows gets four files with
 * no rows (the Arrow and Parquet files with one empty batch, as `rowsToArrow` makes them).
 *
 * @example
 * const writer = await TableWriter.open('staging', specs.sentences, tableDictionaries(specs.sentences));
 * await writer.add(rows.slice(0, 10)); await writer.add(rows.slice(10));
 * const written = await writer.close(); // { jsonl: { bytes, sha256 }, csv: …, arrow: …, parquet: … }
 */
export class TableWriter {
  private buffer: Row[] = [];
  private bufferChars = 0;
  private count = 0;
  private readonly arrow = new ArrowFileWriter();
  private readonly parquet: ParquetStreamWriter;

  private constructor(
    private readonly spec: TableSpec,
    private readonly schema: Schema,
    private readonly dictionaries: Array<FixedDictionary | undefined>,
    private readonly sinks: Record<Format, FileSink>,
  ) {
    this.parquet = new ParquetStreamWriter(sinks.parquet);
  }

  /** Creates the table's four files in `dir` (the CSV header is written at once). */
  static async open(dir: string, spec: TableSpec, dictionaries: Array<FixedDictionary | undefined>): Promise<TableWriter> {
    const sinks = {} as Record<Format, FileSink>;
    try {
      for (const format of Object.values(FORMATS)) sinks[format] = await FileSink.open(join(dir, `${spec.name}.${format}`));
      await sinks.csv.write(csvHeader(spec));
    } catch (error) {
      for (const sink of Object.values(sinks)) await sink.discard();
      throw error;
    }
    return new TableWriter(spec, arrowSchema(spec), dictionaries, sinks);
  }

  /** Rows added so far. */
  get rows(): number {
    return this.count;
  }

  /**
   * Adds rows in published order: their JSON Lines at once (the format needs no batches), the
   * other formats when a batch is full. `jsonl`, when given, holds each row's `jsonlLine`
   * already (a run's rows are serialised where they are built).
   */
  async add(rows: readonly Row[], jsonl?: readonly string[]): Promise<void> {
    this.count += rows.length;
    for (const chunk of jsonlTextChunks(jsonl ?? rows.map((r) => jsonlLine(this.spec, r)))) await this.sinks.jsonl.write(chunk);
    for (const row of rows) {
      this.buffer.push(row);
      this.bufferChars += textLength(row);
      if (this.buffer.length === BATCH_ROWS || this.bufferChars >= BATCH_CHARS) await this.flush(this.take());
    }
  }

  private take(): Row[] {
    const rows = this.buffer;
    this.buffer = [];
    this.bufferChars = 0;
    return rows;
  }

  private async flush(rows: readonly Row[]): Promise<void> {
    for (const chunk of csvRowChunks(this.spec, rows)) await this.sinks.csv.write(chunk);
    const batch = rowsToBatch(this.spec, this.schema, rows, this.dictionaries);
    this.arrow.write(batch);
    for (const chunk of this.arrow.take()) await this.sinks.arrow.write(chunk);
    await this.parquet.write(batch);
  }

  /** Writes the last batch (an empty one if the table has no rows) and the files' ends; returns what was written. */
  async close(): Promise<Record<Format, WrittenFile>> {
    if (this.buffer.length > 0 || this.count === 0) await this.flush(this.take());
    this.arrow.finish();
    for (const chunk of this.arrow.take()) await this.sinks.arrow.write(chunk);
    await this.parquet.close();
    const written = {} as Record<Format, WrittenFile>;
    for (const format of Object.values(FORMATS)) written[format] = await this.sinks[format].close();
    return written;
  }

  /** Stops writing after a failure: the files are left unfinished (the caller removes them); never throws. */
  async abort(reason: Error): Promise<void> {
    this.take();
    await this.parquet.abort(reason);
    for (const sink of Object.values(this.sinks)) await sink.discard();
  }
}
