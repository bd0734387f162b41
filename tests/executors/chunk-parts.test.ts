import { mkdtemp, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkKey, partFile, pruneParts, readDocPart, readPart, readPartAt, splitChunks, workDir, writeDocPart, writePart } from '../../pipeline/executors/chunk-parts.ts';
import { dedupDefaults, signRecords } from '../../pipeline/stages/dedup/index.ts';
import type { IngestRecord } from '../../pipeline/lib/types.ts';

const rec = (i: number, text = `text ${i}`): IngestRecord => ({
  id: `${i}`.padStart(16, '0'), source: `f${i}.txt`, url: null, format: 'txt', encoding: 'utf-8', text,
  meta: { title: null, authors: [], published: null, site: null, lang: null },
});

describe('chunk parts', () => {
  it('splits records into fixed-size chunks keyed by content, context and corpus context', () => {
    const records = Array.from({ length: 5 }, (_, i) => rec(i));
    const chunks = splitChunks(records, 2);
    expect(chunks.map((c) => c.length)).toEqual([2, 2, 1]);
    const keys = (list: IngestRecord[][], ctx = 'ctx', corpus: unknown = null) => list.map((c) => chunkKey(c, ctx, corpus));
    expect(keys(splitChunks(records, 2))).toEqual(keys(chunks));
    const edited = splitChunks([...records.slice(0, 3), rec(3, 'changed'), records[4]], 2);
    expect(keys(edited).map((k, i) => k === keys(chunks)[i])).toEqual([true, false, true]);
    expect(keys(chunks, 'other context').some((k, i) => k === keys(chunks)[i])).toBe(false);
    expect(keys(chunks, 'ctx', ['share this']).some((k, i) => k === keys(chunks)[i])).toBe(false);
  });

  it('saves a chunk part with its signatures and reads both back; a part without signatures is not found', async () => {
    const work = workDir(join(await mkdtemp(join(tmpdir(), 'np-parts-')), 'dist'));
    const signed = signRecords([], dedupDefaults);
    const result = { values: [null], rejects: [], counters: { clean: { total: 1, kept: 0 } } };
    await writeDocPart(work, 'e'.repeat(64), result, signed, []);
    const back = await readDocPart(work, 'e'.repeat(64));
    expect(back?.positions).toEqual([]);
    expect(back?.result.counters).toEqual(result.counters);
    expect(await readPart(work, 'e'.repeat(64))).toEqual(result);
    const fs = await import('node:fs/promises');
    await fs.rename(join(work, 'parts', `${'e'.repeat(64)}.json`), join(work, 'parts', 'aside'));
    expect(await readDocPart(work, 'e'.repeat(64))).toBeNull(); // records not written yet: the chunk is not complete
    await fs.rename(join(work, 'parts', 'aside'), join(work, 'parts', `${'e'.repeat(64)}.json`));
    await fs.rm(join(work, 'parts', `${'e'.repeat(64)}.sig`));
    expect(await readDocPart(work, 'e'.repeat(64))).toBeNull();
  });

  it('saves a part under its key, reads it back, and prunes parts and temporary files not in use', async () => {
    const work = workDir(join(await mkdtemp(join(tmpdir(), 'np-parts-')), 'dist'));
    expect(work).toMatch(/\/\.dist\.work$/);
    expect(await readPart(work, 'a'.repeat(64))).toBeNull();
    const result = { values: [null], rejects: [], counters: { clean: { total: 1, kept: 0 } } };
    await writePart(work, 'a'.repeat(64), result);
    await writePart(work, 'b'.repeat(64), result);
    expect(await readPart(work, 'a'.repeat(64))).toEqual(result);
    await mkdir(join(work, 'parts'), { recursive: true });
    await writeFile(join(work, 'parts', `${'c'.repeat(64)}.json.tmp-123`), '{');
    await pruneParts(work, new Set(['a'.repeat(64)]));
    expect(await readdir(join(work, 'parts'))).toEqual([`${'a'.repeat(64)}.json`]);
  });

  it('a part saved under another key is not returned', async () => {
    const work = workDir(join(await mkdtemp(join(tmpdir(), 'np-parts-')), 'dist'));
    await writePart(work, 'a'.repeat(64), { values: [], rejects: [], counters: {} });
    await import('node:fs/promises').then((fs) => fs.rename(join(work, 'parts', `${'a'.repeat(64)}.json`), join(work, 'parts', `${'d'.repeat(64)}.json`)));
    expect(await readPart(work, 'd'.repeat(64))).toBeNull();
  });

  it('keeps each record on a line of its own, so a reader parses only the records it asks for', async () => {
    const work = workDir(join(await mkdtemp(join(tmpdir(), 'np-parts-')), 'dist'));
    const body = 'First line.\nSecond 🦊 line.';
    const values = [
      { id: 'a', body, sentences: [{ start: 0, end: 11, text: 'First line.' }, { start: 12, end: 27, text: 'Second 🦊 line.' }] },
      null,
      { id: 'c', body: 'x', sentences: [] },
    ];
    const key = 'f'.repeat(64);
    await writePart(work, key, { values, rejects: [], counters: {} });
    const text = await import('node:fs/promises').then((fs) => fs.readFile(partFile(work, key), 'utf8'));
    expect(text.split('\n')).toHaveLength(1 + values.length);
    expect(await readPartAt(work, key, [2, 0])).toEqual([values[2], values[0]]);
    expect(await readPartAt(work, key, [1])).toEqual([null]);
    expect(await readPartAt(work, key, [3])).toBeNull(); // no such record
    // A line missing (a torn or foreign file) makes the whole part unreadable, never a shifted record.
    await writeFile(partFile(work, key), text.split('\n').slice(0, 3).join('\n'));
    expect(await readPartAt(work, key, [0])).toBeNull();
    expect(await readPart(work, key)).toBeNull();
  });

  it('prunes a part\'s side files (signatures, annotate meta) with it', async () => {
    const work = workDir(join(await mkdtemp(join(tmpdir(), 'np-parts-')), 'dist'));
    await mkdir(join(work, 'parts'), { recursive: true });
    for (const k of ['a', 'b']) for (const ext of ['json', 'sig', 'terms']) await writeFile(partFile(work, k.repeat(64), ext), '');
    await pruneParts(work, new Set(['a'.repeat(64)]));
    expect((await readdir(join(work, 'parts'))).sort()).toEqual(['json', 'sig', 'terms'].map((ext) => `${'a'.repeat(64)}.${ext}`));
  });
});
