import type { DatasetInfo } from '../lib/dataset-info.ts';
import type { SchemaRegistry } from '../lib/schemas.ts';
import { BATCH_ROWS } from './arrow-table.ts';
import { DatasetPublisher } from './dataset-publisher.ts';
import type { Manifest } from './manifest.ts';
import { TABLES, type TableName, tableSpecs } from './tables.ts';
import type { Row } from './values.ts';

/** What publish needs. */
export interface PublishInput {
  /** The dataset folder to replace, e.g. `dist`. */
  target: string;
  /** Rows of every table, already sorted. Publish consumes them: each table's list is emptied once handed on. */
  tables: Record<TableName, Row[]>;
  /** Other files to publish (relative path -> bytes), e.g. the deduplication index. */
  extraFiles: Record<string, Uint8Array>;
  /** Manifest fields known before writing. */
  manifest: Omit<Manifest, 'files' | 'tables'>;
  registry: SchemaRegistry;
  /** What the dataset says about itself (title, licences, sources), from the config. */
  dataset: DatasetInfo;
}

/** The distinct values of every dictionary column without an enum, from the rows themselves. */
function dictionariesOf(registry: SchemaRegistry, tables: Record<TableName, Row[]>): Partial<Record<TableName, Record<string, string[]>>> {
  const specs = tableSpecs(registry);
  const out: Partial<Record<TableName, Record<string, string[]>>> = {};
  for (const t of TABLES) {
    const open = specs[t].columns.filter((c) => c.kind === 'dictionary' && c.values === null);
    out[t] = Object.fromEntries(open.map((c) => {
      const values = new Set<string>();
      for (const r of tables[t]) if (typeof r[c.name] === 'string') values.add(r[c.name] as string);
      return [c.name, [...values]];
    }));
  }
  return out;
}

/**
 * Publishes tables held whole in memory: a `DatasetPublisher` whose dictionaries are the
 * values found in the rows, given every table in turn, then finished (see `DatasetPublisher`
 * for what is written, checked and swapped in). A reader never sees a half-written dataset;
 * on any failure the previous dataset is left as it was and a run error (exit 2) is thrown.
 *
 * @example
 * const manifest = await publishDataset({ target: 'dist', tables, extraFiles: {}, manifest, registry, dataset: datasetDefaults });
 */
export async function publishDataset(input: PublishInput): Promise<Manifest> {
  const publisher = await DatasetPublisher.open({ target: input.target, registry: input.registry, dictionaries: dictionariesOf(input.registry, input.tables) });
  for (const t of TABLES) {
    const rows = input.tables[t];
    for (let i = 0; i < rows.length; i += BATCH_ROWS) await publisher.add(t, rows.slice(i, i + BATCH_ROWS));
    input.tables[t] = []; // handed on: the rows can go before the next table
  }
  return publisher.finish({ manifest: input.manifest, extraFiles: input.extraFiles, dataset: input.dataset });
}
