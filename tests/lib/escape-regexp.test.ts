import { describe, expect, it } from 'vitest';
import { alternation, escapeRegExp } from '../../pipeline/lib/escape-regexp.ts';

describe('escapeRegExp and alternation', () => {
  it.each(['oprac.', 'a+b', '(dpa)', '[1]', 'c:\\path', '$5 ^ *? {2} |'])('matches %s as written', (s) => {
    expect(new RegExp(`^${escapeRegExp(s)}$`).test(s)).toBe(true);
    expect(new RegExp(`^${escapeRegExp(s)}$`).test(`${s}x`)).toBe(false);
  });
  it('tries the longest phrase first', () => {
    expect(alternation(['by', 'written by', 'a.'])).toBe('written by|by|a\\.');
    expect(new RegExp(`^(?:${alternation(['a', 'a cura di'])})`).exec('a cura di Anna')?.[0]).toBe('a cura di');
  });
});
