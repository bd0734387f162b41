import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanDefaults, cleanStage } from '../../../pipeline/stages/clean/index.ts';
import { markGallery } from '../../../pipeline/stages/clean/mark-gallery.ts';
import type { PhraseHit } from '../../../pipeline/stages/clean/phrase-matcher.ts';
import { REMOVAL_RULES } from '../../../pipeline/stages/clean/removal-rules.ts';
import { splitLines } from '../../../pipeline/stages/clean/split-lines.ts';
import { textRecord } from './seed-record.ts';

const caption = (n: number): string => `Caption of picture ${n}: the chief executive said on Monday that the company would cut costs after a difficult year.`;
/** A slide: its counter, its caption and (when `credit`) a credit line. */
const slide = (n: number, total: number, credit = true): string[] => [`${n}/${total} Slide title ${n}`, caption(n), ...(credit ? ['Getty'] : [])];

function marks(lines: string[]): Array<string | null> {
  const split = splitLines(lines.join('\n'));
  const hits: Array<PhraseHit | null> = split.map(() => null);
  markGallery(split, hits);
  return hits.map((h) => h?.rule ?? null);
}

describe('markGallery', () => {
  const G = 'gallery-caption';
  it.each<[string, string[], Array<string | null>]>([
    ['captions and credits between counters, and a slide\'s worth after the last', ['Intro.', ...slide(1, 3), ...slide(2, 3), ...slide(3, 3), 'Article again.'],
      [null, null, G, G, null, G, G, null, G, G, null]],
    ['slides without credits', [...slide(1, 4, false), ...slide(2, 4, false), ...slide(3, 4, false), 'Article again.', 'More article.'],
      [null, G, null, G, null, G, null, null]],
    ['two counters are not a slideshow', [...slide(1, 5), ...slide(2, 5), 'Article.'], [null, null, null, null, null, null, null]],
    ['numbers that do not rise', ['1/5 A', caption(1), '1/5 B', caption(2), '1/5 C', caption(3)], [null, null, null, null, null, null]],
    ['counters far apart (article text between)', ['1/3 A', ...Array(9).fill('Text.'), '2/3 B', ...Array(9).fill('Text.'), '3/3 C', 'Text.'],
      Array(22).fill(null)],
    ['a number larger than its total', ['7/3 A', caption(1), '8/3 B', caption(2), '9/3 C', caption(3)], [null, null, null, null, null, null]],
  ])('%s', (_, lines, want) => {
    expect(marks(lines)).toEqual(want);
  });

  it('keeps a hit a line already has', () => {
    const split = splitLines([...slide(1, 3), ...slide(2, 3), ...slide(3, 3)].join('\n'));
    const hits: Array<PhraseHit | null> = split.map(() => null);
    hits[2] = REMOVAL_RULES.creditLine;
    markGallery(split, hits);
    expect(hits[2]).toBe(REMOVAL_RULES.creditLine);
    expect(hits[1]).toBe(REMOVAL_RULES.galleryCaption);
  });

  it('never marks a line before the first counter or beyond a slide after the last (property)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('1/4 A', '2/4 B', '3/4 C', '4/4 D', 'Getty', caption(0), 'Text of the article.'), { maxLength: 40 }), (lines) => {
      const got = marks(lines);
      const counters = lines.map((l, i) => (/^\d\/4 /.test(l) ? i : -1)).filter((i) => i >= 0);
      got.forEach((rule, i) => {
        if (rule === null) return;
        expect(counters.length).toBeGreaterThanOrEqual(3);
        expect(i).toBeGreaterThan(counters[0]);
        expect(i).toBeLessThanOrEqual(counters[counters.length - 1] + 8);
      });
    }));
  });
});

describe('clean with a slideshow inside the article', () => {
  it('removes the slides and keeps the article on both sides of it', () => {
    const before = 'The council said on Tuesday that the new bridge would open to traffic in the spring, after months of delays and rising costs.';
    const after = 'Engineers said the last section of the deck would be lifted into place next month, weather permitting, and tested in March.';
    const slides = Array.from({ length: 12 }, (_, k) => slide(k + 1, 12)).flat();
    const res = cleanStage.create(cleanDefaults)(textRecord([before, before.replace('Tuesday', 'Monday'), 'Business news in pictures', ...slides, after, after.replace('March', 'April')].join('\n\n')));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value.body.split('\n\n')).toEqual([before, before.replace('Tuesday', 'Monday'), after, after.replace('March', 'April')]);
    const captions = res.value.removed.filter((r) => r.text.startsWith('Caption of picture'));
    expect(captions.map((r) => [r.rule, r.kind])).toEqual(Array(12).fill(['gallery-caption', 'caption']));
    expect(res.value.removed.filter((r) => r.rule === 'gallery-counter')).toHaveLength(12);
  });
});
