import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SchemaRegistry } from '../../pipeline/lib/schemas.ts';
import { validateDataset } from '../../pipeline/publish/validate-dataset.ts';
import { runPipeline } from '../../pipeline/runner/run-pipeline.ts';
import { workDir } from '../../pipeline/executors/chunk-parts.ts';
import { makeBadInputs } from '../helpers/bad-inputs.ts';
import { type AnyRow, jsonl } from '../helpers/jsonl.ts';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const registry = SchemaRegistry.load();
const out = async (): Promise<string> => join(await mkdtemp(join(tmpdir(), 'np-run-')), 'dist');

describe('runPipeline on the seeds', async () => {
  const dist = await out();
  const summary = await runPipeline({ input: SEEDS, out: dist, sourceDateEpoch: 1475589600, concurrency: 2 });

  it('publishes all five seeds as articles, with every table filled and a valid dataset', async () => {
    expect(summary.exitCode).toBe(0);
    expect(summary.manifest.accounting).toEqual({ inputs: 5, articles: 5, duplicates: 0, rejects: 0 });
    expect(summary.manifest.created).toBe('2016-10-04T14:00:00.000Z');
    for (const t of ['articles', 'sentences', 'paragraphs', 'entities', 'quotes', 'comments', 'removed']) {
      expect(summary.manifest.tables[t].rows, t).toBeGreaterThan(0);
    }
    expect((await validateDataset(dist, registry)).problems).toEqual([]);
  });

  it('gives stable ids (SHA-256 of the bytes) and sources relative to the input root', async () => {
    const articles = await jsonl(dist, 'articles');
    expect(articles.map((a) => [a.source, a.id]).sort()).toEqual([
      ['000_0de4903d27fcfa0d.txt', 'd96dfe62d559c2cb'], ['001_0dd472b9c5b3b594.txt', '53aed6b601233f4d'],
      ['002_4734f408bfd39219.txt', 'ce67f0194ecdc18e'], ['003_c98c8a39deb02972.txt', 'f7fec73ba98fb7db'],
      ['004_ba1aaded70d261dc.txt', '84aac2df54e0fc2c'],
    ]);
  });

  it('counts every stage in the manifest', () => {
    const s = summary.manifest.stages;
    expect(Object.keys(s)).toEqual(['ingest', 'clean', 'segment', 'dedup', 'annotate']);
    for (const stage of Object.values(s)) expect(stage).toMatchObject({ total: 5, kept: 5 });
  });

  it('a second run gives byte-identical files, whatever the concurrency', async () => {
    const again = await out();
    await runPipeline({ input: SEEDS, out: again, sourceDateEpoch: 1475589600, concurrency: 1 });
    const names = (await readdir(dist)).sort();
    expect((await readdir(again)).sort()).toEqual(names);
    for (const n of names) expect((await readFile(join(again, n))).equals(await readFile(join(dist, n))), n).toBe(true);
  });
});

describe('runPipeline on bad inputs', async () => {
  const input = await makeBadInputs();
  const dist = await out();
  const summary = await runPipeline({ input, out: dist });
  const rejects = await jsonl(dist, 'rejects');
  const rules = Object.fromEntries(rejects.map((r) => [r.source, r.rule]));

  it('publishes with exit 3 and accounts for every input exactly once', () => {
    expect(summary.exitCode).toBe(3);
    const a = summary.manifest.accounting;
    expect(a.inputs).toBe(13);
    expect(a.inputs).toBe(a.articles + a.duplicates + a.rejects);
  });

  it.each([
    ['empty.txt', 'empty-input'], ['blank.txt', 'empty-input'], ['binary.txt', 'binary-content'],
    ['unreadable.txt', 'unreadable-file'], ['feed.jsonl:2', 'invalid-json'], ['boilerplate-only.txt', 'no-article-body'],
  ])('%s is rejected by %s', (source, rule) => {
    expect(rules[source]).toBe(rule);
  });

  it('every reject message names the file', () => {
    for (const r of rejects) expect(r.message).toContain(r.source);
  });

  it('keeps Latin-1, UTF-16, JSONL and HTML inputs as articles, decoded correctly', async () => {
    const articles = await jsonl(dist, 'articles');
    const bySource: Record<string, AnyRow> = Object.fromEntries(articles.map((a) => [a.source, a]));
    expect(bySource['story-latin1.txt']).toMatchObject({ encoding: 'windows-1252' });
    expect(bySource['story-latin1.txt'].body).toContain('Le maire é was there too.');
    expect(bySource['story-utf16.txt'].body).toContain('“coffee and soup”');
    expect(bySource['story-utf16.txt']).toMatchObject({ encoding: 'utf-16le' });
    expect(bySource['feed.jsonl:1']).toMatchObject({ id: 'feed-1', url: 'https://example.org/markets', format: 'jsonl' });
    expect(bySource['feed.jsonl:3']).toMatchObject({ id: 'feed-3' });
    expect(bySource['page.html']).toMatchObject({ format: 'html', site: 'Example Gazette' });
    expect(bySource['page.html'].body).toContain('The old stone bridge');
  });

  it('two inputs with identical bytes: one article, one exact duplicate pointing to it', async () => {
    const dups = await jsonl(dist, 'duplicates');
    const copy = dups.find((d) => d.source === 'copy-b.txt');
    expect(copy).toMatchObject({ method: 'exact', similarity: 1 });
    const articles = await jsonl(dist, 'articles');
    expect(articles.find((a) => a.source === "copy-a.txt")?.id).toBe(copy?.duplicate_of);
  });

  it('a missing input folder is a usage error (exit 1) naming it', async () => {
    await expect(runPipeline({ input: '/nonexistent/np-in', out: await out() })).rejects.toMatchObject({ exitCode: 1, message: expect.stringContaining('/nonexistent/np-in') });
  });
});

describe('runPipeline after a killed run', () => {
  it('removes the spill folders killed runs left in the work folder', async () => {
    const dist = await out();
    const stale = join(workDir(dist), 'spill-999999', 't1', 'sentences');
    await mkdir(stale, { recursive: true });
    await writeFile(join(stale, '0003100031.tsv'), `0123456789abcdef\t[]\n`);
    const summary = await runPipeline({ input: SEEDS, out: dist, sourceDateEpoch: 1475589600, concurrency: 1 });
    expect(summary.exitCode).toBe(0);
    expect((await readdir(workDir(dist))).filter((n) => n.startsWith('spill-'))).toEqual([]);
  });
});
