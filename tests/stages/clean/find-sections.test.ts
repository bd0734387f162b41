import { describe, expect, it } from 'vitest';
import { analyseLines } from '../../../pipeline/stages/clean/analyse-lines.ts';
import { articleEnd, declaredInHeader, findCommentSection, firstParagraph } from '../../../pipeline/stages/clean/find-sections.ts';
import { cleanDefaults } from '../../../pipeline/stages/clean/index.ts';
import { createPhraseMatcher } from '../../../pipeline/stages/clean/phrase-matcher.ts';
import { textRecord } from './seed-record.ts';

const matcher = createPhraseMatcher();
const para = (i: number): string => `Paragraph ${i}: the council said on Tuesday that the new bridge would open to traffic in the spring, after months of delays and a long dispute with the builders over costs.`;
const analyse = (lines: string[]) => analyseLines(textRecord(lines.join('\n\n')), cleanDefaults, matcher, new Set());

describe('sections', () => {
  it('finds the first paragraph and the end of the article at a related-links heading', () => {
    const a = analyse(['Bridge opens', para(1), para(2), para(3), 'Related articles', para(4)]);
    expect(firstParagraph(a, 0, 6)).toBe(1);
    expect(articleEnd(a, 1, 6)).toBe(4);
  });

  it('does not end the article at a box the article continues after', () => {
    const a = analyse([para(1), para(2), 'Related', para(3), para(4), para(5)]);
    expect(articleEnd(a, 0, 6)).toBe(6);
  });

  it('goes on after a newsletter box when a long and a shorter paragraph follow it', () => {
    const closing = 'Letting go of the old high street is not the same as giving up on it. It means asking what a town centre is for in our time, and then building for that answer together.';
    const box = ['Sign up to Northern Lights', 'Our weekly newsletter on the towns of the north. Free, every Friday.', 'Sign up'];
    const long = `${para(4)} The mayor said she expected the first buses to cross by May, weather permitting.`;
    expect(articleEnd(analyse([para(1), para(2), para(3), ...box, long, closing]), 0, 8)).toBe(8);
    // two teaser sentences after a related heading are not enough text to go on
    const teaser = (k: number): string => `Teaser ${k}: the market hall reopens next month after a two-year refit, the council said on Friday.`;
    expect(articleEnd(analyse([para(1), para(2), para(3), 'Related articles', teaser(1), teaser(2)]), 0, 6)).toBe(3);
  });

  it('goes on after a related box of two teasers when a subheading and prose follow', () => {
    const rows = [para(1), para(2), para(3), 'Related stories', 'Village school saved after campaign', 'Head teacher shortage at crisis point', 'Fears over closures', para(4), para(5)];
    expect(articleEnd(analyse(rows), 0, rows.length)).toBe(rows.length);
  });

  it('ends the article at an "About the author" heading', () => {
    const bio = 'Periodista de la sección de Valencia desde 2014. Escribe sobre urbanismo, movilidad y vida de barrio, y antes cubrió tribunales durante cinco años.';
    expect(articleEnd(analyse([para(1), para(2), para(3), 'Sobre el autor', bio]), 0, 5)).toBe(3);
  });

  it('ends the article at an appended next article, however long it is', () => {
    const rows = [para(1), para(2), para(3), 'Share this article', 'Next story', 'Sligo creamery to close packing line', para(4), para(5), para(6), para(7), para(8)];
    expect(articleEnd(analyse(rows), 0, rows.length)).toBe(4);
    // "More from Wendhusen" is a related box heading now
    const more = [para(1), para(2), para(3), 'Mehr aus Wendhusen', 'Weihnachtsmarkt auf dem Kirchplatz: Erstmals an zwei Wochenenden', para(4)];
    expect(articleEnd(analyse(more), 0, more.length)).toBe(3);
  });

  it('ends a press release at its "About Company" heading', () => {
    const about = 'Founded in 1952 and headquartered in Owatonna, Kessler Ridge Foods makes breakfast cereals and oat drinks sold in 14 countries.';
    expect(articleEnd(analyse([para(1), para(2), para(3), 'About Kessler Ridge Foods', about, 'Media contact: press@example.com']), 0, 6)).toBe(3);
  });

  it('finds a comment section and its declared count', () => {
    const a = analyse([para(1), para(2), '3 Comments', '1. I agree with this.', '2. I do not.']);
    expect(findCommentSection(a, 0)).toEqual({ start: 2, declared: 3 });
    expect(findCommentSection(analyse([para(1), para(2)]), 0)).toEqual({ start: 2, declared: null });
  });

  it('does not start the comments at an invitation printed above the article', () => {
    const a = analyse(['Bridge opens', 'Join the conversation', para(1), para(2), para(3), para(4), 'Comments', 'Sign in to comment']);
    expect(findCommentSection(a, 0).start).toBe(6);
    // a strong heading with comments under it still starts the section, wherever it stands
    const b = analyse(['Bridge opens', para(1), 'Join the conversation', 'Jane Doe · March 10, 2017 at 12:20 AM', para(2), para(3), para(4), para(5)]);
    expect(findCommentSection(b, 0).start).toBe(2);
  });

  it('does not start the comments at a count printed in the header of an article further down the page', () => {
    // a feed of teasers, then the article itself: its header's "11 Comments" links to the thread
    const teaser = (k: number): string => `Teaser ${k}: the market hall reopens next month after a two-year refit, the council said on Friday, and traders are pleased.`;
    const rows = [teaser(1), teaser(2), teaser(3), teaser(4), 'Bridge opens', 'Jane Doe', '11 Comments', para(1), para(2), para(3)];
    expect(findCommentSection(analyse(rows), 0)).toEqual({ start: rows.length, declared: null });
    // the same count over the comments themselves starts the section
    const thread = [para(1), para(2), para(3), '11 Comments', 'Jane Doe · March 10, 2017 at 12:20 AM', 'I agree with every word of this.'];
    expect(findCommentSection(analyse(thread), 0)).toEqual({ start: 3, declared: 11 });
  });

  it('reads a comment count stated in the header', () => {
    const a = analyse(['Bridge opens', '941 comments', para(1)]);
    expect(declaredInHeader(a, 0, 2)).toBe(941);
  });
});
