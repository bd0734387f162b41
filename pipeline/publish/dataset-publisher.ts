import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatasetInfo } from '../lib/dataset-info.ts';
import { runError } from '../lib/exit-codes.ts';
import { sha256 } from '../lib/hash.ts';
import type { SchemaRegistry } from '../lib/schemas.ts';
import { tableDictionaries } from './arrow-table.ts';
import { copyDurable, stagingName, swapIn, writeDurable } from './atomic-swap.ts';
import { KeyChecker } from './check-keys.ts';
import type { ColumnProfile } from './column-profile.ts';
import type { TableSpec } from './columns.ts';
import { dataPackage } from './datapackage.ts';
import { datasetCard } from './dataset-card.ts';
import { DatasetStats, type DatasetStatsData } from './dataset-stats.ts';
import type { Manifest, ManifestFile } from './manifest.ts';
import { publishError } from './publish-error.ts';
import { reportHtml } from './report-html.ts';
import { TablePublisher, type TableOutcome } from './table-publisher.ts';
import { TABLES, type TableName, tableSpecs } from './tables.ts';
import type { Row } from './values.ts';
import { verifyFiles } from './verify-staging.ts';
import { FORMATS } from './write-formats.ts';

/** What `DatasetPublisher.open` needs. */
export interface PublisherOptions {
  /** The dataset folder to replace, e.g. `dist`. */
  target: string;
  registry: SchemaRegistry;
  /**
   * For each dictionary column without an enum in its schema (e.g. `articles.encoding`,
   * `removed.rule`, `rejects.rule`, the `language` columns, `quotes.cue`), every value the
   * column will hold: an Arrow IPC file writes a dictionary once, before its first record
   * batch, and cannot replace it. A column left out may only hold nulls. Extra values are
   * allowed (they are in the dictionary of the file, unused). Enum columns use their enum.
   */
  dictionaries?: Partial<Record<TableName, Record<string, readonly string[]>>>;
  /**
   * Tables published elsewhere into the staging folder (e.g. by worker threads, each with a
   * `TablePublisher`): no files are opened for them here, and `finish` expects each one's
   * outcome through `adopt`.
   */
  external?: readonly TableName[];
}

/** A table published elsewhere: its outcome, the card statistics of its rows, and its key problems. */
export interface AdoptedTable extends TableOutcome {
  stats: DatasetStatsData;
  /** Broken keys its own checks found (its foreign keys were checked against the referenced keys provided). */
  keyProblems: string[];
}

/** An extra file's content: its bytes, or a file (e.g. in the work folder) copied as it is. */
export type ExtraFile = Uint8Array | { path: string };

/** What `DatasetPublisher.finish` needs besides the rows. */
export interface PublisherFinish {
  /** Manifest fields known before writing. */
  manifest: Omit<Manifest, 'files' | 'tables'>;
  /**
   * Other files to publish (relative path -> bytes, or `{ path }` of a file to copy, read a
   * chunk at a time), e.g. the deduplication index.
   */
  extraFiles: Record<string, ExtraFile>;
  /** What the dataset says about itself (title, licences, sources), from the config. */
  dataset: DatasetInfo;
}

const encoder = new TextEncoder();

