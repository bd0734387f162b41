import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/runner/run-pipeline.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = (JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { scripts: { pipeline: string } }).scripts.pipeline;
/** The SOURCE_DATE_EPOCH and config file `npm run pipeline` uses (package.json). */
const EPOCH = Number(/SOURCE_DATE_EPOCH:-(\d+)/.exec(SCRIPT)?.[1]);
const CONFIG = /--config (\S+)/.exec(SCRIPT)?.[1] ?? null;

describe('the committed dist/', () => {
  it('is byte-for-byte what npm run pipeline produces from seeds/', async () => {
    expect(EPOCH).toBeGreaterThan(0);
    // The same layout as the project (seeds/ beside dist/), so the manifest's input_root matches.
    const root = await mkdtemp(join(tmpdir(), 'np-dist-'));
    await cp(join(ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
    const fresh = join(root, 'dist');
    await runPipeline({ input: join(root, 'seeds'), out: fresh, sourceDateEpoch: EPOCH, configFile: CONFIG && join(ROOT, CONFIG) });
    const committed = join(ROOT, 'dist');
    const names = (await readdir(fresh)).sort();
    expect((await readdir(committed)).sort()).toEqual(names);
    const differ = [];
    for (const n of names) if (!(await readFile(join(fresh, n))).equals(await readFile(join(committed, n)))) differ.push(n);
    expect(differ, 'run `npm run pipeline` and commit dist/').toEqual([]);
  }, 60_000);
});
