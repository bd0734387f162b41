import { describe, expect, it } from 'vitest';
import { createLanguageDetector } from '../../../pipeline/stages/annotate/language.ts';
import { loadResources } from '../../../pipeline/stages/annotate/resources.ts';
import { annotate } from './make-record.ts';

const detector = createLanguageDetector(loadResources(), { minLetters: 20, modelChars: 600 });

describe('language', () => {
  it.each([
    ['The talks between the two ministers ended without an agreement on the ceasefire.', 'en'],
    ['Le président a déclaré que la situation était grave et que le gouvernement allait agir.', 'fr'],
    ['Der Minister sagte, dass die Gespräche in Genf nicht zu einer Einigung geführt haben.', 'de'],
    ['El ministro dijo que las conversaciones en Ginebra no llevaron a un acuerdo.', 'es'],
    ['Министр заявил, что переговоры в Женеве не привели к соглашению.', 'ru'],
  ])('%s -> %s', (text, language) => {
    const g = detector.detect(text);
    expect(g.language).toBe(language);
    expect(g.confidence).toBeGreaterThan(0.5);
  });

  it('gives no language to text too short to tell', () => {
    expect(detector.detect('11 Mai 2017')).toMatchObject({ language: null, confidence: 0 });
  });

  it('does not let a French dateline make an English article French', () => {
    const r = annotate(['Lundi, 21 Janvier 2019 — Paris', 'The talks between the two ministers ended without an agreement on the ceasefire, officials said on Monday.', 'Both sides said they would meet again in Geneva next month to discuss the plan.']);
    expect(r.language).toBe('en');
    expect(r.paragraph_languages.map((p) => p.index)).toEqual([0, 1, 2]);
    expect(r.paragraph_languages[1]!.language).toBe('en');
  });

  it('votes by paragraph length', () => {
    const parts = [
      { language: 'fr', confidence: 1, letters: 30 },
      { language: 'en', confidence: 0.9, letters: 400 },
    ];
    expect(detector.vote(parts, '')).toEqual({ language: 'en', confidence: round(360 / 430) });
  });
});

function round(x: number): number { return Math.round(x * 10000) / 10000; }
