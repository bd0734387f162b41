import { describe, expect, it } from 'vitest';
import { lightlyEdit, pickCopyKind, reformat, truncate, COPY_MIX } from '../../pipeline/gen/edits.ts';
import { Prng } from '../../pipeline/gen/prng.ts';
import { pickCast, writeStory } from '../../pipeline/gen/prose.ts';
import { Tokenizer } from '../../pipeline/stages/dedup/tokenize.ts';

const words = (paragraphs: string[]): string => {
  const tok = new Tokenizer();
  return Array.from(tok.h1.subarray(0, tok.run(paragraphs.join('\n\n')))).join(',');
};
const count = (paragraphs: string[]): number => paragraphs.join(' ').split(/\s+/).length;

describe('copy edits', () => {
  const rng = new Prng(4);
  const cast = pickCast(rng);
  const story = writeStory(rng, cast, 500);

  it('reformat changes only spacing and quote style', () => {
    const copy = reformat(new Prng(1), story.paragraphs);
    expect(words(copy)).toBe(words(story.paragraphs));
  });

  it.each([0.6, 0.7, 0.8])('truncate keeps about %d of the words, from the start', (fraction) => {
    const cut = truncate(story.paragraphs, fraction);
    const kept = count(cut) / count(story.paragraphs);
    expect(kept).toBeGreaterThan(fraction - 0.12);
    expect(kept).toBeLessThanOrEqual(fraction + 0.001);
    expect(story.paragraphs.join('\n\n').startsWith(cut.join('\n\n'))).toBe(true);
  });

  it('lightlyEdit changes a few words and one paragraph', () => {
    const edited = lightlyEdit(new Prng(2), cast, story.paragraphs, 0.03);
    expect(Math.abs(edited.length - story.paragraphs.length)).toBe(1);
    expect(words(edited)).not.toBe(words(story.paragraphs));
  });

  it('draws copy kinds by the documented mix', () => {
    expect(COPY_MIX.reduce((s, [, p]) => s + p, 0)).toBeCloseTo(1, 10);
    const r = new Prng(3);
    const seen = new Set(Array.from({ length: 200 }, () => pickCopyKind(r)));
    expect([...seen].sort()).toEqual(COPY_MIX.map(([k]) => k).sort());
  });
});
