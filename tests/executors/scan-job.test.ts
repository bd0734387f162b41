import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workDir } from '../../pipeline/executors/chunk-parts.ts';
import type { ChunkJob, ScanBatch } from '../../pipeline/executors/doc-jobs.ts';
import { createDocPipeline } from '../../pipeline/executors/doc-pipeline.ts';
import { SchemaRegistry } from '../../pipeline/lib/schemas.ts';
import { loadConfig } from '../../pipeline/runner/config.ts';
import { listInputs } from '../../pipeline/stages/ingest/index.ts';

const story = (n: number): string => `Story ${n}\n\nThe council met on Monday and agreed to fund ${n} new buses for the city routes next year.\n\nShare this\n`;

/** A pipeline on a fresh work folder, with a folder of three text inputs. */
async function setUp() {
  const root = await mkdtemp(join(tmpdir(), 'np-doc-pipeline-'));
  const input = join(root, 'in');
  await mkdir(input);
  for (const n of [1, 2, 3]) await writeFile(join(input, `s${n}.txt`), story(n));
  const { config } = await loadConfig(null, SchemaRegistry.load());
  const pipeline = createDocPipeline({ config, work: workDir(join(root, 'dist')), docContext: 'doc', annotateContext: 'annotate' });
  const files = await listInputs(input);
  const chunkJob = (scan: ScanBatch): ChunkJob => ({ files, sources: files.map((f) => f.source), scans: [scan.key] });
  return { input, pipeline, files, chunkJob };
}

describe('the scan job, and the chunk job keyed from its scan', () => {
  it('reuse a scan of the same bytes, and scan again when a file changes', async () => {
    const { input, pipeline, files } = await setUp();
    const first = await pipeline.scan(files);
    expect(first.computed).toBe(true);
    expect(first.files.flatMap((f) => f.outcomes.map((o) => o.ok))).toEqual([true, true, true]);
    const again = await pipeline.scan(files);
    expect(again).toEqual({ ...first, computed: false });
    await writeFile(join(input, 's2.txt'), story(22));
    const changed = await pipeline.scan(files);
    expect(changed.computed).toBe(true);
    expect(changed.key).not.toBe(first.key);
  });

  it('find a chunk saved earlier from the scan alone, without reading its inputs', async () => {
    const { input, pipeline, files, chunkJob } = await setUp();
    const scan = await pipeline.scan(files);
    const made = await pipeline.chunk(chunkJob(scan));
    expect(made.computed).toBe(true);
    await rm(input, { recursive: true });
    const found = await pipeline.chunk(chunkJob(scan));
    expect(found).toEqual({ ...made, computed: false });
  });

  it('stop when an input changed between the scan and the chunk, saving nothing under the old key', async () => {
    const { input, pipeline, files, chunkJob } = await setUp();
    const scan = await pipeline.scan(files);
    await writeFile(join(input, 's3.txt'), story(33));
    await expect(pipeline.chunk(chunkJob(scan))).rejects.toThrow('s3.txt changed while the run read it');
    await writeFile(join(input, 's3.txt'), story(3));
    expect((await pipeline.chunk(chunkJob(scan))).computed).toBe(true);
  });
});
