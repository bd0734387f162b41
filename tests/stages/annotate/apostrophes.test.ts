import { describe, expect, it } from 'vitest';
import { pairQuoteMarks } from '../../../pipeline/stages/annotate/quote-marks.ts';
import { annotate } from './make-record.ts';

/** Apostrophes written with the same characters as single quotation marks: none of them may open or close a quote. */
const apostrophes: Array<[string, string]> = [
  ['contraction', 'I don’t think it’s over, and we can’t stop now, he said.'],
  ['straight contraction', "I don't think it's over, he said."],
  ['plural possessive before a noun', 'They walked past the Joneses’ house on Friday.'],
  ['straight plural possessive', "The players' union met the owners' group."],
  ['plural possessive, union', 'The students’ union voted against the rise.'],
  ['decade', 'Rents have tripled since the ’90s in the city centre.'],
  ['straight decade', "He grew up in the '80s in Leeds."],
  ['rock ’n’ roll', 'He played rock ’n’ roll in pubs for years.'],
  ['straight rock n roll', "He played rock 'n' roll in pubs for years."],
  ['name with apostrophe', 'Tom O’Brien and Sinéad O’Connor arrived late.'],
  ['possessive at a clause end', 'The decision was the voters’, not the party’s.'],
  ['elided pronoun', 'We told ’em to wait, and ’twas a long wait.'],
  ['possessive and decade together', 'The band’s best years were the ’70s and the students’ favourite was rock ’n’ roll.'],
];

/** Sentences with single-quoted quotes among apostrophes: the quoted texts expected. */
const quotes: Array<[string, string, string[]]> = [
  ['full quote with contractions', '‘We don’t back down, and it’s not over,’ she said.', ['We don’t back down, and it’s not over,']],
  ['partial quote after a decade', 'Since the ’90s the town has been ‘left behind by everyone’.', ['left behind by everyone']],
  ['quote after a possessive', 'The students’ union called the rise ‘a disgrace to the city’.', ['a disgrace to the city']],
  ['name with apostrophe inside', '‘Tom O’Brien never lost a game here,’ he said.', ['Tom O’Brien never lost a game here,']],
  ['possessive closing the quote', '‘We met at the Joneses’ house,’ she said.', ['We met at the Joneses’ house,']],
  ['two quotes', '‘Yes,’ he said. ‘And we’ll do it again next year.’', ['Yes,', 'And we’ll do it again next year.']],
  ['straight marks with an apostrophe', "'It's the players' choice,' she said.", ["It's the players' choice,"]],
];

describe('single quotation marks and apostrophes', () => {
  it.each(apostrophes)('no quote: %s', (_name, text) => {
    expect(pairQuoteMarks(text, [[0, text.length]])).toEqual([]);
    expect(annotate([text]).quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });

  it.each(quotes)('quote: %s', (_name, text, expected) => {
    const found = pairQuoteMarks(text, [[0, text.length]]).map((p) => text.slice(p.open + 1, p.close));
    expect(found).toEqual(expected);
  });

  it('marks single pairs and leaves double pairs unmarked', () => {
    const text = '“Yes,” he said. ‘No,’ she said.';
    expect(pairQuoteMarks(text, [[0, text.length]]).map((p) => p.single ?? false)).toEqual([false, true]);
  });
});
