import { describe, expect, it } from 'vitest';
import type { LineClass } from '../../../pipeline/stages/clean/classify-lines.ts';
import { cleanDefaults } from '../../../pipeline/stages/clean/index.ts';
import { lineFeatures } from '../../../pipeline/stages/clean/line-features.ts';
import { longSentenceAfterGood } from '../../../pipeline/stages/clean/long-sentence-after-good.ts';

describe('longSentenceAfterGood', () => {
  const para = lineFeatures('The council said on Tuesday that the new bridge would open to traffic in the spring.');
  const long = lineFeatures('The survey ranked income, wealth, housing costs, mobility and unemployment levels among twelve rich countries with large welfare programmes.');
  const short = lineFeatures('Prices rose sharply, analysts said.');
  // a row of topics ending in a full stop: measured alone it has no language, so its stop-word density is set as on an English page
  const tags = { ...lineFeatures('Budget • Housing • Schools • Transport • Elections • Weather • Traffic • Sport • Culture • Opinion • Letters • Obituaries • Podcasts • Archive • Events • Shop.'), stopDensity: 0 };
  const link = lineFeatures('Full tables for income, wealth, housing, mobility, unemployment and poverty by country at www.example.org/survey/2024/tables today.');
  const label = lineFeatures('Sign up');
  it.each<[string, LineClass[], Array<ReturnType<typeof lineFeatures>>, boolean[], LineClass[]]>([
    ['a long sentence after a paragraph, a label after it', ['good', 'bad', 'bad'], [para, long, label], [false, false, false], ['good', 'good', 'bad']],
    ['no good line before it', ['bad', 'bad', 'bad'], [label, long, label], [false, false, false], ['bad', 'bad', 'bad']],
    ['too few words', ['good', 'bad', 'bad'], [para, short, label], [false, false, false], ['good', 'bad', 'bad']],
    ['almost no stop words', ['good', 'bad', 'bad'], [para, tags, label], [false, false, false], ['good', 'bad', 'bad']],
    ['URLs in it', ['good', 'bad', 'bad'], [para, link, label], [false, false, false], ['good', 'bad', 'bad']],
    ['a line matched as boilerplate', ['good', 'bad', 'bad'], [para, long, label], [false, true, false], ['good', 'bad', 'bad']],
  ])('%s', (_, classes, feats, matched, want) => {
    expect(longSentenceAfterGood(classes, feats, matched, cleanDefaults.stopLow)).toEqual(want);
  });
});
