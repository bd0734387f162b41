import { describe, expect, it } from 'vitest';
import { findRuns } from '../../../pipeline/stages/annotate/name-runs.ts';
import { loadResources } from '../../../pipeline/stages/annotate/resources.ts';
import { tokenize } from '../../../pipeline/stages/annotate/tokenize.ts';

const res = loadResources();
function pieces(text: string): Array<[string, string]> {
  const tokens = tokenize(text, 0, text.length, res.tokenOptions);
  return findRuns(tokens, tokens.map(() => false), res).flatMap((run) => run.pieces.map((p) => [
    text.slice(tokens[p.from]!.start, tokens[p.to - 1]!.end), p.phrase ? `${p.phrase.kind}:${p.phrase.label ?? ''}` : 'unknown',
  ] as [string, string]));
}

describe('findRuns', () => {
  it.each([
    ['met Russian Foreign Minister Sergei Lavrov today', [['Russian', 'entity:NORP'], ['Foreign Minister', 'role:'], ['Sergei Lavrov', 'entity:PERSON']]],
    ['said White House Press Secretary Josh Earnest', [['White House', 'entity:ORG'], ['Press Secretary', 'role:'], ['Josh Earnest', 'unknown']]],
    ['both Kerry and Lavrov', [['Kerry', 'unknown'], ['Lavrov', 'entity:PERSON']]],
    ['the Ministry of Foreign Affairs said', [['Ministry of Foreign Affairs', 'unknown']]],
    ['Bosnia and Herzegovina', [['Bosnia and Herzegovina', 'entity:GPE']]],
    ['met Ursula von der Leyen', [['Ursula von der Leyen', 'unknown']]],
    ['the International Committee of the Red Cross said', [['International Committee of the Red Cross', 'entity:ORG']]],
    ['said de Mistura', [['de Mistura', 'entity:PERSON']]],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});
