import { describe, expect, it } from 'vitest';
import { REMOVED_KINDS } from '../../../pipeline/lib/types.ts';
import { BOILERPLATE_PHRASES } from '../../../pipeline/stages/clean/data/index.ts';
import { REMOVAL_RULES } from '../../../pipeline/stages/clean/removal-rules.ts';

describe('removal rules', () => {
  it('have unique ids and kinds from REMOVED_KINDS', () => {
    const kinds = new Set<string>(Object.values(REMOVED_KINDS));
    const ids = Object.values(REMOVAL_RULES).map((r) => r.rule);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of Object.values(REMOVAL_RULES)) expect(kinds.has(r.kind)).toBe(true);
    for (const kind of Object.keys(BOILERPLATE_PHRASES)) expect(kinds.has(kind)).toBe(true);
  });
});
