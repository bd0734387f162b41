import { describe, expect, it } from 'vitest';
import { codePointMapper, countCodePoints } from '../../../pipeline/stages/segment/code-points.ts';

describe('code points', () => {
  it.each([['abc', 3], ['a😀b', 3], ['😀😀', 2], ['\ud800x', 2]])('%j has %i code points', (text, n) => {
    expect(countCodePoints(text)).toBe(n);
    expect(codePointMapper(text)(text.length)).toBe(n);
  });

  it('maps UTF-16 indexes to code-point offsets', () => {
    const toCp = codePointMapper('a😀b𝒳c');
    expect([0, 1, 3, 4, 6, 7].map(toCp)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
