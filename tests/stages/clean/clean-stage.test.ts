import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanDefaults, cleanStage } from '../../../pipeline/stages/clean/index.ts';
import { textRecord } from './seed-record.ts';

const clean = cleanStage.create(cleanDefaults);

const piece = fc.constantFrom(
  'Share', 'Advertisement', '© 2020 Example. All rights reserved.', 'By Jane Doe', 'March 3, 2017', '14 Comments',
  '  1. A reader comment that says something.', '    • A reply.', 'Main » News', '😀 ', 'ש', '\u200b', '""', '”The',
  'The council said on Tuesday that the new bridge would open to traffic in the spring, after months of delays.',
  'Officials said that all services would run normally from Monday, and that the ferry would resume its timetable.',
  '\n', '\n\n', '  ', '\u00a0', 'â€™',
);

describe('cleanStage', () => {
  it('declares its name and schemas', () => {
    expect(cleanStage.name).toBe('clean');
    expect(cleanStage.outputSchema).toBe('newsprep:stages/clean');
    expect(Object.isFrozen(clean)).toBe(true);
  });

  it('never throws and keeps its invariants on arbitrary pages (property)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }).map((a) => a.join('')), (text) => {
        const doc = textRecord(text);
        const out = clean(doc);
        if (!out.ok) {
          expect(out.diagnostic.ruleId).toBe('no-article-body');
          return;
        }
        const v = out.value;
        expect(v.text).toBe(doc.text);
        expect(v.body).toBe(v.body.trim());
        expect(v.body).not.toMatch(/\n{3,}/);
        const cps = [...doc.text];
        let last = -1;
        for (const s of v.removed) {
          expect(cps.slice(s.start, s.end).join('')).toBe(s.text);
          expect(s.start).toBeGreaterThan(last);
          last = s.start;
        }
        v.comments.forEach((c, i) => {
          expect(c.index).toBe(i + 1);
          if (c.parent !== null) expect(c.parent).toBeLessThan(c.index);
        });
        expect(JSON.stringify(clean(doc))).toBe(JSON.stringify(out));
      }),
      { numRuns: 200 },
    );
  });
});
