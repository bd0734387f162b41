import { describe, expect, it } from 'vitest';
import { annotate } from './make-record.ts';

describe('indirect speech', () => {
  it.each([
    ['Kirby said the United States will withdraw a team from Geneva.', 'the United States will withdraw a team from Geneva', 'said'],
    ['Ryder said on Monday that the batteries would arrive soon.', 'the batteries would arrive soon', 'said'],
    ['Amadou Abdramane said in a statement read on television that any intervention would be met with force.', 'any intervention would be met with force', 'said'],
    ['Russia must act now in Aleppo, Kerry said on Friday.', 'Russia must act now in Aleppo', 'said'],
  ])('%s', (sentence, clause, cue) => {
    const q = annotate([sentence]).quotes.filter((x) => x.kind === 'indirect');
    expect(q.map((x) => [x.text, x.cue])).toEqual([[clause, cue]]);
  });

  it.each([
    'He said in a video posted on Facebook.',
    'In a wide-ranging interview, Obama said.',
    'The officials are said to be close to a deal.',
    'Erdogan declared a three-month state of emergency in ten provinces.',
  ])('no reported speech in: %s', (sentence) => {
    expect(annotate([sentence]).quotes).toEqual([]);
  });
});
