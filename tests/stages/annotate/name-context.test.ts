import { describe, expect, it } from 'vitest';
import { cueAfter, placeContext, roleAfter, roleBefore, upperStretch } from '../../../pipeline/stages/annotate/name-context.ts';
import { loadResources } from '../../../pipeline/stages/annotate/resources.ts';
import { tokenize } from '../../../pipeline/stages/annotate/tokenize.ts';

const res = loadResources();
const setup = (text: string, word: string) => {
  const tokens = tokenize(text, 0, text.length, res.tokenOptions);
  return { tokens, at: tokens.findIndex((t) => t.text === word) };
};

describe('name context', () => {
  it.each([
    ['State Department spokesman John Kirby said', 'John', 'spokesman'],
    ['his Iranian counterpart Hossein Amir-Abdollahian', 'Hossein', 'counterpart'],
    ['the talks with John Kirby', 'John', null],
  ])('roleBefore in "%s"', (text, word, role) => {
    const { tokens, at } = setup(text, word);
    expect(roleBefore(tokens, at, res, text)).toBe(role);
  });

  it.each([
    ['said Sergey Lavrov, Russian FM.', 'Lavrov', 'FM'],
    ['Kathy Boockvar, Pennsylvania’s secretary of state, said', 'Boockvar', 'secretary of state'],
    ['Kerry, who arrived late, said', 'Kerry', null],
  ])('roleAfter in "%s"', (text, word, role) => {
    const { tokens, at } = setup(text, word);
    expect(roleAfter(tokens, at + 1, res, text)).toBe(role);
  });

  it('sees a speech verb after a name, past one adverb', () => {
    const { tokens, at } = setup('Kirby also said it', 'Kirby');
    expect(cueAfter(tokens, at + 1, res)).toBe(true);
    const other = setup('Kirby left', 'Kirby');
    expect(cueAfter(other.tokens, other.at + 1, res)).toBe(false);
  });

  it('recognises place contexts but not "according to"', () => {
    const a = setup('fighting in Daraya', 'Daraya');
    expect(placeContext(a.tokens, a.at, res)).toBe(true);
    const b = setup('the port city of Hodeidah', 'Hodeidah');
    expect(placeContext(b.tokens, b.at, res)).toBe(true);
    const c = setup('according to Ryder', 'Ryder');
    expect(placeContext(c.tokens, c.at, res)).toBe(false);
  });

  it('knows an all-capitals headline', () => {
    const { tokens } = setup('TRUCE IN SYRIA and FBI agents', 'TRUCE');
    expect(upperStretch(tokens, 0)).toBe(true);
    expect(upperStretch(tokens, 4)).toBe(false);
  });
});
