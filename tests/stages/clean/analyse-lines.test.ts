import { describe, expect, it } from 'vitest';
import { adaptThresholds, analyseLines } from '../../../pipeline/stages/clean/analyse-lines.ts';
import { cleanDefaults } from '../../../pipeline/stages/clean/index.ts';
import { lineFeatures } from '../../../pipeline/stages/clean/line-features.ts';
import { createPhraseMatcher } from '../../../pipeline/stages/clean/phrase-matcher.ts';
import { textRecord } from './seed-record.ts';

const matcher = createPhraseMatcher();
const para = 'The council said on Tuesday that the new bridge would open to traffic in the spring, after months of delays.';

describe('analyseLines', () => {
  it('classifies text lines and marks boilerplate', () => {
    const a = analyseLines(textRecord(['Share', para, 'Advertisement', para].join('\n\n')), cleanDefaults, matcher, new Set());
    expect(a.classes).toEqual(['bad', 'good', 'bad', 'good']);
    expect(a.hits.map((h) => h?.kind ?? null)).toEqual(['share', null, 'advertisement', null]);
    expect(a.trusted).toBe(false);
  });

  it('trusts an HTML extract unless it looks like a whole page', () => {
    const html = { ...textRecord(['A short standfirst line', para].join('\n\n')), format: 'html' as const };
    const a = analyseLines(html, cleanDefaults, matcher, new Set());
    expect(a.trusted).toBe(true);
    expect(a.classes).toEqual(['good', 'good']);
  });

  it('keeps a subheading under a "Read also" teaser inside the text, the article going on below it', () => {
    const long = `${para} The mayor said she expected the first buses to cross by May.`;
    const rows = [para, 'Lue myös: Kylpylän uimahalli suljetaan remontin ajaksi kevääksi', 'Talkoilla ja lahjoituksilla', long];
    expect(analyseLines(textRecord(rows.join('\n\n')), cleanDefaults, matcher, new Set()).classes).toEqual(['good', 'bad', 'good', 'good']);
    // at the end of the article the line under the teaser is left to its neighbours (tags, a most-read box)
    const end = [para, 'Lue myös: Kylpylän uimahalli suljetaan remontin ajaksi kevääksi', 'uimahalli Savonlinna', 'Luetuimmat'];
    expect(analyseLines(textRecord(end.join('\n\n')), cleanDefaults, matcher, new Set()).classes.slice(2)).toEqual(['bad', 'bad']);
  });

  it('lowers stop-word thresholds for weakly covered languages', () => {
    const low = { chars: 200, words: 30, stopDensity: 0.21, terminal: true, urlDensity: 0, upperRatio: 0.05 };
    const t = adaptThresholds(cleanDefaults, [low, low, low]);
    expect(t.stopLow).toBeCloseTo(cleanDefaults.stopLow / 2);
    expect(t.stopHigh).toBeCloseTo(cleanDefaults.stopHigh / 2);
    expect(adaptThresholds(cleanDefaults, [lineFeatures(para), lineFeatures(para), lineFeatures(para)])).toBe(cleanDefaults);
  });
});
