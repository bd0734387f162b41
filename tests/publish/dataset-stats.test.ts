import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetStats, LENGTH_BIN_ORDER, LENGTH_BINS, lengthBin } from '../../pipeline/publish/dataset-stats.ts';
import { Tally } from '../../pipeline/publish/tally.ts';

describe('lengthBin', () => {
  it.each([[0, '<500'], [499, '<500'], [500, '500–<1k'], [1999, '1k–<2k'], [2000, '2k–<5k'], [49_999, '20k–<50k'], [50_000, '≥50k'], [9e6, '≥50k']])('%i -> %s', (n, label) => {
    expect(lengthBin(n)).toBe(label);
  });

  it('bins are ordered and every length falls in exactly one', () => {
    expect(LENGTH_BIN_ORDER).toHaveLength(LENGTH_BINS.length + 1);
    fc.assert(fc.property(fc.nat(), fc.nat(), (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(LENGTH_BIN_ORDER.indexOf(lengthBin(lo))).toBeLessThanOrEqual(LENGTH_BIN_ORDER.indexOf(lengthBin(hi)));
    }));
  });
});

describe('Tally', () => {
  it('orders by count then label, whatever the insertion order', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd')), (labels) => {
      const x = new Tally();
      const y = new Tally();
      for (const l of labels) x.add(l);
      for (const l of [...labels].reverse()) y.add(l);
      expect(x.top()).toEqual(y.top());
      expect(x.total).toBe(labels.length);
    }));
    expect(new Tally().add('b').add('a').add('b').add('c').top(2)).toEqual([['b', 2], ['a', 1]]);
  });
});

describe('DatasetStats', () => {
  const stats = new DatasetStats()
    .add('articles', [
      { id: 'a', language: 'en', site: null, published: '2016-10-04T06:00:00-04:00', chars: 600, boilerplate_chars: 1500, quality_flags: ['too-few-words'] },
      { id: 'b', language: 'fr', site: 'Le Site', published: null, chars: 100, boilerplate_chars: 0, quality_flags: [] },
      { id: 'c', language: 'en', site: 'Le Site', published: '2017', chars: 100, boilerplate_chars: 0, quality_flags: [] },
    ])
    .add('duplicates', [{ duplicate_of: 'a', method: 'near' }, { duplicate_of: 'a', method: 'exact' }, { duplicate_of: 'b', method: 'exact' }])
    .add('removed', [{ rule: 'share-phrase', kind: 'share', start: 0, end: 5 }, { rule: 'share-phrase', kind: 'share', start: 9, end: 14 }])
    .add('entities', [{ label: 'PERSON', canonical: 'John Kerry' }, { label: 'DATE', canonical: '2016-10-04' }])
    .add('quotes', [{ kind: 'direct', speaker: 'John Kerry' }, { kind: 'indirect', speaker: null }])
    .add('rejects', [{ stage: 'ingest', rule: 'empty-input' }]);

  it('counts what the card and the report show', () => {
    expect(stats.languages.top()).toEqual([['en', 2], ['fr', 1]]);
    expect(stats.sites.top()).toEqual([['Le Site', 2], ['(unknown)', 1]]);
    expect(stats.months.byLabel()).toEqual([['(no date)', 2], ['2016-10', 1]]);
    expect(stats.lengthBefore.byLabel()).toEqual([['2k–<5k', 1], ['<500', 2]]);
    expect(stats.lengthAfter.byLabel()).toEqual([['500–<1k', 1], ['<500', 2]]);
    expect(stats.removedChars.top()).toEqual([['share-phrase', 10]]);
    expect(stats.removedSpans.top()).toEqual([['share-phrase', 2]]);
    expect(stats.entities.top()).toEqual([['John Kerry', 1]]);
    expect(stats.speakers.top()).toEqual([['John Kerry', 1]]);
    expect(stats.qualityFlags.top()).toEqual([['too-few-words', 1]]);
    expect(stats.rejects.top()).toEqual([['ingest: empty-input', 1]]);
  });

  it('cluster sizes: a kept article plus its copies, 1 for articles without copies', () => {
    expect(stats.clusterSizes().byLabel()).toEqual([['1', 1], ['2', 1], ['3', 1]]);
    expect(new DatasetStats().clusterSizes().top()).toEqual([]);
  });
});

describe('DatasetStats.merge', () => {
  it('gives the same aggregates as adding every row in one place', () => {
    const rows = {
      articles: [{ language: 'en', site: 'a', published: '2016-10-04', chars: 900, boilerplate_chars: 200, quality_flags: ['short'] }, { language: null, site: 'b', published: null, chars: 60000, boilerplate_chars: 0, quality_flags: [] }],
      entities: [{ label: 'PERSON', canonical: 'John Kerry' }, { label: 'DATE', canonical: '2016' }, { label: 'PERSON', canonical: 'John Kerry' }],
      quotes: [{ kind: 'direct', speaker: 'John Kerry' }, { kind: 'indirect', speaker: null }],
      duplicates: [{ method: 'near', duplicate_of: 'x' }],
      sentences: [{}, {}, {}],
    } as const;
    const whole = new DatasetStats();
    const parts = [new DatasetStats(), new DatasetStats()];
    Object.entries(rows).forEach(([t, list], i) => {
      whole.add(t as never, list as never);
      parts[i % 2].add(t as never, list as never);
    });
    const merged = new DatasetStats().merge(structuredClone(parts[0].toJSON())).merge(structuredClone(parts[1].toJSON()));
    expect(merged.toJSON()).toEqual(whole.toJSON());
    expect([merged.articles, merged.sentences, merged.entities.top(), merged.clusterSizes().byLabel()]).toEqual([2, 3, [['John Kerry', 2]], [['1', 1], ['2', 1]]]);
  });
});

