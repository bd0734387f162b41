import { describe, expect, it } from 'vitest';
import { analyseLines } from '../../../pipeline/stages/clean/analyse-lines.ts';
import { closingSignature } from '../../../pipeline/stages/clean/closing-signature.ts';
import { cleanDefaults } from '../../../pipeline/stages/clean/index.ts';
import { createPhraseMatcher } from '../../../pipeline/stages/clean/phrase-matcher.ts';
import { textRecord } from './seed-record.ts';

const matcher = createPhraseMatcher();
const para = (i: number): string => `Paragraph ${i}: the council said on Tuesday that the new bridge would open to traffic in the spring, after months of delays and a long dispute with the builders over costs.`;
const note = 'Editor’s note: asked by the paper, the transport authority said the Saturday service would be reviewed in the spring, when new figures on the number of passengers are available.';
const letters = 'Do you want to react to the news? Send your letter of at most 2,000 characters to the letters desk, with your name and your town.';
/** The article's lines end at `end` (all rows by default). */
const run = (rows: string[], end = rows.length) => {
  const a = analyseLines(textRecord(rows.join('\n\n')), cleanDefaults, matcher, new Set());
  return closingSignature(a, 0, end, new Set());
};

describe('closingSignature', () => {
  it.each<[string, string[], { index: number; name: string } | null]>([
    ['a name and town under the letter, an editor\'s note and a box after it', [para(1), para(2), para(3), 'Marie-Christine Fontaine, Chaniers', note, letters], { index: 3, name: 'Marie-Christine Fontaine' }],
    ['a dashed name as the last line', [para(1), para(2), '— Jane Doe'], { index: 2, name: 'Jane Doe' }],
    ['a name and town after a full stop', [para(1), para(2), 'Rosario Gutiérrez Vidal. Alcorlea del Campo (Zaragoza)', note], { index: 2, name: 'Rosario Gutiérrez Vidal' }],
    ['a name with initials', [para(1), para(2), 'J.R. Whitlock, Leeds'], { index: 2, name: 'J.R. Whitlock' }],
    ['a name with the writer\'s role in brackets', [para(1), para(2), 'Jean-Paul Ricard (correspondant local)'], { index: 2, name: 'Jean-Paul Ricard' }],
    ['a byline label before the name and the place', [para(1), para(2), 'Von Henrik Paulsen, Berlin'], { index: 2, name: 'Henrik Paulsen' }],
    ['a name and the agency after a slash', [para(1), para(2), 'Erik Sandin/TT'], { index: 2, name: 'Erik Sandin' }],
    ['a dashed name and the outlet after a pipe', [para(1), para(2), '— Keoni Akana | Kohala Mountain News'], { index: 2, name: 'Keoni Akana' }],
    ['tags whose words the article prints in lower case', ['The piliers and the mêlée: what the forwards do, and why the piliers matter so much today.', para(2), 'Piliers Mêlée Chronique'], null],
    ['a bare name far from the end is a caption, not a signature', [para(1), para(2), 'Jane Doe', para(3), para(4), para(5)], null],
    ['a name after a line that is not prose', [para(1), 'Key dates', 'Jane Doe'], null],
    ['a subheading that is no name', [para(1), para(2), 'What happens next', para(3)], null],
  ])('%s', (_, rows, want) => {
    expect(run(rows)).toEqual(want);
  });
  it('reads the name right after the article\'s last line, not one further on', () => {
    expect(run([para(1), para(2), 'Hélène Marchetti', 'Cet article vous a plu ?'], 2)).toEqual({ index: 2, name: 'Hélène Marchetti' });
    expect(run([para(1), para(2), 'Cet article vous a plu ?', 'Hélène Marchetti'], 2)).toBeNull();
  });
});
