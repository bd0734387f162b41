import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { BATCH_CHARS, batchEnds, tableDictionaries } from '../../pipeline/publish/arrow-table.ts';
import { TableWriter } from '../../pipeline/publish/table-writer.ts';
import { TABLES } from '../../pipeline/publish/tables.ts';
import type { Row } from '../../pipeline/publish/values.ts';
import { FORMATS, serialise } from '../../pipeline/publish/write-formats.ts';
import { sha256 } from '../../pipeline/lib/hash.ts';
import { arbitraryRows } from '../helpers/arbitrary-rows.ts';
import { registry, specs } from '../helpers/published.ts';

const valuesOf = (table: (typeof TABLES)[number], rows: Row[]): Record<string, string[]> => Object.fromEntries(specs[table].columns
  .filter((c) => c.kind === 'dictionary' && !c.values).map((c) => [c.name, rows.map((r) => r[c.name]).filter((v): v is string => typeof v === 'string')]));

describe('TableWriter', () => {
  it.each(TABLES)('%s: rows added in any cuts give the bytes of the whole-table writer in every format', async (table) => {
    const spec = specs[table];
    await fc.assert(fc.asyncProperty(arbitraryRows(spec, registry.schema(`newsprep:tables/${table}`), 30), fc.array(fc.nat({ max: 30 }), { maxLength: 4 }), async (rows, cuts) => {
      const dir = await mkdtemp(join(tmpdir(), 'np-tw-'));
      const writer = await TableWriter.open(dir, spec, tableDictionaries(spec, valuesOf(table, rows)));
      let at = 0;
      for (const c of [...cuts, rows.length].sort((a, b) => a - b)) {
        await writer.add(rows.slice(at, Math.max(at, c)));
        at = Math.max(at, c);
      }
      expect(writer.rows).toBe(rows.length);
      const written = await writer.close();
      for (const format of Object.values(FORMATS)) {
        const bytes = await readFile(join(dir, `${table}.${format}`));
        expect(bytes.equals(Buffer.from(serialise(format, spec, rows))), format).toBe(true);
        expect(written[format]).toEqual({ bytes: bytes.length, sha256: sha256(bytes) });
      }
    }), { numRuns: 8 });
  });

  it('cuts wide rows into batches by their text, as the whole-table writer does, and reads back every row', async () => {
    const spec = specs.rejects;
    const message = 'x'.repeat(BATCH_CHARS / 4 - 10); // four rows of text fill a batch
    const rows: Row[] = Array.from({ length: 10 }, (_, i) => ({ id: null, source: `f${String(i).padStart(2, '0')}.txt`, stage: 'ingest', rule: 'too-large', message }));
    expect(batchEnds(rows)).toEqual([4, 8, 10]);
    expect(batchEnds([])).toEqual([0]);
    const dir = await mkdtemp(join(tmpdir(), 'np-tw-'));
    const writer = await TableWriter.open(dir, spec, tableDictionaries(spec, { rule: ['too-large'] }));
    for (const row of rows) await writer.add([row]);
    await writer.close();
    const arrow = await readFile(join(dir, 'rejects.arrow'));
    expect(arrow.equals(Buffer.from(serialise('arrow', spec, rows)))).toBe(true);
    const table = tableFromIPC(arrow);
    expect(table.batches.map((b) => b.numRows)).toEqual([4, 4, 2]);
    expect(table.getChild('source')?.toArray()).toEqual(rows.map((r) => r.source));
  });

  it('a value outside the fixed dictionary throws when its batch is built', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'np-tw-'));
    const writer = await TableWriter.open(dir, specs.rejects, tableDictionaries(specs.rejects, { rule: ['empty-input'] }));
    await writer.add([{ id: null, source: 'a.txt', stage: 'ingest', rule: 'too-large', message: 'a.txt: too large' }]);
    await expect(writer.close()).rejects.toThrow('value "too-large" is not in the column\'s dictionary');
    await writer.abort(new Error('stop'));
  });
});
