import { describe, expect, it } from 'vitest';
import { withRepeats } from '../../pipeline/executors/with-repeats.ts';
import type { AnnotatedRecord } from '../../pipeline/lib/types.ts';

/** A saved annotated record with the given repeat counts on its sentences (only sentences matter here). */
const saved = (repeats: number[]): AnnotatedRecord => ({
  sentences: repeats.map((repeated, i) => ({ paragraph: 0, index: i, start: i * 10, end: i * 10 + 9, text: 'x', repeated })),
}) as unknown as AnnotatedRecord;

describe('withRepeats', () => {
  it.each([
    { name: 'same counts', before: [0, 2, 1], now: [0, 2, 1], want: 'same' },
    { name: 'a copy came elsewhere', before: [0, 2, 1], now: [0, 3, 1], want: 'changed' },
    { name: 'all copies gone', before: [4, 4], now: [0, 0], want: 'changed' },
    { name: 'fewer counts than sentences', before: [0, 0, 0], now: [0, 0], want: false },
    { name: 'more counts than sentences', before: [0], now: [0, 0], want: false },
  ])('$name', ({ before, now, want }) => {
    const rec = saved(before);
    expect(withRepeats(rec, Uint32Array.from(now))).toBe(want);
    // Counts that line up are put on the record; others leave it alone.
    expect(rec.sentences.map((s) => s.repeated)).toEqual(want === false ? before : now);
  });
});
