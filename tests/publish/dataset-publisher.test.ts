import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableFromIPC } from 'apache-arrow';
import fc from 'fast-check';
import * as parquet from 'parquet-wasm';
import { beforeEach, describe, expect, it } from 'vitest';
import { type DatasetInfo, datasetDefaults } from '../../pipeline/lib/dataset-info.ts';
import { arrowRows } from '../../pipeline/publish/arrow-rows.ts';
import { BATCH_ROWS } from '../../pipeline/publish/arrow-table.ts';
import { DatasetPublisher, type PublisherFinish } from '../../pipeline/publish/dataset-publisher.ts';
import type { Manifest } from '../../pipeline/publish/manifest.ts';
import { TABLES, type TableName } from '../../pipeline/publish/tables.ts';
import { validateDataset } from '../../pipeline/publish/validate-dataset.ts';
import { comparable, type Row } from '../../pipeline/publish/values.ts';
import { FORMATS, serialise } from '../../pipeline/publish/write-formats.ts';
import { jsonl } from '../helpers/jsonl.ts';
import { registry, specs } from '../helpers/published.ts';
import { sampleDataset, sampleManifest, sampleTables } from '../helpers/sample-dataset.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');

type Tables = Record<TableName, Row[]>;
/** A sequence of `add` calls. */
type Feed = Array<[TableName, Row[]]>;

/** Every value of every dictionary column without an enum, from the rows. */
function dictionariesOf(tables: Tables): Partial<Record<TableName, Record<string, string[]>>> {
  return Object.fromEntries(TABLES.map((t) => [t, Object.fromEntries(specs[t].columns.filter((c) => c.kind === 'dictionary' && !c.values)
    .map((c) => [c.name, [...new Set(tables[t].map((r) => r[c.name]).filter((v): v is string => typeof v === 'string'))]]))]));
}

const chunks = (rows: Row[], size: number): Row[][] => Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));

/** Per article: its row of articles, then its rows of every table keyed by article_id; duplicates and rejects at the end (as the runner emits them). */
function runnerOrder(tables: Tables): Feed {
  const perArticle = TABLES.filter((t) => t !== 'articles' && specs[t].columns[0].name === 'article_id');
  const feed: Feed = [];
  for (const a of tables.articles) {
    feed.push(['articles', [a]]);
    for (const t of perArticle) {
      const rows = tables[t].filter((r) => r.article_id === a.id);
      if (rows.length) feed.push([t, rows]);
    }
  }
  return [...feed, ['duplicates', tables.duplicates], ['rejects', tables.rejects]];
}

const byTable = (tables: Tables, size: number, order: readonly TableName[] = TABLES): Feed =>
  order.flatMap((t) => chunks(tables[t], size).map((rows): [TableName, Row[]] => [t, rows]));

let root: string;
beforeEach(async () => { root = await mkdtemp(join(tmpdir(), 'np-publisher-')); });

async function publish(target: string, tables: Tables, feed: Feed, finish: PublisherFinish, dictionaries = dictionariesOf(tables)): Promise<Manifest> {
  const publisher = await DatasetPublisher.open({ target, registry, dictionaries });
  for (const [t, rows] of feed) await publisher.add(t, rows);
  return publisher.finish(finish);
}

/** What publish is given besides the rows to make the committed dist/: its manifest fields, extra files and the config's dataset section. */
async function distFinish(): Promise<PublisherFinish> {
  const { files, tables: _tables, ...manifest } = JSON.parse(await readFile(join(DIST, 'manifest.json'), 'utf8')) as Manifest;
  const made = new Set(['README.md', 'datapackage.json', 'report.html', ...TABLES.flatMap((t) => Object.values(FORMATS).map((f) => `${t}.${f}`))]);
  const extraFiles: Record<string, Uint8Array> = {};
  for (const name of Object.keys(files)) if (!made.has(name)) extraFiles[name] = await readFile(join(DIST, name));
  const config = JSON.parse(await readFile(join(ROOT, 'newsprep.config.json'), 'utf8')) as { dataset?: Partial<DatasetInfo> };
  return { manifest, extraFiles, dataset: { ...datasetDefaults, ...config.dataset } };
}

const distTables = async (): Promise<Tables> => Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await jsonl(DIST, t)]))) as Tables;

/** Names of the files of `dir` whose bytes differ from the same file in `other` (or are missing there). */
async function differing(dir: string, other: string): Promise<string[]> {
  const names = (await readdir(dir)).sort();
  expect((await readdir(other)).sort()).toEqual(names);
  const out: string[] = [];
  for (const n of names) if (!(await readFile(join(dir, n))).equals(await readFile(join(other, n)))) out.push(n);
  return out;
}

