import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/runner/run-pipeline.ts';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const tmp = (): Promise<string> => mkdtemp(join(tmpdir(), 'np-inc-'));

async function sameFiles(a: string, b: string): Promise<void> {
  const names = (await readdir(a)).sort();
  expect((await readdir(b)).sort()).toEqual(names);
  for (const n of names) expect((await readFile(join(a, n))).equals(await readFile(join(b, n))), n).toBe(true);
}

describe('runs over a published dataset', () => {
  it('re-running, or publishing the corpus in two runs, gives the same bytes as one fresh run', async () => {
    const fresh = join(await tmp(), 'dist');
    await runPipeline({ input: SEEDS, out: fresh, sourceDateEpoch: 1 });
    const rerun = join(await tmp(), 'dist');
    await runPipeline({ input: SEEDS, out: rerun, sourceDateEpoch: 1 });
    await runPipeline({ input: SEEDS, out: rerun, sourceDateEpoch: 1 });
    await sameFiles(fresh, rerun);

    const input = join(await tmp(), 'in');
    await mkdir(input);
    const twice = join(await tmp(), 'dist');
    const names = (await readdir(SEEDS)).sort();
    for (const n of names.slice(0, 2)) await cp(join(SEEDS, n), join(input, n));
    await runPipeline({ input, out: twice, sourceDateEpoch: 1 });
    for (const n of names.slice(2)) await cp(join(SEEDS, n), join(input, n));
    await runPipeline({ input, out: twice, sourceDateEpoch: 1 });
    await sameFiles(fresh, twice);
  });

  it('a new copy of an old story is a duplicate pointing to the old id, found through the saved index', async () => {
    const dist = join(await tmp(), 'dist');
    await runPipeline({ input: SEEDS, out: dist });
    const input = join(await tmp(), 'new');
    await mkdir(input);
    const original = await readFile(join(SEEDS, '001_0dd472b9c5b3b594.txt'), 'utf8');
    const copy = original
      .replace('US-Russian talks in Syria fail, Kerry blames Russia and US Congress', 'Kerry blames Congress as Syria talks collapse')
      .replace('Post navigation', 'Related stories\n\nMore from World')
      .replace('lamented', 'complained')
      .replace('has become frustrated', 'has grown frustrated');
    await writeFile(join(input, 'syndicated-copy.txt'), copy);
    const summary = await runPipeline({ input, out: dist });
    expect(summary.manifest.accounting).toEqual({ inputs: 1, articles: 0, duplicates: 1, rejects: 0 });
    const [dup] = (await readFile(join(dist, 'duplicates.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(dup).toMatchObject({ source: 'syndicated-copy.txt', duplicate_of: '53aed6b601233f4d', method: 'near' });
    expect(dup.similarity).toBeGreaterThan(0.9);
  });
});
