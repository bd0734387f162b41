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