describe('DatasetPublisher reproduces the committed dist/ from its rows', () => {
  it.each([
    ['per article, tables interleaved as the runner sends them', runnerOrder],
    ['one call per table', (t: Tables) => byTable(t, Number.MAX_SAFE_INTEGER)],
    ['calls of 7 rows, referring tables before the tables they refer to', (t: Tables) => byTable(t, 7, [...TABLES].reverse())],
  ])('%s: every file is byte for byte the committed one', async (_name, feed) => {
    const tables = await distTables();
    const target = join(root, 'dist');
    await publish(target, tables, feed(tables), await distFinish());
    expect(await differing(target, DIST)).toEqual([]);
  });
});

describe('DatasetPublisher output depends on the rows only', () => {
  it('the same rows cut into any batches and tables interleaved in any way give the same bytes', async () => {
    const tables = await distTables();
    const finish = await distFinish();
    const reference = await readFile(join(DIST, 'manifest.json'));
    await fc.assert(fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 }), fc.nat(), async (sizes, seed) => {
      // Each table is cut into calls of the sizes in turn; calls of different tables are merged in an order drawn from the seed.
      const queues = TABLES.map((t) => {
        const out: Row[][] = [];
        for (let at = 0, k = 0; at < tables[t].length; k++) {
          out.push(tables[t].slice(at, at + sizes[k % sizes.length]));
          at += sizes[k % sizes.length];
        }
        return out.map((rows): [TableName, Row[]] => [t, rows]);
      });
      const feed: Feed = [];
      let state = seed;
      while (queues.some((q) => q.length)) {
        state = (state * 1103515245 + 12345) % 2 ** 31;
        const open = queues.filter((q) => q.length);
        feed.push(open[state % open.length].shift()!);
      }
      const target = join(await mkdtemp(join(root, 'p-')), 'dist');
      await publish(target, tables, feed, finish);
      expect((await readFile(join(target, 'manifest.json'))).equals(reference)).toBe(true);
    }), { numRuns: 6 });
  });

  it('calls made without waiting are taken in order', async () => {
    const tables = await distTables();
    const target = join(root, 'dist');
    const publisher = await DatasetPublisher.open({ target, registry, dictionaries: dictionariesOf(tables) });
    const calls = runnerOrder(tables).map(([t, rows]) => publisher.add(t, rows));
    const manifest = publisher.finish(await distFinish());
    await Promise.all(calls);
    await manifest;
    expect(await differing(target, DIST)).toEqual([]);
  });
});

describe('a table of several record batches', () => {
  const N = 2 * BATCH_ROWS + 1234;
  const bigTables = (): Tables => {
    const tables = sampleTables();
    const id = tables.articles[0].id as string;
    tables.sentences = Array.from({ length: N }, (_, i) => ({ article_id: id, paragraph: i >> 4, index: i, start: i, end: i + 1, text: `Sentence ${i} \u00e9\ud83d\ude00`, repeated: i % 3 }));
    return tables;
  };

  it('is written in batches of BATCH_ROWS that apache-arrow and parquet-wasm read back as the rows, with the bytes of the whole-table writer', async () => {
    const tables = bigTables();
    const target = join(root, 'dist');
    const feed: Feed = [['articles', tables.articles], ...chunks(tables.sentences, 10_000).flatMap((rows, i): Feed => (i === 1 ? [['sentences', rows], ['quotes', tables.quotes]] : [['sentences', rows]])),
      ...byTable(tables, 1000, TABLES.filter((t) => t !== 'articles' && t !== 'sentences' && t !== 'quotes'))];
    const manifest = await publish(target, tables, feed, { manifest: sampleManifest(), extraFiles: {}, dataset: sampleDataset() });
    expect(manifest.files['sentences.parquet'].rows).toBe(N);
    const expected = tables.sentences.map((r) => specs.sentences.columns.map((c) => comparable(c.kind, r[c.name])));
    const arrow = tableFromIPC(await readFile(join(target, 'sentences.arrow')));
    expect(arrow.batches.map((b) => b.numRows)).toEqual([BATCH_ROWS, BATCH_ROWS, 1234]);
    expect(arrowRows(specs.sentences, arrow)).toEqual(expected);
    const file = parquet.ParquetFile.fromFile(new Blob([await readFile(join(target, 'sentences.parquet'))]));
    expect((await file).metadata().numRowGroups()).toBe(3);
    expect(arrowRows(specs.sentences, tableFromIPC(parquet.readParquet(await readFile(join(target, 'sentences.parquet'))).intoIPCStream()))).toEqual(expected);
    for (const format of Object.values(FORMATS)) {
      expect((await readFile(join(target, `sentences.${format}`))).equals(Buffer.from(serialise(format, specs.sentences, tables.sentences))), format).toBe(true);
    }
    expect((await validateDataset(target, registry)).problems).toEqual([]);
  });
});

