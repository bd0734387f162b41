import { describe, expect, it } from 'vitest';
import { numericDateOrder } from '../../../pipeline/stages/clean/numeric-date-order.ts';

describe('numericDateOrder', () => {
  it.each<[string, string[], string, boolean | undefined]>([
    ['an English page writing the day before the month', ['Monday 7 December 2026', 'Posted 03/12/2026'], 'en', false],
    ['an English page writing the month first', ['December 7, 2026', '12/03/2026'], 'en', true],
    ['an English page without evidence reads month first', ['Posted 03/12/2026'], 'en', true],
    ['a numeric date whose first number is above 12', ['25/11/2026', 'December 7, 2026'], 'en', false],
    ['a numeric date whose second number is above 12', ['11/25/2026', '7 December 2026'], 'en', true],
    ['a weekday before a numeric date gives its order away', ['Monday 07/12/2026CymraegAdvertise with us', '03/12/2026'], 'en', false],
    ['... either way', ['Sunday 07/12/2026', '03/12/2026'], 'en', true],
    ['a day-first language', ['12/03/2026'], 'fr', false],
    ['a Nordic language', ['03.12.2026 14:05'], 'no', false],
    ['another language stays unset', ['12/03/2026'], 'ja', undefined],
    ['a page no stop-word list covers (Hebrew, Vietnamese) reads the day first', ['04.12.26, 08:15', '3/12/2026'], 'und', false],
    ['a Chinese page\'s date ending with the year is Hong Kong\'s, day first', ['出版：03/12/2026 08:15'], 'cjk', false],
  ])('%s', (_, texts, lang, want) => {
    expect(numericDateOrder(texts, lang)).toBe(want);
  });
});
