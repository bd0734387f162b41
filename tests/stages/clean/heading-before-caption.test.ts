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

  it('keeps a heading right below the caption of a photo between two paragraphs, when it reads as a heading', () => {
    const classes = ['good', 'bad', 'bad', 'good'] as const;
    const initial = ['good', 'bad', 'short', 'good'] as const;
    const cap = [false, true, false, false];
    expect(headingBeforeCaption([...classes], [...initial], cap, cap, (k) => k === 2)).toEqual(['good', 'bad', 'good', 'good']);
    // a byline or a name there is left as it was
    expect(headingBeforeCaption([...classes], [...initial], cap, cap, () => false)).toEqual(['good', 'bad', 'bad', 'good']);
    // ... and so is a heading after a caption that no paragraph precedes (the hero photo under the headline)
    expect(headingBeforeCaption(['bad', 'bad', 'bad', 'good'], ['bad', 'bad', 'short', 'good'], cap, cap, () => true)).toEqual(['bad', 'bad', 'bad', 'good']);
  });
});
