import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_ROWS, tableDictionaries } from '../../pipeline/publish/arrow-table.ts';
import { READ_ROWS } from '../../pipeline/publish/read-binary.ts';
import { openTableStream, type RowBatch, readRowRange } from '../../pipeline/publish/read-table.ts';
import { TableWriter } from '../../pipeline/publish/table-writer.ts';
import { comparable } from '../../pipeline/publish/values.ts';
import { FORMATS, type Format } from '../../pipeline/publish/write-formats.ts';
import { specs } from '../helpers/published.ts';

const spec = specs.removed;
const N = BATCH_ROWS + 4_000;
const rows = Array.from({ length: N }, (_, i) => ({
  article_id: (i >> 2).toString(16).padStart(16, '0'), start: i, end: i + 4,
  text: i % 7 ? `span "${i}",\nnext line` : '\ufeffbom é😀', rule: ['a', 'b'][i % 2], kind: 'share',
}));
const expected = rows.map((r) => spec.columns.map((c) => comparable(c.kind, r[c.name as keyof typeof r])));

async function readAll(format: Format, path: string): Promise<{ columns: string[]; batches: RowBatch[] }> {
  const file = await openTableStream(format, spec, path);
  const batches: RowBatch[] = [];
  try {
    for await (const batch of file.batches()) batches.push(batch);
  } finally {
    await file.close();
  }
  return { columns: file.columns, batches };
}

async function range(...args: Parameters<typeof readRowRange>): Promise<unknown[][]> {
  const out: unknown[][] = [];
  for await (const slice of readRowRange(...args)) {
    expect(slice.length).toBeLessThanOrEqual(READ_ROWS);
    out.push(...slice);
  }
  return out;
}

describe('openTableStream and readRowRange', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'np-rt-'));
  const writer = await TableWriter.open(dir, spec, tableDictionaries(spec, { rule: ['a', 'b'] }));
  await writer.add(rows);
  await writer.close();

  it.each(Object.values(FORMATS))('%s: the columns, then every row in order, in batches numbered by their first row', async (format) => {
    const { columns, batches } = await readAll(format, join(dir, `removed.${format}`));
    expect(columns).toEqual(spec.columns.map((c) => c.name));
    expect(batches.flatMap((b) => b.rows)).toEqual(expected);
    let first = 0;
    for (const b of batches) {
      expect(b.first).toBe(first);
      first += b.rows.length;
      if (format === 'jsonl' || format === 'csv') expect(Math.floor(b.first / READ_ROWS)).toBe(Math.floor((b.first + b.rows.length - 1) / READ_ROWS));
      else expect(b.offset).toBeNull();
    }
    if (format === 'jsonl') expect(batches.flatMap((b) => b.objects)).toEqual(rows);
  });

  it.each(Object.values(FORMATS))('%s: a range of rows is read alone (from its byte offset in the text formats)', async (format) => {
    const path = join(dir, `removed.${format}`);
    const { batches } = await readAll(format, path);
    const at = batches.find((b) => b.first === BATCH_ROWS)!;
    expect(await range(format, spec, path, { first: BATCH_ROWS, count: 100, offset: at.offset })).toEqual(expected.slice(BATCH_ROWS, BATCH_ROWS + 100));
    expect(await range(format, spec, path, { first: BATCH_ROWS, count: BATCH_ROWS, offset: at.offset })).toEqual(expected.slice(BATCH_ROWS));
    if (format === 'arrow' || format === 'parquet') {
      expect(await range(format, spec, path, { first: BATCH_ROWS - 10, count: 30, offset: null })).toEqual(expected.slice(BATCH_ROWS - 10, BATCH_ROWS + 20));
    }
  });

  it.each<[Format, string, RegExp]>([
    ['jsonl', '{"article_id":"a"}\n{"article_id":"b"}\n{"article_id":\n', /^line 3 is not valid JSON/],
    ['jsonl', '{"article_id":"a","start":1}\n{"start":1,"article_id":"b"}\n', /^line 2 has columns start,article_id, expected article_id,start$/],
    ['csv', `${spec.columns.map((c) => c.name).join(',')}\n0123456789abcdef,0,4,x,a,share\n0123456789abcdef,0,4,x,a,share,extra\n`, /^CSV row 2 has 7 cells, expected 6$/],
    ['csv', `${spec.columns.map((c) => c.name).join(',')}\n0123456789abcdef,0,4,"x,a,share\n`, /^CSV row 1: Quoted field unterminated$/],
  ])('%s: a row that does not read names its line or row', async (format, text, message) => {
    const path = join(dir, `bad.${format}`);
    await writeFile(path, text);
    await expect(readAll(format, path)).rejects.toThrow(message);
  });
});
