/** A label and its count. */
export type Count = [label: string, count: number];

/**
 * Counts of labels. Orders are total, so output never depends on insertion order.
 *
 * @example
 * new Tally().add('en').add('fr').add('en').top(1); // [['en', 2]]
 */
export class Tally {
  private readonly counts = new Map<string, number>();

  add(label: string, n = 1): this {
    this.counts.set(label, (this.counts.get(label) ?? 0) + n);
    return this;
  }

  get size(): number {
    return this.counts.size;
  }

  get total(): number {
    let t = 0;
    for (const n of this.counts.values()) t += n;
    return t;
  }

  /** The `limit` largest counts, ties by label. */
  top(limit = Infinity): Count[] {
    return [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, limit);
  }

  /** Every count in label order (`compare` defaults to code-unit order). */
  byLabel(compare: (a: string, b: string) => number = (a, b) => (a < b ? -1 : a > b ? 1 : 0)): Count[] {
    return [...this.counts].sort((a, b) => compare(a[0], b[0]));
  }

  get(label: string): number {
    return this.counts.get(label) ?? 0;
  }

  /** Every count, in no particular order (to send to another thread and `merge` there). */
  entries(): Count[] {
    return [...this.counts];
  }

  /** Adds the counts of another tally (its `entries()`). */
  merge(counts: Iterable<Count>): this {
    for (const [label, n] of counts) this.add(label, n);
    return this;
  }
}
