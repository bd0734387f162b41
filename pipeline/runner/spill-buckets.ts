import { appendFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Bytes a bucket gathers in memory before it is appended to its file (by default). */
const FLUSH_BYTES = 256 * 1024;

/**
 * Final records on their way to publish, spilled to disk by the first two characters of their
 * id (256 buckets for the usual hex ids): each bucket is small enough to sort in memory, and reading the buckets in
 * order gives every record in id order, whatever order the workers produced them in.
 *
 * @example
 * const spill = await SpillBuckets.create('.dist.work/spill-123');
 * await spill.add(id, line);
 * await spill.close();
 * for await (const lines of SpillBuckets.readSorted(spill.dir)) publish(lines);
 */
export class SpillBuckets {
  private readonly pending = new Map<string, string[]>();
  private readonly sizes = new Map<string, number>();
  private readonly used = new Set<string>();
  private count = 0;

  private constructor(readonly dir: string, private readonly flushBytes: number) {}

  /** A new, empty spill folder (anything left there by a killed run is removed first). */
  static async create(dir: string, flushBytes = FLUSH_BYTES): Promise<SpillBuckets> {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    return new SpillBuckets(dir, flushBytes);
  }

  /** Records added so far. */
  get size(): number { return this.count; }

  /** The bucket of an id: its first two UTF-16 code units (plus one; 0 when absent) as fixed-width hex, so bucket names sort as the ids do. */
  private static bucketOf(id: string): string {
    const unit = (i: number): string => (i < id.length ? id.charCodeAt(i) + 1 : 0).toString(16).padStart(5, '0');
    return unit(0) + unit(1);
  }

  /** Adds one record's line (its id first, then a tab). */
  async add(id: string, line: string): Promise<void> {
    const b = SpillBuckets.bucketOf(id);
    let list = this.pending.get(b);
    if (!list) this.pending.set(b, (list = []));
    list.push(`${id}\t${line}\n`);
    this.count++;
    const size = (this.sizes.get(b) ?? 0) + line.length;
    this.sizes.set(b, size);
    if (size >= this.flushBytes) await this.flush(b);
  }

  private async flush(b: string): Promise<void> {
    const list = this.pending.get(b);
    if (!list?.length) return;
    this.pending.set(b, []);
    this.sizes.set(b, 0);
    this.used.add(b);
    const path = join(this.dir, `${b}.tsv`);
    await appendFile(path, list.join('')).catch((error: NodeJS.ErrnoException) => { throw Object.assign(error, { path: error.path ?? path }); });
  }

  /** Writes out what is still in memory. */
  async close(): Promise<void> {
    for (const b of [...this.pending.keys()]) await this.flush(b);
  }

  /**
   * The buckets of closed spill folders (written by this class, maybe in other threads, each
   * folder by one), in order, each bucket's lines from every folder sorted by id: [id, line]
   * pairs. A missing folder has none.
   *
   * @example
   * for await (const bucket of SpillBuckets.readSorted(['.dist.work/spill-123/t1/sentences', '.dist.work/spill-123/t2/sentences'])) publish(bucket);
   */
  static async *readSorted(dirs: string | readonly string[]): AsyncGenerator<Array<[string, string]>> {
    const where = new Map<string, string[]>(); // bucket file name -> folders holding one
    for (const dir of typeof dirs === 'string' ? [dirs] : dirs) {
      for (const name of await readdir(dir).catch(() => [] as string[])) {
        if (!name.endsWith('.tsv')) continue;
        let list = where.get(name);
        if (!list) where.set(name, (list = []));
        list.push(dir);
      }
    }
    for (const name of [...where.keys()].sort()) {
      const entries: Array<[string, string]> = [];
      for (const dir of where.get(name)!) {
        for (const l of (await readFile(join(dir, name), 'utf8')).split('\n')) {
          if (!l) continue;
          const tab = l.indexOf('\t');
          entries.push([l.slice(0, tab), l.slice(tab + 1)]);
        }
      }
      entries.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
      yield entries;
    }
  }

  /** Removes the spill folder. */
  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
