import { createHash, type Hash } from 'node:crypto';
import { BATCH_ROWS } from './arrow-table.ts';

/** Rows hashed per update by default. */
const GROUP_ROWS = 1024;

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
 * order), in blocks of `blockRows` rows counted from the first row. Within a block the rows are
 * hashed in groups of `groupRows` counted from the block's first row, each group as the JSON
 * text of its array of rows, so the same rows give the same digest however they are cut into
 * batches (a group is hashed once it is complete, and the last one when its block ends), and two
 * digests that differ say which block differs. Publish digests the rows it writes and the rows
 * it reads back from the Arrow and Parquet files, instead of keeping the rows. Rows are read
 * when their group is hashed: a caller must not change a row it has added before then.
 *
 * @example
 * const d = new RowDigest(); d.add([['0123456789abcdef', 0]]); d.result(); // { rows: 1, blockRows: 65536, blocks: ['…'] }
 */
export class RowDigest {
  private hash: Hash = createHash('sha256');
  private inBlock = 0;
  private count = 0;
  private readonly blocks: string[] = [];
  /** Rows of the group being filled (at most `groupRows`). */
  private group: unknown[][] = [];

  /**
   * @param blockRows Rows per block (default `BATCH_ROWS`).
   * @param groupRows Rows per hash update (default 1024: few calls into the hash, no large strings).
   */
  constructor(private readonly blockRows = BATCH_ROWS, private readonly groupRows = GROUP_ROWS) {}

  /** Adds rows (each an array of comparable cells). */
  add(rows: readonly unknown[][]): this {
    for (const row of rows) {
      this.group.push(row);
      this.count++;
      this.inBlock++;
      if (this.inBlock === this.blockRows) this.seal();
      else if (this.group.length === this.groupRows) this.flush();
    }
    return this;
  }

  private flush(): void {
    if (this.group.length > 0) this.hash.update(JSON.stringify(this.group));
    this.group = [];
  }

  private seal(): void {
    this.flush();
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
