import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanDefaults, cleanStage, collectRepeatedLines, RepeatedLineCounter } from '../../../pipeline/stages/clean/index.ts';
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

describe('RepeatedLineCounter', () => {
  /** The counter's rule written plainly: per site, documents per key, every key as text. */
  function reference(docs: Array<[string, string[]]>, minDocs: number, minShare: number): string[] {
    const sites = new Map<string, { docs: number; counts: Map<string, number> }>();
    for (const [site, keys] of docs) {
      const e = sites.get(site) ?? { docs: 0, counts: new Map<string, number>() };
      sites.set(site, e);
      e.docs++;
      for (const k of keys) e.counts.set(k, (e.counts.get(k) ?? 0) + 1);
    }
    const out = new Set<string>();
    for (const e of sites.values()) for (const [k, c] of e.counts) if (c >= minDocs && c / e.docs >= minShare) out.add(k);
    return [...out].sort();
  }

  it.each([
    ['one site, thresholds met', [['a', ['menu', 'x']], ['a', ['menu', 'y']], ['a', ['menu', 'x']]], 2, 0.5, ['menu', 'x']],
    ['a key of two sites counted apart', [['a', ['menu']], ['b', ['menu']], ['a', ['z']], ['b', ['z']]], 2, 0.5, []],
    ['the same key repeated on two sites is given once', [['a', ['menu']], ['a', ['menu']], ['b', ['menu']], ['b', ['menu']]], 2, 1, ['menu']],
    ['share too low', [['a', ['menu']], ['a', ['menu']], ['a', []], ['a', []], ['a', []]], 2, 0.5, []],
    ['one document is enough when asked', [['a', ['only']], ['a', []]], 1, 0.5, ['only']],
  ] as Array<[string, Array<[string, string[]]>, number, number, string[]]>)('%s', (_, docs, minDocs, minShare, want) => {
    const counter = new RepeatedLineCounter({ repeatedMinDocs: minDocs, repeatedMinShare: minShare });
    for (const [site, keys] of docs) counter.add(site, keys);
    expect(counter.result()).toEqual(want);
  });

  it('gives what counting every key as text gives, for any documents and thresholds', () => {
    const key = fc.constantFrom('menu', 'share this', '© example', 'home', 'ü-line', '', 'x');
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.constantFrom('a.example', 'b.example', ''), fc.uniqueArray(key, { maxLength: 5 })), { maxLength: 40 }),
      fc.integer({ min: 1, max: 4 }), fc.double({ min: 0, max: 1, noNaN: true }),
      (docs, minDocs, minShare) => {
        const counter = new RepeatedLineCounter({ repeatedMinDocs: minDocs, repeatedMinShare: minShare });
        for (const [site, keys] of docs) counter.add(site, keys);
        expect(counter.result()).toEqual(reference(docs, minDocs, minShare));
      },
    ), { numRuns: 300 });
  });

  it('counts 200,000 distinct keys of one site (its table grows as it fills) and keeps only the repeated one', () => {
    const counter = new RepeatedLineCounter({ repeatedMinDocs: 2, repeatedMinShare: 0 });
    for (let d = 0; d < 2_000; d++) counter.add('', Array.from({ length: 100 }, (_, i) => `headline ${d} line ${i}`).concat(['menu']));
    expect(counter.result()).toEqual(['menu']);
  });
});
