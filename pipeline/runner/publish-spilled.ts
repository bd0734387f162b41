import type { DatasetInfo } from '../lib/dataset-info.ts';
import type { SchemaRegistry } from '../lib/schemas.ts';
import type { DuplicateRow, RejectRow } from '../lib/types.ts';
import { DatasetPublisher } from '../publish/dataset-publisher.ts';
import { dictionariesOf } from '../publish/dictionaries-of.ts';
import type { Manifest } from '../publish/manifest.ts';
import { type TableName, tableSpecs } from '../publish/tables.ts';
import type { Row } from '../publish/values.ts';
import { ARTICLE_TABLES, type ArticleTable, duplicateRows, rejectRows } from './build-rows.ts';
import type { SpillBuckets } from './spill-buckets.ts';

/** What publishing a spilled run needs. */
export interface PublishSpilledInput {
  target: string;
  registry: SchemaRegistry;
  /** Every final record's rows, spilled by id. */
  spill: SpillBuckets;
  /** Distinct values of open dictionary columns (`table.column`), from the rows pass. */
  values: Record<string, string[]>;
  duplicates: readonly DuplicateRow[];
  rejects: readonly RejectRow[];
  extraFiles: Record<string, Uint8Array>;
  dataset: DatasetInfo;
  manifest: Omit<Manifest, 'files' | 'tables'>;
}

/**
 * Publishes a run from its spill buckets: bucket by bucket, records in id order, each record's
 * rows added to its tables, then the duplicates and rejects, so no table is ever whole in memory.
 *
 * @example
 * const manifest = await publishSpilled({ target: 'dist', registry, spill, values, duplicates, rejects, extraFiles, dataset, manifest });
 */
export async function publishSpilled(input: PublishSpilledInput): Promise<Manifest> {
  const duplicates = duplicateRows(input.duplicates);
  const rejects = rejectRows(input.rejects);
  // Open dictionaries: the rows pass collected those of the article tables; the main thread holds the rest.
  const dictionaries = dictionariesOf(tableSpecs(input.registry), { duplicates, rejects });
  for (const [key, values] of Object.entries(input.values)) {
    const [t, column] = key.split('.') as [TableName, string];
    (dictionaries[t] ??= {})[column] = values;
  }
  const publisher = await DatasetPublisher.open({ target: input.target, registry: input.registry, dictionaries });
  try {
    for await (const bucket of input.spill.sorted()) {
      const tables = Object.fromEntries(ARTICLE_TABLES.map((t) => [t, [] as Row[]])) as Record<ArticleTable, Row[]>;
      for (const [, line] of bucket) {
        const rows = JSON.parse(line) as Record<ArticleTable, Row[]>;
        for (const t of ARTICLE_TABLES) for (const row of rows[t]) tables[t].push(row);
      }
      for (const t of ARTICLE_TABLES) await publisher.add(t, tables[t]);
    }
    await publisher.add('duplicates', duplicates);
    await publisher.add('rejects', rejects);
    return await publisher.finish({ manifest: input.manifest, extraFiles: input.extraFiles, dataset: input.dataset });
  } catch (error) {
    await publisher.abort();
    throw error;
  }
}
