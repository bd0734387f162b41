import { describe, expect, it } from 'vitest';
import type { AnnotatedRecord } from '../../../pipeline/lib/types.ts';
import { assignKeywords, keywordsOf, termCounts, wordCounts } from '../../../pipeline/stages/annotate/index.ts';
import { annotate } from './make-record.ts';

const docs = (): AnnotatedRecord[] => [
  annotate(['Kerry met Lavrov to discuss the ceasefire. The ceasefire failed, and the ceasefire talks ended.']),
  annotate(['The football final drew a record crowd. The final was close, and the crowd cheered.']),
  annotate(['The ceasefire in Aleppo held for a day. Aid convoys moved through Aleppo.']),
];

describe('assignKeywords', () => {
  it('ranks terms by TF-IDF over the run, entities by canonical name', () => {
    const out = assignKeywords(docs(), { keywords: 3 });
    expect(out[1]!.keywords).toEqual(['crowd', 'final', 'close']); // ties break on the term; 'cheered' is a verb form
    expect(out[2]!.keywords[0]).toBe('Aleppo');
    expect(out[0]!.keywords).toContain('ceasefire');
    for (const r of out) expect(r.keywords.length).toBe(3);
  });

  it('does not depend on record order', () => {
    const a = assignKeywords(docs(), { keywords: 5 }).map((r) => r.keywords);
    const b = assignKeywords(docs().reverse(), { keywords: 5 }).map((r) => r.keywords).reverse();
    expect(b).toEqual(a);
  });

  it('leaves out stop words and numbers', () => {
    const out = assignKeywords(docs(), { keywords: 50 });
    for (const r of out) for (const k of r.keywords) expect(['the', 'and', 'for', '2016']).not.toContain(k);
  });
});

describe('keywordsOf', () => {
  it('treats a term the document frequencies leave out as occurring in this record only (a run sends only terms seen twice)', () => {
    const counts = new Map([['ceasefire', 3], ['aleppo', 2], ['geneva', 2], ['talks', 1]]);
    const full = new Map([['ceasefire', 40], ['aleppo', 1], ['geneva', 1], ['talks', 90]]);
    const pruned = new Map([...full].filter(([, n]) => n > 1));
    expect(keywordsOf(counts, pruned, 100, 3)).toEqual(keywordsOf(counts, full, 100, 3));
    expect(keywordsOf(counts, full, 100, 3)).toEqual(['aleppo', 'geneva', 'ceasefire']);
    // Here counting a missing term as occurring nowhere would put 'truce' first.
    const close = new Map([['truce', 3], ['syria', 4]]);
    expect(keywordsOf(close, new Map([['syria', 2]]), 3, 1)).toEqual(keywordsOf(close, new Map([['truce', 1], ['syria', 2]]), 3, 1));
    expect(keywordsOf(close, new Map([['truce', 1], ['syria', 2]]), 3, 1)).toEqual(['syria']);
  });
});

describe('wordCounts and termCounts', () => {
  it('counts content words once, before linking, and entity canonicals after it', () => {
    const [kerry] = docs();
    const words = wordCounts(kerry!);
    expect(Object.fromEntries(words)).toMatchObject({ ceasefire: 3, talks: 1 });
    expect(words.map(([w]) => w)).not.toContain('lavrov'); // inside an entity: counted by its canonical
    // People linked across the run rename entities but never move them: the saved words still fit.
    const linked = { ...kerry!, entities: kerry!.entities.map((e) => (e.canonical === 'Sergei Lavrov' ? { ...e, canonical: 'Sergey Lavrov' } : e)) };
    expect(termCounts(linked, words)).toEqual(termCounts(linked));
    expect([termCounts(linked, words).get('Sergey Lavrov'), termCounts(linked, words).get('Sergei Lavrov')]).toEqual([1, undefined]);
  });
});
