import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowDigest } from '../../pipeline/publish/row-digest.ts';

const rows = (n: number): unknown[][] => Array.from({ length: n }, (_, i) => [`r${i}`, i, i % 2 === 0, null, [`x${i}`]]);

describe('RowDigest', () => {
  it.each([1, 3, 8, 1024])('gives the same digest however the rows are cut into batches (groups of %i rows)', (groupRows) => {
    const all = rows(50);
    const whole = new RowDigest(8, groupRows).add(all).result();
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 50 })), (cuts) => {
      const d = new RowDigest(8, groupRows);
      let at = 0;
      for (const c of [...cuts].sort((a, b) => a - b)) { d.add(all.slice(at, Math.max(at, c))); at = Math.max(at, c); }
      d.add(all.slice(at));
      expect(d.result()).toEqual(whole);
    }));
  });

  it.each([
    [0, 0],
    [7, 1],
    [8, 1],
    [9, 2],
    [50, 7],
  ])('%i rows in blocks of 8: %i blocks', (n, blocks) => {
    const r = new RowDigest(8).add(rows(n)).result();
    expect(r).toMatchObject({ rows: n, blockRows: 8 });
    expect(r.blocks).toHaveLength(blocks);
  });

  it.each([
    ['a changed cell', (r: unknown[][]) => { r[20][1] = 'x'; }, 2],
    ['a null for an empty string', (r: unknown[][]) => { r[3][0] = null; }, 0],
    ['two rows swapped', (r: unknown[][]) => { [r[40], r[41]] = [r[41], r[40]]; }, 5],
  ])('%s changes only the digest of its block', (_name, edit, block) => {
    for (const groupRows of [3, 1024]) {
      const before = new RowDigest(8, groupRows).add(rows(50)).result().blocks;
      const changed = rows(50);
      edit(changed);
      const after = new RowDigest(8, groupRows).add(changed).result().blocks;
      expect(after.map((b, i) => b !== before[i]).flatMap((d, i) => (d ? [i] : []))).toEqual([block]);
    }
  });

  it('tells rows apart from the same cells cut into other rows', () => {
    const a = new RowDigest(8, 4).add([['a', 1], ['b', 2]]).result();
    const b = new RowDigest(8, 4).add([['a', 1, 'b', 2]]).result();
    const c = new RowDigest(8, 4).add([['a'], [1, 'b', 2]]).result();
    expect(new Set([a.blocks[0], b.blocks[0], c.blocks[0]]).size).toBe(3);
  });
});
