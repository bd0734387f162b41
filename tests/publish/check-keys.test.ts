import { describe, expect, it } from 'vitest';
import { checkKeys } from '../../pipeline/publish/check-keys.ts';
import { TABLES, type TableName } from '../../pipeline/publish/tables.ts';
import { specs } from '../helpers/published.ts';
import { sampleTables } from '../helpers/sample-dataset.ts';

const asRows = (tables = sampleTables()): Partial<Record<TableName, unknown[][]>> =>
  Object.fromEntries(TABLES.map((t) => [t, tables[t].map((r) => specs[t].columns.map((c) => r[c.name] ?? null))]));

describe('checkKeys', () => {
  it('passes consistent tables', () => {
    expect(checkKeys(specs, asRows())).toEqual([]);
  });

  it.each([
    ['a repeated primary key', (t: ReturnType<typeof sampleTables>) => { t.sentences[1].index = 0; }, 'sentences.jsonl: row 2 repeats or lacks the primary key (article_id, index) = ["0123456789abcdef",0]'],
    ['a sentence of a missing article', (t: ReturnType<typeof sampleTables>) => { t.sentences[0].article_id = 'ffffffffffffffff'; }, 'sentences.jsonl: row 1 (article_id) = ["ffffffffffffffff"] matches no row of articles (id)'],
    ['a reply to a missing comment', (t: ReturnType<typeof sampleTables>) => { t.comments[0].parent = 7; }, 'comments.jsonl: row 1 (article_id, parent) = ["0123456789abcdef",7] matches no row of comments (article_id, index)'],
  ])('finds %s', (_name, edit, problem) => {
    const tables = sampleTables();
    edit(tables);
    expect(checkKeys(specs, asRows(tables))).toContain(problem);
  });

  it('a null foreign key (a top-level comment) matches nothing and is allowed', () => {
    const tables = sampleTables();
    expect(tables.comments[0].parent).toBeNull();
    expect(checkKeys(specs, asRows(tables))).toEqual([]);
  });
});
