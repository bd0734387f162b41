import { describe, expect, it } from 'vitest';
import { dropGluedTail, dropTrailingPlace } from '../../../pipeline/stages/clean/trailing-place.ts';

describe('dropTrailingPlace', () => {
  it.each<[string, string, string[], string]>([
    ['a place named after "de" elsewhere', 'Iñigo Salaverri Burela', ['Iñigo Salaverri Burela', 'El paseo marítimo de Burela sigue cerrado'], 'Iñigo Salaverri'],
    ['a place named after "En" at a sentence start', 'Lucía Ferrer Madrid', ['Por Lucía Ferrer Madrid 5 de marzo de 2021', 'En Madrid y Barcelona los precios crecen menos.'], 'Lucía Ferrer'],
    ['a city section alone on a line', 'Andrés Molina Valencia', ['Valencia', 'Andrés Molina Valencia'], 'Andrés Molina'],
    ['a second surname the page never prints as a place', 'Daniela Ríos Bautista', ['Daniela Ríos Bautista', 'Ríos Bautista dijo que el agua llegará.'], 'Daniela Ríos Bautista'],
    ['a surname that is also another person\'s', 'Ana López García', ['Ana López García', 'Pedro García dijo que no.'], 'Ana López García'],
    ['a name bound by a particle', 'Mark Di Stefano', ['Mark Di Stefano', 'He lives in Stefano, they said.'], 'Mark Di Stefano'],
    ['a line printing the whole name does not count', 'Jane Ann Leeds', ['By Jane Ann Leeds', 'Contact Jane Ann Leeds at the desk in Leeds'], 'Jane Ann Leeds'],
    ['two words are a name', 'Jane Leeds', ['Jane Leeds', 'The court in Leeds heard'], 'Jane Leeds'],
  ])('%s', (_, name, lines, want) => {
    expect(dropTrailingPlace(name, lines, lines.findIndex((l) => l.includes(name)))).toBe(want);
  });
});

describe('dropGluedTail', () => {
  const page = ['By Ananya KulkarniPune', 'Residents in Pune queued for hours on Tuesday.'];
  it.each<[string, string]>([
    ['Jarrah WhitfieldSat', 'Jarrah Whitfield'],
    ['Facundo Ibarrolajueves', 'Facundo Ibarrola'],
    ['Ananya KulkarniPune', 'Ananya Kulkarni'],
    ['Sarah MacArthur', 'Sarah MacArthur'],
    ['Anna LaPorte', 'Anna LaPorte'],
    ['Ananya KulkarniMumbai', 'Ananya KulkarniMumbai'],
  ])('%s -> %s', (name, want) => {
    expect(dropGluedTail(name, page, 0)).toBe(want);
  });
});
