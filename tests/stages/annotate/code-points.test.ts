import { describe, expect, it } from 'vitest';
import { offsetMap } from '../../../pipeline/stages/annotate/code-points.ts';

describe('offsetMap', () => {
  it('is the identity without astral characters', () => {
    const m = offsetMap('Kerry met Lavrov');
    expect([m.toCodePoint(5), m.toUtf16(5)]).toEqual([5, 5]);
  });

  it('converts both ways around astral characters', () => {
    const text = 'a😀b😀c';
    const m = offsetMap(text);
    expect([0, 1, 3, 4, 6, 7].map((u) => m.toCodePoint(u))).toEqual([0, 1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map((c) => m.toUtf16(c))).toEqual([0, 1, 3, 4, 6, 7]);
  });
});
