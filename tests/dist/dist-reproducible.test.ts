import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/runner/run-pipeline.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The SOURCE_DATE_EPOCH `npm run pipeline` uses (package.json). */
const EPOCH = Number(/SOURCE_DATE_EPOCH:-(\d+)/.exec(JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).scripts.pipeline)?.[1]);

describe('the committed dist/', () => {
  it('is byte-for-byte what npm run pipeline produces from seeds/', async () => {
    expect(EPOCH).toBeGreaterThan(0);
    const fresh = join(await mkdtemp(join(tmpdir(), 'np-dist-')), 'dist');
    await runPipeline({ input: join(ROOT, 'seeds'), out: fresh, sourceDateEpoch: EPOCH });
    const committed = join(ROOT, 'dist');
    const names = (await readdir(fresh)).sort();
    expect((await readdir(committed)).sort()).toEqual(names);
    const differ = [];
    for (const n of names) if (!(await readFile(join(fresh, n))).equals(await readFile(join(committed, n)))) differ.push(n);
    expect(differ, 'run `npm run pipeline` and commit dist/').toEqual([]);
  }, 60_000);
});
