import { describe, expect, it } from 'vitest';
import { analyseLines } from '../../../pipeline/stages/clean/analyse-lines.ts';
import { cleanDefaults } from '../../../pipeline/stages/clean/index.ts';
import { createPhraseMatcher } from '../../../pipeline/stages/clean/phrase-matcher.ts';
import { trailingByline } from '../../../pipeline/stages/clean/trailing-byline.ts';
import { textRecord } from './seed-record.ts';

const matcher = createPhraseMatcher();
const para = (i: number): string => `Párrafo ${i}: el organismo operador del agua atribuye la falla a la bomba del pozo catorce, que dejó de funcionar el trece de noviembre.`;
const run = (rows: string[], end: number) => {
  const a = analyseLines(textRecord(rows.join('\n\n')), cleanDefaults, matcher, new Set());
  const t = trailingByline(a, end, false);
  return t && { index: t.index, authors: t.authors, date: t.date && { index: t.date.index, iso: t.date.date.iso } };
};

describe('trailingByline', () => {
  it.each<[string, string[], number, ReturnType<typeof run>]>([
    ['a "Por" line and its date under the article', [para(1), para(2), 'Por Daniela Ríos Bautista', '4 de diciembre de 2026 · 20:15 h', 'Comentarios (14)'], 2,
      { index: 2, authors: ['Daniela Ríos Bautista'], date: { index: 3, iso: '2026-12-04T20:15:00' } }],
    ['a "By" line with no date', [para(1), 'Share', 'By Jane Doe and John Roe', 'Comments'], 1, { index: 2, authors: ['Jane Doe', 'John Roe'], date: null }],
    ['an update date is no publication date', [para(1), 'Por Ana Gil', 'Actualizado: 4 de diciembre de 2026'], 1, { index: 1, authors: ['Ana Gil'], date: null }],
    ['a "Por" line with its date kept among the article\'s last lines', [para(1), 'Por Ana Gil Publicado el 3 de diciembre de 2026, 18:00', para(2)], 3,
      { index: 1, authors: ['Ana Gil'], date: { index: 1, iso: '2026-12-03T18:00:00' } }],
    ['a sentence opening with "By" among the last lines is no byline', [para(1), 'By Tuesday the council had voted, on 3 December 2026.', para(2)], 3, null],
    ['a blog theme\'s entry line below the share boxes', [para(1), 'Share this:', 'Twitter', 'Facebook', 'Like this:', 'Related', 'This entry was posted in Parish Council and tagged community shop on 4 December 2026 by Rosalind Tweedale.'], 1,
      { index: 6, authors: ['Rosalind Tweedale'], date: { index: 6, iso: '2026-12-04' } }],
    ['a bare name is no byline block', [para(1), 'Daniela Ríos Bautista', '4 de diciembre de 2026'], 1, null],
    ['too far below the article', [para(1), 'Share', 'Tags', 'Related', 'Por Ana Gil'], 1, null],
    ['a Japanese closing byline with its bureau', [para(1), '（仙台総局・大西美帆）', 'アクセスランキング'], 1, { index: 1, authors: ['大西美帆'], date: null }],
    ['a Japanese closing byline of two names', [para(1), '（大西美帆、佐藤健）'], 1, { index: 1, authors: ['大西美帆', '佐藤健'], date: null }],
    ['an agency in brackets is no byline', [para(1), '（共同）'], 1, null],
    ['a sports paper\'s closing name in lenticular brackets', [para(1), '【大野陽介】'], 1, { index: 1, authors: ['大野陽介'], date: null }],
    ['a heading in lenticular brackets is no byline', [para(1), '【関連記事】'], 1, null],
    ['a Chinese info line naming the author', [para(1), '本文来源：江城日报 作者：方静怡', '责任编辑：王晓'], 1, { index: 1, authors: ['方静怡'], date: null }],
    ['an editor alone is no author', [para(1), '责任编辑：王晓'], 1, null],
  ])('%s', (_, rows, end, want) => {
    expect(run(rows, end)).toEqual(want);
  });
});
