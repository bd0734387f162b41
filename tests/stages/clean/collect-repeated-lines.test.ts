import { describe, expect, it } from 'vitest';
import { cleanDefaults, cleanStage, collectRepeatedLines } from '../../../pipeline/stages/clean/index.ts';
import { textRecord } from './seed-record.ts';

const para = (i: number): string => `Paragraph ${i} of the story explains in some detail what happened in the city on that day and why it matters to readers.`;
const page = (i: number): string => ['Site Menu Home', `Headline about ${['cats', 'dogs', 'owls', 'bees'][i - 1]} and events`, para(i), para(i + 100), 'Our partners and friends', '© 2020 Example Site'].join('\n\n');

describe('collectRepeatedLines', () => {
  const docs = [1, 2, 3, 4].map((i) => ({ ...textRecord(page(i), `d${i}`), url: `https://www.example.com/a/${i}` }));

  it('returns sorted keys of lines repeated across a site, never prose', () => {
    const keys = collectRepeatedLines(docs, cleanDefaults);
    expect(keys).toEqual(['our partners and friends', 'site menu home', '© 0 example site']);
  });

  it('needs enough documents of the same site', () => {
    const mixed = docs.map((d, i) => ({ ...d, url: `https://site${i}.example/a` }));
    expect(collectRepeatedLines(mixed, cleanDefaults)).toEqual([]);
  });

  it('feeds the cleaner: repeated lines are removed', () => {
    const repeatedLines = collectRepeatedLines(docs, cleanDefaults);
    const out = cleanStage.create({ ...cleanDefaults, repeatedLines })(docs[0]);
    expect(out.ok && out.value.removed.some((s) => s.rule === 'repeated-line' && s.text === 'Our partners and friends')).toBe(true);
  });
});
