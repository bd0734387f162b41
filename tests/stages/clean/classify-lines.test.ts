import { describe, expect, it } from 'vitest';
import { betweenGood, closingSentence, dataTable, headingBeforeCaption, initialClass, longSentenceAfterGood, type LineClass, resolveContext } from '../../../pipeline/stages/clean/classify-lines.ts';
import { cleanDefaults } from '../../../pipeline/stages/clean/index.ts';
import { lineFeatures } from '../../../pipeline/stages/clean/line-features.ts';

describe('initialClass', () => {
  it.each([
    ['The United States has announced that it is suspending its participation in bilateral channels with Russia, citing the regime.', 'good'],
    ['Undo', 'bad'],
    ['The overall rankings were as follows:', 'short'],
    ['1. Finland', 'short'],
    ['Home News Sport Weather Shop Earth Travel Capital Culture Autos Future TV Radio CBBC CBeebies WW1 Food', 'bad'],
  ])('%s -> %s', (line, cls) => {
    expect(initialClass(lineFeatures(line), false, cleanDefaults, false, /^\d+\./.test(line))).toBe(cls);
  });
});

describe('resolveContext', () => {
  it.each<[LineClass[], LineClass[]]>([
    [['good', 'short', 'good'], ['good', 'good', 'good']],
    [['bad', 'short', 'bad'], ['bad', 'bad', 'bad']],
    [['bad', 'near-good', 'bad'], ['bad', 'bad', 'bad']],
    [['good', 'near-good', 'bad'], ['good', 'good', 'bad']],
    [['short', 'good'], ['bad', 'good']],
    [['good', 'short', 'short', 'good'], ['good', 'good', 'good', 'good']],
  ])('%j', (input, want) => {
    expect(resolveContext(input)).toEqual(want);
  });

  it('skips transparent labels when looking for neighbours', () => {
    expect(resolveContext(['good', 'bad', 'short', 'good'], [false, true, false, false])).toEqual(['good', 'bad', 'good', 'good']);
    expect(resolveContext(['good', 'bad', 'short', 'good'])).toEqual(['good', 'bad', 'bad', 'good']);
  });
});

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

describe('closingSentence', () => {
  const cases: Array<[string, string, LineClass[], LineClass[], boolean[], LineClass[]]> = [
    ['a short sentence after a paragraph', 'The mayor has not replied to our questions.', ['good', 'bad', 'bad'], ['good', 'short', 'bad'], [false, false, false], ['good', 'good', 'bad']],
    ['a sentence with fewer stop words', 'Jane Roe reported from Salem, Ohio, and John Doe from Rivertown.', ['good', 'bad', 'bad'], ['good', 'short', 'bad'], [false, false, false], ['good', 'good', 'bad']],
    ['a sentence ending in a colon', 'The full list of the winners is below:', ['good', 'bad', 'bad'], ['good', 'short', 'bad'], [false, false, false], ['good', 'good', 'bad']],
    ['a question (a call to action)', 'Got a tip for us? Send it to the desk.', ['good', 'bad', 'bad'], ['good', 'short', 'bad'], [false, false, false], ['good', 'bad', 'bad']],
    ['no good line before it', 'The mayor has not replied to our questions.', ['bad', 'bad', 'bad'], ['bad', 'short', 'bad'], [false, false, false], ['bad', 'bad', 'bad']],
    ['too few words', 'That is all.', ['good', 'bad', 'bad'], ['good', 'short', 'bad'], [false, false, false], ['good', 'bad', 'bad']],
    ['no final punctuation', 'More from the desk of the city team', ['good', 'bad', 'bad'], ['good', 'short', 'bad'], [false, false, false], ['good', 'bad', 'bad']],
    ['few stop words', 'Photos: Jane Roe, Wire Agency, Pool Images.', ['good', 'bad', 'bad'], ['good', 'short', 'bad'], [false, false, false], ['good', 'bad', 'bad']],
    ['a line matched as boilerplate', 'The mayor has not replied to our questions.', ['good', 'bad', 'bad'], ['good', 'short', 'bad'], [false, true, false], ['good', 'bad', 'bad']],
    ['a line that was not short', 'The mayor has not replied to our questions.', ['good', 'bad', 'bad'], ['good', 'bad', 'bad'], [false, false, false], ['good', 'bad', 'bad']],
  ];
  it.each(cases)('%s', (_, line, classes, initial, matched, want) => {
    const para = 'The council said on Tuesday that the new bridge would open to traffic in the spring.';
    const texts = [para, line, 'Sign up'];
    expect(closingSentence(classes, initial, texts.map(lineFeatures), matched, cleanDefaults.stopLow, texts)).toEqual(want);
  });
});

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

