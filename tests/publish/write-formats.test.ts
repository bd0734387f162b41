import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SchemaRegistry } from '../../pipeline/lib/schemas.ts';
import { readFormat } from '../../pipeline/publish/read-formats.ts';
import { TABLES, tableSpecs } from '../../pipeline/publish/tables.ts';
import { comparable } from '../../pipeline/publish/values.ts';
import { FORMATS, serialise } from '../../pipeline/publish/write-formats.ts';
import { arbitraryRows } from '../helpers/arbitrary-rows.ts';

const registry = SchemaRegistry.load();
const specs = tableSpecs(registry);

describe('every table round-trips through every format', () => {
  it.each(TABLES)('%s: JSONL, CSV, Arrow and Parquet read back the same rows', (table) => {
    const spec = specs[table];
    fc.assert(fc.property(arbitraryRows(spec, registry.schema(`newsprep:tables/${table}`)), (rows) => {
      const expected = rows.map((r) => spec.columns.map((c) => comparable(c.kind, r[c.name])));
      for (const format of Object.values(FORMATS)) {
        const back = readFormat(format, spec, serialise(format, spec, rows));
        expect(back.columns).toEqual(spec.columns.map((c) => c.name));
        expect(back.rows).toEqual(expected);
      }
    }), { numRuns: 15 });
  });

  it('writes the same bytes for the same rows (no clocks, fixed dictionary ids)', () => {
    const spec = specs.rejects;
    const rows = [{ id: null, source: 'a.txt', stage: 'ingest', rule: 'empty-input', message: 'a.txt: empty' }];
    for (const format of Object.values(FORMATS)) {
      expect(Buffer.from(serialise(format, spec, rows)).equals(Buffer.from(serialise(format, spec, rows)))).toBe(true);
    }
  });

  it('types the Arrow columns as the schema says', () => {
    const back = readFormat('arrow', specs.articles, serialise('arrow', specs.articles, []));
    const types = Object.fromEntries(back.columns.map((c, i) => [c, back.types[i]]));
    expect(types).toMatchObject({
      id: 'Utf8', authors: 'List<Utf8>', published: 'Timestamp<MILLISECOND, UTC>', published_precision: 'Dictionary<Int32, Utf8>',
      words: 'Int32', language_confidence: 'Float64', language: 'Dictionary<Int32, Utf8>', quality_flags: 'List<Utf8>',
    });
  });
});
