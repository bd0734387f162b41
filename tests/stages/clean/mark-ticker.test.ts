import { describe, expect, it } from 'vitest';
import { analyseLines } from '../../../pipeline/stages/clean/analyse-lines.ts';
import { cleanDefaults } from '../../../pipeline/stages/clean/index.ts';
import { createPhraseMatcher } from '../../../pipeline/stages/clean/phrase-matcher.ts';
import { textRecord } from './seed-record.ts';

const matcher = createPhraseMatcher();
const para = 'The council said on Tuesday that the new bridge would open to traffic in the spring, after months of delays.';

/** markTicker runs inside analyseLines; its marks are the hits' rules. */
describe('markTicker', () => {
  it('marks news tickers when three lines start with a time', () => {
    const a = analyseLines(textRecord(['13:18 First item here', '12:50 Second item here', para, '11:02 Third item here'].join('\n')), cleanDefaults, matcher, new Set());
    expect(a.hits.map((h) => h?.rule ?? null)).toEqual(['ticker-item', 'ticker-item', null, 'ticker-item']);
  });

  it.each([
    ['a time alone on its line, a short label, then the entry', ['14:10', 'Séisme.', 'Un tremblement de terre a touché la région ce matin.', '13:54 En Islande, une loi change', '13:24', 'Le conseil a voté le texte en fin de matinée.', para],
      ['ticker-item', 'ticker-item', 'ticker-item', 'ticker-item', 'ticker-item', 'ticker-item', null]],
    ['bare times only (the entry right below, no label)', ['09:05', 'First entry of the live page, as it came in.', '08:40', 'Second entry of the live page.', '08:12', 'Third entry, three words.', para],
      ['ticker-item', 'ticker-item', 'ticker-item', 'ticker-item', 'ticker-item', 'ticker-item', null]],
    ['two time stamps are not a ticker', ['14:10', para, '13:24', para], [null, null, null, null]],
    ['an entry stops at the next time', ['10:00', '09:00', '08:00', para], ['ticker-item', 'ticker-item', 'ticker-item', 'ticker-item']],
  ])('marks news-ticker entries stamped by %s', (_, lines, rules) => {
    const a = analyseLines(textRecord(lines.join('\n\n')), cleanDefaults, matcher, new Set());
    expect(a.hits.map((h) => h?.rule ?? null)).toEqual(rules);
  });

  it('keeps a live blog\'s entries (heading and text) and removes only their time stamps', () => {
    const entry = (k: number): string => `Entry ${k}: the council said on Tuesday that the new bridge would open to traffic in the spring, after months of delays and a long dispute with the builders over costs.`;
    const live = ['23:40', 'Dikes hold overnight', entry(1), 'Share', '21:15', 'Forty people leave their homes', entry(2), 'Share', '17:30', 'Trains stopped', entry(3)];
    const a = analyseLines(textRecord(live.join('\n\n')), cleanDefaults, matcher, new Set());
    expect(a.hits.map((h) => h?.rule ?? null)).toEqual(['live-entry-time', null, null, 'share-phrase', 'live-entry-time', null, null, 'share-phrase', 'live-entry-time', null, null]);
    expect(a.classes.filter((_, i) => a.hits[i] === null)).toEqual(Array(6).fill('good'));
    // a sidebar of one-line "time headline" items beside a few such entries stays a ticker
    const sidebar = ['14:44 Ministers meet in Geneva', '14:32 Artist arrested at a geyser', ...live.slice(0, 3), '13:54 A new law passes', '13:43 Sanctions promised'];
    const b = analyseLines(textRecord(sidebar.join('\n\n')), cleanDefaults, matcher, new Set());
    expect(b.hits.map((h) => h?.rule ?? null)).toEqual(['ticker-item', 'ticker-item', 'ticker-item', 'ticker-item', null, 'ticker-item', 'ticker-item']);
  });
});
