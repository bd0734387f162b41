import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localTime, parseDate } from '../../../pipeline/stages/clean/parse-date.ts';

const ISO = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

describe('parseDate', () => {
  it.each([
    ['Oct 04, 2016 06:00 AM EDT', '2016-10-04T06:00:00-04:00', 'datetime'],
    ['11 Mai 2017', '2017-05-11', 'day'],
    ['Lundi, 21 Janvier 2019', '2019-01-21', 'day'],
    ['24 July 2015', '2015-07-24', 'day'],
    ['September 30, 2016 at 5:36 am', '2016-09-30T05:36:00', 'datetime'],
    ['JAN. 13, 2017', '2017-01-13', 'day'],
    ['December 2, 20264:17 PM GMTUpdated 2 hours ago', '2026-12-02T16:17:00', 'datetime'],
    ['11. Mai 2017 um 14:00 Uhr', '2017-05-11T14:00:00', 'datetime'],
    ['Donnerstag, 3. März 2016', '2016-03-03', 'day'],
    ['11 de mayo de 2017 10:30', '2017-05-11T10:30:00', 'datetime'],
    ['martes, 5 de septiembre de 2017', '2017-09-05', 'day'],
    ['lunedì 3 luglio 2017', '2017-07-03', 'day'],
    ['sexta-feira, 1 de dezembro de 2017', '2017-12-01', 'day'],
    ['04.05.2015 à 13h36', '2015-05-04T13:36:00', 'datetime'],
    ['2015-07-24T05:36:09+01:00', '2015-07-24T05:36:09+01:00', 'datetime'],
    ['2017-11-03 03:01:00', '2017-11-03T03:01:00', 'datetime'],
    ['2019-01-03T07:00:02.000Z', '2019-01-03T07:00:02Z', 'datetime'],
    ['May 2017', '2017-05', 'month'],
    ['April 5, 2018 | 6:00 PM', '2018-04-05T18:00:00', 'datetime'],
    // year first, and CJK year/month/day marks
    ['2017/03/10', '2017-03-10', 'day'],
    ['2017.03.10 09:58', '2017-03-10T09:58:00', 'datetime'],
    ['2017年3月10日', '2017-03-10', 'day'],
    ['2017-03-10 09:58:03来源：网易科学人', '2017-03-10T09:58:03', 'datetime'],
    ['2017年3月9日(木) 18時45分配信', '2017-03-09T18:45:00', 'datetime'],
    ['发稿时间：2017年03月10日08:42', '2017-03-10T08:42:00', 'datetime'],
    // Korean marks, the afternoon word before the time, one-digit CJK minutes
    ['2026년 12월 3일', '2026-12-03', 'day'],
    ['입력 2026.12.03 오후 2:10', '2026-12-03T14:10:00', 'datetime'],
    ['2026.12.03 (목) 오전 9:05', '2026-12-03T09:05:00', 'datetime'],
    ['2026년 12월 3일 14시 5분', '2026-12-03T14:05:00', 'datetime'],
    ['2017年3月10日 午後2時10分', '2017-03-10T14:10:00', 'datetime'],
    ['7 de diciembre del 2026', '2026-12-07', 'day'],
    // Arabic (evening mark after the time), Indonesian with its zone, Polish "r., godz.", Turkish weekday after the date
    ['الخميس، 03 ديسمبر 2026 02:05 م', '2026-12-03T14:05:00', 'datetime'],
    ['Kamis, 03 Des 2026 14:05 WIB · 4 hari lalu', '2026-12-03T14:05:00+07:00', 'datetime'],
    ['czwartek, 3 grudnia 2026 r., godz. 14:05', '2026-12-03T14:05:00', 'datetime'],
    ['3 Aralık 2026 Perşembe 14:05', '2026-12-03T14:05:00', 'datetime'],
    // a year glued to a counter after a day and month ("3 December 2026313 comments")
    ['06:00, 3 December 2026313 comments', '2026-12-03T06:00:00', 'datetime'],
    // a label glued to the month ("PublishedDecember 2 2026")
    ['PublishedDecember 2 2026', '2026-12-02', 'day'],
    ['December 2, 2026313 comments', '2026-12-02', 'day'],
    // a time printed before the date
    ['Published 9:47 AM EST, Thu December 3, 2026', '2026-12-03T09:47:00-05:00', 'datetime'],
    ['10:30 3 May 2017', '2017-05-03T10:30:00', 'datetime'],
    ['Room 12:30 is on 3 December 2026', '2026-12-03', 'day'],
    // more month names
    ['10 марта 2019', '2019-03-10', 'day'],
    ['17 września 2019', '2019-09-17', 'day'],
    ['17 Eylül 2019', '2019-09-17', 'day'],
    ['3 maj 2019', '2019-05-03', 'day'],
    ['10. maaliskuuta 2019', '2019-03-10', 'day'],
  ])('%s -> %s', (text, iso, precision) => {
    const d = parseDate(text);
    expect(d?.iso).toBe(iso);
    expect(d?.precision).toBe(precision);
  });

  it.each([
    // Catalan, Croatian ("u" before the time), Slovak ("o"), Finnish ("klo"), Greek, Swahili, Hindi (vowel signs inside the words)
    ['Dimecres, 2 de desembre de 2026, 07:30 h', '2026-12-02T07:30:00'],
    ['Objavljeno: 5. prosinca 2026. u 18:30', '2026-12-05T18:30:00'],
    ['1. decembra 2026 o 11:20', '2026-12-01T11:20:00'],
    ['Julkaistu 4.12.2026 klo 6.00', '2026-12-04T06:00:00'],
    ['Publicado el 5 de diciembre de 2026 a las 14:30 hs.', '2026-12-05T14:30:00'],
    ['Τρίτη 02 Δεκεμβρίου 2026, 21:15', '2026-12-02T21:15:00'],
    ['Alhamisi, Desemba 03, 2026', '2026-12-03'],
    ['सोम, 30 नवंबर 2026 09:40 PM (IST)', '2026-11-30T21:40:00+05:30'],
    // the Balkans, the Baltics, the Caucasus and South and Southeast Asia; a year's mark or "@" before the time
    ['3 снежня 2026 г., 12:30', '2026-12-03T12:30:00'],
    ['Srijeda, 2. decembar 2026. | 07:45', '2026-12-02T07:45:00'],
    ['3 դեկտեմբերի, 2026 թ., 11:45', '2026-12-03T11:45:00'],
    ['5 დეკემბერი, 2026 · 17:05', '2026-12-05T17:05:00'],
    ['Disember 4, 2026 @ 7:05pm', '2026-12-04T19:05:00'],
    ['০৩ ডিসেম্বর ২০২৬, ০৮: ১৫', '2026-12-03T08:15:00'],
    ['၄ ဒီဇင်ဘာ ၂၀၂၆', '2026-12-04'],
    // Thai: abbreviated months with their dots, Buddhist-era years
    ['6 ธ.ค. 2569 09:30 น.', '2026-12-06T09:30:00'],
    ['วันจันทร์ที่ 7 ธันวาคม 2569', '2026-12-07'],
    // Persian: the solar calendar in Persian digits
    ['تاریخ انتشار: پنجشنبه ۱۲ آذر ۱۴۰۵ - ۱۴:۳۰', '2026-12-03T14:30:00'],
    ['۱ فروردین ۱۴۰۴', '2025-03-21'],
  ])('other calendars and languages: %s -> %s', (text, iso) => {
    expect(parseDate(text)?.iso).toBe(iso);
  });

  it('keeps the raw text as printed when it reads other digits', () => {
    expect(parseDate('پنجشنبه ۱۲ آذر ۱۴۰۵')?.raw).toBe('۱۲ آذر ۱۴۰۵');
    expect(parseDate('३० नवंबर २०२६')?.iso).toBe('2026-11-30');
  });

  it.each(['Share this article', 'The 25 best movies', 'May I help you', '31 February 2017', '', '2017/13/10', '2017年3月', 'Top 2017/18 picks'])('no date in %j', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('reads numeric dates month first on English pages', () => {
    expect(parseDate('11.03.17')?.iso).toBe('2017-03-11');
    expect(parseDate('11.03.17', true)?.iso).toBe('2017-11-03');
    expect(parseDate('25.03.17', true)?.iso).toBe('2017-03-25');
    expect(parseDate('3/09/15')?.iso).toBe('2015-03-09');
  });

  it.each([
    ['05/03/2019 15h45', false, '2019-03-05T15:45:00'],
    ['05/03/2019', true, '2019-05-03'],
    ['05/03/2019', undefined, '2019-05-03'],
    ['05.03.2019', undefined, '2019-03-05'],
    ['25/03/2019', true, '2019-03-25'],
  ])('numeric order: %s (month first: %s)', (text, monthFirst, iso) => {
    expect(parseDate(text, monthFirst)?.iso).toBe(iso);
  });

  it('reads no two-digit year from a clock after a day and month ("3.12. 14:05" has no year)', () => {
    expect(parseDate('3.12. 14:05', false)).toBeNull();
    expect(parseDate('04-12-26, 16:02', false)?.iso).toBe('2026-12-04T16:02:00');
  });

  it('reads the cue nearest the date: a first publication after an update is no update', () => {
    expect(parseDate('Updated 2 hours ago, first published December 5 2026 - 6:30am')).toMatchObject({ iso: '2026-12-05T06:30:00', update: false });
    expect(parseDate('Published March 1, 2017 Updated March 3, 2017')).toMatchObject({ iso: '2017-03-01', update: false });
  });

  it('marks update dates', () => {
    expect(parseDate('Updated: March 3, 2017')?.update).toBe(true);
    expect(parseDate('Published March 3, 2017')?.update).toBe(false);
    expect(parseDate('Laatste update: 5 december 2026 09:30')).toMatchObject({ iso: '2026-12-05T09:30:00', update: true });
    expect(parseDate('Gepubliceerd: 4 december 2026 16:12')).toMatchObject({ iso: '2026-12-04T16:12:00', update: false });
    expect(parseDate('Son Güncelleme: 05.12.2026 - 11:40', false)).toMatchObject({ iso: '2026-12-05T11:40:00', update: true });
  });

  it('reads Maghrebi month names, and the Gregorian date beside a Hijri one as most of the line', () => {
    expect(parseDate('الجمعة 4 دجنبر 2026 - 18:20')?.iso).toBe('2026-12-04T18:20:00');
    const d = parseDate('الخميس 22 جمادى الآخرة 1448هـ - 3 ديسمبر 2026م');
    expect(d?.iso).toBe('2026-12-03');
    expect(d?.coverage).toBeGreaterThanOrEqual(0.6);
    expect(parseDate('Yayınlanma: 05.12.2026 - 09:15', false)).toMatchObject({ iso: '2026-12-05T09:15:00', update: false });
    expect(parseDate('Zaktualizowano: 3 grudnia 2026')?.update).toBe(true);
    expect(parseDate('수정 2026.12.03 오후 4:45')).toMatchObject({ iso: '2026-12-03T16:45:00', update: true, coverage: 1 });
    expect(parseDate('입력 2026.12.03 오후 2:10')).toMatchObject({ update: false, coverage: 1 });
  });

  it('counts a second date on the line as date text', () => {
    const d = parseDate('Published:2 December 2026Last updated:4 December 2026Author:Communications team');
    expect(d).toMatchObject({ iso: '2026-12-02', update: false });
    expect(d!.coverage).toBeGreaterThan(0.6);
    expect(parseDate('Published 2 December 2026 by the communications team of the borough council')!.coverage).toBeLessThan(0.6);
  });

  it('never throws and always returns ISO 8601 (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), (noise, d, m) => {
        const out = parseDate(`${noise} ${d}.${m}.2016 ${noise}`);
        if (out) expect(out.iso).toMatch(ISO);
        const plain = parseDate(noise);
        if (plain) expect(plain.iso).toMatch(ISO);
      }),
    );
  });
});

