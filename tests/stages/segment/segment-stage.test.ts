import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentDefaults, segmentStage } from '../../../pipeline/stages/segment/index.ts';
import type { SegmentRecord } from '../../../pipeline/lib/types.ts';
import { makeCleanRecord } from '../../fixtures/segment/make-clean-record.ts';

const schema = JSON.parse(readFileSync(new URL('../../../schemas/stages/segment.schema.json', import.meta.url), 'utf8'));
const configSchema = JSON.parse(readFileSync(new URL('../../../schemas/config/segment.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile<SegmentRecord>(schema);
const run = segmentStage.create(segmentDefaults);

const segment = (body: string): SegmentRecord => {
  const result = run(makeCleanRecord(body));
  if (!result.ok) throw new Error(result.diagnostic.message);
  return result.value;
};
const cpSlice = (s: string, a: number, b: number): string => Array.from(s).slice(a, b).join('');

describe('segmentStage', () => {
  it('splits paragraphs on blank lines and numbers sentences across the article', () => {
    const body = 'First one. Second one.\n\n\n  Third paragraph.\n\nFourth? Yes.';
    const rec = segment(body);
    expect(rec.paragraphs).toEqual([
      { index: 0, start: 0, end: 22 }, { index: 1, start: 27, end: 43 }, { index: 2, start: 45, end: 57 },
    ]);
    expect(rec.sentences.map((s) => [s.paragraph, s.index, s.text])).toEqual([
      [0, 0, 'First one.'], [0, 1, 'Second one.'], [1, 2, 'Third paragraph.'], [2, 3, 'Fourth?'], [2, 4, 'Yes.'],
    ]);
    expect(rec.words).toBe(8);
    expect(rec.chars).toBe(body.length);
  });

  it('uses code-point offsets so body[start:end] works in Python', () => {
    const body = 'Emoji 😀 first. Then 𝒳 second.\n\nLast 😀.';
    const rec = segment(body);
    for (const s of rec.sentences) expect(cpSlice(body, s.start, s.end)).toBe(s.text);
    for (const p of rec.paragraphs) expect(cpSlice(body, p.start, p.end).length).toBeGreaterThan(0);
    expect(rec.chars).toBe(Array.from(body).length);
    expect(rec.sentences[1].start).toBe(15);
  });

  it('keeps input fields and produces schema-valid records', () => {
    const body = readFileSync(new URL('../../fixtures/segment/seed-000-body.txt', import.meta.url), 'utf8');
    const rec = segment(body);
    expect(validate(rec), JSON.stringify(validate.errors)).toBe(true);
    expect(rec.body).toBe(body);
    expect(rec.sentences.some((s) => s.text.includes('John F. Kerry and Russian'))).toBe(true);
    expect(rec.sentences.some((s) => s.text.endsWith('with the U.S.'))).toBe(false);
  });

  it('reports an empty body with a rule id instead of throwing', () => {
    const result = run(makeCleanRecord(' \n\n '));
    expect(result).toEqual({ ok: false, diagnostic: { ruleId: 'empty-body', message: 'test.txt: body has no text to segment' } });
  });

  it('is frozen and deterministic', () => {
    expect(Object.isFrozen(run)).toBe(true);
    const body = 'Mr. A went. Then B.';
    expect(segment(body)).toEqual(segment(body));
  });

  it('has a config schema whose defaults equal segmentDefaults', () => {
    expect(ajv.validate(configSchema, segmentDefaults)).toBe(true);
    const defaults = Object.fromEntries(Object.entries(configSchema.properties).map(([k, v]) => [k, (v as { default: unknown }).default]));
    expect(defaults).toEqual({ ...segmentDefaults });
  });
});

describe('segmentStage properties', () => {
  const WORDS = ['Mr.', 'U.S.', 'Kerry', 'said', 'the', 'talks.', 'failed!', '“No.”', 'Why?', '😀', '𝒳.', 'é', '9.', 'Sept.', '2.5', '...'];
  const bodyArb = fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 25 }), { minLength: 1, maxLength: 6 })
    .chain((paragraphs) => fc.constantFrom('\n\n', '\n\n\n', ' \n\n ').map((sep) => paragraphs.map((p) => p.join(' ')).join(sep)));

  it('sentences slice the body by code points, in order, inside their paragraphs, covering every non-space', () => {
    fc.assert(fc.property(bodyArb, (body) => {
      const rec = segment(body);
      const cps = Array.from(body);
      let prev = 0;
      let covered = 0;
      for (const s of rec.sentences) {
        const p = rec.paragraphs[s.paragraph];
        expect(s.start).toBeGreaterThanOrEqual(Math.max(prev, p.start));
        expect(s.end).toBeLessThanOrEqual(p.end);
        expect(cps.slice(s.start, s.end).join('')).toBe(s.text);
        covered += s.text.replace(/\s/g, '').length;
        prev = s.end;
      }
      expect(covered).toBe(body.replace(/\s/g, '').length);
      expect(rec.chars).toBe(cps.length);
    }), { numRuns: 300 });
  });
});
