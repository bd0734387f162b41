import type { DatasetInfo } from '../lib/dataset-info.ts';
import type { SchemaRegistry } from '../lib/schemas.ts';
import { BATCH_ROWS } from './arrow-table.ts';
import { DatasetPublisher, type ExtraFile } from './dataset-publisher.ts';
import { dictionariesOf } from './dictionaries-of.ts';
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
  extraFiles: Record<string, ExtraFile>;
  /** Manifest fields known before writing. */
  manifest: Omit<Manifest, 'files' | 'tables'>;
  registry: SchemaRegistry;
  /** What the dataset says about itself (title, licences, sources), from the config. */
  dataset: DatasetInfo;
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
  const publisher = await DatasetPublisher.open({ target: input.target, registry: input.registry, dictionaries: dictionariesOf(tableSpecs(input.registry), input.tables) });
  for (const t of TABLES) {
    const rows = input.tables[t];
    for (let i = 0; i < rows.length; i += BATCH_ROWS) await publisher.add(t, rows.slice(i, i + BATCH_ROWS));
    input.tables[t] = []; // handed on: the rows can go before the next table
  }
  return publisher.finish({ manifest: input.manifest, extraFiles: input.extraFiles, dataset: input.dataset });
}
