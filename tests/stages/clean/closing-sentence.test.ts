import { describe, expect, it } from 'vitest';
import type { LineClass } from '../../../pipeline/stages/clean/classify-lines.ts';
import { closingSentence } from '../../../pipeline/stages/clean/closing-sentence.ts';
import { cleanDefaults } from '../../../pipeline/stages/clean/index.ts';
import { lineFeatures } from '../../../pipeline/stages/clean/line-features.ts';

describe('closingSentence', () => {
  const cases: Array<[string, string, LineClass[], LineClass[], boolean[], LineClass[]]> = [
    ['a short sentence after a paragraph', 'The mayor has not replied to our questions.', ['good', 'bad', 'bad'], ['good', 'short', 'bad'], [false, false, false], ['good', 'good', 'bad']],
    ['a sentence with fewer stop words', 'Jane Roe reported from Salem, Ohio, and John Doe from Rivertown.', ['good', 'bad', 'bad'], ['good', 'short', 'bad'], [false, false, false], ['good', 'good', 'bad']],
    ['a sentence ending in a colon', 'The full list of the winners is below:', ['good', 'bad', 'bad'], ['good', 'short', 'bad'], [false, false, false], ['good', 'good', 'bad']],
    ['a question (a call to action)', 'Got a tip for us? Send it to the desk.', ['good', 'bad', 'bad'], ['good', 'short', 'bad'], [false, false, false], ['good', 'bad', 'bad']],
    ['no good line before it', 'The mayor has not replied to our questions.', ['bad', 'bad', 'bad'], ['bad', 'short', 'bad'], [false, false, false], ['bad', 'bad', 'bad']],
    ['too few words', 'That is all.', ['good', 'bad', 'bad'], ['good', 'short', 'bad'], [false, false, false], ['good', 'bad', 'bad']],
    ['no final punctuation', 'More from the desk of the city team', ['good', 'bad', 'bad'], ['good', 'short', 'bad'], [false, false, false], ['good', 'bad', 'bad']],
    ['few stop words', 'Photos: Jane Roe, Wire Agency, Pool Images.', ['good', 'bad', 'bad'], ['good', 'short', 'bad'], [false, false, false], ['good', 'bad', 'bad']],
    ['a line matched as boilerplate', 'The mayor has not replied to our questions.', ['good', 'bad', 'bad'], ['good', 'short', 'bad'], [false, true, false], ['good', 'bad', 'bad']],
    ['a line that was not short', 'The mayor has not replied to our questions.', ['good', 'bad', 'bad'], ['good', 'bad', 'bad'], [false, false, false], ['good', 'bad', 'bad']],
  ];
  it.each(cases)('%s', (_, line, classes, initial, matched, want) => {
    const para = 'The council said on Tuesday that the new bridge would open to traffic in the spring.';
    const texts = [para, line, 'Sign up'];
    expect(closingSentence(classes, initial, texts.map(lineFeatures), matched, cleanDefaults.stopLow, texts)).toEqual(want);
  });
});
