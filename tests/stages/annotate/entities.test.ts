import { describe, expect, it } from 'vitest';
import { annotate, fixture } from './make-record.ts';

type Case = { name: string; paragraphs: string[]; expected: Array<[string, string, string, string | null]>; forbidden: string[] };
const cases = fixture<{ cases: Case[] }>('cases/entities.json').cases;

describe('entities', () => {
  it.each(cases)('$name', ({ paragraphs, expected, forbidden }) => {
    const entities = annotate(paragraphs).entities.filter((e) => e.label !== 'DATE');
    for (const [text, label, canonical, role] of expected) {
      const found = entities.find((e) => e.text === text && e.label === label);
      expect(found, `${text} ${label} in ${JSON.stringify(entities.map((e) => [e.text, e.label]))}`).toBeDefined();
      expect(found!.canonical).toBe(canonical);
      if (role !== null) expect(found!.role).toBe(role);
    }
    for (const text of forbidden) expect(entities.map((e) => e.text)).not.toContain(text);
  });

  it('reports code-point offsets after astral characters', () => {
    const r = annotate(['😀 Kerry met Lavrov in Geneva.']);
    const geneva = r.entities.find((e) => e.text === 'Geneva')!;
    expect([...r.body].slice(geneva.start, geneva.end).join('')).toBe('Geneva');
    expect(geneva.start).toBe(r.body.indexOf('Geneva') - 1);
  });

  it('stays fast on long runs of capitalised words', () => {
    const t0 = performance.now();
    annotate([Array.from({ length: 3000 }, (_, i) => `Word${i % 7} Of`).join(' ') + ' Geneva.']);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
