import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TableSpec } from '../publish/columns.ts';
import { KeyHashSet } from '../publish/key-hash-set.ts';
import type { Row } from '../publish/values.ts';
import { jsonlLine } from '../publish/write-formats.ts';
import { ARTICLE_TABLES, type ArticleTable } from './build-rows.ts';
import { SpillBuckets } from './spill-buckets.ts';

/** Bytes each table's bucket gathers before it is written: seven tables of 256 buckets hold at most 112 MiB. */
const FLUSH_BYTES = 64 * 1024;

/** Separates a record's rows in a spill line: JSON text never holds a raw U+0001 (it is escaped). */
const ROW_SEPARATOR = '\u0001';

/**
 * A record's rows of one table as a spill line: each row's JSON Lines text (`jsonlLine`, so
 * publish writes it as it is), joined by a separator; '' for no rows.
 *
 * @example
 * spillLine(specs.sentences, rows.sentences) // '{"article_id":…}\u0001{"article_id":…}'
 */
export const spillLine = (spec: TableSpec, rows: readonly Row[]): string => rows.map((r) => jsonlLine(spec, r)).join(ROW_SEPARATOR);

/** The rows of a spill line and their JSON Lines texts. */
export function spillRows(line: string): { rows: Row[]; lines: string[] } {
  const lines = line.split(ROW_SEPARATOR);
  return { rows: lines.map((l) => JSON.parse(l) as Row), lines };
}

/**
 * One thread's share of the final records' rows on their way to publish, spilled per table
 * (`DIR/TABLE/`, each a `SpillBuckets`), so each table can be published on its own thread,
 * reading only its rows (from every thread's folder: `SpillBuckets.readSorted(dirs)`). Also
 * keeps the key set of its records' ids (as `articles (id)` keys); a run's main thread keeps
 * the run's own in `SpillSet`.
 *
 * @example
 * const spills = await TableSpills.create('.dist.work/spill-123/t1');
 * await spills.add(id, ARTICLE_TABLES.map((t) => spillLine(specs[t], rows[t])));
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

  /** Adds one record's rows: `lines[i]` is the `spillLine` of its rows of `ARTICLE_TABLES[i]` ('' when it has none). */
  async add(id: string, lines: readonly string[]): Promise<void> {
    this.count++;
    this.ids.add(JSON.stringify([id]));
    for (let i = 0; i < ARTICLE_TABLES.length; i++) if (lines[i] !== '') await this.buckets[ARTICLE_TABLES[i]].add(id, lines[i]);
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
