import { mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SpillSet } from '../../pipeline/runner/spill-set.ts';

describe('SpillSet', () => {
  it('counts the ids the threads spilled and finds each table\'s folders, one per thread, in name order', async () => {
    const root = await mkdtemp(join(tmpdir(), 'np-spillset-'));
    await mkdir(join(root, 'spill', 'old'), { recursive: true }); // left by a killed run: removed
    const spill = await SpillSet.create(join(root, 'spill'));
    expect(await readdir(spill.dir)).toEqual([]);
    spill.added(['00000000000000aa', '00000000000000bb']);
    spill.added(['00000000000000cc']);
    expect(spill.size).toBe(3);
    expect(spill.ids.has(JSON.stringify(['00000000000000bb']))).toBe(true);
    expect(spill.ids.has(JSON.stringify(['00000000000000dd']))).toBe(false);
    for (const t of ['t2', 't10', 'x']) await mkdir(join(spill.dir, t));
    expect(await spill.dirsOf('quotes')).toEqual([join(spill.dir, 't10', 'quotes'), join(spill.dir, 't2', 'quotes')]);
    await spill.remove();
    await expect(readdir(spill.dir)).rejects.toThrow();
  });
});
