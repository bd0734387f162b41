import type { DatasetInfo } from '../lib/dataset-info.ts';
import type { SchemaRegistry } from '../lib/schemas.ts';
import type { DuplicateRow, RejectRow } from '../lib/types.ts';
import { type Manifest, publishDataset } from '../publish/index.ts';
import { TABLES, type TableName } from '../publish/tables.ts';
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
  const tables = Object.fromEntries(TABLES.map((t) => [t, [] as Row[]])) as Record<TableName, Row[]>;
  for await (const bucket of input.spill.sorted()) {
    for (const [, line] of bucket) {
      const rows = JSON.parse(line) as Record<ArticleTable, Row[]>;
      for (const t of ARTICLE_TABLES) for (const row of rows[t]) tables[t].push(row);
    }
  }
  tables.duplicates = duplicateRows(input.duplicates);
  tables.rejects = rejectRows(input.rejects);
  return publishDataset({ target: input.target, tables, extraFiles: input.extraFiles, manifest: input.manifest, registry: input.registry, dataset: input.dataset });
}
