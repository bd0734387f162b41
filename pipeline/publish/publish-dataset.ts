import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatasetInfo } from '../lib/dataset-info.ts';
import { NewsprepError, runError } from '../lib/exit-codes.ts';
import { sha256 } from '../lib/hash.ts';
import { describeErrors, type SchemaRegistry } from '../lib/schemas.ts';
import { stagingName, swapIn, writeDurable } from './atomic-swap.ts';
import { KeyChecker } from './check-keys.ts';
import { TableProfiler } from './column-profile.ts';
import { dataPackage } from './datapackage.ts';
import { DatasetStats } from './dataset-stats.ts';
import { datasetCard } from './dataset-card.ts';
import type { Manifest, ManifestFile } from './manifest.ts';
import { reportHtml } from './report-html.ts';
import { TABLES, type TableName, tableSpecs } from './tables.ts';
import { verifyFiles, verifyTable } from './verify-staging.ts';
import type { Row } from './values.ts';
import { FORMATS, writeTableFiles } from './write-formats.ts';

/** What publish needs. */
export interface PublishInput {
  /** The dataset folder to replace, e.g. `dist`. */
  target: string;
  /** Rows of every table, already sorted. Publish consumes them: each table's list is emptied once written and checked. */
  tables: Record<TableName, Row[]>;
  /** Other files to publish (relative path -> bytes), e.g. the deduplication index. */
  extraFiles: Record<string, Uint8Array>;
  /** Manifest fields known before writing. */
  manifest: Omit<Manifest, 'files' | 'tables'>;
  registry: SchemaRegistry;
  /** What the dataset says about itself (title, licences, sources), from the config. */
  dataset: DatasetInfo;
}

const encoder = new TextEncoder();

/**
 * Writes every table in every format into a staging folder next to the target, checks each table
 * as soon as it is written (`verifyTable`: Arrow and Parquet decoded back to the rows written,
 * columns, types, descriptions, keys) and then releases its rows, checks every file's size and
 * checksum (`verifyFiles`), then swaps the folder in. A reader
 * never sees a half-written dataset; on any failure the previous dataset is left as it was and
 * a run error (exit 2) is thrown.
 *
 * @example
 * const manifest = await publishDataset({ target: 'dist', tables, extraFiles: {}, manifest, registry, dataset: datasetDefaults });
 */
export async function publishDataset(input: PublishInput): Promise<Manifest> {
  const staging = stagingName(input.target, process.pid);
  const specs = tableSpecs(input.registry);
  const files: Record<string, ManifestFile> = {};
  const stats = new DatasetStats();
  const profiles = {} as Record<TableName, ReturnType<TableProfiler['result']>>;
  const put = async (name: string, bytes: Uint8Array, rows: number | null): Promise<void> => {
    await writeDurable(join(staging, name), bytes);
    files[name] = { rows, bytes: bytes.length, sha256: sha256(bytes) };
  };
  for (const t of TABLES) {
    const validate = input.registry.validator(`newsprep:tables/${t}`);
    input.tables[t].forEach((row, i) => {
      if (!validate(row)) {
        const e = describeErrors(validate.errors);
        throw runError(`${t}.jsonl: row ${i + 1} fails schema newsprep:tables/${t} at ${e.path}: ${e.message}; ${input.target} is unchanged`);
      }
    });
  }
  try {
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    const keys = new KeyChecker(specs);
    const counts = {} as Record<TableName, number>;
    for (const t of TABLES) {
      const rows = input.tables[t];
      const written = await writeTableFiles(staging, specs[t], rows);
      for (const format of Object.values(FORMATS)) files[`${t}.${format}`] = { rows: rows.length, ...written[format] };
      const problems = await verifyTable(staging, specs[t], rows, keys);
      if (problems.length) throw runError(`verification of the new dataset failed: ${problems.slice(0, 5).join('; ')}`);
      stats.add(t, rows);
      profiles[t] = new TableProfiler(specs[t]).add(rows).result();
      counts[t] = rows.length;
      input.tables[t] = []; // written and checked: the rows can go before the next table is built
    }
    for (const [name, bytes] of Object.entries(input.extraFiles).sort(([a], [b]) => (a < b ? -1 : 1))) await put(name, bytes, null);
    const tables = Object.fromEntries(TABLES.map((t) => [t, { rows: counts[t], columns: specs[t].columns.map((c) => c.name) }]));
    const draft: Manifest = { ...input.manifest, tables, files };
    await put('datapackage.json', encoder.encode(dataPackage(draft, specs, input.dataset)), null);
    await put('README.md', encoder.encode(datasetCard({ manifest: draft, specs, dataset: input.dataset, profiles, stats })), null);
    await put('report.html', encoder.encode(reportHtml(draft, stats, input.dataset.title)), null);
    const manifest: Manifest = { ...draft, files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) };
    await writeDurable(join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const problems = await verifyFiles(staging, manifest.files);
    if (problems.length) throw runError(`verification of the new dataset failed: ${problems.slice(0, 5).join('; ')}`);
    await swapIn(staging, input.target);
    return manifest;
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') throw runError(`disk full while writing ${staging} (ENOSPC); ${input.target} is unchanged`);
    if (code) throw runError(`cannot write ${staging} (${code}: ${(error as Error).message}); ${input.target} is unchanged`);
    if (error instanceof NewsprepError) throw error;
    throw runError(`publishing failed: ${(error as Error).message}; ${input.target} is unchanged`);
  }
}
