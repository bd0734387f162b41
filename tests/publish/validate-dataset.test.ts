import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../pipeline/lib/hash.ts';
import { BATCH_ROWS } from '../../pipeline/publish/arrow-table.ts';
import { DatasetPublisher } from '../../pipeline/publish/dataset-publisher.ts';
import type { Manifest } from '../../pipeline/publish/manifest.ts';
import { publishDataset } from '../../pipeline/publish/publish-dataset.ts';
import { TABLES, type TableName } from '../../pipeline/publish/tables.ts';
import { validateDataset } from '../../pipeline/publish/validate-dataset.ts';
import type { Row } from '../../pipeline/publish/values.ts';
import { serialise } from '../../pipeline/publish/write-formats.ts';
import { registry, specs } from '../helpers/published.ts';
import { sampleDataset, sampleManifest, sampleTables } from '../helpers/sample-dataset.ts';

type Tables = Record<TableName, Row[]>;

/** Every value of every dictionary column without an enum, from the rows. */
const dictionariesOf = (tables: Tables) => Object.fromEntries(TABLES.map((t) => [t, Object.fromEntries(specs[t].columns.filter((c) => c.kind === 'dictionary' && !c.values)
  .map((c) => [c.name, [...new Set(tables[t].map((r) => r[c.name]).filter((v): v is string => typeof v === 'string'))]]))]));

/** Publishes tables with a `DatasetPublisher`, every table in batches of 10,000 rows. */
async function publish(target: string, tables: Tables): Promise<void> {
  const publisher = await DatasetPublisher.open({ target, registry, dictionaries: dictionariesOf(tables) });
  for (const t of TABLES) for (let i = 0; i < tables[t].length; i += 10_000) await publisher.add(t, tables[t].slice(i, i + 10_000));
  const manifest = sampleManifest();
  manifest.accounting = { inputs: tables.articles.length + tables.duplicates.length + tables.rejects.length, articles: tables.articles.length, duplicates: tables.duplicates.length, rejects: tables.rejects.length };
  await publisher.finish({ manifest, extraFiles: { 'dedup-index.bin': new Uint8Array([1, 2, 3]) }, dataset: sampleDataset() });
}

/** Writes a file and updates its size and checksum in the manifest, as a careful tamperer would. */
async function replace(dist: string, name: string, bytes: Uint8Array | string): Promise<void> {
  await writeFile(join(dist, name), bytes);
  const manifest = JSON.parse(await readFile(join(dist, 'manifest.json'), 'utf8')) as Manifest;
  manifest.files[name].bytes = Buffer.byteLength(bytes);
  manifest.files[name].sha256 = sha256(bytes);
  await writeFile(join(dist, 'manifest.json'), JSON.stringify(manifest));
}

async function rewrite(dist: string, name: string, edit: (text: string) => string): Promise<void> {
  const text = await readFile(join(dist, name), 'utf8');
  const edited = edit(text);
  expect(edited).not.toBe(text);
  await replace(dist, name, edited);
}

/** A copy of a published folder to tamper with. */
async function copyOf(dist: string): Promise<string> {
  const copy = join(await mkdtemp(join(tmpdir(), 'np-val-')), 'dist');
  await cp(dist, copy, { recursive: true });
  return copy;
}

const lines = (text: string, at: number, edit: (line: string) => string): string => text.split('\n').map((l, i) => (i === at ? edit(l) : l)).join('\n');

