import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireRunLock, lockPath } from '../../pipeline/executors/run-lock.ts';

const target = async (): Promise<string> => join(await mkdtemp(join(tmpdir(), 'np-lock-')), 'dist');
/** A pid that certainly belongs to no running process: one that just exited. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString() as unknown as number;

describe('acquireRunLock', () => {
  it('holds the lock, refuses a second run naming the holder, and releases it', async () => {
    const t = await target();
    const release = await acquireRunLock(t);
    expect(JSON.parse(await readFile(lockPath(t), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    await expect(acquireRunLock(t)).rejects.toMatchObject({ exitCode: 1, message: expect.stringMatching(new RegExp(`another run holds .*\\.dist\\.lock: pid ${process.pid} on `)) });
    await release();
    expect(existsSync(lockPath(t))).toBe(false);
    await (await acquireRunLock(t))();
  });

  it('takes over a lock left by a killed run', async () => {
    const t = await target();
    await writeFile(lockPath(t), JSON.stringify({ pid: Number(deadPid()), host: hostname(), started: '2020-01-01T00:00:00.000Z' }));
    const release = await acquireRunLock(t);
    expect(JSON.parse(await readFile(lockPath(t), 'utf8')).pid).toBe(process.pid);
    await release();
  });

  it('with wait, waits for the holder to finish', async () => {
    const t = await target();
    const release = await acquireRunLock(t);
    const order: string[] = [];
    const second = acquireRunLock(t, { wait: true, pollMs: 10 }).then((r) => { order.push('second acquired'); return r; });
    await new Promise((r) => setTimeout(r, 60));
    order.push('first releases');
    await release();
    await (await second)();
    expect(order).toEqual(['first releases', 'second acquired']);
  });
});
