import { tableFromIPC, tableToIPC } from 'apache-arrow';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SchemaRegistry } from '../../pipeline/lib/schemas.ts';
import { arrowRows } from '../../pipeline/publish/arrow-rows.ts';
import { rowsToArrow } from '../../pipeline/publish/arrow-table.ts';
import { TABLES, tableSpecs } from '../../pipeline/publish/tables.ts';
import { comparable } from '../../pipeline/publish/values.ts';
import { arbitraryRows } from '../helpers/arbitrary-rows.ts';

const registry = SchemaRegistry.load();
const specs = tableSpecs(registry);
const expected = (table: keyof typeof specs, rows: Array<Record<string, unknown>>) =>
  rows.map((r) => specs[table].columns.map((c) => comparable(c.kind, r[c.name] ?? null)));

describe('arrowRows', () => {
  it('reads strings, dictionary values, lists and nulls of a sliced record batch, keeping an inner byte-order mark', () => {
    const spec = specs.removed;
    const rows = [
      { article_id: 'a', start: 0, end: 5, text: 'Share', rule: 'share-line', kind: 'share' },
      { article_id: 'b', start: 5, end: 9, text: '\ufeff\ufeffzwei Bytes: é, 漢字, 🦊', rule: 'repeated-line', kind: 'other' },
      { article_id: 'c', start: 9, end: 12, text: '', rule: 'share-line', kind: 'share' },
    ];
    const batch = tableFromIPC(tableToIPC(rowsToArrow(spec, rows), 'file')).batches[0];
    expect(arrowRows(spec, batch)).toEqual(expected('removed', rows));
    expect(arrowRows(spec, batch.slice(1, 3))).toEqual(expected('removed', rows.slice(1, 3)));
    expect(arrowRows(spec, batch)[1][3]).toBe('\ufeffzwei Bytes: é, 漢字, 🦊');
  });

  it.each(TABLES)('%s: any rows read back from an Arrow file as written, whole and in slices', (table) => {
    const spec = specs[table];
    fc.assert(fc.property(arbitraryRows(spec, registry.schema(`newsprep:tables/${table}`)), fc.nat(), (rows, cut) => {
      const back = tableFromIPC(tableToIPC(rowsToArrow(spec, rows, 4), 'file'));
      expect(arrowRows(spec, back)).toEqual(expected(table, rows));
      const at = rows.length ? cut % rows.length : 0;
      expect(arrowRows(spec, back.slice(at))).toEqual(expected(table, rows.slice(at)));
    }), { numRuns: 10 });
  });
});
