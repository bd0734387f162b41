import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workDir } from '../../pipeline/executors/chunk-parts.ts';
import { runPipeline, runRank } from '../../pipeline/runner/run-pipeline.ts';
import { makeBadInputs } from '../helpers/bad-inputs.ts';

const tmp = (): Promise<string> => mkdtemp(join(tmpdir(), 'np-rank-'));

async function sameFiles(a: string, b: string): Promise<void> {
  const names = (await readdir(a)).sort();
  expect((await readdir(b)).sort()).toEqual(names);
  for (const n of names) expect((await readFile(join(a, n))).equals(await readFile(join(b, n))), n).toBe(true);
}

describe('ranks', async () => {
  const input = await makeBadInputs();
  const single = join(await tmp(), 'dist');
  await runPipeline({ input, out: single, chunkSize: 2, sourceDateEpoch: 7 });

  it('N ranks one after another, then the final merge, give the same bytes as one run', async () => {
    const out = join(await tmp(), 'dist');
    const computed: number[] = [];
    const scanned: number[] = [];
    let total = 0;
    for (let rank = 0; rank < 3; rank++) {
      const r = await runRank({ input, out, rank, worldSize: 3, chunkSize: 2 });
      computed.push(r.chunks.computed);
      scanned.push(r.scans.computed);
      expect(r.chunks.mine).toBe(r.chunks.computed);
      total = r.chunks.total;
    }
    // 13 inputs: 5 rejected at ingest, 1 identical copy, 7 records -> 4 chunks of 2, spread over 3 ranks.
    expect(total).toBe(4);
    expect(computed).toEqual([2, 1, 1]);
    // Every rank reads every input for clean's corpus pre-pass; the first one's scan (one batch of 13 files) serves the others.
    expect(scanned).toEqual([1, 0, 0]);
    const all = (await readdir(join(workDir(out), 'parts'))).sort();
    expect(all.filter((n) => n.startsWith('scan-'))).toHaveLength(1);
    const parts = all.filter((n) => !n.startsWith('scan-'));
    // Each chunk part is its records (.json, written last: the completion marker) and their dedup signatures (.sig).
    expect(parts.filter((n) => n.endsWith('.json')).length).toBe(4);
    expect(parts.map((n) => n.replace(/\.(json|sig)$/, ''))).toEqual(parts.filter((n) => n.endsWith('.json')).flatMap((n) => [n.slice(0, -5), n.slice(0, -5)]));
    await runPipeline({ input, out, chunkSize: 2, sourceDateEpoch: 7 });
    await sameFiles(single, out);
  });

  it('a rank finds its chunks already done and computes nothing', async () => {
    const out = join(await tmp(), 'dist');
    await runRank({ input, out, rank: 1, worldSize: 2, chunkSize: 2 });
    const again = await runRank({ input, out, rank: 1, worldSize: 2, chunkSize: 2 });
    expect(again.chunks).toMatchObject({ computed: 0, reused: again.chunks.mine });
  });

  it('rejects a rank outside the world', async () => {
    await expect(runRank({ input, out: join(await tmp(), 'd'), rank: 3, worldSize: 3 })).rejects.toMatchObject({ exitCode: 1, message: expect.stringContaining('--rank must be a whole number from 0 to 2') });
  });
});
