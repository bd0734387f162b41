import { describe, expect, it } from 'vitest';
import { looksLikeName, nameDateByline, parseByline, splitAuthors } from '../../../pipeline/stages/clean/parse-byline.ts';

describe('parseByline', () => {
  it.each([
    ['By kleyraustria', ['kleyraustria'], null],
    ['us-russia-syriaBy Baran Hines', ['Baran Hines'], 'us-russia-syria'],
    ['By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU', ['Daniel Kahn Gillmor'], null],
    ['By JEFFREY GETTLEMAN JAN. 13, 2017', ['Jeffrey Gettleman'], null],
    ['Written by Patrick Allan', ['Patrick Allan'], null],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe'], null],
    ['Par Martin Untersinger', ['Martin Untersinger'], null],
    ['Von Anna Schmidt und Peter Müller', ['Anna Schmidt', 'Peter Müller'], null],
    ['Por María José de la Fuente', ['María José de la Fuente'], null],
    ['Le Monde | 04.05.2015 à 13h36 | Par Martin Untersinger', ['Martin Untersinger'], null],
    ['By Erin Cunningham March 18 at 3:57 PM Follow @erinmcunningham', ['Erin Cunningham'], null],
    ['By Alissa Wilkinson@alissamarie Updated Jul 24, 2018, 2:15pm EDT', ['Alissa Wilkinson'], null],
  ])('%s', (line, authors, glued) => {
    const b = parseByline(line);
    expect(b?.authors).toEqual(authors);
    expect(b?.gluedPrefix ?? null).toBe(glued);
  });

  it.each(['By the way, this is not a byline', 'By 2020, prices had doubled.', 'Bylaws were changed', 'Text messages show it'])('not a byline: %s', (line) => {
    expect(parseByline(line)).toBeNull();
  });

  it('reports where the byline starts after a glued file name', () => {
    expect(parseByline('us-russia-syriaBy Baran Hines')?.start).toBe(15);
  });

  it('reads name-and-date lines without "By"', () => {
    expect(nameDateByline('Dan Goodin - Apr 16, 2015 8:02 pm UTC')?.authors).toEqual(['Dan Goodin']);
    expect(nameDateByline('Privacy Policy - Apr 16, 2015')).toBeNull();
    expect(nameDateByline('Dan Goodin - a story about servers')).toBeNull();
  });

  it('splits author lists and recognises names', () => {
    expect(splitAuthors('Stella Kim, Jennifer Jett')).toEqual(['Stella Kim', 'Jennifer Jett']);
    expect(looksLikeName('RJ O’Guillory')).toBe(true);
    expect(looksLikeName('the dems candidate for potus')).toBe(false);
    expect(looksLikeName('Buy Now')).toBe(false);
  });

  it.each([
    // a month name inside a name is part of it; before a number it starts the date
    ['by Laura June Topolsky July 10, 2015', ['Laura June Topolsky']],
    ['By April Grant', ['April Grant']],
    ['By Tom Reed June 10', ['Tom Reed']],
    ['By Sam August and Mark May', ['Sam August', 'Mark May']],
  ])('month words in bylines: %s', (line, authors) => {
    expect(parseByline(line)?.authors).toEqual(authors);
  });

  it.each([
    ['Alex Perry 1 day ago', ['Alex Perry']],
    ['Maria Lopez - 3 hours ago', ['Maria Lopez']],
    ['James Akin • 8h', ['James Akin']],
    ['Jean Dupont il y a 2 heures', ['Jean Dupont']],
    ['Anna Schmidt vor 5 Minuten', ['Anna Schmidt']],
    ['Pablo Ruiz hace 2 horas', ['Pablo Ruiz']],
    ['Devi Harris, @devi', ['Devi Harris']],
    ['Ben Cole @bencole', ['Ben Cole']],
    ['Richard (R.J.) Eskow - 2 days ago', ['Richard (R.J.) Eskow']],
  ])('name lines with a relative time or a handle: %s', (line, authors) => {
    expect(nameDateByline(line)?.authors).toEqual(authors);
  });

  it.each(['Top Stories 3 days ago', 'Updated 8h', 'Privacy Policy • 8h', 'Jane Doe 8h', 'Follow us @example', 'Jane Doe 12 apples ago', 'Jane Doe, @'])('not a name line: %s', (line) => {
    expect(nameDateByline(line)).toBeNull();
  });

  it.each([
    ['Richard (R.J.) Eskow', true],
    ['Anna (Annie) Lee', false],
    ['(AP) Reuters', false],
  ])('bracketed initials in a name: %s', (s, want) => {
    expect(looksLikeName(s)).toBe(want);
  });
});
