import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { partFile, workDir } from '../../pipeline/executors/chunk-parts.ts';
import { type AnnotateMeta, entryRecord, readAnnotateMeta, termsEntry, writeAnnotateMeta } from '../../pipeline/executors/finish-parts.ts';
import type { AnnotatedRecord } from '../../pipeline/lib/types.ts';
import { fullNames, linkRecord, PeopleChooser, termCounts } from '../../pipeline/stages/annotate/index.ts';

const newWork = async () => workDir(join(await mkdtemp(join(tmpdir(), 'np-finish-')), 'dist'));

/** An annotated record with what linking and keyword terms read (the rest is never looked at here). */
const record = (id: string, entities: Array<[string, string, string]>, speakers: Array<string | null>): AnnotatedRecord => ({
  id,
  entities: entities.map(([label, text, canonical], i) => ({ start: i, end: i + 1, label, text, canonical })),
  quotes: speakers.map((speaker) => ({ start: 0, end: 1, text: 'q', speaker, speaker_mention: speaker, cue: 'said', kind: 'direct' })),
  sentences: [{ start: 0, end: 1, repeated: 2 }, { start: 2, end: 3, repeated: 0 }],
} as unknown as AnnotatedRecord);

describe('finish parts', () => {
  const cases: Array<[string, AnnotatedRecord]> = [
    ['a full name and its surname', record('r1', [['PERSON', 'John Kerry', 'John Kerry'], ['PERSON', 'Kerry', 'Kerry'], ['GPE', 'Syria', 'Syria'], ['DATE', 'Monday', '2016-10-03']], ['Kerry'])],
    ['a surname the run links', record('r2', [['PERSON', 'Lavrov', 'Lavrov'], ['ORG', 'U.N.', 'United Nations']], ['Lavrov', null])],
    ['no entities', record('r3', [], [])],
  ];

  it.each(cases)('a terms entry links, counts terms and names people as the whole record does: %s', (_name, r) => {
    const chooser = new PeopleChooser();
    for (const n of ['Sergey Lavrov', 'John Kerry']) chooser.addName(n);
    const links = chooser.links();
    const words: Array<[string, number]> = [['ceasefire', 2]];
    const e = termsEntry(r, words);
    expect(e[4]).toEqual([2, 0]);
    const slim = linkRecord(entryRecord(e), links);
    const full = linkRecord(r, links);
    expect(termCounts(slim, e[3])).toEqual(termCounts(full, words));
    expect(slim.quotes.map((q) => q.speaker)).toEqual(full.quotes.map((q) => q.speaker));
    expect(fullNames(entryRecord(e))).toEqual(fullNames(r));
  });

  it('saves an annotate meta and reads it back only under its own key', async () => {
    const work = await newWork();
    const meta: AnnotateMeta = { key: 'a'.repeat(64), rejects: [], counters: { annotate: { total: 1, kept: 1 } }, entries: [termsEntry(cases[0][1], []), null] };
    expect(await readAnnotateMeta(work, meta.key)).toBeNull();
    await writeAnnotateMeta(work, meta);
    expect(await readAnnotateMeta(work, meta.key)).toEqual(meta);
    const fs = await import('node:fs/promises');
    await fs.rename(partFile(work, meta.key, 'terms'), partFile(work, 'b'.repeat(64), 'terms'));
    expect(await readAnnotateMeta(work, 'b'.repeat(64))).toBeNull();
  });
});
