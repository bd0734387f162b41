import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_ROWS, tableDictionaries } from '../../pipeline/publish/arrow-table.ts';
import { RowDigest } from '../../pipeline/publish/row-digest.ts';
import { TableWriter } from '../../pipeline/publish/table-writer.ts';
import { comparable, type Row } from '../../pipeline/publish/values.ts';
import { verifyTableDigest } from '../../pipeline/publish/verify-digest.ts';
import { serialise } from '../../pipeline/publish/write-formats.ts';
import { specs } from '../helpers/published.ts';

const spec = specs.rejects;
const N = BATCH_ROWS + 10;
const reject = (i: number): Row => ({ id: null, source: `f${i}.txt`, stage: 'ingest', rule: 'empty-input', message: `f${i}.txt: empty` });
const digestOf = (rows: Row[]) => new RowDigest().add(rows.map((r) => spec.columns.map((c) => comparable(c.kind, r[c.name] ?? null)))).result();

describe('verifyTableDigest', async () => {
  const rows = Array.from({ length: N }, (_, i) => reject(i));
  const dir = await mkdtemp(join(tmpdir(), 'np-vd-'));
  const writer = await TableWriter.open(dir, spec, tableDictionaries(spec, { rule: ['empty-input'] }));
  await writer.add(rows);
  await writer.close();

  it('passes files that hold the rows written', async () => {
    expect(await verifyTableDigest(dir, spec, digestOf(rows))).toEqual([]);
  });

  it.each<[string, (r: Row[]) => void, string[]]>([
    ['a row of the second batch', (r) => { r[BATCH_ROWS + 3] = reject(-1); }, [
      `rejects.arrow: rows 65537–65546 (record batch 2) differ from the rows written`,
      `rejects.parquet: rows 65537–65546 (row group 2) differ from the rows written`,
    ]],
    ['a row of the first batch', (r) => { r[0] = reject(-1); }, [
      `rejects.arrow: rows 1–65536 (record batch 1) differ from the rows written`,
      `rejects.parquet: rows 1–65536 (row group 1) differ from the rows written`,
    ]],
    ['one row fewer', (r) => { r.pop(); }, [`rejects.arrow: ${N} rows, ${N - 1} written`, `rejects.parquet: ${N} rows, ${N - 1} written`]],
  ])('names the file and the first differing batch when the digest written differs: %s', async (_name, edit, problems) => {
    const other = rows.slice();
    edit(other);
    expect(await verifyTableDigest(dir, spec, digestOf(other))).toEqual(problems);
  });

  it.each<[string, (r: Row[]) => void, string[]]>([
    ['a row of the second row group', (r) => { r[BATCH_ROWS + 3] = reject(-1); }, [`rejects.parquet: rows 65537–65546 (row group 2) differ from the rows written`]],
    ['a row of the first row group', (r) => { r[5] = { ...r[5], message: 'another message' }; }, [`rejects.parquet: rows 1–65536 (row group 1) differ from the rows written`]],
    ['one row fewer', (r) => { r.pop(); }, [`rejects.parquet: ${N - 1} rows, ${N} written`]],
    ['one row more', (r) => { r.push(reject(N)); }, [`rejects.parquet: ${N + 1} rows, ${N} written`]],
  ])('compares the Parquet file row by row with a sound Arrow file: %s', async (_name, edit, problems) => {
    const other = rows.slice();
    edit(other);
    const copy = await mkdtemp(join(tmpdir(), 'np-vd-'));
    await copyFile(join(dir, 'rejects.arrow'), join(copy, 'rejects.arrow'));
    await writeFile(join(copy, 'rejects.parquet'), serialise('parquet', spec, other));
    expect(await verifyTableDigest(copy, spec, digestOf(rows))).toEqual(problems);
    await writeFile(join(copy, 'rejects.parquet'), serialise('parquet', spec, rows));
    expect(await verifyTableDigest(copy, spec, digestOf(rows))).toEqual([]);
  });

  it('catches files of another table and files that cannot be read', async () => {
    const bad = await mkdtemp(join(tmpdir(), 'np-vd-'));
    await writeFile(join(bad, 'rejects.arrow'), serialise('arrow', specs.duplicates, []));
    await writeFile(join(bad, 'rejects.parquet'), 'PAR1 broken');
    const problems = await verifyTableDigest(bad, spec, digestOf([]));
    expect(problems[0]).toBe('rejects.arrow: columns [id, source, duplicate_of, method, similarity] differ from the schema');
    expect(problems[1]).toMatch(/^rejects\.parquet: cannot be read \(/);
    expect(problems).toHaveLength(2);
    await copyFile(join(dir, 'rejects.parquet'), join(bad, 'rejects.parquet'));
    expect(await verifyTableDigest(bad, spec, digestOf(rows))).toEqual(['rejects.arrow: columns [id, source, duplicate_of, method, similarity] differ from the schema']);
  });
});
