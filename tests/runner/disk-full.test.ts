import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../pipeline/bin/newsprep.mjs', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'np-full-'));
const mnt = join(root, 'small');
mkdirSync(mnt);
/** A 1 MiB tmpfs: enough for the seeds' dataset once, not for a second copy next to it. */
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mnt]).status === 0;
afterAll(() => { if (mounted) spawnSync('umount', [mnt]); });

describe('disk full', () => {
  // Needs root to mount a tmpfs; CI runs as root, so there it always runs.
  it.runIf(mounted || process.env.CI)('exits 2 with a clear message and leaves the previous dataset intact', () => {
    const dist = join(mnt, 'dist');
    const first = spawnSync(process.execPath, [BIN, 'run', '--input', SEEDS, '--out', dist, '--quiet']);
    expect(first.status, first.stderr.toString()).toBe(0);
    const before = readFileSync(join(dist, 'manifest.json'));
    spawnSync('dd', ['if=/dev/zero', `of=${join(mnt, 'filler')}`, 'bs=64k', 'count=64']); // fills the disk (dd stops at ENOSPC)
    spawnSync('truncate', ['-s', '-16K', join(mnt, 'filler')]); // room for the lock file, not for a dataset
    const second = spawnSync(process.execPath, [BIN, 'run', '--input', SEEDS, '--out', dist, '--quiet']);
    expect(second.status).toBe(2);
    expect(second.stderr.toString()).toMatch(/disk full while writing .*\.dist\.(staging-\d+|work\/\S+) \(ENOSPC\); .*dist is unchanged/);
    expect(readFileSync(join(dist, 'manifest.json')).equals(before)).toBe(true);
    const check = spawnSync(process.execPath, [BIN, 'validate', dist]);
    expect(check.status, check.stderr.toString()).toBe(0);
  }, 180_000);
});
