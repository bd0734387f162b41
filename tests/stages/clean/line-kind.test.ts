import { describe, expect, it } from 'vitest';
import { lineFeatures } from '../../../pipeline/stages/clean/line-features.ts';
import { positionKind, shapeKind, TICKER } from '../../../pipeline/stages/clean/line-kind.ts';

describe('line shapes', () => {
  it.each([
    ['Main » US, Russia agree to increased diplomacy on Syria', 'breadcrumb'],
    ['Mac & i > News > 2015 > KW 15', 'breadcrumb'],
    ['« Vorige | Nächste »', 'pipe-menu'],
    ['SWITZERLAND-GENEVA-U.S.-RUSSIA-TRUCE IN SYRIA- Sergey Lavrov', 'caption-slug'],
    ['Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian', 'credit-line'],
    ['1/50 United goin down', 'gallery-counter'],
    ['How to Defeat the Urge to Binge Shop How to Defeat the Urge to Binge Shop', 'link-card'],
    ['Népal : «Plus les heures passent, moins on est utiles»', null],
    ['The minister said the talks would continue next week.', null],
  ])('%s -> %s', (line, rule) => {
    expect(shapeKind(line, lineFeatures(line))?.rule ?? null).toBe(rule);
  });

  it('recognises ticker entries and falls back by position', () => {
    expect(TICKER.test('13:18 Loi renseignement : le Conseil refuse')).toBe(true);
    expect(TICKER.test('2013 was a good year')).toBe(false);
    expect(positionKind(true, false)).toEqual({ kind: 'navigation', rule: 'before-main-text' });
    expect(positionKind(false, true)).toEqual({ kind: 'other', rule: 'after-main-text' });
  });
});
