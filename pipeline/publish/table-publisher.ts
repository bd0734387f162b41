import type { ValidateFunction } from 'ajv';
import { runError } from '../lib/exit-codes.ts';
import { describeErrors } from '../lib/schemas.ts';
import type { FixedDictionary } from './arrow-columns.ts';
import type { KeyChecker } from './check-keys.ts';
import { type ColumnProfile, TableProfiler } from './column-profile.ts';
import type { TableSpec } from './columns.ts';
import type { DatasetStats } from './dataset-stats.ts';
import { RowDigest } from './row-digest.ts';
import type { TableName } from './tables.ts';
import { TableWriter, type WrittenFile } from './table-writer.ts';
import { comparable, type Row } from './values.ts';
import { verifyTableDigest } from './verify-digest.ts';
import { FORMATS, type Format } from './write-formats.ts';
import { checkFile } from './verify-staging.ts';

/** What `TablePublisher.open` needs. */
export interface TablePublisherOptions {
  /** The staging folder the table's four files go to. */
  staging: string;
  /** The dataset folder being replaced (named in error messages: it stays unchanged). */
  target: string;
  spec: TableSpec;
  /** The compiled table schema. */
  validate: ValidateFunction;
  /** The fixed dictionary of each column (see `tableDictionaries`). */
  dictionaries: Array<FixedDictionary | undefined>;
  /** Every value each dictionary column without an enum may hold. */
  allowed: Record<string, readonly string[]>;
  /** Key checks: shared with the dataset's other tables, or one of the table's own with the referenced keys provided. */
  keys: KeyChecker;
  /** Card statistics: shared, or the table's own to merge later. */
  stats: DatasetStats;
}

/** A published table, checked: rows, files written, problems its verification found, column profiles. */
export interface TableOutcome {
  rows: number;
  files: Record<Format, WrittenFile>;
  /** Rows read back from the Arrow and Parquet files that differ from those written (none when sound). */
  problems: string[];
  profile: Readonly<Record<string, ColumnProfile>>;
}

/**
 * One table of a dataset being published: each batch of rows is checked against the table
 * schema and the column dictionaries, digested, counted into the key checks, the card's
 * statistics and the column profiles, and written to the table's four files (`TableWriter`);
 * `finish` closes the files and reads the Arrow and Parquet files back against the digest.
 * `DatasetPublisher` holds one per table; a worker thread can publish a table on its own into
 * the same staging folder and hand over the outcome (`DatasetPublisher.adopt`).
 *
 * @example
 * const t = await TablePublisher.open({ staging, target, spec, validate, dictionaries, allowed, keys, stats });
 * await t.add(rows);
 * const outcome = await t.finish(); // { rows, files, problems: [], profile }
 */
export class TablePublisher {
  private readonly digest = new RowDigest();
  private readonly profiler: TableProfiler;
  private readonly allowed: Array<{ column: string; values: ReadonlySet<string> }>;

  private constructor(private readonly o: TablePublisherOptions, private readonly writer: TableWriter) {
    this.profiler = new TableProfiler(o.spec);
    this.allowed = o.spec.columns.filter((c) => c.kind === 'dictionary' && c.values === null)
      .map((c) => ({ column: c.name, values: new Set(o.allowed[c.name] ?? []) }));
  }

  /** Creates the table's files in the staging folder. */
  static async open(o: TablePublisherOptions): Promise<TablePublisher> {
    return new TablePublisher(o, await TableWriter.open(o.staging, o.spec, o.dictionaries));
  }

  /** Rows added so far. */
  get rows(): number {
    return this.writer.rows;
  }

  /**
   * Checks and writes a batch of rows (in published order); throws a run error naming the first
   * broken rule. `jsonl`: each row's JSON Lines text, when the caller has it (see `TableWriter.add`).
   */
  async add(rows: readonly Row[], jsonl?: readonly string[]): Promise<void> {
    const { spec, validate, target, keys } = this.o;
    const t = spec.name;
    const first = this.writer.rows;
    rows.forEach((row, i) => {
      if (!validate(row)) {
        const e = describeErrors(validate.errors);
        throw runError(`${t}.jsonl: row ${first + i + 1} fails schema newsprep:tables/${t} at ${e.path}: ${e.message}; ${target} is unchanged`);
      }
      for (const d of this.allowed) {
        const v = row[d.column];
        if (v !== null && v !== undefined && !d.values.has(v as string)) {
          throw runError(`${t}.jsonl: row ${first + i + 1} column ${d.column} is ${JSON.stringify(v)}, which is not in the dictionary given for ${t}.${d.column} (${d.values.size} values) when publishing began; ${target} is unchanged`);
        }
      }
    });
    const data = rows.map((r) => spec.columns.map((c) => comparable(c.kind, r[c.name] ?? null)));
    this.digest.add(data);
    keys.add(spec.name as TableName, data);
    if (keys.problems.length) throw runError(`verification of the new dataset failed: ${keys.problems.slice(0, 5).join('; ')}`);
    this.o.stats.add(spec.name as TableName, rows);
    this.profiler.add(rows);
    await this.writer.add(rows, jsonl);
  }

  /**
   * Closes the files and verifies them: the Arrow and Parquet files against the rows written,
   * and every file's size and SHA-256 against the bytes written (re-read now, while the file is
   * likely still in the page cache, on the thread that wrote it; `DatasetPublisher` then checks
   * only their sizes).
   */
  async finish(): Promise<TableOutcome> {
    const files = await this.writer.close();
    const problems = await verifyTableDigest(this.o.staging, this.o.spec, this.digest.result());
    for (const format of Object.values(FORMATS)) {
      const problem = await checkFile(this.o.staging, `${this.o.spec.name}.${format}`, files[format]);
      if (problem) problems.push(problem);
    }
    return { rows: this.writer.rows, files, problems, profile: this.profiler.result() };
  }

  /** Stops writing (the files stay for the caller to remove). Never throws. */
  async abort(error: Error): Promise<void> {
    await this.writer.abort(error);
  }
}
