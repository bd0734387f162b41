import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixMojibake, type RepairCounts, repairParagraph } from '../../../pipeline/stages/clean/repairs.ts';

const run = (text: string): [string, Record<string, number>] => {
  const counts: RepairCounts = new Map();
  const out = repairParagraph(text, counts);
  return [out, Object.fromEntries(counts)];
};

describe('repairParagraph', () => {
  it.each([
    ['""This is it," he said.', '"This is it," he said.', { 'doubled-quote': 1 }],
    ['weapons.”The bottom line', 'weapons.” The bottom line', { 'glued-closing-quote': 1 }],
    ['said."The next', 'said." The next', { 'glued-closing-quote': 1 }],
    ['two  spaces   here', 'two spaces here', { 'repeated-spaces': 2 }],
    ['nuclear\u00a0weapons', 'nuclear weapons', { 'unicode-space': 1 }],
    ['zero\u200bwidth\u00adsoft', 'zerowidthsoft', { 'invisible-chars': 2 }],
    // a non-joiner or joiner is kept where a script needs it (Persian, Devanagari, emoji), removed in Latin text
    ['کتابخانه\u200cهای عمومی', 'کتابخانه\u200cهای عمومی', {}],
    ['क्\u200dष', 'क्\u200dष', {}],
    ['👩\u200d💻 at work', '👩\u200d💻 at work', {}],
    ['\u200cjoi\u200cner\u200d', 'joiner', { 'invisible-chars': 3 }],
    ['bell\u0007char', 'bellchar', { 'control-chars': 1 }],
    ['Itâ€™s cafÃ© time', 'It’s café time', { mojibake: 2 }],
    ['plain text stays.', 'plain text stays.', {}],
    ['Ölçü ve café “quoted”', 'Ölçü ve café “quoted”', {}],
  ])('%j', (input, want, counts) => {
    expect(run(input)).toEqual([want, counts]);
  });

  it('undoes UTF-8 read as CP1252 for any text (property)', () => {
    const cp1252 = new Map<number, string>([[0x80, '€'], [0x82, '‚'], [0x83, 'ƒ'], [0x84, '„'], [0x85, '…'], [0x86, '†'], [0x87, '‡'], [0x88, 'ˆ'], [0x89, '‰'], [0x8a, 'Š'], [0x8b, '‹'], [0x8c, 'Œ'], [0x8e, 'Ž'], [0x91, '‘'], [0x92, '’'], [0x93, '“'], [0x94, '”'], [0x95, '•'], [0x96, '–'], [0x97, '—'], [0x98, '˜'], [0x99, '™'], [0x9a, 'š'], [0x9b, '›'], [0x9c, 'œ'], [0x9e, 'ž'], [0x9f, 'Ÿ']]);
    const garble = (s: string): string => [...new TextEncoder().encode(s)].map((b) => cp1252.get(b) ?? String.fromCharCode(b)).join('');
    const word = fc.constantFrom('café', 'naïve', '“quote”', 'it’s', 'Zürich', '€5', '—', 'plain', 'über', 'São');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')), (s) => {
        const fixed = fixMojibake(garble(s), new Map());
        expect(fixed).toBe(s);
      }),
    );
  });
});
