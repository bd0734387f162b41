import { describe, expect, it } from 'vitest';
import { normalizeKey } from '../../../pipeline/stages/annotate/normalize-key.ts';

describe('normalizeKey', () => {
  it.each([
    ['U.S.', 'us'], ['al-Qaeda', 'al qaeda'], ['Al Qa’ida', 'al qa ida'], ['Côte d’Ivoire', 'cote d ivoire'],
    ['Élysée  Palace', 'elysee palace'], ['Geneva', 'geneva'],
  ])('%s -> %s', (text, key) => {
    expect(normalizeKey(text)).toBe(key);
  });
});
