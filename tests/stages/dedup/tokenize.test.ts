import { describe, expect, it } from 'vitest';
import { Tokenizer } from '../../../pipeline/stages/dedup/tokenize.ts';

const words = (text: string): string => {
  const tok = new Tokenizer();
  const n = tok.run(text);
  return Array.from(tok.h1.subarray(0, n), (h, i) => `${h}:${tok.h2[i]}`).join(' ');
};
const clauses = (text: string): number[] => {
  const tok = new Tokenizer();
  return Array.from(tok.clause.subarray(0, tok.run(text)));
};

describe('Tokenizer', () => {
  it.each([
    ['case, whitespace and quote style', '“Don’t  go,” he said.', '"don\'t go" He SAID'],
    ['punctuation', 'cease-fire; U.S. talks!', 'cease fire U S talks'],
    ['non-Latin text', 'Лавров встретился', 'ЛАВРОВ  встретился.'],
  ])('folds %s', (_, a, b) => {
    expect(words(a)).toBe(words(b));
  });

  it('keeps different words apart', () => {
    expect(words('the talks failed')).not.toBe(words('the talk failed'));
    expect(words('dont')).toBe(words('don’t'));
  });

  it('grows past its initial buffers', () => {
    const tok = new Tokenizer();
    expect(tok.run('word '.repeat(5000))).toBe(5000);
    expect(new Set(tok.h1.subarray(0, 5000)).size).toBe(1);
  });

  it('marks clause ends after words', () => {
    expect(clauses('“This is it,” Kirby said: yes')).toEqual([0, 0, 1, 0, 1, 0]);
  });
});
