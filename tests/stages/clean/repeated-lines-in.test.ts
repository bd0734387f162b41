import { describe, expect, it } from 'vitest';
import { chunkKey, splitChunks } from '../../../pipeline/executors/chunk-parts.ts';
import type { IngestRecord } from '../../../pipeline/lib/types.ts';
import { collectRepeatedLines, lookupKeys, repeatedAmong, repeatedLinesIn } from '../../../pipeline/stages/clean/index.ts';
import { phraseKey } from '../../../pipeline/stages/clean/phrase-matcher.ts';

const doc = (id: string, text: string): IngestRecord => ({
  id, source: `${id}.txt`, url: null, format: 'txt', encoding: 'utf-8', text,
  meta: { title: null, authors: [], published: null, site: null, lang: null },
});

describe('repeatedLinesIn', () => {
  const set = new Set([phraseKey('Share this story'), phraseKey('Sign up for our newsletter')]);

  it.each([
    ['a line of the set, whatever its spacing and case', 'Title\n\n  SHARE this   story \n\nBody text here.', [phraseKey('Share this story')]],
    ['no line of the set', 'Title\n\nBody text here.', []],
    ['a long line is never looked up', `${'Share this story '.repeat(30)}`, []],
  ])('%s', (_name, text, want) => {
    expect(repeatedLinesIn([doc('a', text)], set)).toEqual(want);
    // Saved lookup keys answer the same question later, without the text.
    expect(repeatedAmong([lookupKeys(doc('a', text))], set)).toEqual(want);
  });

  it('lookup keys hold each short line once, and answer for several documents as the texts do', () => {
    const docs = [doc('a', 'Share this story\n\nShare this story\n\nBody.'), doc('b', 'Sign up for our newsletter'), doc('c', 'Nothing here.')];
    expect(lookupKeys(docs[0])).toEqual([phraseKey('Share this story'), phraseKey('Body.')]);
    expect(repeatedAmong(docs.map(lookupKeys), set)).toEqual(repeatedLinesIn(docs, set));
    expect(repeatedAmong(docs.map(lookupKeys), set)).toHaveLength(2);
  });

  it('is empty for an empty set', () => {
    expect(repeatedLinesIn([doc('a', 'Share this story')], new Set())).toEqual([]);
  });

  it('chunk keys change only for chunks that hold a newly repeated line', () => {
    const docs = [doc('a', 'One\n\nShare this story'), doc('b', 'Two\n\nBody.'), doc('c', 'Three\n\nSign up for our newsletter'), doc('d', 'Four')];
    const keys = (repeated: Set<string>) => splitChunks(docs, 1).map((part) => chunkKey(part, 'ctx', repeatedLinesIn(part, repeated)));
    const before = keys(new Set([phraseKey('Share this story')]));
    const after = keys(set);
    expect(after.map((k, i) => k === before[i])).toEqual([true, true, false, true]);
  });

  it('finds every key the corpus pre-pass reports for the documents that hold it', () => {
    const docs = Array.from({ length: 6 }, (_, i) => doc(String(i), `Story ${i}\n\nFollow us on social media\n\nText of story ${i} goes here.`));
    const repeated = collectRepeatedLines(docs, { repeatedMinDocs: 3, repeatedMinShare: 0.5 });
    expect(repeated).toContain(phraseKey('Follow us on social media'));
    expect(repeatedLinesIn(docs, new Set(repeated))).toEqual(repeated);
  });
});
