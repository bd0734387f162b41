import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeKey } from '../../../pipeline/stages/annotate/normalize-key.ts';
import { loadResources, titleCase } from '../../../pipeline/stages/annotate/resources.ts';

const dataDir = new URL('../../../pipeline/stages/annotate/data/', import.meta.url);
const data = (name: string): any => JSON.parse(readFileSync(new URL(name, dataDir), 'utf8'));

describe('annotate data files', () => {
  it('describe themselves', () => {
    for (const name of readdirSync(dataDir).filter((n) => n.endsWith('.json'))) {
      const d = data(name);
      expect(typeof (d.description ?? d.source), name).toBe('string');
    }
  });

  it('give every alias exactly one canonical entity', () => {
    const owner = new Map<string, string>();
    for (const e of data('aliases.json').entities) {
      for (const a of [e.canonical, ...e.aliases]) {
        const key = normalizeKey(a);
        expect(owner.get(key) ?? e.canonical, `${a} is claimed twice`).toBe(e.canonical);
        owner.set(key, e.canonical);
      }
    }
  });

  it('keep word lists lower case', () => {
    const roles = data('roles.json');
    for (const w of [...roles.roles, ...roles.honorifics, ...data('cues.json').verbs]) expect(w).toBe(w.toLowerCase());
    for (const [k, list] of Object.entries(data('name-words.json'))) if (Array.isArray(list)) for (const w of list) expect(w, k).toBe(String(w).toLowerCase());
  });

  it('name quality rules after signals that exist', () => {
    const signals = ['words', 'mean_word_length', 'symbol_ratio', 'digit_ratio', 'stopword_count', 'end_punct_fraction', 'dup_line_fraction', 'top_ngram_fraction', 'dup_ngram_fraction'];
    for (const r of data('quality-rules.json').rules) {
      expect(signals).toContain(r.signal);
      expect(['<', '>']).toContain(r.op);
    }
  });
});

describe('loadResources', () => {
  const res = loadResources();
  it.each([
    ['us', 'entity', 'United States'], ['russian federation', 'entity', 'Russia'], ['secretary of state', 'role', 'secretary of state'],
    ['geneva', 'entity', 'Geneva'], ['fm', 'role', 'fm'],
  ])('%s is a %s (%s)', (key, kind, canonical) => {
    expect(res.phrases.get(key)).toMatchObject({ kind, canonical });
  });

  it('marks short acronyms as upper case only', () => {
    expect(res.phrases.get('us')!.upperOnly).toBe(true);
    expect(res.phrases.get('who')!.upperOnly).toBe(true);
  });

  it('is built once', () => {
    expect(loadResources()).toBe(res);
  });

  it('title-cases lexicon names', () => {
    expect(titleCase('bosnia and herzegovina')).toBe('Bosnia and Herzegovina');
  });
});
