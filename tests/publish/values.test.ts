import { describe, expect, it } from 'vitest';
import { comparable, isoToMillis } from '../../pipeline/publish/values.ts';

describe('comparable', () => {
  it.each([
    ['string', '\ufeffBOM first', 'BOM first'],
    ['string', 'inner \ufeff kept', 'inner \ufeff kept'],
    ['string', '\ufeff\ufeffone only', '\ufeffone only'],
    ['string', '', ''],
    ['dictionary', '\ufeffnews', 'news'],
    ['list', ['\ufeffa', 'b', null], ['a', 'b', null]],
    ['timestamp', '2016-10-04T06:00:00-04:00', Date.UTC(2016, 9, 4, 10)],
    ['timestamp', 1475575200000n, 1475575200000],
    ['date', '2017-05', Date.UTC(2017, 4, 1)],
    ['integer', 7, 7],
    ['string', null, null],
    ['string', undefined, null],
  ] as const)('%s %s', (kind, value, want) => {
    expect(comparable(kind, value)).toEqual(want);
  });

  it('reads dates at every precision', () => {
    expect(['2017', '2017-05', '2017-05-11', '2017-05-11T08:00'].map(isoToMillis))
      .toEqual([Date.UTC(2017, 0, 1), Date.UTC(2017, 4, 1), Date.UTC(2017, 4, 11), Date.UTC(2017, 4, 11, 8)]);
  });
});
