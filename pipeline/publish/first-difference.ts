/** Where two sequences of rows first differ. */
export interface RowDifference {
  /** 1-based row number. */
  row: number;
  /** Index of the first differing cell. */
  column: number;
  a: unknown;
  b: unknown;
}

/** Takes rows one at a time from an iterator of row slices. */
class RowCursor {
  private rows: unknown[][] = [];
  private at = 0;

  constructor(private readonly source: AsyncIterator<unknown[][]>) {}

  async next(): Promise<unknown[] | undefined> {
    while (this.at >= this.rows.length) {
      const next = await this.source.next();
      if (next.done) return undefined;
      this.rows = next.value;
      this.at = 0;
    }
    return this.rows[this.at++];
  }

  async close(): Promise<void> {
    await this.source.return?.();
  }
}

/**
 * The first row where two sequences of rows in comparable form differ (rows compared as JSON,
 * as `RowDigest` hashes them), reading both in step, a slice at a time; null when every row of
 * the shorter one equals the other's. `first` is the number of rows before the ones given
 * (rows are numbered from `first + 1`). Both sources are closed when it returns.
 *
 * @example
 * await firstDifference(readRowRange('jsonl', …), readRowRange('csv', …), 65_536); // { row: 65_540, column: 5, a: 'x', b: 'y' }
 */
export async function firstDifference(a: AsyncIterable<unknown[][]>, b: AsyncIterable<unknown[][]>, first = 0): Promise<RowDifference | null> {
  const left = new RowCursor(a[Symbol.asyncIterator]());
  const right = new RowCursor(b[Symbol.asyncIterator]());
  try {
    for (let row = first + 1; ; row++) {
      const [x, y] = await Promise.all([left.next(), right.next()]);
      if (x === undefined || y === undefined) return null;
      if (JSON.stringify(x) === JSON.stringify(y)) continue;
      const length = Math.max(x.length, y.length);
      for (let column = 0; column < length; column++) {
        if (JSON.stringify(x[column]) !== JSON.stringify(y[column])) return { row, column, a: x[column], b: y[column] };
      }
    }
  } finally {
    await Promise.all([left.close(), right.close()]);
  }
}
