import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EnglishDate, englishDates } from '../../../pipeline/stages/annotate/english-dates.ts';
import { fixture } from './make-record.ts';

const COMPONENTS = ['year', 'month', 'day', 'weekday'] as const;
type Reading = Pick<EnglishDate, 'index' | 'text'> & { start: Pick<chrono.ParsedComponents, 'isCertain' | 'get'> };

/** What a date reading uses of a result: its place, text and components (certain, and value); times without a date are left out. */
function used(results: readonly Reading[]): unknown[] {
  return results
    .filter((r) => COMPONENTS.some((c) => r.start.isCertain(c)) || /\b(?:yesterday|tomorrow|today|tonight|ago)\b/i.test(r.text))
    .map((r) => [r.index, r.text, COMPONENTS.map((c) => r.start.isCertain(c)), COMPONENTS.map((c) => r.start.get(c))]);
}

/** englishDates' answer, checked against chrono-node's where it gives one; true when it gave one. */
function agrees(text: string, ref: Date): boolean {
  const fast = englishDates(text, ref);
  if (fast) expect(used(fast), `${JSON.stringify(text)} at ${ref.toDateString()}`).toEqual(used(chrono.casual.parse(text, ref)));
  return fast !== null;
}

const noon = (y: number, m: number, d: number): Date => new Date(y, m - 1, d, 12);
const REFERENCES = [noon(2016, 10, 4), noon(2016, 2, 29), noon(2015, 12, 31), noon(2017, 1, 1), noon(2016, 1, 31), noon(2016, 3, 31), noon(2000, 1, 1), noon(2016, 10, 9)];

// Common forms, all read without chrono-node.
const READ = [
  'It happened on October 4.', 'Oct. 4, 2016 was a Tuesday.', 'Sept. 30, 2016, the deadline', 'Born 4 October 2016 in Lyon', 'Sales fell in October 2016.',
  'The vote is due in October, officials said.', 'Talks resumed on Tuesday, a spokesman said.', 'He left last Tuesday.', 'They meet next Friday.',
  'It rained over the weekend.', 'The weekend was quiet.', 'He spoke yesterday.', 'Today the court ruled.', 'The match is tomorrow.', 'She sings tonight.',
  'It closed three days ago.', 'He resigned a week ago.', 'It grew 10 years ago.', 'Prices rose last week.', 'Exports fell last month.', 'It was built last year.',
  'Talks continue this week.', 'Output rose this month.', 'The plan starts next month.', 'It doubled in the past five years.', 'The next few months matter.',
  'The form dated 10/04/2016 was signed.', 'He arrived on Tuesday, Oct. 4, to cheers.', 'Police came Tuesday night.', 'The deal, signed Dec. 1, 2016, holds.',
  'In May the river rose.', 'Last year the firm lost money.', 'For now, the plan stands.', 'Rates rose 2.8 percent on Monday.', 'It opens within 10 days.',
  'Ten years later, it closed.', 'Revenue of $13.7 billion in August 2017 was a record.', 'He met the mayor on March 2. An official said so.',
];
// Tricky ones: read or not, a reading must be chrono-node's.
const EITHER = [
  'from Oct 4 to Oct 6', 'October 4-6', 'Tuesday at 6 pm', 'Tuesday, 14 people', 'last week, 14 people', 'night. Last year the firm',
  'October 4th', 'the fourth of July', 'October first', 'early October', 'mid-2016', 'the 1990s', 'OCTOBER 4', 'october 4', 'Oct 4', 'Sept 4',
  'end of October', 'the last day of May', 'the end of the month', 'October 4 amid protests', 'on December 8 am', 'October 4 a.m.', 'October 4 2016 AD',
  'October of 2016', 'October of last year', 'it may be', 'in may', 'May, he said', 'May', 'may,', '(Tuesday)', '(on Tuesday', 'x (Tuesday)',
  'Tuesday of last week', 'Tuesday next week', 'Monday morning\nthis morning', 'now noon', 'For now, last year', 'now GMT', 'Tuesday, EST reported',
  'Tuesday, NATO said', 'last week est', 'two years and three months ago', 'a few days ago', 'half a day ago', 'about a week ago', 'in two weeks5 months ago',
  'the yearone week ago', 'pasta day', 'lasts two days', 'aftermath', 'after a week', 'the day before', 'a year after October 4, 2016', 'six months before midnight',
  'for the second time', 'in the year 2016', 'within 10863 days', '24/7', '9/11', '1/3 of votes', '2016-10-04', '2016 Oct 4', '22 Dec, 2016 22 Dec, 2016',
  'Thursday, 21 months', '10:30 p.m. Tuesday', 'at 5 on Tuesday', '$5pm. December 25, 2015', '5o\'clock – yesterday', 'morning before weekend',
  'Saturday Now evening', 'Jan Holesovsky 466', 'après son passage', 'o nového člena', 'Sun', 'The man sat there today', 'wed in June', 'Mon. Oct. 3',
  'weekday', 'weekends', 'Tuesdays', "Tuesday's vote", "today's vote", 'February 30', 'February 29', 'June 31, 2016', '45 October', '114 October', 'October 32',
  'in apr', 'après', 'in Sept', 'inMay', 'end of May', 'the end of last month', 'Tue., Monday', 'on Friday, Monday', 't-Monday( Monday-', 'Monday to Friday',
  'onTuesday', '5daysago', 'two weeks, three days ago', '2 years from now', 'for now, 2 years from now', 'from 4 Oct', 'at 4 October', 'October/4 beforenoon',
  '4Ao\'clock after two weeks', 'CAT - thisNIGHT. LAST YEAR THE FIRM', 'Sunday noon', 'now, EST', 'now est', 'yesterday (GMT)', 'Oct. 4 (EST)', '10-04-2016', '10.04.2016', '4/10', '10/2016', 'after this week', 'x October 4th 20165 months ago', 'January 1. In May +2 jan (', '201619995 days from now',
];

