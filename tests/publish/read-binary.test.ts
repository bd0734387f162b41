import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arrowType, tableDictionaries } from '../../pipeline/publish/arrow-table.ts';
import { openBinaryTable, READ_ROWS } from '../../pipeline/publish/read-binary.ts';
import { TableWriter } from '../../pipeline/publish/table-writer.ts';
import { comparable } from '../../pipeline/publish/values.ts';
import { specs } from '../helpers/published.ts';

const N = 70_000;
const rows = Array.from({ length: N }, (_, i) => ({
  article_id: (i >> 2).toString(16).padStart(16, '0'), start: i, end: i + 4, text: i % 5 ? `span ${i}` : '\ufeffbom', rule: ['a', 'b'][i % 2], kind: 'share',
}));

describe('openBinaryTable', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'np-rb-'));
  const writer = await TableWriter.open(dir, specs.removed, tableDictionaries(specs.removed, { rule: ['a', 'b'] }));
  await writer.add(rows);
  await writer.close();
  const expected = rows.map((r) => specs.removed.columns.map((c) => comparable(c.kind, r[c.name as keyof typeof r])));

  it.each(['arrow', 'parquet'] as const)('%s: the schema, then the rows in slices that never cross a batch (row group)', async (format) => {
    const file = await openBinaryTable(format, specs.removed, join(dir, `removed.${format}`));
    expect(file.columns).toEqual(specs.removed.columns.map((c) => c.name));
    expect(file.descriptions).toEqual(specs.removed.columns.map((c) => c.description));
    if (format === 'arrow') expect(file.types).toEqual(specs.removed.columns.map((c, i) => String(arrowType(c.kind, i))));
    const sizes: number[] = [];
    const back: unknown[][] = [];
    for await (const batch of file.batches()) {
      sizes.push(batch.length);
      back.push(...batch);
    }
    await file.close();
    await file.close();
    const slices = (n: number): number[] => Array.from({ length: Math.ceil(n / READ_ROWS) }, (_, i) => Math.min(READ_ROWS, n - i * READ_ROWS));
    expect(sizes).toEqual([...slices(65_536), ...slices(N - 65_536)]);
    expect(back).toEqual(expected);
  });

  it.each(['arrow', 'parquet'] as const)('%s: a file that is not one fails to open', async (format) => {
    const path = join(dir, `junk.${format}`);
    await writeFile(path, 'not a table at all');
    await expect(openBinaryTable(format, specs.removed, path)).rejects.toThrow();
  });
});
