import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SchemaRegistry } from '../../pipeline/lib/schemas.ts';
import { readFormat } from '../../pipeline/publish/read-formats.ts';
import { TABLES, tableSpecs } from '../../pipeline/publish/tables.ts';
import { comparable } from '../../pipeline/publish/values.ts';
import Papa from 'papaparse';
import { csvField, csvRowChunks, FORMATS, serialise } from '../../pipeline/publish/write-formats.ts';
import { toCsvCell } from '../../pipeline/publish/values.ts';

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

describe('Arrow files in several record batches', () => {
  it('share one fixed dictionary per column and read back exactly', async () => {
    const { tableToIPC, tableFromIPC } = await import('apache-arrow');
    const { tableFromIPC: flechette } = await import('@uwdata/flechette');
    const { rowsToArrow } = await import('../../pipeline/publish/arrow-table.ts');
    const spec = specs.removed;
    const kinds = ['title', 'byline', 'share', 'comments', 'cookie'];
    const rows = Array.from({ length: 10 }, (_, i) => ({
      article_id: '0123456789abcdef', start: i, end: i + 1, text: `t${i}`, rule: `rule-${i % 3}`, kind: kinds[i % kinds.length],
    }));
    const table = rowsToArrow(spec, rows, 3);
    expect(table.batches.length).toBe(4);
    const bytes = tableToIPC(table, 'file');
    const expected = rows.map((r) => spec.columns.map((c) => comparable(c.kind, r[c.name as keyof typeof r])));
    expect(readFormat('arrow', spec, bytes).rows).toEqual(expected);
    const back = tableFromIPC(bytes);
    expect(back.batches.length).toBe(4);
    expect(flechette(bytes).toArray().map((r) => spec.columns.map((c) => comparable(c.kind, (r as Record<string, unknown>)[c.name])))).toEqual(expected);
  });
});

describe('CSV fields', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', '\ufeff', '=', 'é', '🦊', '\t', "'") });
  const cell = fc.oneof(text, fc.integer(), fc.double({ noNaN: true }), fc.boolean());

  it('are written as papaparse writes them (quotes only where needed, no formula escaping)', () => {
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (data) => {
      const ours = data.map((row) => row.map(csvField).join(',')).join('\n');
      expect(ours).toBe(Papa.unparse(data, { newline: '\n', quotes: false, escapeFormulae: false, header: false }));
    }), { numRuns: 300 });
  });

  it('are quoted for line breaks, quotes, commas, a byte-order mark and edge spaces only', () => {
    expect(['plain', 'a,b', 'say "hi"', 'two\nlines', ' lead', 'trail ', '\ufeffbom', 'in side', 42, true].map(csvField))
      .toEqual(['plain', '"a,b"', '"say ""hi"""', '"two\nlines"', '" lead"', '"trail "', '"\ufeffbom"', 'in side', '42', 'true']);
  });

  it.each(TABLES)('%s: rows are written as papaparse writes them', (table) => {
    const spec = specs[table];
    fc.assert(fc.property(arbitraryRows(spec, registry.schema(`newsprep:tables/${table}`)), (rows) => {
      if (!rows.length) return;
      const data = rows.map((r) => spec.columns.map((c) => toCsvCell(c.kind, r[c.name] ?? null)));
      const ours = Buffer.concat([...csvRowChunks(spec, rows, 3)]).toString('utf8');
      expect(ours).toBe(`${Papa.unparse(data, { newline: '\n', quotes: false, escapeFormulae: false, header: false })}\n`);
    }), { numRuns: 10 });
  });
});
