import { describe, expect, it } from 'vitest';
import { BOILERPLATE_PHRASES, PHOTO_WIDGET_LABELS } from '../../../pipeline/stages/clean/data/index.ts';
import { cleanDefaults, cleanStage } from '../../../pipeline/stages/clean/index.ts';
import { markPhotoCaption } from '../../../pipeline/stages/clean/mark-photo-caption.ts';
import { createPhraseMatcher, type PhraseHit } from '../../../pipeline/stages/clean/phrase-matcher.ts';
import { REMOVAL_RULES } from '../../../pipeline/stages/clean/removal-rules.ts';
import { splitLines } from '../../../pipeline/stages/clean/split-lines.ts';
import { textRecord } from './seed-record.ts';

const cap = 'The old mill on the river, which the town bought last year, will become a library.';

function marks(lines: string[], preset: Record<number, PhraseHit> = {}): Array<string | null> {
  const split = splitLines(lines.join('\n'));
  const matcher = createPhraseMatcher();
  const hits: Array<PhraseHit | null> = split.map((l, i) => preset[i] ?? matcher.match(l.text));
  markPhotoCaption(split, hits);
  return hits.map((h) => h?.rule ?? null);
}

describe('markPhotoCaption', () => {
  const C = 'photo-caption';
  const O = 'other-phrase';
  it.each<[string, string[], Array<string | null>]>([
    ['a caption between two labels', ['Intro.', 'View Photos', cap, 'Buy Photo', 'Article.'], [null, O, C, O, null]],
    ['a caption shown twice', ['View Photos', cap, 'Caption', cap, 'May 2, 2012 The mill before the works.', 'Buy Photo'], [O, C, O, C, C, O]],
    ['labels in other cases', ['ENLARGE THIS IMAGE', cap, 'toggle caption'], [O, C, O]],
    ['more than three lines between labels', ['View Photos', cap, cap, cap, cap, 'Buy Photo'], [O, null, null, null, null, O]],
    ['one label only', ['Intro.', 'View Photos', cap, 'Article.'], [null, O, null, null]],
    ['a label inside a longer line', ['View Photos of the mill', cap, 'Buy Photo'], [null, null, O]],
    ['other "other" phrases are no labels', ['Save', cap, 'Print this article'], [O, null, O]],
  ])('%s', (_, lines, want) => {
    expect(marks(lines)).toEqual(want);
  });

  it('keeps a hit a line already has', () => {
    expect(marks(['View Photos', 'Getty Images', 'Buy Photo'], { 1: REMOVAL_RULES.creditLine })).toEqual(['other-phrase', 'credit-line', 'other-phrase']);
  });

  it('every label is also an "other" phrase', () => {
    for (const label of PHOTO_WIDGET_LABELS) expect(BOILERPLATE_PHRASES.other?.exact).toContain(label);
  });
});

describe('clean with a photo widget inside the article', () => {
  it('removes the caption and keeps the article on both sides of it', () => {
    const before = 'The council said on Tuesday that the new bridge would open to traffic in the spring, after months of delays and rising costs.';
    const after = 'Engineers said the last section of the deck would be lifted into place next month, weather permitting, and tested in March.';
    const widget = ['View Photos', cap, 'Caption', cap, 'Buy Photo'];
    const res = cleanStage.create(cleanDefaults)(textRecord([before, before.replace('Tuesday', 'Monday'), ...widget, after, after.replace('March', 'April')].join('\n\n')));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value.body.split('\n\n')).toEqual([before, before.replace('Tuesday', 'Monday'), after, after.replace('March', 'April')]);
    expect(res.value.removed.filter((r) => r.rule === 'photo-caption')).toHaveLength(2);
  });
});
