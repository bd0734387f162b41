import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_TABLES } from '../../pipeline/runner/build-rows.ts';
import { SpillBuckets } from '../../pipeline/runner/spill-buckets.ts';
import { TableSpills } from '../../pipeline/runner/table-spills.ts';

const hexId = fc.stringMatching(/^[0-9a-f]{16}$/);

describe('TableSpills', () => {
  it('gives every table its records back in id order, without the records that have no rows there', async () => {
    await fc.assert(fc.asyncProperty(fc.uniqueArray(hexId, { maxLength: 60 }), fc.nat(), async (ids, salt) => {
      const spills = await TableSpills.create(join(await mkdtemp(join(tmpdir(), 'np-spills-')), 'spill'));
      const hasRows = (id: string, t: number): boolean => (parseInt(id.slice(-4), 16) + salt + t) % 3 !== 0;
      for (const id of ids) await spills.add(id, ARTICLE_TABLES.map((_t, i) => JSON.stringify(hasRows(id, i) ? [{ id, i }] : [])));
      await spills.close();
      expect(spills.size).toBe(ids.length);
      for (const id of ids) expect(spills.ids.has(JSON.stringify([id]))).toBe(true);
      for (const [i, t] of ARTICLE_TABLES.entries()) {
        const back: string[] = [];
        for await (const bucket of SpillBuckets.readSorted(spills.dirOf(t))) for (const [id, line] of bucket) back.push(`${id} ${line}`);
        const want = ids.filter((id) => hasRows(id, i)).sort().map((id) => `${id} ${JSON.stringify([{ id, i }])}`);
        expect(back).toEqual(want);
      }
      await spills.remove();
      await expect(readdir(spills.dir)).rejects.toThrow();
    }), { numRuns: 20 });
  });
});

describe('SpillBuckets.readSorted over several threads\' folders', () => {
  it('merges each bucket of every folder into one id order, whichever thread spilled a record', async () => {
    await fc.assert(fc.asyncProperty(fc.uniqueArray(hexId, { maxLength: 80 }), fc.array(fc.nat({ max: 2 }), { minLength: 80, maxLength: 80 }), async (ids, thread) => {
      const root = await mkdtemp(join(tmpdir(), 'np-spills-'));
      const spills = await Promise.all([0, 1, 2].map((t) => TableSpills.create(join(root, `t${t}`))));
      for (const [k, id] of ids.entries()) await spills[thread[k]].add(id, ARTICLE_TABLES.map(() => JSON.stringify([{ id }])));
      for (const s of spills) await s.close();
      const back: string[] = [];
      for await (const bucket of SpillBuckets.readSorted(spills.map((s) => s.dirOf('sentences')))) for (const [id] of bucket) back.push(id);
      expect(back).toEqual([...ids].sort());
    }), { numRuns: 20 });
  });
});
