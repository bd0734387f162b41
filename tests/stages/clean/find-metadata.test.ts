import { describe, expect, it } from 'vitest';
import { cleanDefaults, cleanStage } from '../../../pipeline/stages/clean/index.ts';
import { textRecord } from './seed-record.ts';

const clean = cleanStage.create(cleanDefaults);
const paras = [
  'Les députés ont adopté mardi à une large majorité le projet de loi sur le renseignement, après des semaines de débats souvent vifs.',
  'Le texte doit maintenant être examiné par le Sénat, où la majorité a promis de le voter sans le modifier en profondeur.',
  'Les opposants au projet ont annoncé leur intention de saisir le Conseil constitutionnel dès que le texte sera définitivement adopté.',
];

describe('author lines after the article', () => {
  it.each([
    ['the name alone', 'Martin Untersinger'],
    ['the name with a note in brackets', 'Martin Untersinger (avec Damien Leloup et Morgane Tual)'],
    ['the name in another case', 'MARTIN UNTERSINGER'],
  ])('removes %s as the author box', (_, line) => {
    const text = ['Le projet de loi sur le renseignement approuvé', 'Par Martin Untersinger', ...paras, line].join('\n\n');
    const res = clean(textRecord(text));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value.authors).toEqual(['Martin Untersinger']);
    expect(res.value.body.split('\n\n')).toEqual(paras);
    expect(res.value.removed.find((r) => r.text === line)?.rule).toBe('author-box');
  });

  it('keeps a sentence that starts with the name', () => {
    const last = 'Martin Untersinger (Le Monde) a contribué à cet article, avec des informations recueillies à Paris et à Bruxelles.';
    const res = clean(textRecord(['Le projet de loi sur le renseignement approuvé', 'Par Martin Untersinger', ...paras, last].join('\n\n')));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value.removed.find((r) => r.text === last)?.rule).not.toBe('author-box');
  });
});

describe('a wire story credit after the article', () => {
  const en = [
    'Tea auction prices climbed to a two-year high on Tuesday as a dry spell cut output across the main growing regions, brokers said.',
    'The average price of a kilogram of black tea rose to 3.12 dollars at the weekly auction, up from 2.95 dollars a week earlier.',
    'Exporters said buyers from Pakistan and Egypt were active, while demand from the United Kingdom remained subdued this month.',
  ];
  it('names the reporters when the header names nobody, and is removed as a byline', () => {
    const credit = 'Reporting by Wanjiru Kamau in Nairobi and Otieno Baraka in Mombasa; Editing by Helen Stroud';
    const res = clean(textRecord(['Kenyan tea prices climb to two-year high', ...en, credit].join('\n\n')));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value.authors).toEqual(['Wanjiru Kamau', 'Otieno Baraka']);
    expect(res.value.body.split('\n\n')).toEqual(en);
    expect(res.value.removed.find((r) => r.text === credit)?.rule).toBe('byline');
  });

  it('keeps the header byline over the credit', () => {
    const res = clean(textRecord(['Kenyan tea prices climb to two-year high', 'By Ann Lee', ...en, 'Reporting by Wanjiru Kamau; Editing by Helen Stroud'].join('\n\n')));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value.authors).toEqual(['Ann Lee']);
  });
});
