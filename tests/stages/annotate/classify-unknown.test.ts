import { describe, expect, it } from 'vitest';
import { classifyUnknown } from '../../../pipeline/stages/annotate/classify-unknown.ts';
import { loadResources } from '../../../pipeline/stages/annotate/resources.ts';
import { tokenize } from '../../../pipeline/stages/annotate/tokenize.ts';

const res = loadResources();
function classify(text: string, words: string, role: string | null = null, initial = false) {
  const tokens = tokenize(text, 0, text.length, res.tokenOptions);
  const from = tokens.findIndex((t) => t.start === text.indexOf(words));
  const to = from + tokenize(words, 0, words.length, res.tokenOptions).length;
  const c = classifyUnknown({ from, to }, words, role, initial, { text, tokens }, res);
  return c && { label: c.label, canonical: c.canonical, pending: c.pending ?? null };
}

describe('classifyUnknown', () => {
  it.each([
    ['the Joint Chiefs Committee met', 'Joint Chiefs Committee', { label: 'ORG', canonical: 'Joint Chiefs Committee', pending: null }],
    ['near Ninety Mile Beach today', 'Ninety Mile Beach', { label: 'LOC', canonical: 'Ninety Mile Beach', pending: null }],
    ['a report by the OSCE today', 'OSCE', { label: 'ORG', canonical: 'OSCE', pending: null }],
    ['that Kylian Mbappe had been', 'Kylian Mbappe', { label: 'PERSON', canonical: 'Kylian Mbappe', pending: null }],
    ['fighting in Daraya stopped', 'Daraya', { label: 'GPE', canonical: 'Daraya', pending: 'place' }],
    ['NIAMEY, Niger — Soldiers', 'NIAMEY', { label: 'GPE', canonical: 'Niamey', pending: null }],
    ['Analysts at Morgan Stanley said', 'Morgan Stanley', { label: 'ORG', canonical: 'Morgan Stanley', pending: null }],
    ['Kerry arrived', 'Kerry', { label: 'PERSON', canonical: null, pending: 'person' }],
  ])('%s', (text, words, expected) => {
    expect(classify(text, words, null, text.startsWith(words))).toEqual(expected);
  });

  it('takes a titled single name as a person', () => {
    expect(classify('spokesperson Kirby refused', 'Kirby', 'spokesperson')).toEqual({ label: 'PERSON', canonical: null, pending: null });
  });

  it('drops a "the" phrase that is not an organisation', () => {
    expect(classify('at the Rafah crossing', 'Rafah')).toBeNull();
  });
});
