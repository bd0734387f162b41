import { describe, expect, it, vi } from 'vitest';
import { type GoldArticle, main, resolveGold, score } from '../../../pipeline/eval/annotate.ts';
import type { AnnotatedRecord } from '../../../pipeline/lib/types.ts';

const gold: GoldArticle = {
  name: 'g', published: null, published_precision: null,
  paragraphs: ['Kerry met Lavrov near Lake Geneva. “We agree,” Kerry said.'],
  entities: [{ text: 'Kerry', label: 'PERSON', canonical: 'John Kerry' }, { text: 'Lavrov', label: 'PERSON' }, { text: 'Lake Geneva', label: 'LOC' }, { text: 'Geneva', label: 'GPE' }],
  quotes: [{ text: 'We agree,', speaker: 'John Kerry', kind: 'direct' }],
};
const body = gold.paragraphs[0]!;

describe('annotate evaluation', () => {
  it('resolves gold mentions to every occurrence, longest first, without overlaps', () => {
    const spans = resolveGold(body, gold.entities).map((e) => body.slice(e.start, e.end)).sort();
    expect(spans).toEqual(['Kerry', 'Kerry', 'Lake Geneva', 'Lavrov']);
  });

  it('scores exact spans by group and quotes by overlap', () => {
    const at = (t: string, from = 0): [number, number] => { const s = body.indexOf(t, from); return [s, s + t.length]; };
    const entity = (t: string, label: any, canonical: string, from = 0) => ({ start: at(t, from)[0], end: at(t, from)[1], text: t, label, canonical, role: null, normalized: null });
    const record = {
      body,
      entities: [entity('Kerry', 'PERSON', 'John Kerry'), entity('Lavrov', 'PERSON', 'Lavrov'), entity('Geneva', 'GPE', 'Geneva')],
      quotes: [{ start: at('We agree')[0], end: at('We agree')[1], text: 'We agree', speaker: 'Kerry', speaker_mention: 'Kerry', cue: 'said', kind: 'direct' }],
    } as unknown as AnnotatedRecord;
    const s = score([gold], [record]);
    expect(s.entities.PERSON).toEqual({ tp: 2, fp: 0, fn: 1 });
    expect(s.entities.location).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.quotes).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.speakers).toEqual({ correct: 0, matched: 1 });
    expect(s.canonical).toEqual({ correct: 2, matched: 2 });
  });

  it('runs on the fixture sets and prints the scores', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((x: string) => { lines.push(String(x)); });
    const code = await main(['--json']);
    spy.mockRestore();
    expect(code).toBe(0);
    const [dev, holdout, single] = lines.map((l) => JSON.parse(l));
    expect(single).toBeDefined();
    for (const r of [dev, holdout, single]) {
      const overall = r.entities.find((e: any) => e.group === 'overall');
      expect(overall.f1).toBeGreaterThan(0.8);
      expect(r.quotes.f1).toBeGreaterThan(0.8);
      expect(r.speaker_accuracy).toBeGreaterThan(0.85);
    }
  });

  it('fails cleanly on a missing file', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await main(['--file', '/nonexistent/gold.json'])).toBe(1);
    spy.mockRestore();
  });
});