describe('englishDates', () => {
  it.each(READ)('reads %j as chrono-node does', (text) => {
    for (const ref of REFERENCES) expect(agrees(text, ref), `${JSON.stringify(text)} left to chrono-node`).toBe(true);
  });

  it.each(EITHER)('reads %j as chrono-node does, or leaves it to chrono-node', (text) => {
    for (const ref of REFERENCES) agrees(text, ref);
  });

  it('leaves times, ranges and merged forms to chrono-node', () => {
    for (const text of ['from Oct 4 to Oct 6', 'Tuesday at 6 pm', 'last week, 14 people', 'night. Last year the firm', 'the end of the month', 'a few days ago']) {
      expect(englishDates(text, REFERENCES[0]!)).toBeNull();
    }
  });

  it('reads the annotate fixtures as chrono-node does, window by window', () => {
    let read = 0;
    for (const name of ['gold.json', 'gold-holdout.json', 'gold-single-quotes.json']) {
      for (const article of fixture<{ articles: Array<{ paragraphs: string[] }> }>(name).articles) {
        for (const paragraph of article.paragraphs) {
          const words = paragraph.split(' ');
          for (let i = 0; i < words.length; i += 3) if (agrees(words.slice(i, i + 14).join(' '), REFERENCES[0]!)) read++;
        }
      }
    }
    expect(read).toBeGreaterThan(100);
  });

  // Sentences of date phrases, look-alikes, numbers, times and time zones, joined by spaces and punctuation.
  const PHRASES = [...READ.map((s) => s.replace(/[.,]$/, '')), ...EITHER, 'October 4', 'Oct. 4', '4 October 2016', 'on Tuesday', 'Tuesday', 'last Tuesday', 'weekend',
    'yesterday', 'today', 'tonight', 'three days ago', 'last week', 'this year', 'past year', 'next year', 'the past two years', 'in a week', 'for two days', 'Friday,'];
  const WORDS = ['said', 'the', 'a', 'an', 'and', 'to', 'until', 'through', 'till', 'at', 'on', 'of', 'in', 'for', 'by', 'since', 'from', 'before', 'after', 'T', 't',
    'NATO', 'AP', 'EST', 'est', 'CAT', 'cat', 'GET', 'west', 'WEST', 'AD', 'BC', 'am', 'pm', 'a.m.', "o'clock", 'may', 'them', 'as', 'ago', 'later', 'earlier', 'out',
    'about', 'few', 'several', 'couple', 'half', 'one', 'two', 'first', 'second', 'last', 'next', 'this', 'past', 'end', 'week', 'month', 'year', 'days', 'years',
    'morning', 'night', 'evening', 'noon', 'midnight', '1', '5', '14', '24', '99', '2016', '16', '400', '1.5', '2.8', '10:30', '3/4', '1,000', '$5', 'G20',
    'COVID-19', '1990s', '4th', 'é', 'GMT', 'UTC', 'from now', 'within', 'early', 'amid', 'America', 'P', 'percent', 'hours', 'quarter',
    '20165', '+2', '-3', 'GMT+5', '4am', 'from 6', '7 to 8', '2016 AD', '12th', 'T10'];
  const SEPARATORS = [' ', ' ', ' ', '  ', ', ', '. ', ' - ', ' – ', '; ', ': ', ' (', ') ', '\n', '/', '-', '', '"', '“', '”', '’s ', ',', '.'];
  const casing = fc.constantFrom((s: string) => s, (s: string) => s, (s: string) => s.toLowerCase(), (s: string) => s.toUpperCase());
  const piece = fc.tuple(fc.oneof(fc.constantFrom(...PHRASES), fc.constantFrom(...WORDS), fc.constantFrom(...WORDS)), casing, fc.constantFrom(...SEPARATORS));
  const sentence = fc.array(piece, { minLength: 1, maxLength: 10 }).map((ps) => ps.map(([p, c, s]) => c(p) + s).join('').trim());
  const day = fc.oneof(fc.constantFrom(...REFERENCES), fc.date({ min: new Date(1995, 0, 1), max: new Date(2030, 11, 31), noInvalidDate: true }).map((d) => noon(d.getFullYear(), d.getMonth() + 1, d.getDate())));

  it('reads generated sentences as chrono-node does, and reads many of them', () => {
    let read = 0;
    let runs = 0;
    fc.assert(fc.property(sentence, day, (text, ref) => { runs++; if (agrees(text, ref)) read++; }), { numRuns: 4000 });
    expect(read / runs).toBeGreaterThan(0.3);
  });

  // The same with a few characters deleted, inserted or replaced: digits, separators and letters glued to words.
  const edit = fc.tuple(fc.nat(), fc.nat(2), fc.constantFrom(...'0123456789/.-:,() atonsydAZ\'’\n'));
  const edited = fc.tuple(sentence, fc.array(edit, { maxLength: 4 })).map(([text, edits]) => edits.reduce((t, [place, op, c]) => {
    const i = place % (t.length + 1);
    return op === 0 ? t.slice(0, i) + t.slice(i + 1) : op === 1 ? t.slice(0, i) + c + t.slice(i) : t.slice(0, i) + c + t.slice(i + 1);
  }, text));

  it('reads edited sentences as chrono-node does', () => {
    fc.assert(fc.property(edited, day, (text, ref) => { agrees(text, ref); }), { numRuns: 4000 });
  });
});