describe('localTime', () => {
  const d = (s: string, monthFirst?: boolean) => parseDate(s, monthFirst)!;
  it.each<[string, string | null, boolean | undefined, string]>([
    ['2026-12-05T18:00:00Z', '6 December 2026, 5:00am', undefined, '2026-12-06T05:00:00+11:00'],
    ['2026-12-04T00:47:00Z', '03/12/2026 21h47', false, '2026-12-03T21:47:00-03:00'],
    ['2026-12-03T14:47:00+01:00', '3 December 2026 14:47 CET', undefined, '2026-12-03T14:47:00+01:00'],
    // another time, another instant, no printed time, no zone in the metadata: the metadata's time
    ['2026-12-04T00:47:00Z', '3 May 2017 10:00', undefined, '2026-12-04T00:47:00Z'],
    ['2026-12-04T00:47:00Z', '3 December 2026 11:47 EST', undefined, '2026-12-04T00:47:00Z'],
    ['2026-12-04T00:47:00Z', '3 December 2026', undefined, '2026-12-04T00:47:00Z'],
    ['2026-12-04T00:47:00', '3 December 2026 21:47', undefined, '2026-12-04T00:47:00'],
    ['2026-12-04T00:47:00Z', null, undefined, '2026-12-04T00:47:00Z'],
  ])('%s printed as %s', (meta, printed, monthFirst, want) => {
    expect(localTime(d(meta), printed === null ? null : d(printed, monthFirst)).iso).toBe(want);
  });
});
