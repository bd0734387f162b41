import type { DatasetInfo } from '../lib/dataset-info.ts';
import type { SchemaRegistry } from '../lib/schemas.ts';
import type { DuplicateRow, RejectRow } from '../lib/types.ts';
import { DatasetPublisher, type ExtraFile } from '../publish/dataset-publisher.ts';
import { dictionariesOf } from '../publish/dictionaries-of.ts';
import type { Manifest } from '../publish/manifest.ts';
import { type TableName, tableSpecs } from '../publish/tables.ts';
import { ARTICLE_TABLES, type ArticleTable, duplicateRows, rejectRows } from './build-rows.ts';
import type { TableJob, TableJobResult } from '../executors/doc-jobs.ts';
import type { DocExecutor } from '../executors/local-executor.ts';
import { KeyHashSet } from '../publish/key-hash-set.ts';
import type { SpillSet } from './spill-set.ts';

/** What publishing a spilled run needs. */
export interface PublishSpilledInput {
  target: string;
  registry: SchemaRegistry;
  /** Every final record's rows, spilled per table by id. */
  spill: SpillSet;
  /** Where the article tables are published (a job per table on its threads). */
  exec: DocExecutor;
  /** Distinct values of open dictionary columns (`table.column`), from the rows pass. */
  values: Record<string, string[]>;
  duplicates: readonly DuplicateRow[];
  rejects: readonly RejectRow[];
  extraFiles: Record<string, ExtraFile>;
  dataset: DatasetInfo;
  manifest: Omit<Manifest, 'files' | 'tables'>;
}

/**
 * The article tables in the order their jobs start: the pool hands jobs to its threads in turn,
 * so the two largest (entities, sentences) start on different threads and each thread gets about
 * half of the bytes (on generated and seed runs: entities + quotes + paragraphs against
 * sentences + articles + removed + comments).
 */
const TABLE_ORDER = ['entities', 'sentences', 'quotes', 'articles', 'paragraphs', 'removed', 'comments'] as const satisfies readonly ArticleTable[];

/**
 * Publishes a run from its spilled rows: each article table is a `table` job on the executor's
 * threads (rows read back bucket by bucket in id order and written into the staging folder, so
 * no table is ever whole in memory, and tables are written side by side), while this thread adds
 * the duplicates and rejects; then the jobs' outcomes are adopted and the dataset finished. The
 * tables that refer to articles are checked against the ids the run spilled; the articles
 * table's own ids must be the same set.
 *
 * @example
 * const manifest = await publishSpilled({ target: 'dist', registry, spill, exec, values, duplicates, rejects, extraFiles, dataset, manifest });
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
  const publisher = await DatasetPublisher.open({ target: input.target, registry: input.registry, dictionaries, external: ARTICLE_TABLES });
  const articleIds = input.spill.ids.toJSON();
  const dirs = await Promise.all(TABLE_ORDER.map((table) => input.spill.dirsOf(table)));
  const jobs = TABLE_ORDER.map((table, i) => input.exec.run<TableJobResult>('table', {
    table, staging: publisher.stagingDir, target: input.target, dirs: dirs[i], allowed: dictionaries[table] ?? {},
    articleIds: table === 'articles' ? null : articleIds,
  } satisfies TableJob));
  try {
    await publisher.add('duplicates', duplicates);
    await publisher.add('rejects', rejects);
    const outcomes = await Promise.allSettled(jobs);
    for (const o of outcomes) if (o.status === 'rejected') throw o.reason;
    for (const [i, o] of outcomes.entries()) {
      const { ids, ...outcome } = (o as PromiseFulfilledResult<TableJobResult>).value;
      if (ids && !KeyHashSet.from(ids).sameAs(input.spill.ids)) {
        outcome.keyProblems.push('articles.jsonl: the article ids differ from those of the rows the other tables were checked against');
      }
      await publisher.adopt(TABLE_ORDER[i], outcome);
    }
    return await publisher.finish({ manifest: input.manifest, extraFiles: input.extraFiles, dataset: input.dataset });
  } catch (error) {
    await Promise.allSettled(jobs); // no job may still write into the staging folder it removes
    await publisher.abort();
    throw error;
  }
}
