import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packRecord, unpackRecord } from '../../pipeline/executors/part-codec.ts';
import { segmentBody } from '../../pipeline/stages/segment/segment-body.ts';
import { createSentenceSplitter } from '../../pipeline/stages/segment/split-sentences.ts';

const split = createSentenceSplitter({ extraAbbreviations: [], splitOnLineBreaks: false });
/** A record as segment and dedup make it (sentences with text, then a repeat count). */
const record = (body: string) => ({
  id: 'x', body, ...segmentBody(body, split),
  sentences: segmentBody(body, split).sentences.map((s, i) => ({ ...s, repeated: i % 3 })),
});
/** What a saved part does to a record: packed, written as JSON, parsed, unpacked. */
const roundTrip = <T>(v: T): T => unpackRecord(JSON.parse(JSON.stringify(packRecord(v))) as T);

const piece = fc.constantFrom('Kerry met Lavrov. ', 'Ça va? ', 'Emoji 😀 here! ', '𝒳 marks it. ', 'No end', '\n\n', ' ', 'U.S. talks. ', '“Quoted.” ');

describe('part codec', () => {
  it('gives back every record exactly, keys in the same order (any body, astral characters too)', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const r = record(pieces.join(''));
      expect(JSON.stringify(roundTrip(r))).toBe(JSON.stringify(r));
    }));
  });

  it('leaves the texts out of the saved bytes', () => {
    const r = record('Kerry met Lavrov in Geneva. They spoke for hours. 😀 Then they left.');
    const packed = JSON.stringify(packRecord(r));
    expect(packed.split('They spoke for hours.')).toHaveLength(2); // in the body only
    expect(packed).not.toContain('"text"');
    expect(packed.length).toBeLessThan(JSON.stringify(r).length - r.body.length + 10);
    expect(r.sentences.every((s) => typeof s.text === 'string')).toBe(true); // the record given is unchanged
  });

  it('keeps a sentence text that is not the body slice, and passes other values through', () => {
    const r = record('One sentence here. Another one.');
    r.sentences[1] = { ...r.sentences[1], text: 'edited' };
    const back = roundTrip(r);
    expect(back.sentences[1].text).toBe('edited');
    expect(back.sentences[0].text).toBe('One sentence here.');
    expect(roundTrip(null)).toBeNull();
    expect(roundTrip({ values: [1, 2] })).toEqual({ values: [1, 2] });
  });
});
