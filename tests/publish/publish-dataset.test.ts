import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { sha256 } from '../../pipeline/lib/hash.ts';
import { SchemaRegistry } from '../../pipeline/lib/schemas.ts';
import { recoverInterrupted } from '../../pipeline/publish/atomic-swap.ts';
import type { Manifest } from '../../pipeline/publish/manifest.ts';
import { publishDataset } from '../../pipeline/publish/publish-dataset.ts';
import { validateDataset } from '../../pipeline/publish/validate-dataset.ts';
import { sampleDataset, sampleManifest, sampleTables } from '../helpers/sample-dataset.ts';

const registry = SchemaRegistry.load();
let root: string;
let dist: string;

const publish = () => publishDataset({ target: dist, tables: sampleTables(), extraFiles: { 'extra.bin': new Uint8Array([1, 2, 3]) }, manifest: sampleManifest(), registry, dataset: sampleDataset() });

/** Rewrites a file and updates its size and checksum in the manifest, as a careful tamperer would. */
async function rewrite(name: string, edit: (text: string) => string): Promise<void> {
  const text = edit(await readFile(join(dist, name), 'utf8'));
  await writeFile(join(dist, name), text);
  const manifest = JSON.parse(await readFile(join(dist, 'manifest.json'), 'utf8')) as Manifest;
  manifest.files[name].bytes = Buffer.byteLength(text);
  manifest.files[name].sha256 = sha256(text);
  await writeFile(join(dist, 'manifest.json'), JSON.stringify(manifest));
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'np-pub-'));
  dist = join(root, 'dist');
});

describe('publishDataset + validateDataset', () => {
  it('publishes every table in four formats plus card, package, report and manifest; the result validates', async () => {
    const manifest = await publish();
    const files = (await readdir(dist)).sort();
    expect(files).toContain('articles.arrow');
    expect(files).toContain('rejects.parquet');
    expect(files).toEqual(expect.arrayContaining(['README.md', 'datapackage.json', 'report.html', 'manifest.json', 'extra.bin']));
    expect(files.length).toBe(9 * 4 + 5);
    expect(manifest.files['articles.csv'].rows).toBe(1);
    expect((await validateDataset(dist, registry)).problems).toEqual([]);
    expect((await readdir(root)).sort()).toEqual(['dist']);
  });

  it('an extra file given by its path is copied as it is, with the manifest entry its bytes would get', async () => {
    const bytes = Uint8Array.from({ length: 3 << 20 }, (_, i) => (i * 7919) % 251); // more than one read of the copy
    const path = join(root, 'work-index.bin');
    await writeFile(path, bytes);
    const byPath = await publishDataset({ target: dist, tables: sampleTables(), extraFiles: { 'extra.bin': { path } }, manifest: sampleManifest(), registry, dataset: sampleDataset() });
    expect((await readFile(join(dist, 'extra.bin'))).equals(bytes)).toBe(true);
    const byBytes = await publishDataset({ target: dist, tables: sampleTables(), extraFiles: { 'extra.bin': bytes }, manifest: sampleManifest(), registry, dataset: sampleDataset() });
    expect(byPath.files['extra.bin']).toEqual({ rows: null, bytes: bytes.length, sha256: sha256(bytes) });
    expect(byPath).toEqual(byBytes);
  });

  it('an extra file whose path is missing fails the publish and leaves the target as it was', async () => {
    await publish();
    const before = await readFile(join(dist, 'manifest.json'));
    await expect(publishDataset({ target: dist, tables: sampleTables(), extraFiles: { 'extra.bin': { path: join(root, 'missing.bin') } }, manifest: sampleManifest(), registry, dataset: sampleDataset() }))
      .rejects.toThrow(/missing\.bin/);
    expect((await readFile(join(dist, 'manifest.json'))).equals(before)).toBe(true);
    expect((await readdir(root)).sort()).toEqual(['dist']);
  });

  it('publishing twice gives byte-identical files', async () => {
    await publish();
    const first = await readFile(join(dist, 'manifest.json'));
    await publish();
    expect((await readFile(join(dist, 'manifest.json'))).equals(first)).toBe(true);
  });

  it.each([
    ['one byte', async () => {
      const p = join(dist, 'articles.parquet');
      const b = await readFile(p);
      b[b.length >> 1] ^= 0xff;
      await writeFile(p, b);
    }, /articles\.parquet: SHA-256 .* does not match manifest\.json/],
    ['one row (checksums updated)', () => rewrite('quotes.csv', (t) => t.replace('to talk,', 'to walk,')), /quotes\.csv: row 1 column text is "to walk,", quotes\.jsonl has "to talk,"/],
    ['a dropped row (checksums updated)', () => rewrite('sentences.jsonl', (t) => `${t.split('\n')[0]}\n`), /sentences\.jsonl: 1 rows, manifest\.json says 2/],
    ['one column (checksums updated)', () => rewrite('duplicates.csv', (t) => t.split('\n').map((l) => l.split(',').slice(0, 4).join(',')).join('\n')), /duplicates\.csv: columns \[id, source, duplicate_of, method\] differ from the schema/],
    ['a value that breaks the schema (checksums updated)', () => rewrite('entities.jsonl', (t) => t.replace('"PERSON"', '"PEOPLE"')), /entities\.jsonl: row 1 fails schema newsprep:tables\/entities at \/label/],
    ['an unlisted file', () => writeFile(join(dist, 'stray.csv'), 'x'), /stray\.csv: not listed in manifest\.json/],
    ['a missing file', () => rm(join(dist, 'comments.arrow')), /comments\.arrow: listed in manifest\.json but missing/],
  ])('validate catches %s with a clear message', async (_name, tamper, message) => {
    await publish();
    await tamper();
    const { problems } = await validateDataset(dist, registry);
    expect(problems.join('\n')).toMatch(message);
  });

  it('a dataset that fails verification is not swapped in: the previous one stays, no staging is left', async () => {
    await publish();
    const before = await readFile(join(dist, 'manifest.json'));
    const tables = sampleTables();
    tables.entities[0].label = 'NOT-A-LABEL';
    await expect(publishDataset({ target: dist, tables, extraFiles: {}, manifest: sampleManifest(), registry, dataset: sampleDataset() }))
      .rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('entities.jsonl: row 1 fails schema') });
    expect((await readFile(join(dist, 'manifest.json'))).equals(before)).toBe(true);
    expect((await readdir(root)).sort()).toEqual(['dist']);
  });

  it('recovers a dataset retired by a publish that was killed between its two renames', async () => {
    await publish();
    const retired = join(root, '.dist.old-999999999');
    await import('node:fs/promises').then((fs) => fs.rename(dist, retired));
    await mkdir(join(root, '.dist.staging-999999998'));
    await recoverInterrupted(dist);
    expect((await readdir(root)).sort()).toEqual(['dist']);
    expect((await validateDataset(dist, registry)).problems).toEqual([]);
  });
});
