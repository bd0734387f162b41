import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { DedupRecord } from '../../../pipeline/lib/types.ts';
import { decodeIndex, dedupDefaults, deduplicate, encodeIndex } from '../../../pipeline/stages/dedup/index.ts';
import { makeSegmentRecord, seedRecords } from '../../fixtures/dedup/make-records.ts';

const schema = JSON.parse(readFileSync(new URL('../../../schemas/stages/dedup.schema.json', import.meta.url), 'utf8'));
const configSchema = JSON.parse(readFileSync(new URL('../../../schemas/config/dedup.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile<DedupRecord>(schema);
const seeds = seedRecords();
const kerry = seeds[1];
const id = (n: number): string => n.toString(16).padStart(16, 'a');

/** Planted variants of seed 001 and whether each must be found as a duplicate. */
const variants = [
  { name: 'whitespace and quote style', method: 'exact', body: kerry.body.replace(/[“”]/g, '"').replace(/’/g, "'").replace(/ /g, '  ') },
  { name: 'upper-cased, punctuation changed', method: 'exact', body: kerry.body.toUpperCase().replace(/,/g, ';') },
  { name: 'truncated to 65 %', method: 'near', body: kerry.body.slice(0, Math.floor(kerry.body.length * 0.65)) },
  { name: 'paragraph dropped, words edited', method: 'near', body: kerry.body.split('\n\n').filter((_, i) => i !== 3).join('\n\n').replace(/Russia /g, 'Moscow ').replace('lamented', 'complained') },
] as const;

describe('deduplicate', () => {
  it('finds no duplicates among the seeds and keeps them sorted by id', () => {
    const { kept, duplicates, index } = deduplicate(seeds, dedupDefaults, null);
    expect(duplicates).toEqual([]);
    expect(kept.map((r) => r.id)).toEqual(seeds.map((r) => r.id).sort());
    expect(index.ids).toEqual(kept.map((r) => r.id));
    for (const rec of kept) expect(validate(rec), JSON.stringify(validate.errors)).toBe(true);
  });

  it('counts the shared Kirby quote of seeds 000 and 001 as repeated, and nothing else', () => {
    const { kept } = deduplicate(seeds, dedupDefaults, null);
    const repeated = kept.flatMap((r) => r.sentences.filter((s) => s.repeated > 0).map((s) => [r.id, s.repeated, s.text.slice(0, 48)]));
    expect(repeated).toEqual([
      ['0dd472b9c5b3b594', 1, '“This is not a decision that was taken lightly,”'],
      ['0de4903d27fcfa0d', 1, '""This is not a decision that was taken lightly,'],
    ]);
  });

  it.each(variants)('finds the $name copy ($method)', ({ body, method }) => {
    const copy = makeSegmentRecord(body, id(1), { published: '2016-10-05T00:00:00Z' });
    const dated = seeds.map((r) => (r === kerry ? { ...r, published: '2016-10-04T00:00:00Z' } : r));
    const { kept, duplicates } = deduplicate([...dated, copy], dedupDefaults, null);
    expect(kept).toHaveLength(5);
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]).toMatchObject({ id: id(1), duplicate_of: kerry.id, method });
    expect(duplicates[0].similarity).toBeGreaterThanOrEqual(method === 'exact' ? 1 : 0.8);
  });

  it('keeps the earliest published, then the longest body, then the smallest id', () => {
    const body = kerry.body;
    const a = makeSegmentRecord(body, id(3), { published: '2016-10-02T10:00:00Z' });
    const b = makeSegmentRecord(body, id(2), { published: '2016-10-03T10:00:00Z' });
    const c = makeSegmentRecord(`${body} Extra words here.`, id(4), { published: null });
    expect(deduplicate([b, c, a], dedupDefaults, null).kept.map((r) => r.id)).toEqual([id(3)]);
    const undated = [makeSegmentRecord(body, id(6)), makeSegmentRecord(`${body}\n\nAnd one more paragraph of text.`, id(7))];
    expect(deduplicate(undated, dedupDefaults, null).kept.map((r) => r.id)).toEqual([id(7)]);
    const same = [makeSegmentRecord(body, id(9)), makeSegmentRecord(body, id(8))];
    expect(deduplicate(same, dedupDefaults, null).kept.map((r) => r.id)).toEqual([id(8)]);
  });

  it('gives the same clusters and kept ids whatever the input order', () => {
    const copies = variants.map((v, i) => makeSegmentRecord(v.body, id(20 + i)));
    const all = [...seeds, ...copies];
    const reference = deduplicate(all, dedupDefaults, null);
    for (const order of [[...all].reverse(), [...all.slice(3), ...all.slice(0, 3)]]) {
      const again = deduplicate(order, dedupDefaults, null);
      expect(again.kept).toEqual(reference.kept);
      expect(again.duplicates).toEqual(reference.duplicates);
      expect(encodeIndex(again.index)).toEqual(encodeIndex(reference.index));
    }
  });

  it('compares a later run with the saved index', () => {
    const first = deduplicate(seeds, dedupDefaults, null);
    const saved = decodeIndex(encodeIndex(first.index));
    const copy = makeSegmentRecord(variants[3].body, id(30), { published: '2010-01-01T00:00:00Z' });
    const fresh = makeSegmentRecord('A different story entirely. It has nothing in common with the seeds at all.', id(31));
    const second = deduplicate([copy, fresh], dedupDefaults, saved);
    expect(second.duplicates).toEqual([expect.objectContaining({ id: id(30), duplicate_of: kerry.id, method: 'near' })]);
    expect(second.kept.map((r) => r.id)).toEqual([id(31)]);
    expect(second.index.ids).toEqual([...first.index.ids, id(31)]);
    const third = deduplicate([makeSegmentRecord(fresh.body, id(32))], dedupDefaults, second.index);
    expect(third.duplicates).toEqual([{ id: id(32), source: `${id(32)}.txt`, duplicate_of: id(31), method: 'exact', similarity: 1 }]);
  });

  it('handles an empty batch and never pairs articles without words', () => {
    const empty = deduplicate([], dedupDefaults, null);
    expect([empty.kept, empty.duplicates, empty.index.ids]).toEqual([[], [], []]);
    const wordless = [makeSegmentRecord('— … —', id(40)), makeSegmentRecord('…', id(41))];
    expect(deduplicate(wordless, dedupDefaults, null).kept).toHaveLength(2);
  });

  it('refuses an index built with other signature parameters', () => {
    const { index } = deduplicate(seeds, dedupDefaults, null);
    expect(() => deduplicate(seeds, { ...dedupDefaults, shingleSize: 4 }, index)).toThrow(/shingleSize/);
    expect(() => deduplicate(seeds, { ...dedupDefaults, bands: 64, rows: 3 }, null)).toThrow(/exceeds permutations/);
  });

  it('has a config schema whose defaults equal dedupDefaults', () => {
    expect(ajv.validate(configSchema, dedupDefaults)).toBe(true);
    const defaults = Object.fromEntries(Object.entries(configSchema.properties).map(([k, v]) => [k, (v as { default: unknown }).default]));
    expect(defaults).toEqual({ ...dedupDefaults });
  });
});
