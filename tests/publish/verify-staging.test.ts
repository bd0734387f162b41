import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../pipeline/lib/hash.ts';
import { rowsToArrow } from '../../pipeline/publish/arrow-table.ts';
import type { Manifest } from '../../pipeline/publish/manifest.ts';
import { checkFile, verifyFiles, verifyStaging } from '../../pipeline/publish/verify-staging.ts';
import { publishSample, specs } from '../helpers/published.ts';
import { sampleTables } from '../helpers/sample-dataset.ts';

/** A copy of the published sample and its manifest's file list. */
async function copy(): Promise<{ dir: string; files: Manifest['files'] }> {
  const dir = join(await mkdtemp(join(tmpdir(), 'np-verify-')), 'staging');
  await cp(await publishSample(), dir, { recursive: true });
  return { dir, files: (JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest).files };
}

describe('verifyStaging', () => {
  it('passes what publish wrote', async () => {
    const { dir, files } = await copy();
    expect(await verifyStaging(dir, specs, sampleTables(), files)).toEqual([]);
  });

  it('catches an Arrow file whose rows differ from the rows written, even with a matching checksum', async () => {
    const { dir, files } = await copy();
    const tables = sampleTables();
    tables.sentences[1].text = 'Talks went on.';
    const bytes = tableToIPC(rowsToArrow(specs.sentences, tables.sentences), 'file');
    await writeFile(join(dir, 'sentences.arrow'), bytes);
    const edited = { ...files, 'sentences.arrow': { rows: 2, bytes: bytes.length, sha256: sha256(bytes) } };
    expect(await verifyStaging(dir, specs, sampleTables(), edited)).toEqual(['sentences.arrow: row 2 column text is "Talks went on.", written "Talks go on."']);
  });

  it('catches a changed byte, a missing file, an unlisted file and a broken key', async () => {
    const { dir, files } = await copy();
    await writeFile(join(dir, 'quotes.csv'), 'changed');
    await writeFile(join(dir, 'stray.txt'), 'x');
    const { 'rejects.jsonl': _gone, ...listed } = files;
    const tables = sampleTables();
    tables.sentences[0].article_id = 'ffffffffffffffff';
    const problems = await verifyStaging(dir, specs, tables, listed);
    expect(problems).toContain('quotes.csv: size or SHA-256 differs from what was written');
    expect(problems).toContain('stray.txt: not listed in manifest.json');
    expect(problems).toContain('rejects.jsonl: not listed in manifest.json');
    expect(problems.some((p) => p.startsWith('sentences.jsonl: row 1 (article_id)'))).toBe(true);
  });

  it('checkFile names a file whose bytes differ from those written, even at the same size', async () => {
    const { dir, files } = await copy();
    expect(await checkFile(dir, 'quotes.csv', files['quotes.csv'])).toBeNull();
    const bytes = await readFile(join(dir, 'quotes.csv'));
    bytes[0] ^= 1;
    await writeFile(join(dir, 'quotes.csv'), bytes);
    expect(await checkFile(dir, 'quotes.csv', files['quotes.csv'])).toBe('quotes.csv: size or SHA-256 differs from what was written');
  });

  it('verifyFiles checks only the size of a file already re-read, and hashes the others', async () => {
    const { dir, files } = await copy();
    const same = await readFile(join(dir, 'quotes.csv'));
    same[0] ^= 1;
    await writeFile(join(dir, 'quotes.csv'), same);
    await writeFile(join(dir, 'comments.csv'), 'shorter');
    const hashed = new Set(['quotes.csv', 'comments.csv']);
    expect(await verifyFiles(dir, files, hashed)).toEqual(['comments.csv: size differs from what was written']);
    expect(await verifyFiles(dir, files)).toEqual(['comments.csv: size or SHA-256 differs from what was written', 'quotes.csv: size or SHA-256 differs from what was written']);
  });
});
