import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TableJobResult } from '../../pipeline/executors/doc-jobs.ts';
import { publishTableJob } from '../../pipeline/executors/publish-table-job.ts';
import { DatasetPublisher, type PublisherFinish } from '../../pipeline/publish/dataset-publisher.ts';
import { KeyHashSet } from '../../pipeline/publish/key-hash-set.ts';
import { dictionariesOf } from '../../pipeline/publish/dictionaries-of.ts';
import { TABLES, type TableName } from '../../pipeline/publish/tables.ts';
import type { Row } from '../../pipeline/publish/values.ts';
import { ARTICLE_TABLES } from '../../pipeline/runner/build-rows.ts';
import { spillLine, TableSpills } from '../../pipeline/runner/table-spills.ts';
import { registry, specs } from '../helpers/published.ts';
import { sampleDataset, sampleManifest, sampleTables } from '../helpers/sample-dataset.ts';

type Tables = Record<TableName, Row[]>;
const finish = (): PublisherFinish => ({ manifest: sampleManifest(), extraFiles: {}, dataset: sampleDataset() });

let root: string;
beforeEach(async () => { root = await mkdtemp(join(tmpdir(), 'np-table-job-')); });

/** Spills each article's rows per table (in reverse id order: the spill sorts them back). */
async function spill(tables: Tables, name = 'spill'): Promise<TableSpills> {
  const spills = await TableSpills.create(join(root, name));
  for (const a of [...tables.articles].reverse()) {
    const id = a.id as string;
    await spills.add(id, ARTICLE_TABLES.map((t) => spillLine(specs[t], t === 'articles' ? [a] : tables[t].filter((r) => r.article_id === id))));
  }
  await spills.close();
  return spills;
}

/** Publishes `tables` with every article table written by its own table job, as a run does. */
async function publishByJobs(target: string, tables: Tables, spills: TableSpills): Promise<void> {
  const dictionaries = dictionariesOf(specs, tables);
  const publisher = await DatasetPublisher.open({ target, registry, dictionaries, external: ARTICLE_TABLES });
  const results: TableJobResult[] = [];
  for (const table of ARTICLE_TABLES) {
    results.push(await publishTableJob(registry, {
      table, staging: publisher.stagingDir, target, dirs: [spills.dirOf(table)], allowed: dictionaries[table] ?? {},
      articleIds: table === 'articles' ? null : spills.ids.toJSON(),
    }));
  }
  await publisher.add('duplicates', tables.duplicates);
  await publisher.add('rejects', tables.rejects);
  for (const [i, { ids, ...outcome }] of results.entries()) {
    if (ids) expect(KeyHashSet.from(ids).sameAs(spills.ids)).toBe(true); // the articles table holds every id spilled
    await publisher.adopt(ARTICLE_TABLES[i], outcome);
  }
  await publisher.finish(finish());
}

describe('publishTableJob', () => {
  it('gives the same bytes, card and manifest as publishing every table in one thread', async () => {
    const tables = sampleTables();
    const whole = join(root, 'whole');
    const publisher = await DatasetPublisher.open({ target: whole, registry, dictionaries: dictionariesOf(specs, tables) });
    for (const t of TABLES) await publisher.add(t, tables[t]);
    await publisher.finish(finish());
    const byJobs = join(root, 'jobs');
    await publishByJobs(byJobs, tables, await spill(tables));
    const names = (await readdir(whole)).sort();
    expect((await readdir(byJobs)).sort()).toEqual(names);
    for (const name of names) expect(await readFile(join(byJobs, name)), name).toEqual(await readFile(join(whole, name)));
  });

  it('names the table and row of a row that breaks its schema', async () => {
    const tables = sampleTables();
    tables.sentences[1] = { ...tables.sentences[1], index: -1 };
    const spills = await spill(tables);
    await expect(publishByJobs(join(root, 'out'), tables, spills)).rejects.toThrow(/sentences\.jsonl: row \d+ fails schema newsprep:tables\/sentences/);
  });

  it('reports a foreign key that names no article, and the target stays unpublished', async () => {
    const tables = sampleTables();
    const spills = await spill(tables);
    const target = join(root, 'out');
    const dictionaries = dictionariesOf(specs, tables);
    const publisher = await DatasetPublisher.open({ target, registry, dictionaries, external: ARTICLE_TABLES });
    const others = { ...tables, articles: tables.articles.slice(1) }; // the first article is missing from the ids provided
    const fewer = await spill(others, 'fewer');
    expect(KeyHashSet.from(fewer.ids.toJSON()).sameAs(spills.ids)).toBe(false);
    await expect(publishTableJob(registry, {
      table: 'sentences', staging: publisher.stagingDir, target, dirs: [spills.dirOf('sentences')], allowed: dictionaries.sentences ?? {},
      articleIds: fewer.ids.toJSON(),
    })).rejects.toThrow(/sentences\.jsonl: row 1 \(article_id\) = .* matches no row of articles \(id\)/);
    await publisher.abort();
    await expect(readdir(target)).rejects.toThrow();
  });
});