describe('a table without rows', () => {
  it.each(['duplicates', 'comments', 'rejects'] as const)('%s: all four files, no rows, the bytes of the whole-table writer', async (table) => {
    const tables = sampleTables();
    tables[table] = [];
    const target = join(root, 'dist');
    const manifest = await publish(target, tables, runnerOrder(tables), { manifest: sampleManifest(), extraFiles: {}, dataset: sampleDataset() });
    for (const format of Object.values(FORMATS)) {
      expect(manifest.files[`${table}.${format}`].rows).toBe(0);
      expect((await readFile(join(target, `${table}.${format}`))).equals(Buffer.from(serialise(format, specs[table], []))), format).toBe(true);
    }
    expect(tableFromIPC(await readFile(join(target, `${table}.arrow`))).numRows).toBe(0);
    expect(manifest.tables[table].rows).toBe(0);
  });
});

describe('a failed publish leaves the target as it was', () => {
  const finish = (): PublisherFinish => ({ manifest: sampleManifest(), extraFiles: {}, dataset: sampleDataset() });
  const manyEntities = (tables: Tables, n: number): Row[] => Array.from({ length: n }, (_, i) => ({ ...tables.entities[0], start: i, end: i + 1 }));

  it.each<[string, (t: Tables) => { feed: Feed; dictionaries?: ReturnType<typeof dictionariesOf> }, RegExp]>([
    ['a value outside the dictionary given', (t) => ({ feed: runnerOrder(t), dictionaries: { ...dictionariesOf(t), articles: { ...dictionariesOf(t).articles, encoding: ['windows-1252'] } } }),
      /^articles\.jsonl: row 1 column encoding is "utf-8", which is not in the dictionary given for articles\.encoding \(1 values\) when publishing began; .*dist is unchanged$/],
    ['a dictionary not given at all', (t) => ({ feed: runnerOrder(t), dictionaries: { ...dictionariesOf(t), removed: {} } }),
      /^removed\.jsonl: row 1 column rule is "title-first-line", which is not in the dictionary given for removed\.rule \(0 values\)/],
    ['a row that breaks its schema in a late batch', (t) => {
      const entities = manyEntities(t, 2500);
      entities[2345].label = 'PEOPLE';
      return { feed: [['articles', t.articles], ...chunks(entities, 1000).map((rows): [TableName, Row[]] => ['entities', rows])] };
    }, /^entities\.jsonl: row 2346 fails schema newsprep:tables\/entities at \/label: .*; .*dist is unchanged$/],
    ['a repeated primary key in a late batch', (t) => {
      const entities = manyEntities(t, 2500);
      entities[1500] = { ...entities[1499] };
      return { feed: [['articles', t.articles], ...chunks(entities, 1000).map((rows): [TableName, Row[]] => ['entities', rows])] };
    }, /^verification of the new dataset failed: entities\.jsonl: row 1501 repeats or lacks the primary key \(article_id, start, end, label\)/],
    ['a foreign key that matches nothing', (t) => {
      t.quotes[0].article_id = 'ffffffffffffffff';
      return { feed: runnerOrder(t).concat([['quotes', t.quotes]]) };
    }, /^verification of the new dataset failed: quotes\.jsonl: row 1 \(article_id\) = \["ffffffffffffffff"\] matches no row of articles \(id\)$/],
  ])('%s: a run error (exit 2) with a clear message, no staging folder left', async (_name, make, message) => {
    const target = join(root, 'dist');
    await publish(target, sampleTables(), runnerOrder(sampleTables()), finish());
    const before = await readFile(join(target, 'manifest.json'));
    const tables = sampleTables();
    const { feed, dictionaries } = make(tables);
    const attempt = publish(target, tables, feed, finish(), dictionaries ?? dictionariesOf(tables));
    await expect(attempt).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(message) });
    expect((await readFile(join(target, 'manifest.json'))).equals(before)).toBe(true);
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('abort removes the staging folder; the publisher is spent', async () => {
    const target = join(root, 'dist');
    const tables = sampleTables();
    const publisher = await DatasetPublisher.open({ target, registry, dictionaries: dictionariesOf(tables) });
    await publisher.add('articles', tables.articles);
    expect((await readdir(root)).length).toBe(1);
    await publisher.abort();
    expect(await readdir(root)).toEqual([]);
    await expect(publisher.add('sentences', tables.sentences)).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('publishing was aborted') });
    await expect(publisher.finish(finish())).rejects.toMatchObject({ exitCode: 2 });
  });
});
