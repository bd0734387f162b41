import { describe, expect, it } from 'vitest';
import { sameRow } from '../../pipeline/publish/same-row.ts';

describe('sameRow', () => {
  it.each<[string, unknown[], unknown[], boolean]>([
    ['equal cells', ['a', 1, true, null, ['x', null]], ['a', 1, true, null, ['x', null]], true],
    ['a string differs', ['a', 1], ['b', 1], false],
    ['a number differs', ['a', 1], ['a', 2], false],
    ['null against a value', [null], [''], false],
    ['lists of other lengths', [['x']], [['x', 'y']], false],
    ['a list item differs', [['x', 'y']], [['x', 'z']], false],
    ['a list against a string', [['x']], ['x'], false],
    ['NaN equals NaN', [Number.NaN], [Number.NaN], true],
    ['-0 equals 0', [-0], [0], true],
    ['rows of other lengths', ['a'], ['a', null], false],
  ])('%s', (_name, a, b, want) => {
    expect(sameRow(a, b)).toBe(want);
  });
});
