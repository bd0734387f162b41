import { describe, expect, it } from 'vitest';
import { betweenGood } from '../../../pipeline/stages/clean/between-good.ts';
import type { LineClass } from '../../../pipeline/stages/clean/classify-lines.ts';
import { lineFeatures } from '../../../pipeline/stages/clean/line-features.ts';

describe('betweenGood', () => {
  const para = lineFeatures('The council said on Tuesday that the new bridge would open to traffic in the spring.');
  const terse = lineFeatures('Tomáš Souček zůstává nepostradatelným členem základní sestavy, navzdory výkonům.');
  const label = lineFeatures('Photos Videos Podcasts Newsletters Events Jobs Shop Archive');
  const link = lineFeatures('Read the full report at https://example.com/report/2024 and www.example.org now.');
  it.each<[string, LineClass[], Array<ReturnType<typeof lineFeatures>>, boolean[], LineClass[]]>([
    ['a sentence between two good lines', ['good', 'bad', 'good'], [para, terse, para], [false, false, false], ['good', 'good', 'good']],
    ['only one good neighbour', ['good', 'bad', 'bad'], [para, terse, label], [false, false, false], ['good', 'bad', 'bad']],
    ['a line matched as boilerplate', ['good', 'bad', 'good'], [para, terse, para], [false, true, false], ['good', 'bad', 'good']],
    ['no final punctuation', ['good', 'bad', 'good'], [para, label, para], [false, false, false], ['good', 'bad', 'good']],
    ['URLs in it', ['good', 'bad', 'good'], [para, link, para], [false, false, false], ['good', 'bad', 'good']],
    ['the first and last lines', ['bad', 'good', 'bad'], [terse, para, terse], [false, false, false], ['bad', 'good', 'bad']],
  ])('%s', (_, classes, feats, matched, want) => {
    expect(betweenGood(classes, feats, matched)).toEqual(want);
  });
});
