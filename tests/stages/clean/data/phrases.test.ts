import { describe, expect, it } from 'vitest';
import { BOILERPLATE_PHRASES } from '../../../../pipeline/stages/clean/data/phrases.ts';

describe('BOILERPLATE_PHRASES', () => {
  it('lists every phrase once per form, under one kind (a phrase under two kinds takes the first, silently)', () => {
    const kindsOf = new Map<string, string[]>();
    for (const [kind, group] of Object.entries(BOILERPLATE_PHRASES)) {
      for (const [form, list] of Object.entries(group ?? {})) {
        if (!Array.isArray(list)) continue;
        for (const phrase of list) kindsOf.set(`${form}: ${phrase}`, [...(kindsOf.get(`${form}: ${phrase}`) ?? []), kind]);
      }
    }
    expect([...kindsOf].filter(([, kinds]) => kinds.length > 1)).toEqual([]);
  });
});
