import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { ArrowFileWriter } from '../../pipeline/publish/arrow-file-writer.ts';
import { rowsToArrow } from '../../pipeline/publish/arrow-table.ts';
import { specs } from '../helpers/published.ts';

const removed = (n: number) => Array.from({ length: n }, (_, i) => ({
  article_id: '0123456789abcdef', start: i, end: i + 1, text: `t${i}`, rule: `rule-${i % 3}`, kind: ['title', 'byline', 'share'][i % 3],
}));

describe('ArrowFileWriter', () => {
  it.each([[0, 1], [1, 1], [10, 3], [10, 4], [7, 7]])('%i rows in batches of %i: the bytes of tableToIPC, handed out batch by batch', (n, batchRows) => {
    const table = rowsToArrow(specs.removed, removed(n), batchRows);
    const writer = new ArrowFileWriter();
    const parts: Uint8Array[][] = [];
    for (const batch of table.batches) {
      writer.write(batch);
      parts.push(writer.take());
    }
    writer.finish();
    parts.push(writer.take());
    expect(parts.every((p) => p.length > 0)).toBe(true);
    expect(writer.take()).toEqual([]);
    const bytes = Buffer.concat(parts.flat());
    expect(bytes.equals(Buffer.from(tableToIPC(table, 'file')))).toBe(true);
    expect(tableFromIPC(bytes).batches).toHaveLength(table.batches.length);
  });

  it('writes each fixed dictionary once, before the first batch', () => {
    const table = rowsToArrow(specs.removed, removed(10), 3);
    const writer = new ArrowFileWriter();
    writer.write(table.batches[0]);
    const first = Buffer.concat(writer.take()).length;
    writer.write(table.batches[1]);
    const second = Buffer.concat(writer.take()).length;
    expect(first).toBeGreaterThan(second); // magic, the two dictionaries, then the batch
  });
});
