import { describe, expect, it } from 'vitest';
import type { LineClass } from '../../../pipeline/stages/clean/classify-lines.ts';
import { selectRegion } from '../../../pipeline/stages/clean/select-region.ts';

const W = { badLineCost: 30, maxLineWeight: 800, lengthBonusChars: 400 };

describe('selectRegion', () => {
  it.each<[LineClass[], number[], [number, number] | null]>([
    [['bad', 'good', 'good', 'bad'], [5, 100, 100, 5], [1, 3]],
    [['bad', 'bad'], [5, 5], null],
    [['good', 'bad', 'good'], [300, 10, 300], [0, 3]],
    // short gaps are bridged
    [['good', 'bad', 'good', 'bad', 'good', 'bad', 'bad', 'bad', 'bad', 'good', 'good'], [150, 10, 150, 10, 150, 10, 10, 10, 10, 500, 500], [0, 11]],
    // a long article beats teasers behind a heavy menu
    [['good', 'bad', 'good', 'bad', 'bad', 'bad', 'good', 'good'], [150, 10, 150, 300, 300, 300, 500, 500], [6, 8]],
  ])('%j', (classes, lengths, want) => {
    expect(selectRegion(classes, lengths, W)).toEqual(want);
  });

  it('respects the limit', () => {
    expect(selectRegion(['good', 'good'], [100, 100], W, 1)).toEqual([0, 1]);
  });

  it('lets neutral lines (a slideshow) weigh nothing, so the text on both sides stays one region', () => {
    const classes: LineClass[] = ['good', ...Array<LineClass>(20).fill('bad'), 'good'];
    const lengths = [300, ...Array<number>(20).fill(150), 300];
    expect(selectRegion(classes, lengths, W)).toEqual([0, 1]);
    expect(selectRegion(classes, lengths, W, classes.length, classes.map((c) => c === 'bad'))).toEqual([0, 22]);
  });
});
