import { describe, expect, it } from 'vitest';
import { canonicalPerson, dropMiddleInitials, PersonIndex, surnameKey } from '../../../pipeline/stages/annotate/people.ts';
import { loadResources } from '../../../pipeline/stages/annotate/resources.ts';

const res = loadResources();

describe('people', () => {
  it.each([
    ['John F. Kerry', 'John Kerry'], ['J. Smith', 'J. Smith'], ['George H. W. Bush', 'George Bush'], ['Anna Smith', 'Anna Smith'],
  ])('dropMiddleInitials(%s)', (name, expected) => {
    expect(dropMiddleInitials(name)).toBe(expected);
  });

  it.each([
    ['Sergey Lavrov', 'Sergei Lavrov'], ['Bashar Assad', 'Bashar al-Assad'], ['Vladimir V. Putin', 'Vladimir Putin'],
    ['John F. Kerry', 'John Kerry'], ['Josh Earnest', 'Josh Earnest'],
  ])('canonicalPerson(%s) = %s', (name, expected) => {
    expect(canonicalPerson(name, res)).toBe(expected);
  });

  it('matches surnames with and without the Arabic article', () => {
    expect(surnameKey('al-Assad')).toBe(surnameKey('Assad'));
  });

  it('resolves a surname only when one full name has it', () => {
    const index = new PersonIndex();
    index.add('John Kerry');
    index.add('John Kirby');
    expect(index.resolve('Kerry')).toBe('John Kerry');
    index.add('Kerry Washington Kerry');
    expect(index.resolve('Kerry')).toBeNull();
    expect(index.candidates('Kerry')).toEqual(['John Kerry', 'Kerry Washington Kerry']);
  });
});
