import { describe, expect, it } from 'vitest';
import type { AnnotatedRecord } from '../../../pipeline/lib/types.ts';
import { linkPeople } from '../../../pipeline/stages/annotate/index.ts';
import { variantKey } from '../../../pipeline/stages/annotate/corpus-people.ts';
import { annotate } from './make-record.ts';

describe('linkPeople', () => {
  it('links a lone surname to the one full name of the run, quotes included', () => {
    const [a, b] = linkPeople([
      annotate(['“This was not taken lightly,” Kirby exclaimed.']),
      annotate(['State Department spokesman John Kirby spoke on Monday.']),
    ]);
    expect(a!.entities.find((e) => e.text === 'Kirby')!.canonical).toBe('John Kirby');
    expect(a!.quotes[0]!.speaker).toBe('John Kirby');
    expect(b!.entities.find((e) => e.text === 'John Kirby')!.canonical).toBe('John Kirby');
  });

  const variants = () => [
    annotate(['Officials met Mikhail Petrovsky in Minsk.']),
    annotate(['Mikhail Petrovskiy spoke in Minsk.']),
    annotate(['Mikhail Petrovsky spoke again in Minsk. Petrovsky left.']),
  ];
  const people = (records: AnnotatedRecord[]) => records.map((r) => r.entities.filter((e) => e.label === 'PERSON').map((e) => e.canonical));

  it('merges spelling variants to one form (the longest, then the first in code-point order)', () => {
    expect(people(linkPeople(variants()))).toEqual([['Mikhail Petrovskiy'], ['Mikhail Petrovskiy'], ['Mikhail Petrovskiy', 'Mikhail Petrovskiy']]);
  });

  it('gives the same result when part of the run was linked before', () => {
    const all = linkPeople(variants());
    const [a, b, c] = variants();
    expect(linkPeople(all)).toEqual(all);
    expect(linkPeople([...linkPeople([a!, c!]), b!]).map((r) => r.entities)).toEqual([all[0]!, all[2]!, all[1]!].map((r) => r.entities));
  });

  it('unlinks a surname that a later part of the run makes ambiguous', () => {
    const kirby = annotate(['“This was not taken lightly,” Kirby exclaimed.']);
    const first = linkPeople([kirby, annotate(['Spokesman John Kirby spoke on Monday.'])]);
    const again = linkPeople([...first, annotate(['Coach Jane Kirby spoke on Tuesday.'])]);
    expect(again[0]!.entities.find((e) => e.text === 'Kirby')!.canonical).toBe('Kirby');
    expect(again[0]!.quotes[0]!.speaker).toBe('Kirby');
  });

  it('keeps an article’s own full name over the run', () => {
    const [a] = linkPeople([
      annotate(['Hafez al-Assad ruled for decades. Assad died in 2000.']),
      annotate(['Talks with Syrian President Bashar al-Assad failed.']),
    ]);
    expect(a!.entities.filter((e) => e.label === 'PERSON').map((e) => e.canonical)).toEqual(['Hafez al-Assad', 'Hafez al-Assad']);
  });

  it.each([['Sergey Lavrov', 'Sergei Lavrov'], ['Bashar Assad', 'Bashar al-Assad'], ['Muammar Gaddafi', 'Muammar Gadafi']])('variantKey(%s) = variantKey(%s)', (a, b) => {
    expect(variantKey(a)).toBe(variantKey(b));
  });
});
