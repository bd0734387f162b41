import type { SchemaRegistry } from '../lib/schemas.ts';
import { tableDictionaries } from '../publish/arrow-table.ts';
import { KeyChecker } from '../publish/check-keys.ts';
import { DatasetStats } from '../publish/dataset-stats.ts';
import { KeyHashSet } from '../publish/key-hash-set.ts';
import { TablePublisher } from '../publish/table-publisher.ts';
import { tableSpecs } from '../publish/tables.ts';
import type { Row } from '../publish/values.ts';
import { SpillBuckets } from '../runner/spill-buckets.ts';
import { spillRows } from '../runner/table-spills.ts';
import type { TableJob, TableJobResult } from './doc-jobs.ts';

/**
 * Publishes one article table on this thread: its spilled rows, bucket by bucket in id order,
 * through a `TablePublisher` into the staging folder, with its own key checks (foreign keys
 * against the article ids provided) and card statistics; returns what `DatasetPublisher.adopt`
 * takes, and for the articles table its id keys (to compare with those provided to the others).
 * On failure the table's files are left for the caller to remove with the staging folder.
 *
 * @example
 * const outcome = await publishTableJob(registry, { table: 'sentences', staging, target, dir, allowed, articleIds });
 */
export async function publishTableJob(registry: SchemaRegistry, job: TableJob): Promise<TableJobResult> {
  const specs = tableSpecs(registry);
  const spec = specs[job.table];
  const keys = new KeyChecker(specs);
  if (job.articleIds) keys.provide('articles', ['id'], KeyHashSet.from(job.articleIds));
  const stats = new DatasetStats();
  const table = await TablePublisher.open({
    staging: job.staging, target: job.target, spec, validate: registry.validator(`newsprep:tables/${job.table}`),
    dictionaries: tableDictionaries(spec, job.allowed), allowed: job.allowed, keys, stats,
  });
  try {
    for await (const bucket of SpillBuckets.readSorted(job.dirs)) {
      const rows: Row[] = [];
      const lines: string[] = [];
      for (const [, line] of bucket) {
        const record = spillRows(line);
        for (let i = 0; i < record.rows.length; i++) rows.push(record.rows[i]), lines.push(record.lines[i]);
      }
      await table.add(rows, lines);
    }
    const outcome = await table.finish();
    keys.end(job.table);
    const ids = job.table === 'articles' ? keys.keySet('articles', ['id'])?.toJSON() ?? null : null;
    return { ...outcome, stats: stats.toJSON(), keyProblems: keys.problems, ids };
  } catch (error) {
    await table.abort(error as Error);
    throw error;
  }
}
