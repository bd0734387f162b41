import { describe, expect, it } from 'vitest';
import { analyseLines } from '../../../pipeline/stages/clean/analyse-lines.ts';
import { cleanDefaults, cleanStage } from '../../../pipeline/stages/clean/index.ts';
import { createPhraseMatcher } from '../../../pipeline/stages/clean/phrase-matcher.ts';
import { repeatedParagraphs } from '../../../pipeline/stages/clean/repeated-paragraphs.ts';
import { textRecord } from './seed-record.ts';

const para = (i: number): string => `Paragraph ${i}: the council said on Tuesday that the new bridge would open to traffic in the spring, after months of delays.`;
const analyse = (rows: string[]) => analyseLines(textRecord(rows.join('\n\n')), cleanDefaults, createPhraseMatcher(), new Set());

describe('repeatedParagraphs', () => {
  it.each<[string, string[], number[]]>([
    ['the whole article printed twice', [para(1), para(2), para(3), para(1), para(2), para(3)], [3, 4, 5]],
    ['one paragraph quoted again', [para(1), para(2), para(1)], [2]],
    ['short lines may repeat', [para(1), 'Yes, he said.', para(2), 'Yes, he said.'], []],
    ['no repeat', [para(1), para(2), para(3)], []],
  ])('%s', (_, rows, want) => {
    const a = analyse(rows);
    expect([...repeatedParagraphs(a, 0, a.lines.length, new Map())]).toEqual(want);
  });

  it('keeps a text dump\'s article once and records the copy', () => {
    const rows = ['Bridge will open in spring', para(1), para(2), para(3), para(1), para(2), para(3)];
    const res = cleanStage.create(cleanDefaults)(textRecord(rows.join('\n\n')));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value.body.split('\n\n')).toEqual([para(1), para(2), para(3)]);
    expect(res.value.removed.filter((r) => r.rule === 'repeated-paragraph')).toHaveLength(1);
  });
});
