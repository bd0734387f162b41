import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type RunOptions, recordRuns } from '../../pipeline/publish/record-runs.ts';

async function runsOf(path: string, o: RunOptions) {
  const runs = [];
  for await (const run of recordRuns(path, o)) runs.push({ first: run.first, count: run.count, offset: run.offset, text: run.bytes.toString('utf8') });
  return runs;
}

const CSV_RECORDS = ['id,text\n', '1,"a ""quoted""\nline, with comma"\n', '2,plain\n', '3,"x\n\ny"\n', '4,"é😀"\n', '5,"""\n"""\n', '6,last'];
const JSONL_RECORDS = ['{"a":"x\\"y"}\n', '{"a":"\\n"}\n', '{"a":"é"}\n', '{"a":"\\""}\n', '{"a":"\\"\\""}\n'];
const offsets = (records: string[]) => records.map((_, i) => Buffer.byteLength(records.slice(0, i).join('')));

describe('recordRuns', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'np-runs-'));
  const csv = join(dir, 't.csv');
  const jsonl = join(dir, 't.jsonl');
  await writeFile(csv, CSV_RECORDS.join(''));
  await writeFile(jsonl, JSONL_RECORDS.join(''));

  it.each([1, 2, 3, 7, 1 << 20])('CSV, %i bytes read at a time: one record per run with align 1 (line ends and "" inside quotes kept), at its byte offset', async (readBytes) => {
    const runs = await runsOf(csv, { quoted: true, first: -1, align: 1, readBytes });
    expect(runs.map((r) => r.text)).toEqual(CSV_RECORDS);
    expect(runs.map((r) => r.first)).toEqual(CSV_RECORDS.map((_, i) => i - 1));
    expect(runs.map((r) => r.offset)).toEqual(offsets(CSV_RECORDS));
  });

  it.each([1, 5, 1 << 20])('CSV, %i bytes read at a time: runs never cross a multiple of align, the header alone', async (readBytes) => {
    const runs = await runsOf(csv, { quoted: true, first: -1, align: 2, readBytes });
    expect(runs.map((r) => r.text).join('')).toBe(CSV_RECORDS.join(''));
    expect(runs.reduce((n, r) => n + r.count, 0)).toBe(CSV_RECORDS.length);
    expect(runs[0]).toEqual({ first: -1, count: 1, offset: 0, text: CSV_RECORDS[0] });
    for (const r of runs.slice(1)) expect(Math.floor(r.first / 2)).toBe(Math.floor((r.first + r.count - 1) / 2));
    if (readBytes > 100) expect(runs.map((r) => r.count)).toEqual([1, 2, 2, 1, 1]); // the last record, without a line end, is found at the end of the file
  });

  it.each([1, 4, 1 << 20])('JSONL, %i bytes read at a time: every LF ends a record, whatever the quotes', async (readBytes) => {
    const runs = await runsOf(jsonl, { quoted: false, align: 1, readBytes });
    expect(runs.map((r) => r.text)).toEqual(JSONL_RECORDS);
    expect(runs.map((r) => r.offset)).toEqual(offsets(JSONL_RECORDS));
  });

  it('starts again at a record\'s offset, numbering from the index given', async () => {
    const start = offsets(CSV_RECORDS)[3];
    const runs = await runsOf(csv, { quoted: true, start, first: 2, align: 1, readBytes: 3 });
    expect(runs.map((r) => [r.first, r.text])).toEqual(CSV_RECORDS.slice(3).map((t, i) => [i + 2, t]));
    expect(runs[0].offset).toBe(start);
  });

  it('an empty file has no runs; a last record without a line end is one', async () => {
    await writeFile(join(dir, 'e.csv'), '');
    expect(await runsOf(join(dir, 'e.csv'), { quoted: true })).toEqual([]);
    await writeFile(join(dir, 'n.jsonl'), '{}\n{"a":1}');
    expect((await runsOf(join(dir, 'n.jsonl'), { quoted: false, align: 1 })).map((r) => r.text)).toEqual(['{}\n', '{"a":1}']);
  });
});
