import { describe, expect, it } from 'vitest';
import type { LineClass } from '../../../pipeline/stages/clean/classify-lines.ts';
import { dataTable } from '../../../pipeline/stages/clean/data-table.ts';
import { lineFeatures } from '../../../pipeline/stages/clean/line-features.ts';

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
