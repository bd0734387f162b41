import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
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

  it('removeAll removes every spill folder of a work folder and nothing else', async () => {
    const work = await mkdtemp(join(tmpdir(), 'np-spillwork-'));
    for (const d of ['spill-123/t1/sentences', 'spill-9/t2', 'parts', 'spill-notes']) await mkdir(join(work, d), { recursive: true });
    await writeFile(join(work, 'spill-123/t1/sentences/0003100031.tsv'), 'x\t[]\n');
    await writeFile(join(work, 'input.json'), '{}');
    await SpillSet.removeAll(work);
    expect((await readdir(work)).sort()).toEqual(['input.json', 'parts', 'spill-notes']);
    await SpillSet.removeAll(join(work, 'missing')); // no work folder yet: nothing to do
  });
});