describe('dataTable', () => {
  const para = 'The council said on Tuesday that the new bridge would open to traffic in the spring.';
  const rows = ['Northgate 12400 31%', 'Eastfield 9800 24.5%', 'Riverside 7100 18%'];
  const g = (n: number): LineClass[] => Array<LineClass>(n).fill('good');
  const b = (n: number): LineClass[] => Array<LineClass>(n).fill('bad');
  it.each<[string, string[], LineClass[], boolean[] | null, LineClass[]]>([
    ['rows and a heading between two paragraphs', [para, 'Largest towns', ...rows, para], ['good', ...b(4), 'good'], null, g(6)],
    ['rows without a heading', [para, ...rows, para], ['good', ...b(3), 'good'], null, g(5)],
    ['a chart\'s axis labels', [para, 'Yearly rainfall', '40', '20', '0', '’10', '’20', para], ['good', ...b(6), 'good'], null, ['good', ...b(6), 'good']],
    ['no paragraph after it', [para, ...rows, 'Sign up'], ['good', ...b(4)], null, ['good', ...b(4)]],
    ['too few lines', [para, ...rows.slice(0, 2), para], ['good', ...b(2), 'good'], null, ['good', ...b(2), 'good']],
    ['a line matched as boilerplate', [para, ...rows, para], ['good', ...b(3), 'good'], [false, false, true, false, false], ['good', ...b(3), 'good']],
    ['mostly headings', [para, 'Largest towns', 'By people', ...rows.slice(0, 1), 'Source', para], ['good', ...b(4), 'good'], null, ['good', ...b(4), 'good']],
    ['long lines', [para, ...rows.map((r) => `${r} of all the people who live in the county`), para], ['good', ...b(3), 'good'], null, ['good', ...b(3), 'good']],
  ])('%s', (_, texts, classes, matched, want) => {
    expect(dataTable(classes, texts.map(lineFeatures), matched ?? texts.map(() => false), texts)).toEqual(want);
  });
});

describe('headingBeforeCaption', () => {
  // lines: paragraph, heading(s), caption, paragraph; `cap` flags the caption lines, `m` the matched ones
  it.each<[string, LineClass[], LineClass[], boolean[], boolean[], LineClass[]]>([
    ['a heading above a photo', ['good', 'bad', 'bad', 'good'], ['good', 'short', 'bad', 'good'], [false, false, true, false], [false, false, true, false], ['good', 'good', 'bad', 'good']],
    ['two heading lines, caption and credit', ['good', 'bad', 'bad', 'bad', 'bad', 'good'], ['good', 'short', 'short', 'bad', 'bad', 'good'], [false, false, false, true, true, false], [false, false, false, true, true, false], ['good', 'good', 'good', 'bad', 'bad', 'good']],
    ['three lines are not a heading', ['good', 'bad', 'bad', 'bad', 'bad', 'good'], ['good', 'short', 'short', 'short', 'bad', 'good'], [false, false, false, false, true, false], [false, false, false, false, true, false], ['good', 'bad', 'bad', 'bad', 'bad', 'good']],
    ['three caption lines (not a single photo)', ['good', 'bad', 'bad', 'bad', 'bad', 'good'], ['good', 'short', 'bad', 'bad', 'bad', 'good'], [false, false, true, true, true, false], [false, false, true, true, true, false], ['good', 'bad', 'bad', 'bad', 'bad', 'good']],
    ['no paragraph after the caption', ['good', 'bad', 'bad', 'bad'], ['good', 'short', 'bad', 'bad'], [false, false, true, false], [false, false, true, false], ['good', 'bad', 'bad', 'bad']],
    ['no paragraph before the heading', ['bad', 'bad', 'bad', 'good'], ['bad', 'short', 'bad', 'good'], [false, false, true, false], [false, false, true, false], ['bad', 'bad', 'bad', 'good']],
    ['a line after the caption (a byline)', ['good', 'bad', 'bad', 'good'], ['good', 'bad', 'short', 'good'], [false, true, false, false], [false, true, false, false], ['good', 'bad', 'bad', 'good']],
    ['followed by other boilerplate', ['good', 'bad', 'bad', 'good'], ['good', 'short', 'bad', 'good'], [false, false, false, false], [false, false, true, false], ['good', 'bad', 'bad', 'good']],
    ['a long line before the caption', ['good', 'bad', 'bad', 'good'], ['good', 'bad', 'bad', 'good'], [false, false, true, false], [false, false, true, false], ['good', 'bad', 'bad', 'good']],
  ])('%s', (_, classes, initial, cap, m, want) => {
    expect(headingBeforeCaption(classes, initial, m, cap)).toEqual(want);
  });
});
