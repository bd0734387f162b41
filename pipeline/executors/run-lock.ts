import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { runError, usageError } from '../lib/exit-codes.ts';
import { processAlive } from '../lib/process-alive.ts';

/** What a lock file holds: who runs, and since when. */
export interface LockHolder {
  pid: number;
  host: string;
  started: string;
}

/** Options of `acquireRunLock`. */
export interface LockOptions {
  /** Wait for the holder to finish instead of failing (polls every `pollMs`). */
  wait?: boolean;
  /** Poll interval while waiting, in milliseconds. */
  pollMs?: number;
  /** Clock for the `started` field (the lock is not part of the dataset). */
  now?: () => Date;
}

/** The lock file of a dataset folder: `.NAME.lock` next to it. */
export const lockPath = (target: string): string => join(dirname(target), `.${basename(target)}.lock`);

async function readHolder(path: string): Promise<LockHolder | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LockHolder;
  } catch {
    return null;
  }
}

/**
 * Takes the one-run-at-a-time lock of a dataset folder. A live holder makes this fail with a
 * usage error (exit 1) naming it, or wait with `wait: true`; a lock left by a process that is
 * gone (same host, pid not running) is taken over: it is first renamed aside, so two runs that
 * find the same stale lock cannot both take it.
 *
 * @example
 * const release = await acquireRunLock('dist');
 * try { ... } finally { await release(); }
 */
export async function acquireRunLock(target: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const path = lockPath(target);
  const me: LockHolder = { pid: process.pid, host: hostname(), started: (options.now ?? (() => new Date()))().toISOString() };
  await mkdir(dirname(path), { recursive: true }); // a first run may publish into a folder that does not exist yet
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${JSON.stringify(me)}\n`);
      await handle.sync();
      await handle.close();
      return async () => {
        const holder = await readHolder(path);
        if (holder?.pid === me.pid && holder.host === me.host) await rm(path, { force: true });
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        await rm(path, { force: true }).catch(() => undefined);
        throw runError(`cannot take the lock ${path} (${code ?? (error as Error).message})`);
      }
    }
    const holder = await readHolder(path);
    if (holder === null) {
      // Being written by a run that just took it, or left empty by a crash: wait a moment to tell.
      const age = await stat(path).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age < 2000) { await new Promise((r) => setTimeout(r, 50)); continue; }
    }
    const stale = holder === null || (holder.host === me.host && !processAlive(holder.pid));
    if (stale) {
      const aside = `${path}.stale-${process.pid}`;
      await rename(path, aside).catch(() => undefined);
      await rm(aside, { force: true });
      continue;
    }
    if (!options.wait && holder) {
      throw usageError(`another run holds ${path}: pid ${holder.pid} on ${holder.host}, started ${holder.started} (use --wait to wait for it)`);
    }
    await new Promise((r) => setTimeout(r, options.pollMs ?? 500));
  }
}
