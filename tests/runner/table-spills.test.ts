import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_TABLES } from '../../pipeline/runner/build-rows.ts';
import { SpillBuckets } from '../../pipeline/runner/spill-buckets.ts';
import { spillLine, spillRows, TableSpills } from '../../pipeline/runner/table-spills.ts';
import { jsonlChunks } from '../../pipeline/publish/write-formats.ts';
import type { Row } from '../../pipeline/publish/values.ts';
import { specs } from '../helpers/published.ts';

const hexId = fc.stringMatching(/^[0-9a-f]{16}$/);

describe('TableSpills', () => {
  it('gives every table its records back in id order, without the records that have no rows there', async () => {
    await fc.assert(fc.asyncProperty(fc.uniqueArray(hexId, { maxLength: 60 }), fc.nat(), async (ids, salt) => {
      const spills = await TableSpills.create(join(await mkdtemp(join(tmpdir(), 'np-spills-')), 'spill'));
      const hasRows = (id: string, t: number): boolean => (parseInt(id.slice(-4), 16) + salt + t) % 3 !== 0;
      for (const id of ids) await spills.add(id, ARTICLE_TABLES.map((_t, i) => (hasRows(id, i) ? JSON.stringify({ id, i }) : '')));
      await spills.close();
      expect(spills.size).toBe(ids.length);
      for (const id of ids) expect(spills.ids.has(JSON.stringify([id]))).toBe(true);
      for (const [i, t] of ARTICLE_TABLES.entries()) {
        const back: string[] = [];
        for await (const bucket of SpillBuckets.readSorted(spills.dirOf(t))) for (const [id, line] of bucket) back.push(`${id} ${line}`);
        const want = ids.filter((id) => hasRows(id, i)).sort().map((id) => `${id} ${JSON.stringify({ id, i })}`);
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

describe('spill lines', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'é', '🦊', '\n', '\t', '\u0001', '"', '\\', ',', '\u2028', ' ') });
  const sentence = fc.record({
    article_id: hexId, paragraph: fc.nat(), index: fc.nat(), start: fc.nat(), end: fc.nat(), text, repeated: fc.option(fc.nat(), { nil: null }),
  });

  it('give back every row of a record, and each row\'s text is its JSON Lines line', () => {
    fc.assert(fc.property(fc.array(sentence, { minLength: 1, maxLength: 5 }), (drawn) => {
      // A row may leave a column out: its line has null there.
      const rows: Row[] = drawn.map(({ repeated, ...r }) => (repeated === null ? r : { ...r, repeated }));
      const line = spillLine(specs.sentences, rows);
      expect(line).not.toContain('\n');
      const back = spillRows(line);
      expect(back.rows).toEqual(rows.map((r) => ({ ...r, repeated: r.repeated ?? null })));
      expect(`${back.lines.join('\n')}\n`).toBe(Buffer.concat([...jsonlChunks(specs.sentences, rows)]).toString('utf8'));
    }));
  });
});
