import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { KeyHashSet } from '../publish/key-hash-set.ts';
import { ARTICLE_TABLES, type ArticleTable } from './build-rows.ts';
import { SpillBuckets } from './spill-buckets.ts';

/** Bytes each table's bucket gathers before it is written: seven tables of 256 buckets hold at most 112 MiB. */
const FLUSH_BYTES = 64 * 1024;

/**
 * One thread's share of the final records' rows on their way to publish, spilled per table
 * (`DIR/TABLE/`, each a `SpillBuckets`), so each table can be published on its own thread,
 * reading only its rows (from every thread's folder: `SpillBuckets.readSorted(dirs)`). Also
 * keeps the key set of its records' ids (as `articles (id)` keys); a run's main thread keeps
 * the run's own in `SpillSet`.
 *
 * @example
 * const spills = await TableSpills.create('.dist.work/spill-123/t1');
 * await spills.add(id, [articlesLine, sentencesLine, ...]); // one JSON array per table
 * await spills.close();
 */
export class TableSpills {
  readonly ids = new KeyHashSet();
  private count = 0;

  private constructor(readonly dir: string, private readonly buckets: Record<ArticleTable, SpillBuckets>) {}

  /** New, empty spill folders (anything left by a killed run is removed first). */
  static async create(dir: string): Promise<TableSpills> {
    const buckets = {} as Record<ArticleTable, SpillBuckets>;
    for (const t of ARTICLE_TABLES) buckets[t] = await SpillBuckets.create(join(dir, t), FLUSH_BYTES);
    return new TableSpills(dir, buckets);
  }

  /** Records added so far. */
  get size(): number { return this.count; }

  /** The folder of one table's buckets. */
  dirOf(t: ArticleTable): string { return this.buckets[t].dir; }

  /** Adds one record's rows: `lines[i]` is the JSON array of its rows of `ARTICLE_TABLES[i]` (`[]` when it has none). */
  async add(id: string, lines: readonly string[]): Promise<void> {
    this.count++;
    this.ids.add(JSON.stringify([id]));
    for (let i = 0; i < ARTICLE_TABLES.length; i++) if (lines[i] !== '[]') await this.buckets[ARTICLE_TABLES[i]].add(id, lines[i]);
  }

  /** Writes out what is still in memory. */
  async close(): Promise<void> {
    for (const t of ARTICLE_TABLES) await this.buckets[t].close();
  }

  /** Removes every spill folder. */
  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
