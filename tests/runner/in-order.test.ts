import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inOrder } from '../../pipeline/runner/in-order.ts';

describe('inOrder', () => {
  it('hands every result over in job order, whatever order jobs finish in, never starting more than `ahead` beyond the one taken', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.nat({ max: 5 }), { maxLength: 30 }), fc.integer({ min: 1, max: 6 }), async (delays, ahead) => {
      let started = 0;
      let taken = 0;
      let mostAhead = 0;
      const seen: number[] = [];
      const jobs = delays.map((d, i) => () => {
        started++;
        mostAhead = Math.max(mostAhead, started - taken);
        return new Promise<number>((resolve) => setTimeout(() => resolve(i), d));
      });
      await inOrder(jobs, (r, i) => { expect(r).toBe(i); seen.push(r); taken++; }, ahead);
      expect(seen).toEqual(delays.map((_, i) => i));
      expect(mostAhead).toBeLessThanOrEqual(ahead);
    }), { numRuns: 30 });
  });

  it('surfaces the first failing job in order and starts no job after it is taken', async () => {
    const jobs = [0, 1, 2, 3].map((i) => () => (i === 1 ? Promise.reject(new Error('job 1 failed')) : Promise.resolve(i)));
    const taken: number[] = [];
    await expect(inOrder(jobs, (r) => { taken.push(r); }, 2)).rejects.toThrow('job 1 failed');
    expect(taken).toEqual([0]);
  });
});
