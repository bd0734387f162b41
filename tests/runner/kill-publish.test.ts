import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SchemaRegistry } from '../../pipeline/lib/schemas.ts';
import { validateDataset } from '../../pipeline/publish/validate-dataset.ts';

const BIN = fileURLToPath(new URL('../../pipeline/bin/newsprep.mjs', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

describe('a run killed mid-publish', () => {
  it('leaves the previous dataset loadable and intact, and the next run recovers', async () => {
    const root = await mkdtemp(join(tmpdir(), 'np-kill-'));
    const input = join(root, 'in');
    const dist = join(root, 'dist');
    await cp(SEEDS, input, { recursive: true });
    const first = spawnSync(process.execPath, [BIN, 'run', '--input', input, '--out', dist, '--quiet']);
    expect(first.status, first.stderr.toString()).toBe(0);
    const before = await readFile(join(dist, 'manifest.json'));

    // A bigger second input, so the publish step takes long enough to be caught in the act.
    for (let i = 0; i < 40; i++) {
      const text = await readFile(join(SEEDS, '001_0dd472b9c5b3b594.txt'), 'utf8');
      await writeFile(join(input, `extra-${i}.txt`), `Story number ${i} of the day\n\n${text.replace(/Kerry/g, `Official${i}`)}`);
    }
    const child = spawn(process.execPath, [BIN, 'run', '--input', input, '--out', dist, '--quiet'], { stdio: 'ignore' });
    const staging = await new Promise<boolean>((resolve) => {
      const tick = (): void => {
        const names = readdirSync(root);
        if (names.some((n) => n.startsWith('.dist.staging-'))) {
          child.kill('SIGKILL');
          resolve(true);
        } else if (child.exitCode !== null) resolve(false);
        else setImmediate(tick);
      };
      tick();
    });
    await new Promise((r) => child.once('exit', r).once('error', r) && (child.exitCode !== null || child.signalCode !== null ? r(null) : undefined));
    expect(staging).toBe(true);
    expect((await readFile(join(dist, 'manifest.json'))).equals(before)).toBe(true);
    expect((await validateDataset(dist, SchemaRegistry.load())).problems).toEqual([]);

    const third = spawnSync(process.execPath, [BIN, 'run', '--input', input, '--out', dist, '--quiet']);
    expect(third.status, third.stderr.toString()).toBe(0);
    expect((await readdir(root)).sort()).toEqual(['.dist.work', 'dist', 'in']);
    expect(existsSync(join(dist, 'manifest.json'))).toBe(true);
    expect((await readFile(join(dist, 'manifest.json'))).equals(before)).toBe(false);
  }, 120_000);
});
