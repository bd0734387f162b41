import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { KeyHashSet } from '../publish/key-hash-set.ts';
import type { ArticleTable } from './build-rows.ts';

/**
 * A run's spilled rows as the main thread knows them: the folder every thread spills its final
 * records' rows into (each into its own subfolder, a `TableSpills`, so row data never passes
 * through this thread), the ids of the records spilled, and, once the threads are done, the
 * folders to publish each table from. The ids are the `articles (id)` keys the tables that
 * refer to articles are checked against.
 *
 * @example
 * const spill = await SpillSet.create('.dist.work/spill-123');
 * await exec.setContext({ spill: spill.dir }); // rows jobs spill, then return their ids
 * spill.added(result.ids);
 * await exec.setContext({ spill: null });      // every thread writes out what it holds
 * const dirs = await spill.dirsOf('sentences');
 */
export class SpillSet {
  readonly ids = new KeyHashSet();
  private count = 0;

  private constructor(readonly dir: string) {}

  /** A new, empty spill folder (anything left there by a killed run is removed first). */
  static async create(dir: string): Promise<SpillSet> {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    return new SpillSet(dir);
  }

  /** Records spilled so far. */
  get size(): number { return this.count; }

  /** Notes the ids of records a thread spilled. */
  added(ids: readonly string[]): void {
    for (const id of ids) {
      this.ids.add(JSON.stringify([id]));
      this.count++;
    }
  }

  /** One table's spill folders, one per thread that spilled rows (in name order). */
  async dirsOf(table: ArticleTable): Promise<string[]> {
    const threads = (await readdir(this.dir).catch(() => [] as string[])).filter((n) => /^t\d+$/.test(n)).sort();
    return threads.map((t) => join(this.dir, t, table));
  }

  /**
   * Removes every spill folder in a work folder (`spill-PID`): run while holding the output's
   * lock, every one left there belongs to a run that was killed (at a million articles a spill
   * holds gigabytes, so leaving them would fill the disk night after night).
   */
  static async removeAll(work: string): Promise<void> {
    const names = await readdir(work).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => /^spill-\d+$/.test(n)).map((n) => rm(join(work, n), { recursive: true, force: true })));
  }

  /** Removes the spill folder and everything the threads wrote there. */
  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
