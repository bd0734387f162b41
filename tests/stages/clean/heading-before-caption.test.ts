import { describe, expect, it } from 'vitest';
import type { LineClass } from '../../../pipeline/stages/clean/classify-lines.ts';
import { headingBeforeCaption } from '../../../pipeline/stages/clean/heading-before-caption.ts';

describe('headingBeforeCaption', () => {
  // lines: paragraph, heading(s), caption, paragraph; `cap` flags the caption lines, `m` the matched ones
  it.each<[string, LineClass[], LineClass[], boolean[], boolean[], LineClass[]]>([
    ['a heading above a photo', ['good', 'bad', 'bad', 'good'], ['good', 'short', 'bad', 'good'], [false, false, true, false], [false, false, true, false], ['good', 'good', 'bad', 'good']],
    ['two heading lines, caption and credit', ['good', 'bad', 'bad', 'bad', 'bad', 'good'], ['good', 'short', 'short', 'bad', 'bad', 'good'], [false, false, false, true, true, false], [false, false, false, true, true, false], ['good', 'good', 'good', 'bad', 'bad', 'good']],
    ['three lines are not a heading', ['good', 'bad', 'bad', 'bad', 'bad', 'good'], ['good', 'short', 'short', 'short', 'bad', 'good'], [false, false, false, false, true, false], [false, false, false, false, true, false], ['good', 'bad', 'bad', 'bad', 'bad', 'good']],
    ['three caption lines (not a single photo)', ['good', 'bad', 'bad', 'bad', 'bad', 'good'], ['good', 'short', 'bad', 'bad', 'bad', 'good'], [false, false, true, true, true, false], [false, false, true, true, true, false], ['good', 'bad', 'bad', 'bad', 'bad', 'good']],
    ['no paragraph after the caption', ['good', 'bad', 'bad', 'bad'], ['good', 'short', 'bad', 'bad'], [false, false, true, false], [false, false, true, false], ['good', 'bad', 'bad', 'bad']],
    ['no paragraph before the heading', ['bad', 'bad', 'bad', 'good'], ['bad', 'short', 'bad', 'good'], [false, false, true, false], [false, false, true, false], ['bad', 'bad', 'bad', 'good']],
    ['a line after the caption (a byline)', ['good', 'bad', 'bad', 'good'], ['good', 'bad', 'short', 'good'], [false, true, false, false], [false, true, false, false], ['good', 'bad', 'bad', 'good']],
    ['followed by other boilerplate', ['good', 'bad', 'bad', 'good'], ['good', 'short', 'bad', 'good'], [false, false, false, false], [false, false, true, false], ['good', 'bad', 'bad', 'good']],
    ['a long line before the caption', ['good', 'bad', 'bad', 'good'], ['good', 'bad', 'bad', 'good'], [false, false, true, false], [false, false, true, false], ['good', 'bad', 'bad', 'good']],
  ])('%s', (_, classes, initial, cap, m, want) => {
    expect(headingBeforeCaption(classes, initial, m, cap)).toEqual(want);
  });
});
