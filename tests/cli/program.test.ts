import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../pipeline/cli/program.ts';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => { out += t; }, err: (t) => { err += t; }, env: { SOURCE_DATE_EPOCH: '1475589600' } });
  return { code, out, err };
}

const tmp = (): Promise<string> => mkdtemp(join(tmpdir(), 'np-cli-'));

describe('newsprep command line', () => {
  it.each([
    [['--help'], /Usage: newsprep/],
    [['run', '--help'], /--input <dir>[\s\S]*--out <dir>[\s\S]*--config <file>[\s\S]*--concurrency <n>/],
    [['validate', '--help'], /Usage: newsprep validate \[options\] <dir>/],
    [['inspect', '--help'], /Usage: newsprep inspect \[options\] <dir> <id>/],
  ])('%j prints help and exits 0', async (argv, text) => {
    const r = await cli(...argv);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(text);
  });

  it.each([
    [['frobnicate'], /unknown command/],
    [['run', '--out', 'x'], /required option '--input <dir>'/],
    [['run', '--input', 'seeds', '--out', 'x', '--concurrency', '0'], /must be a whole number/],
  ])('%j is a usage error (exit 1)', async (argv, text) => {
    const r = await cli(...argv);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(text);
  });

  it('a missing input folder exits 1 naming it', async () => {
    const r = await cli('run', '--input', '/nonexistent/np-cli-in', '--out', join(await tmp(), 'dist'));
    expect(r).toMatchObject({ code: 1, err: expect.stringContaining('input folder /nonexistent/np-cli-in does not exist') });
  });

  it.each([
    ['{ not json', /is not valid JSON/],
    ['{"segmnet": {}}', /is invalid at \/: must NOT have additional properties 'segmnet'/],
    ['{"dedup": {"permutations": 16, "bands": 8, "rows": 4}}', /dedup options are unusable: .*bands × rows \(8 × 4\) exceeds permutations \(16\)/],
  ])('a broken config (%s) exits 1 before any document is read', async (text, message) => {
    const dir = await tmp();
    await writeFile(join(dir, 'config.json'), text);
    const r = await cli('run', '--input', SEEDS, '--out', join(dir, 'dist'), '--config', join(dir, 'config.json'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
  });

  it('run, validate and inspect work together; a tampered dataset fails validate with exit 2', async () => {
    const dist = join(await tmp(), 'dist');
    const run = await cli('run', '--input', SEEDS, '--out', dist, '--quiet');
    expect(run).toMatchObject({ code: 0, out: '' });
    expect(await cli('validate', dist)).toMatchObject({ code: 0, out: `${dist}: valid\n` });
    const inspect = await cli('inspect', dist, 'd96dfe62d559c2cb');
    expect(inspect.code).toBe(0);
    expect(inspect.out).toMatch(/## clean: removed[\s\S]*## segment: sentences[\s\S]*## annotate: entities[\s\S]*## annotate: quotes/);
    expect((await cli('inspect', dist, 'ffffffffffffffff')).code).toBe(1);
    const csv = join(dist, 'articles.csv');
    await writeFile(csv, (await readFile(csv, 'utf8')).replace('Syria', 'Syrja'));
    const bad = await cli('validate', dist);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/articles\.csv: SHA-256 .* does not match manifest\.json/);
  });
});