/**
 * Publishes a dataset whose rows arrive a batch at a time, in memory that does not grow with
 * the tables. `open` creates a staging folder next to the target; `add` takes rows of any
 * table in published order, in batches of any size, tables interleaved as they come; each row
 * is checked against its table schema and its column dictionaries, digested, counted into the
 * card's statistics and profiles and into the key checks, and written to all four files in
 * record batches of `BATCH_ROWS` (see `TableWriter`). `finish` closes every table, reads the
 * Arrow and Parquet files back one batch at a time and compares them with the digests of the
 * rows written (`verifyTableDigest`), settles the foreign keys, writes the extra files,
 * datapackage.json, README.md, report.html and manifest.json, checks every file's size and
 * checksum (`verifyFiles`) and swaps the folder in. The same rows give the same bytes however
 * they are cut into batches. Tables named `external` are published by someone else into
 * `stagingDir` (a worker thread each, with a `TablePublisher`); their outcomes come in through
 * `adopt`, and `finish` takes them as the others.
 *
 * On any failure (a row that breaks its schema, a value outside its dictionary, a broken key,
 * a file that does not read back, a full disk) the staging folder is removed and a run error
 * (exit 2) saying the target is unchanged is thrown; the publisher is then spent. `abort`
 * does the same for a failure of the caller. Calls are taken in order, one at a time.
 *
 * @example
 * const publisher = await DatasetPublisher.open({ target: 'dist', registry, dictionaries });
 * await publisher.add('articles', [article]); await publisher.add('sentences', sentences);
 * const manifest = await publisher.finish({ manifest, extraFiles: {}, dataset: datasetDefaults });
 */
export class DatasetPublisher {
  private readonly adopted = new Map<TableName, AdoptedTable>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Set once the publisher is spent: the error it failed with, or a note that it finished or was aborted. */
  private spent: Error | null = null;

  private constructor(
    private readonly target: string,
    private readonly staging: string,
    private readonly specs: Record<TableName, TableSpec>,
    private readonly tables: Partial<Record<TableName, TablePublisher>>,
    private readonly keys: KeyChecker,
    private readonly stats: DatasetStats,
  ) {}

  /** The staging folder (where tables published elsewhere write their files). */
  get stagingDir(): string {
    return this.staging;
  }

  /** Creates the staging folder (replacing one left by this process id) and the files of every table. */
  static async open(o: PublisherOptions): Promise<DatasetPublisher> {
    const staging = stagingName(o.target, process.pid);
    const specs = tableSpecs(o.registry);
    const tables: Partial<Record<TableName, TablePublisher>> = {};
    const keys = new KeyChecker(specs);
    const stats = new DatasetStats();
    try {
      await rm(staging, { recursive: true, force: true });
      await mkdir(staging, { recursive: true });
      for (const t of TABLES) {
        if (o.external?.includes(t)) continue;
        const allowed = o.dictionaries?.[t] ?? {};
        tables[t] = await TablePublisher.open({
          staging, target: o.target, spec: specs[t], validate: o.registry.validator(`newsprep:tables/${t}`),
          dictionaries: tableDictionaries(specs[t], allowed), allowed, keys, stats,
        });
      }
    } catch (error) {
      for (const t of Object.values(tables)) await t.abort(error as Error);
      await rm(staging, { recursive: true, force: true }).catch(() => undefined);
      throw publishError(error, staging, o.target);
    }
    return new DatasetPublisher(o.target, staging, specs, tables, keys, stats);
  }

