import { describe, expect, it } from 'vitest';
import { checkKeys, KeyChecker } from '../../pipeline/publish/check-keys.ts';
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

describe('KeyChecker, batch by batch', () => {
  const ID = '0123456789abcdef';
  const sentence = (article: string, index: number): unknown[] => specs.sentences.columns.map((c) => ({ article_id: article, index, paragraph: 0, start: 0, end: 1, text: 'x', repeated: 0 } as Record<string, unknown>)[c.name]);
  const article = (id: string): unknown[] => specs.articles.columns.map((c) => (c.name === 'id' ? id : null));
  const duplicate = (id: string): unknown[] => specs.duplicates.columns.map((c) => (c.name === 'id' ? id : 'x'));
  type Step = [TableName, unknown[][]] | ['end', TableName];
  const run = (steps: Step[]): string[][] => {
    const keys = new KeyChecker(specs);
    return steps.map((s) => {
      if (s[0] === 'end') keys.end(s[1] as TableName);
      else keys.add(s[0], s[1] as unknown[][]);
      return [...keys.problems];
    });
  };

  it.each<[string, Step[], string[]]>([
    ['a primary key repeated across two batches of one run', [['sentences', [sentence(ID, 0), sentence(ID, 1)]], ['sentences', [sentence(ID, 1)]]],
      ['sentences.jsonl: row 3 repeats or lacks the primary key (article_id, index) = ["0123456789abcdef",1]']],
    ['the same index in two runs (different articles) is no repeat', [['sentences', [sentence('a', 0), sentence('b', 0)]], ['sentences', [sentence('c', 0)]]], []],
    ['a one-column key that comes back after other values', [['duplicates', [duplicate('a'), duplicate('b')]], ['duplicates', [duplicate('c'), duplicate('a')]]],
      ['duplicates.jsonl: row 4 repeats or lacks the primary key (id) = ["a"]']],
    ['rows of one article split by another article', [['sentences', [sentence('a', 0), sentence('b', 0)]], ['sentences', [sentence('a', 1)]]],
      ['sentences.jsonl: row 3 has article_id = "a" again after other values: rows are not grouped by article_id, so the primary key (article_id, index) cannot be checked']],
    ['a referenced primary key repeated far apart', [['articles', [article('b'), article('a')]], ['articles', [article('c'), article('b')]]],
      ['articles.jsonl: row 4 repeats or lacks the primary key (id) = ["b"]']],
    ['a null in a primary key', [['sentences', [sentence(ID, 0)]], ['sentences', [sentence(ID, null as unknown as number)]]],
      ['sentences.jsonl: row 2 repeats or lacks the primary key (article_id, index) = null']],
  ])('%s', (_name, steps, problems) => {
    expect(run(steps).at(-1)).toEqual(problems);
  });

  it('a foreign key into a table still open waits for its end; one into an ended table is settled at once', () => {
    const broken = 'sentences.jsonl: row 2 (article_id) = ["ffffffffffffffff"] matches no row of articles (id)';
    // Sentences before their articles: nothing is known until articles ends.
    expect(run([['sentences', [sentence(ID, 0), sentence('ffffffffffffffff', 0)]], ['articles', [article(ID)]], ['end', 'articles']]))
      .toEqual([[], [], [broken]]);
    // Articles ended first: the broken row is reported by the add that brings it.
    expect(run([['articles', [article(ID)]], ['end', 'articles'], ['sentences', [sentence(ID, 0)]], ['sentences', [sentence('ffffffffffffffff', 0)]]]))
      .toEqual([[], [], [], [broken]]);
    // A row referring to an article added later, while articles is open, is fine.
    expect(run([['articles', [article('a')]], ['sentences', [sentence('b', 0)]], ['articles', [article('b')]], ['end', 'articles'], ['end', 'sentences']]).at(-1)).toEqual([]);
  });

  it('an empty referenced table that ends is a table with no keys; one never seen is not checked', () => {
    expect(run([['sentences', [sentence(ID, 0)]], ['end', 'articles']]).at(-1)).toEqual(['sentences.jsonl: row 1 (article_id) = ["0123456789abcdef"] matches no row of articles (id)']);
    expect(run([['sentences', [sentence(ID, 0)]], ['end', 'sentences']]).at(-1)).toEqual([]);
  });

  it('gives the same problems for a table given whole or row by row', () => {
    const tables = sampleTables();
    tables.sentences.push({ ...tables.sentences[1] });
    tables.comments[0].parent = 7;
    const whole = checkKeys(specs, asRows(tables));
    const rows = asRows(tables);
    const keys = new KeyChecker(specs);
    for (const t of TABLES) {
      for (const r of rows[t]!) keys.add(t, [r]);
      keys.end(t);
    }
    expect(keys.problems).toEqual(whole);
    expect(whole).toHaveLength(2);
  });
});
