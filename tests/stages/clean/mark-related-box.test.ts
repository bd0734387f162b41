import { describe, expect, it } from 'vitest';
import { cleanDefaults, cleanStage } from '../../../pipeline/stages/clean/index.ts';
import { lineFeatures } from '../../../pipeline/stages/clean/line-features.ts';
import { markRelatedBox } from '../../../pipeline/stages/clean/mark-related-box.ts';
import { createPhraseMatcher, type PhraseHit } from '../../../pipeline/stages/clean/phrase-matcher.ts';
import { textRecord } from './seed-record.ts';

const matcher = createPhraseMatcher();
const sentence = 'The council said on Tuesday that the new bridge would open to traffic in the spring.';

function marks(lines: string[]): Array<string | null> {
  const hits: Array<PhraseHit | null> = lines.map((l) => matcher.match(l));
  markRelatedBox(lines.map((text) => ({ text })), lines.map((l) => lineFeatures(l)), hits);
  return hits.map((h) => h?.rule ?? null);
}

describe('markRelatedBox', () => {
  const H = 'related-links-phrase';
  const B = 'related-box';
  it.each<[string, string[], Array<string | null>]>([
    ['headlines below a heading, up to the article', ['Artículos Relacionados', 'Este es el hombre que eliminó la cuenta', 'Twitter mostrará cuántas personas están hablando', sentence],
      [H, B, B, null]],
    ['a label ends the box', ['Related stories', 'Bridge opens after months of delays', 'Reuters', 'Another headline about the bridge here'], [H, B, null, null]],
    ['a long line ends the box', ['More stories', `${'word '.repeat(25)}end`, 'A headline of five words'], [H, null, null]],
    ['not below a related-links heading', ['Share', 'Bridge opens after months of delays'], ['share-phrase', null]],
    ["the article's headline over its byline ends the box", ['Trending', 'Winter storm watch issued for the valley', 'Portsmouth harbor ferry will pause weekend trips', 'Story by Corinne Vasquez-Albright • 4d • 3 min read'],
      [H, B, null, null]],
    ['a bare name ends the box', ['Lo último', 'Corte de agua en San Juan de Lurigancho este martes', 'Renzo Huamaní Salas', 'Actualizado el 01/12/2026'], [H, B, null, null]],
    ['a heading that is a sentence starts no box', ['Related: the council voted on the bridge.', 'Bridge opens after months of delays'], [H, null]],
    ['at most eight lines', ['Related', ...Array(10).fill('Bridge opens after months of delays')], [H, ...Array(8).fill(B), null, null]],
    // a menu's last item over the article's headline, its summary points and its byline heads no box ...
    ['the last item of a menu column over the article\'s header', ['Crime', 'Royals', 'Columnists', 'Most Read', 'Thousands of cruise passengers spend a freezing night adrift in a fjord',
      'The ship lost power shortly after leaving port on Tuesday evening', 'By ELOISE BRACKENRIDGE and TOMMY KESTREL'], [null, null, null, null, null, null, null]],
    // ... but a box of numbered headlines under it is one
    ['a box of numbered headlines under a menu column', ['Kotaku', 'Lifehacker', 'Sploid', 'Trending on Kinja', '1.', 'Top Gear hosts react to the firing of their colleague', 'on Jalopnik'],
      [null, null, null, H, null, null, null]],
  ])('%s', (_, lines, want) => {
    expect(marks(lines)).toEqual(want);
  });
});

describe('clean with a related box inside the article', () => {
  it('removes the heading and its headlines and keeps the article on both sides', () => {
    const before = ['The council said on Tuesday that the new bridge would open to traffic in the spring, after months of delays and rising costs.',
      'Engineers said the last section of the deck would be lifted into place next month, weather permitting, and then tested.'];
    const after = ['The mayor said the bridge would cut travel times across the river by half for the thousands who commute every day.',
      'Residents who live near the approach roads have asked the council for noise barriers before the bridge opens to traffic.'];
    const text = [...before, 'Related stories', 'Council approves budget for the river crossing', 'Ferry operator warns of job losses after opening', ...after].join('\n\n');
    const res = cleanStage.create(cleanDefaults)(textRecord(text));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value.body.split('\n\n')).toEqual([...before, ...after]);
    // Neighbouring lines removed by one rule make one span.
    expect(res.value.removed.filter((r) => r.rule === 'related-box').map((r) => [r.kind, r.text])).toEqual([
      ['related-links', 'Council approves budget for the river crossing\n\nFerry operator warns of job losses after opening'],
    ]);
  });
});