  /** Runs calls one at a time, in the order they were made. */
  private serial<T>(step: () => Promise<T>): Promise<T> {
    const run = this.queue.then(step);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Adds rows of one table, in published order, after the rows added before. Throws (and
   * removes the staging folder) when a row breaks its schema or a dictionary, or a primary key
   * repeats.
   */
  add(table: TableName, rows: readonly Row[]): Promise<void> {
    return this.serial(async () => {
      if (this.spent) throw this.spent;
      try {
        const t = this.tables[table];
        if (!t) throw new Error(`publish: ${table} is published elsewhere (adopt its outcome)`);
        await t.add(rows);
      } catch (error) {
        throw await this.fail(error);
      }
    });
  }

  /**
   * Takes over a table published elsewhere into the staging folder (one of `external`): its
   * files, rows, verification and key problems, card statistics and column profiles.
   */
  adopt(table: TableName, outcome: AdoptedTable): Promise<void> {
    return this.serial(async () => {
      if (this.spent) throw this.spent;
      if (this.tables[table] || this.adopted.has(table)) throw await this.fail(new Error(`publish: ${table} is not an external table, or was adopted already`));
      this.adopted.set(table, outcome);
      this.stats.merge(outcome.stats);
    });
  }

  /**
   * Closes every table, verifies the staging folder, writes the dataset's other files and
   * swaps it in place of the target. Returns the manifest written.
   */
  finish(o: PublisherFinish): Promise<Manifest> {
    return this.serial(async () => {
      if (this.spent) throw this.spent;
      try {
        const files: Record<string, ManifestFile> = {};
        const put = async (name: string, bytes: Uint8Array, rows: number | null): Promise<void> => {
          await writeDurable(join(this.staging, name), bytes);
          files[name] = { rows, bytes: bytes.length, sha256: sha256(bytes) };
        };
        const problems: string[] = [];
        const outcomes = {} as Record<TableName, TableOutcome>;
        for (const t of TABLES) {
          const own = this.tables[t];
          const adopted = this.adopted.get(t);
          if (!own && !adopted) throw new Error(`publish: no outcome was adopted for ${t}`);
          outcomes[t] = own ? await own.finish() : adopted!;
          for (const format of Object.values(FORMATS)) files[`${t}.${format}`] = { rows: outcomes[t].rows, ...outcomes[t].files[format] };
          problems.push(...outcomes[t].problems, ...(adopted?.keyProblems ?? []));
          if (own) this.keys.end(t);
        }
        problems.push(...this.keys.problems);
        if (problems.length) throw runError(`verification of the new dataset failed: ${problems.slice(0, 5).join('; ')}`);
        for (const [name, file] of Object.entries(o.extraFiles).sort(([a], [b]) => (a < b ? -1 : 1))) {
          if (file instanceof Uint8Array) await put(name, file, null);
          else files[name] = { rows: null, ...await copyDurable(file.path, join(this.staging, name)) };
        }
        const tables = Object.fromEntries(TABLES.map((t) => [t, { rows: outcomes[t].rows, columns: this.specs[t].columns.map((c) => c.name) }]));
        const profiles = Object.fromEntries(TABLES.map((t) => [t, outcomes[t].profile])) as Record<TableName, Readonly<Record<string, ColumnProfile>>>;
        const draft: Manifest = { ...o.manifest, tables, files };
        await put('datapackage.json', encoder.encode(dataPackage(draft, this.specs, o.dataset)), null);
        await put('README.md', encoder.encode(datasetCard({ manifest: draft, specs: this.specs, dataset: o.dataset, profiles, stats: this.stats })), null);
        await put('report.html', encoder.encode(reportHtml(draft, this.stats, o.dataset.title)), null);
        const manifest: Manifest = { ...draft, files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) };
        await writeDurable(join(this.staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
        // Each table's files were re-read by its TablePublisher's finish; the rest are re-read here.
        const hashed = new Set(TABLES.flatMap((t) => Object.values(FORMATS).map((f) => `${t}.${f}`)));
        const mismatches = await verifyFiles(this.staging, manifest.files, hashed);
        if (mismatches.length) throw runError(`verification of the new dataset failed: ${mismatches.slice(0, 5).join('; ')}`);
        await swapIn(this.staging, this.target);
        this.spent = new Error(`the dataset was already published to ${this.target}`);
        return manifest;
      } catch (error) {
        throw await this.fail(error);
      }
    });
  }

  /** Gives up: stops every table and removes the staging folder (the target stays as it was). Never throws. */
  abort(): Promise<void> {
    return this.serial(async () => {
      if (this.spent) return;
      await this.fail(runError(`publishing was aborted; ${this.target} is unchanged`));
    });
  }

  /** Stops every table, removes the staging folder and returns the run error to throw. */
  private async fail(error: unknown): Promise<Error> {
    const reported = publishError(error, this.staging, this.target);
    if (!this.spent) {
      this.spent = reported;
      for (const t of Object.values(this.tables)) await t.abort(reported);
      await rm(this.staging, { recursive: true, force: true }).catch(() => undefined);
    }
    return reported;
  }
}
