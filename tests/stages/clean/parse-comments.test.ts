import { describe, expect, it } from 'vitest';
import { commentAuthorLine, commentHeading, parseComments, postedAt } from '../../../pipeline/stages/clean/parse-comments.ts';
import { splitLines } from '../../../pipeline/stages/clean/split-lines.ts';

const prose = (): boolean => true;

describe('commentHeading', () => {
  it.each([
    ['14 Comments on "Title"', { declared: 14, strong: true }],
    ['1,204 comments', { declared: 1204, strong: true }],
    ['There are 13 comments', { declared: 13, strong: true }],
    ['Kommentare (3)', { declared: 3, strong: true }],
    ['Condolences (9)', { declared: 9, strong: true }],
    ['Leave a Reply', { declared: null, strong: true }],
    ['Discussion about this post', { declared: null, strong: true }],
    ['Responses (38)', { declared: 38, strong: true }],
    ['Antworten (12)', { declared: 12, strong: true }],
    ['Join the Conversation', { declared: null, strong: true }],
    ['Comments', { declared: null, strong: false }],
    ['Commentaires', { declared: null, strong: false }],
    // a reader's or a Danish debate's count, a tabloid's invitation
    ['Reader comments (18)', { declared: 18, strong: true }],
    ['Debat (8)', { declared: 8, strong: true }],
    ['Share or comment on this article:', { declared: null, strong: true }],
    // the count after a space, an Austrian forum's postings, Vietnamese opinions
    ['Comments 23', { declared: 23, strong: true }],
    ['Postings (7)', { declared: 7, strong: true }],
    ['Ý kiến (6)', { declared: 6, strong: true }],
    // a counter widget in a header is no heading (the count after a space is read in English only)
    ['댓글 0', null],
    ['The comments he made were wrong.', null],
  ])('%s', (line, want) => {
    expect(commentHeading(line)).toEqual(want);
  });
});

describe('commentAuthorLine', () => {
  it('reads "name · date" lines', () => {
    expect(commentAuthorLine('Sallie Goetsch · March 10, 2017 at 12:20 AM')).toEqual({ author: 'Sallie Goetsch', posted: '2017-03-10T00:20' });
    expect(commentAuthorLine('The meeting · a long story')).toBeNull();
  });
});

describe('parseComments', () => {
  it('nests bulleted replies under numbered comments by indent', () => {
    const text = [
      '  1. First comment here.',
      '    • A reply to the first.',
      '      • A reply to the reply.',
      '        Jane Roe',
      '    • Second reply to the first.',
      '  2. jdoe | September 30, 2016 at 5:36 am |',
      '',
      '    Body of the second comment.',
    ].join('\n');
    const rows = parseComments(splitLines(text), prose);
    expect(rows.map((c) => [c.index, c.parent, c.author, c.posted, c.text])).toEqual([
      [1, null, null, null, 'First comment here.'],
      [2, 1, null, null, 'A reply to the first.'],
      [3, 2, 'Jane Roe', null, 'A reply to the reply.'],
      [4, 1, null, null, 'Second reply to the first.'],
      [5, null, 'jdoe', '2016-09-30T05:36', 'Body of the second comment.'],
    ]);
  });

  it('keeps sub-numbering inside a comment as its text', () => {
    const rows = parseComments(splitLines('  1. Intro line.\n    1) point one\n\n    2) point two\n  2. Next.'), prose);
    expect(rows).toHaveLength(2);
    expect(rows[0].text).toBe('Intro line.\n1) point one\n\n2) point two');
  });

  it('splits flat sections at author lines', () => {
    const rows = parseComments(splitLines('Ann Lee · March 1, 2017 at 1:00 PM\nFirst text.\nBob Ray · March 2, 2017 at 2:00 PM\nSecond text.'), prose);
    expect(rows.map((c) => [c.index, c.author, c.text])).toEqual([[1, 'Ann Lee', 'First text.'], [2, 'Bob Ray', 'Second text.']]);
  });
});

describe('postedAt', () => {
  it.each([
    [{ iso: '2016-09-30T05:36:00', raw: 'September 30, 2016 at 5:36 am' }, '2016-09-30T05:36'],
    [{ iso: '2016-09-30T05:36:00-04:00', raw: 'Sep 30, 2016 5:36 AM EDT' }, '2016-09-30T05:36-04:00'],
    [{ iso: '2016-09-30T05:36:07', raw: '2016-09-30 05:36:07' }, '2016-09-30T05:36:07'],
    [{ iso: '2016-09-30', raw: 'September 30, 2016' }, '2016-09-30'],
  ])('%j keeps the precision printed: %s', (date, expected) => {
    expect(postedAt(date)).toBe(expected);
  });
});
