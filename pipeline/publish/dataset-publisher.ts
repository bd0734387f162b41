import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import type { DatasetInfo } from '../lib/dataset-info.ts';
import { runError } from '../lib/exit-codes.ts';
import { sha256 } from '../lib/hash.ts';
import { describeErrors, type SchemaRegistry } from '../lib/schemas.ts';
import { tableDictionaries } from './arrow-table.ts';
import { stagingName, swapIn, writeDurable } from './atomic-swap.ts';
import { KeyChecker } from './check-keys.ts';
import { TableProfiler } from './column-profile.ts';
import type { TableSpec } from './columns.ts';
import { dataPackage } from './datapackage.ts';
import { datasetCard } from './dataset-card.ts';
import { DatasetStats } from './dataset-stats.ts';
import type { Manifest, ManifestFile } from './manifest.ts';
import { publishError } from './publish-error.ts';
import { reportHtml } from './report-html.ts';
import { RowDigest } from './row-digest.ts';
import { TableWriter } from './table-writer.ts';
import { TABLES, type TableName, tableSpecs } from './tables.ts';
import { comparable, type Row } from './values.ts';
import { verifyTableDigest } from './verify-digest.ts';
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
}

/** What `DatasetPublisher.finish` needs besides the rows. */
export interface PublisherFinish {
  /** Manifest fields known before writing. */
  manifest: Omit<Manifest, 'files' | 'tables'>;
  /** Other files to publish (relative path -> bytes), e.g. the deduplication index. */
  extraFiles: Record<string, Uint8Array>;
  /** What the dataset says about itself (title, licences, sources), from the config. */
  dataset: DatasetInfo;
}

/** One table while its rows arrive. */
interface OpenTable {
  spec: TableSpec;
  validate: ValidateFunction;
  writer: TableWriter;
  /** Dictionary columns without an enum, with the values allowed in them. */
  dictionaries: Array<{ column: string; values: ReadonlySet<string> }>;
  digest: RowDigest;
  profiler: TableProfiler;
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
 * they are cut into batches.
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
  private readonly stats = new DatasetStats();
  private readonly keys: KeyChecker;
  private queue: Promise<unknown> = Promise.resolve();
  /** Set once the publisher is spent: the error it failed with, or a note that it finished or was aborted. */
  private spent: Error | null = null;

  private constructor(
    private readonly target: string,
    private readonly staging: string,
    private readonly specs: Record<TableName, TableSpec>,
    private readonly tables: Record<TableName, OpenTable>,
  ) {
    this.keys = new KeyChecker(specs);
  }

  /** Creates the staging folder (replacing one left by this process id) and the files of every table. */
  static async open(o: PublisherOptions): Promise<DatasetPublisher> {
    const staging = stagingName(o.target, process.pid);
    const specs = tableSpecs(o.registry);
    const tables = {} as Record<TableName, OpenTable>;
    try {
      await rm(staging, { recursive: true, force: true });
      await mkdir(staging, { recursive: true });
      for (const t of TABLES) {
        const given = o.dictionaries?.[t] ?? {};
        tables[t] = {
          spec: specs[t],
          validate: o.registry.validator(`newsprep:tables/${t}`),
          writer: await TableWriter.open(staging, specs[t], tableDictionaries(specs[t], given)),
          dictionaries: specs[t].columns.filter((c) => c.kind === 'dictionary' && c.values === null)
            .map((c) => ({ column: c.name, values: new Set(given[c.name] ?? []) })),
          digest: new RowDigest(),
          profiler: new TableProfiler(specs[t]),
        };
      }
    } catch (error) {
      for (const t of Object.values(tables)) await t.writer.abort(error as Error);
      await rm(staging, { recursive: true, force: true }).catch(() => undefined);
      throw publishError(error, staging, o.target);
    }
    return new DatasetPublisher(o.target, staging, specs, tables);
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
        const first = t.writer.rows;
        rows.forEach((row, i) => {
          if (!t.validate(row)) {
            const e = describeErrors(t.validate.errors);
            throw runError(`${table}.jsonl: row ${first + i + 1} fails schema newsprep:tables/${table} at ${e.path}: ${e.message}; ${this.target} is unchanged`);
          }
          for (const d of t.dictionaries) {
            const v = row[d.column];
            if (v !== null && v !== undefined && !d.values.has(v as string)) {
              throw runError(`${table}.jsonl: row ${first + i + 1} column ${d.column} is ${JSON.stringify(v)}, which is not in the dictionary given for ${table}.${d.column} (${d.values.size} values) when publishing began; ${this.target} is unchanged`);
            }
          }
        });
        const data = rows.map((r) => t.spec.columns.map((c) => comparable(c.kind, r[c.name] ?? null)));
        t.digest.add(data);
        this.keys.add(table, data);
        if (this.keys.problems.length) throw runError(`verification of the new dataset failed: ${this.keys.problems.slice(0, 5).join('; ')}`);
        this.stats.add(table, rows);
        t.profiler.add(rows);
        await t.writer.add(rows);
      } catch (error) {
        throw await this.fail(error);
      }
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
        for (const t of TABLES) {
          const { spec, writer, digest } = this.tables[t];
          const written = await writer.close();
          for (const format of Object.values(FORMATS)) files[`${t}.${format}`] = { rows: writer.rows, ...written[format] };
          problems.push(...(await verifyTableDigest(this.staging, spec, digest.result())));
          this.keys.end(t);
        }
        problems.push(...this.keys.problems);
        if (problems.length) throw runError(`verification of the new dataset failed: ${problems.slice(0, 5).join('; ')}`);
        for (const [name, bytes] of Object.entries(o.extraFiles).sort(([a], [b]) => (a < b ? -1 : 1))) await put(name, bytes, null);
        const tables = Object.fromEntries(TABLES.map((t) => [t, { rows: this.tables[t].writer.rows, columns: this.specs[t].columns.map((c) => c.name) }]));
        const profiles = Object.fromEntries(TABLES.map((t) => [t, this.tables[t].profiler.result()])) as Record<TableName, ReturnType<TableProfiler['result']>>;
        const draft: Manifest = { ...o.manifest, tables, files };
        await put('datapackage.json', encoder.encode(dataPackage(draft, this.specs, o.dataset)), null);
        await put('README.md', encoder.encode(datasetCard({ manifest: draft, specs: this.specs, dataset: o.dataset, profiles, stats: this.stats })), null);
        await put('report.html', encoder.encode(reportHtml(draft, this.stats, o.dataset.title)), null);
        const manifest: Manifest = { ...draft, files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) };
        await writeDurable(join(this.staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
        const mismatches = await verifyFiles(this.staging, manifest.files);
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
      for (const t of TABLES) await this.tables[t].writer.abort(reported);
      await rm(this.staging, { recursive: true, force: true }).catch(() => undefined);
    }
    return reported;
  }
}
