import { describe, expect, it } from 'vitest';
import { authorCards, nameWithRole, roleLine } from '../../../pipeline/stages/clean/author-card.ts';

describe('roleLine', () => {
  it.each(['Health Correspondent', 'Data Journalist', 'Agriculture Correspondent, Kano', 'Regionalredakteurin Weiz', 'Correspondant régional', 'Periodista de Economía', 'Senior Political Editor'])(
    'a role line: %s',
    (line) => expect(roleLine(line)).toBe(true),
  );
  it.each([
    'The correspondent said it rained',
    'health correspondent',
    'Editor.',
    'Letters to the Editor are welcome from every reader of the paper',
    'Chief Executive Officer',
    'Economista, foi diretor do Banco Central e é professor de finanças em Campinas',
  ])('not a role line: %s', (line) => expect(roleLine(line)).toBe(false));
});

describe('authorCards', () => {
  const none = (): boolean => false;
  it.each([
    [['Siobhán Kearney', 'Health Correspondent', 'Declan Fitzmaurice', 'Data Journalist', 'Thu 03 Dec 2026'], ['Siobhán Kearney', 'Declan Fitzmaurice'], 4],
    [['Lucía Paredes Quispe', 'Periodista de Economía', 'lparedes@surandino.example', '02.12.2026 / 22:45 h'], ['Lucía Paredes Quispe'], 3],
    [['Oluwaseun Adebayo-Martins', 'Agriculture Correspondent, Kano', 'Home » Agriculture'], ['Oluwaseun Adebayo-Martins'], 2],
    // a later card may name the outlet instead of a role (a first card may not: "Hannah Sorensen / UBN News" reads as a name and a site)
    [['Hannah Sorensen', 'Senior National Correspondent', 'Luis Echeverría', 'UBN News', 'The interstate was closed.'], ['Hannah Sorensen', 'Luis Echeverría'], 4],
    [['Hannah Sorensen', 'UBN News', 'Luis Echeverría', 'Senior National Correspondent'], [], 0],
  ])('reads the run of cards %#', (texts, names, spanned) => {
    const cards = authorCards(texts, 0, none);
    expect(cards.map((c) => c.name)).toEqual(names);
    expect(cards.flatMap((c) => c.lines)).toEqual([...Array(spanned).keys()]);
  });
  it.each([
    [['Jane Doe', 'The correspondent said it rained'], 0],
    [['Markets', 'Health Correspondent'], 0],
    [['Jane Doe'], 0],
  ])('no card %#', (texts, at) => expect(authorCards(texts, at, none)).toEqual([]));
  it('skips lines already taken', () => {
    expect(authorCards(['Jane Doe', 'Health Correspondent'], 0, (k) => k === 1)).toEqual([]);
  });
});

describe('roleLine with a rank', () => {
  it('reads a role after a rank, not after any word', () => {
    expect(roleLine('Senior Lecturer in Hydrology, University of Otago')).toBe(true);
    expect(roleLine('Associate Professor of History')).toBe(true);
    expect(roleLine('The correspondent said it rained')).toBe(false);
  });
});

describe('nameWithRole', () => {
  it.each([
    ['Tomasz Rydel, Research Associate', 'Tomasz Rydel'],
    ['Ilse Vandermeer, Senior Fellow, Food Security Programme', 'Ilse Vandermeer'],
    ['Sindre HolmJournalist', 'Sindre Holm'],
    ['Harriet Coombe Environment Editor', 'Harriet Coombe'],
    ['Madrid, Spain', null],
    ['The Reporter said', null],
    ['Health Correspondent', null],
  ])('%s', (line, name) => expect(nameWithRole(line)).toBe(name));
});
