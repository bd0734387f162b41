import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedRecord } from '../../../pipeline/lib/types.ts';
import { annotateDefaults, annotateStage, assignKeywords } from '../../../pipeline/stages/annotate/index.ts';
import { type FixtureArticle, makeRecord } from './make-record.ts';

const fixture = (name: string): any => JSON.parse(readFileSync(new URL(`../../fixtures/annotate/${name}`, import.meta.url), 'utf8'));
const seeds: FixtureArticle[] = fixture('seeds.json').articles;
const expected = fixture('seed-expectations.json');
const schema = JSON.parse(readFileSync(new URL('../../../schemas/stages/annotate.schema.json', import.meta.url), 'utf8'));

let byName: Map<string, AnnotatedRecord>;
beforeAll(() => {
  const run = annotateStage.create(annotateDefaults);
  const annotated = seeds.map((a) => {
    const r = run(makeRecord(a));
    if (!r.ok) throw new Error(r.diagnostic.message);
    return r.value;
  });
  const finals = assignKeywords(annotated, annotateDefaults);
  byName = new Map(seeds.map((a, i) => [a.name, finals[i]!]));
});
const cpSlice = (s: string, a: number, b: number): string => [...s].slice(a, b).join('');

describe('annotate stage on the seeds', () => {
  it('declares its name and schemas', () => {
    expect(annotateStage.name).toBe('annotate');
    expect(annotateStage.outputSchema).toBe('newsprep:stages/annotate');
  });

  it('produces records the strict output schema accepts', () => {
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    for (const [name, r] of byName) expect(validate(r), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });

  it('keeps entity and quote text equal to body[start:end] in code points', () => {
    for (const r of byName.values()) {
      for (const e of r.entities) expect(cpSlice(r.body, e.start, e.end)).toBe(e.text);
      for (const q of r.quotes) expect(cpSlice(r.body, q.start, q.end)).toBe(q.text);
    }
  });

  it.each(expected.quotes as any[])('quote $article "$startsWith" -> $speaker', (q) => {
    const found = byName.get(q.article)!.quotes.filter((x) => x.text.startsWith(q.startsWith));
    expect(found.length, JSON.stringify(byName.get(q.article)!.quotes.map((x) => x.text.slice(0, 40)))).toBeGreaterThan(0);
    expect(found[0]!.speaker).toBe(q.speaker);
    if (q.cue) expect(found[0]!.cue).toBe(q.cue);
    if (q.mention) expect(found[0]!.speaker_mention).toBe(q.mention);
    expect(found[0]!.kind).toBe(q.kind ?? 'direct');
  });

  it.each(expected.entities as any[])('entity $article "$text" $label', (e) => {
    const found = byName.get(e.article)!.entities.filter((x) => x.text.replace(/\s+/gu, ' ') === e.text && x.label === e.label);
    expect(found.length, `${e.text} in ${e.article}`).toBeGreaterThan(0);
    if (e.canonical) expect(found.map((x) => x.canonical)).toContain(e.canonical);
    if (e.role) expect(found.map((x) => x.role)).toContain(e.role);
    if (e.normalized) expect(found.map((x) => x.normalized)).toContain(e.normalized);
  });

  it('never takes a title or a role word into a name', () => {
    for (const r of byName.values()) for (const e of r.entities) expect(expected.forbidden).not.toContain(e.text);
  });

  it('detects English with high confidence and keeps keywords deterministic', () => {
    for (const r of byName.values()) {
      expect(r.language).toBe('en');
      expect(r.language_confidence).toBeGreaterThan(0.8);
      expect(r.keywords.length).toBe(annotateDefaults.keywords);
    }
    const again = assignKeywords([...byName.values()].reverse(), annotateDefaults).reverse();
    expect(again.map((r) => r.keywords)).toEqual([...byName.values()].map((r) => r.keywords));
  });

  it('is deterministic for the same input and options', () => {
    const run = annotateStage.create(annotateDefaults);
    const a = run(makeRecord(seeds[1]!));
    const b = annotateStage.create({ ...annotateDefaults })(makeRecord(seeds[1]!));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('reports a diagnostic instead of throwing on a record without body', () => {
    const r = annotateStage.create(annotateDefaults)({ id: 'x' } as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostic.ruleId).toBe('annotate-no-body');
  });
});

describe('annotate stage options and comments', () => {
  const doc = (comments: Array<{ text: string }>) => ({
    ...makeRecord({ name: 'c', published: null, published_precision: null, paragraphs: ['Kerry said that the talks in Geneva would go on for several more days.', '“This was not easy,” Kirby exclaimed.'] }),
    comments: comments.map((c, i) => ({ index: i + 1, parent: null, author: null, posted: null, text: c.text })),
  });

  it('gives comments a language and nothing else', () => {
    const r = annotateStage.create(annotateDefaults)(doc([{ text: 'Je pense que le gouvernement a tort et que les gens le savent.' }, { text: 'ok' }]));
    expect(r.ok && r.value.comments.map((c) => c.language)).toEqual(['fr', null]);
    expect(r.ok && r.value.quotes.every((q) => !q.text.includes('gouvernement'))).toBe(true);
  });

  it('can turn indirect speech off', () => {
    const r = annotateStage.create({ ...annotateDefaults, indirectSpeech: false })(doc([]));
    expect(r.ok && r.value.quotes.map((q) => q.kind)).toEqual(['direct']);
  });

  it('links a lone surname to a known person from the options', () => {
    const r = annotateStage.create({ ...annotateDefaults, knownPeople: ['John Kirby'] })(doc([]));
    expect(r.ok && r.value.quotes.find((q) => q.kind === 'direct')!.speaker).toBe('John Kirby');
  });

  it('applies quality threshold overrides', () => {
    const r = annotateStage.create({ ...annotateDefaults, qualityThresholds: { 'too-few-words': 5 } })(doc([]));
    expect(r.ok && r.value.quality_flags).not.toContain('too-few-words');
    const d = annotateStage.create(annotateDefaults)(doc([]));
    expect(d.ok && d.value.quality_flags).toContain('too-few-words');
  });
});

describe('annotate stage failures', () => {
  it('turns an internal error into a diagnostic naming the record', () => {
    const bad = { ...makeRecord(seeds[0]!), sentences: 5 } as never;
    const r = annotateStage.create(annotateDefaults)(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostic.ruleId).toBe('annotate-failed');
  });
});
