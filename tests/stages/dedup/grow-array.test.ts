import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GrowArray } from '../../../pipeline/stages/dedup/grow-array.ts';

/** What pushing `src` from `from` with `shift` appends. */
const appended = (src: number[], from: number, shift: number): number[] => src.slice(from).map((v) => v + shift);

describe('GrowArray', () => {
  it.each([
    { name: 'one push', pushes: [[[1, 2, 3], 0, 0]], want: [1, 2, 3] },
    { name: 'offsets shifted', pushes: [[[0], 0, 0], [[0, 4, 9], 1, 10]], want: [0, 14, 19] },
    { name: 'nothing', pushes: [], want: [] },
  ] as Array<{ name: string; pushes: Array<[number[], number, number]>; want: number[] }>)('$name', ({ pushes, want }) => {
    const a = new GrowArray(Uint32Array);
    for (const [src, from, shift] of pushes) a.push(from === 0 && shift === 0 ? Uint32Array.from(src) : src, from, shift);
    expect(Array.from(a.finish())).toEqual(want);
  });

  it('gives the values pushed, in order, however they are cut into pushes and copy steps, and is empty after', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.array(fc.nat(1_000_000), { maxLength: 40 }), fc.nat(5), fc.nat(1000)), { maxLength: 20 }),
      fc.integer({ min: 4, max: 96 }),
      (pushes, stepBytes) => {
        const a = new GrowArray(Float64Array, stepBytes);
        const want: number[] = [];
        for (const [src, f, shift] of pushes) {
          const from = Math.min(f, src.length);
          a.push(src, from, shift);
          want.push(...appended(src, from, shift));
        }
        expect(a.length).toBe(want.length);
        const out = a.finish();
        expect(out.buffer.byteLength).toBe(want.length * 8);
        expect(Array.from(out)).toEqual(want);
        expect([a.length, a.reservedBytes]).toEqual([0, 0]);
      },
    ));
  });

  it('copies out from the end, giving back the buffer behind each step (never holding the array twice)', () => {
    const a = new GrowArray(Uint32Array, 16);
    a.push(Uint32Array.from({ length: 10 }, (_, i) => i));
    const reserved: number[] = [];
    const resize = (a as unknown as { buffer: { resize(n: number): void } }).buffer;
    const original = resize.resize.bind(resize);
    resize.resize = (n: number) => { reserved.push(n); original(n); };
    expect(Array.from(a.finish())).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // 10 values of 4 bytes, 4 per step: [6, 10) then [2, 6) then [0, 2), the buffer shrinking behind each
    expect(reserved).toEqual([24, 8, 0, 0]);
  });

  it('refuses to grow past 4 GiB with a clear error', () => {
    const a = new GrowArray(Float64Array);
    expect(() => a.push({ length: 2 ** 29 + 1 } as ArrayLike<number>, 0, 0)).toThrow(/at most 4 GiB/);
  });
});