describe('validateDataset on the sample dataset', async () => {
  const root = await mkdtemp(join(tmpdir(), 'np-val-'));
  const dist = join(root, 'dist');
  await publishDataset({ target: dist, tables: sampleTables(), extraFiles: {}, manifest: sampleManifest(), registry, dataset: sampleDataset() });

  it('passes the dataset as published', async () => {
    expect((await validateDataset(dist, registry)).problems).toEqual([]);
  });

  it('passes CSV cells with line ends, quotes and commas', async () => {
    const tables = sampleTables();
    tables.comments[0].text = 'He said "no",\n\n"then" yes\r\nand ""more""';
    tables.articles[0].title = '"Quoted", title\nover two lines';
    const target = join(await mkdtemp(join(tmpdir(), 'np-val-')), 'dist');
    await publishDataset({ target, tables, extraFiles: {}, manifest: sampleManifest(), registry, dataset: sampleDataset() });
    expect(await readFile(join(target, 'comments.csv'), 'utf8')).toContain('"He said ""no"",\n\n""then"" yes\r\nand """"more"""""');
    expect((await validateDataset(target, registry)).problems).toEqual([]);
  });

  it.each<[string, (d: string) => Promise<unknown>, string[] | RegExp]>([
    ['a JSONL row changed (manifest updated)', (d) => rewrite(d, 'sentences.jsonl', (t) => t.replace('Talks go on.', 'Talks go off.')), [
      'sentences.csv: row 2 column text is "Talks go on.", sentences.jsonl has "Talks go off."',
      'sentences.arrow: row 2 column text is "Talks go on.", sentences.jsonl has "Talks go off."',
      'sentences.parquet: row 2 column text is "Talks go on.", sentences.jsonl has "Talks go off."',
    ]],
    ['a CSV cell changed (manifest updated)', (d) => rewrite(d, 'articles.csv', (t) => t.replace('"Example, Inc."', '"Example, Ltd."')),
      ['articles.csv: row 1 column site is "Example, Ltd.", articles.jsonl has "Example, Inc."']],
    ['an Arrow file of other rows (manifest updated)', (d) => {
      const rows = sampleTables().removed.map((r) => ({ ...r, end: 13, text: 'Talks "resume' }));
      return replace(d, 'removed.arrow', serialise('arrow', specs.removed, rows));
    }, ['removed.arrow: row 1 column end is 13, removed.jsonl has 14']],
    ['a Parquet file missing a row (manifest updated)', (d) => replace(d, 'paragraphs.parquet', serialise('parquet', specs.paragraphs, sampleTables().paragraphs.slice(0, 1))), [
      'paragraphs.parquet: 1 rows, manifest.json says 2',
      'paragraphs.parquet: 1 rows, paragraphs.jsonl has 2',
    ]],
    ['a Parquet file missing its first row (manifest updated)', (d) => replace(d, 'paragraphs.parquet', serialise('parquet', specs.paragraphs, sampleTables().paragraphs.slice(1))), [
      'paragraphs.parquet: 1 rows, manifest.json says 2',
      'paragraphs.parquet: row 1 column index is 1, paragraphs.jsonl has 0',
      'paragraphs.parquet: 1 rows, paragraphs.jsonl has 2',
    ]],
    ['an unlisted file', (d) => writeFile(join(d, 'stray.csv'), 'x'), ['stray.csv: not listed in manifest.json']],
    ['a JSONL row that breaks its schema', (d) => rewrite(d, 'rejects.jsonl', (t) => t.replace('"empty-input"', '7')), [
      'rejects.jsonl: row 1 fails schema newsprep:tables/rejects at /rule: must be string',
      'rejects.csv: row 1 column rule is "empty-input", rejects.jsonl has 7',
      'rejects.arrow: row 1 column rule is "empty-input", rejects.jsonl has 7',
      'rejects.parquet: row 1 column rule is "empty-input", rejects.jsonl has 7',
    ]],
    ['a broken foreign key (in every format)', async (d) => {
      const tables = sampleTables();
      tables.quotes[0].article_id = 'ffffffffffffffff';
      for (const format of ['jsonl', 'csv', 'arrow', 'parquet'] as const) await replace(d, `quotes.${format}`, serialise(format, specs.quotes, tables.quotes));
    }, ['quotes.jsonl: row 1 (article_id) = ["ffffffffffffffff"] matches no row of articles (id)']],
    ['a repeated primary key (in every format)', async (d) => {
      const tables = sampleTables();
      tables.sentences[1].index = 0;
      for (const format of ['jsonl', 'csv', 'arrow', 'parquet'] as const) await replace(d, `sentences.${format}`, serialise(format, specs.sentences, tables.sentences));
    }, ['sentences.jsonl: row 2 repeats or lacks the primary key (article_id, index) = ["0123456789abcdef",0]']],
    ['a JSONL line that is not JSON', (d) => rewrite(d, 'comments.jsonl', (t) => `${t}{"article_id":\n`),
      /^comments\.jsonl: cannot be read \(line 2 is not valid JSON/m],
    ['a CSV file with a column too many', (d) => rewrite(d, 'entities.csv', (t) => lines(t, 1, (l) => `${l},x`)), ['entities.csv: cannot be read (CSV row 1 has 9 cells, expected 8)']],
    ['a broken accounting', async (d) => writeFile(join(d, 'manifest.json'), (await readFile(join(d, 'manifest.json'), 'utf8')).replace('"inputs": 3', '"inputs": 4')), ['manifest.json: accounting broken: 4 inputs != 1 articles + 1 duplicates + 1 rejects']],
    ['a manifest that is not JSON', (d) => writeFile(join(d, 'manifest.json'), '{'), /^manifest\.json: cannot be read \(/],
  ])('catches %s', async (_name, tamper, expected) => {
    const copy = await copyOf(dist);
    await tamper(copy);
    const { problems } = await validateDataset(copy, registry);
    if (Array.isArray(expected)) expect(problems).toEqual(expected);
    else expect(problems.join('\n')).toMatch(expected);
  });
});

describe('validateDataset on a table larger than one block', async () => {
  const N = BATCH_ROWS + 1_000;
  /** Rejects whose messages hold quotes, commas and line ends, so CSV records are cut across reads, some inside a quoted cell. */
  const reject = (i: number): Row => ({ id: null, source: `in/${i}.txt`, stage: 'ingest', rule: i % 3 ? 'empty-input' : 'not-utf8', message: `in/${i}.txt: "empty",\nsee line ${i}` });
  const tables = sampleTables();
  tables.rejects = Array.from({ length: N }, (_, i) => reject(i));
  const root = await mkdtemp(join(tmpdir(), 'np-val-big-'));
  const dist = join(root, 'dist');
  await publish(dist, tables);
  const last = N - 7; // a row of the last block

  it('passes, the CSV cells with quotes and line ends included', async () => {
    expect((await validateDataset(dist, registry)).problems).toEqual([]);
  });

  it.each<[string, (d: string) => Promise<unknown>, string[]]>([
    ['a CSV cell in the last block', (d) => rewrite(d, 'rejects.csv', (t) => t.replace(`in/${last - 1}.txt,ingest`, `in/x.txt,ingest`)),
      [`rejects.csv: row ${last} column source is "in/x.txt", rejects.jsonl has "in/${last - 1}.txt"`]],
    ['a JSONL row in the last block', (d) => rewrite(d, 'rejects.jsonl', (t) => t.replace(`see line ${last - 1}"`, `see line 0"`)),
      (['csv', 'arrow', 'parquet'] as const).map((f) => `rejects.${f}: row ${last} column message is "in/${last - 1}.txt: \\"empty\\",\\nsee line ${last - 1}", rejects.jsonl has "in/${last - 1}.txt: \\"empty\\",\\nsee line 0"`)],
    ['a Parquet file without its last row', (d) => replace(d, 'rejects.parquet', serialise('parquet', specs.rejects, tables.rejects.slice(0, -1))),
      [`rejects.parquet: ${N - 1} rows, manifest.json says ${N}`, `rejects.parquet: ${N - 1} rows, rejects.jsonl has ${N}`]],
    ['a JSONL row of the last block that breaks its schema', (d) => rewrite(d, 'rejects.jsonl', (t) => lines(t, last - 1, (l) => l.replace('"ingest"', '"publishing"'))),
      [`rejects.jsonl: row ${last} fails schema newsprep:tables/rejects at /stage: must be equal to one of the allowed values`,
        ...(['csv', 'arrow', 'parquet'] as const).map((f) => `rejects.${f}: row ${last} column stage is "ingest", rejects.jsonl has "publishing"`)]],
  ])('finds %s and names its row', async (_name, tamper, expected) => {
    const copy = await copyOf(dist);
    await tamper(copy);
    const { problems } = await validateDataset(copy, registry);
    expect(problems).toEqual(expected);
  });
});
