import { createHash, type Hash } from 'node:crypto';
import { BATCH_ROWS } from './arrow-table.ts';

/** Rows hashed per update: few calls into the hash, no large strings. */
const UPDATE_ROWS = 1024;

/** What a table's rows digest to: the row count and a SHA-256 per block of rows. */
export interface RowDigestResult {
  rows: number;
  /** Rows per block (publish: `BATCH_ROWS`, one Arrow record batch or Parquet row group). */
  blockRows: number;
  /** Hex SHA-256 of each block of `blockRows` rows (the last block may be shorter). */
  blocks: string[];
}

/**
 * A running SHA-256 of rows in comparable form (`comparable` of each cell, rows in column
 * order, each row's JSON text followed by a comma), in blocks of `blockRows` rows counted from the first row, so
 * the same rows give the same digest however they are cut into batches, and two digests that
 * differ say which block differs. Publish digests the rows it writes and the rows it reads back
 * from the Arrow and Parquet files, instead of keeping the rows.
 *
 * @example
 * const d = new RowDigest(); d.add([['0123456789abcdef', 0]]); d.result(); // { rows: 1, blockRows: 65536, blocks: ['…'] }
 */
export class RowDigest {
  private hash: Hash = createHash('sha256');
  private inBlock = 0;
  private count = 0;
  private readonly blocks: string[] = [];

  constructor(private readonly blockRows = BATCH_ROWS) {}

  /** Adds rows (each an array of comparable cells). */
  add(rows: readonly unknown[][]): this {
    for (let i = 0; i < rows.length;) {
      const n = Math.min(rows.length - i, this.blockRows - this.inBlock);
      for (let at = i; at < i + n; at += UPDATE_ROWS) {
        // One JSON text for many rows: its rows are separated by commas, so each row's JSON
        // followed by a comma is hashed, whatever rows share an update.
        const text = JSON.stringify(rows.slice(at, Math.min(at + UPDATE_ROWS, i + n)));
        this.hash.update(text.length > 2 ? `${text.slice(1, -1)},` : '');
      }
      i += n;
      this.count += n;
      this.inBlock += n;
      if (this.inBlock === this.blockRows) this.seal();
    }
    return this;
  }

  private seal(): void {
    this.blocks.push(this.hash.digest('hex'));
    this.hash = createHash('sha256');
    this.inBlock = 0;
  }

  /** The digest of every row added; no row may be added after. */
  result(): RowDigestResult {
    if (this.inBlock > 0) this.seal();
    return { rows: this.count, blockRows: this.blockRows, blocks: [...this.blocks] };
  }
}
