import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../pipeline/stages/annotate/resources.ts';
import { phraseAfter, phraseBefore } from '../../../pipeline/stages/annotate/speaker.ts';
import { tokenize } from '../../../pipeline/stages/annotate/tokenize.ts';

const res = loadResources();
const toks = (text: string) => tokenize(text, 0, text.length, res.tokenOptions);
const before = (text: string, cue: string): string | null => {
  const t = toks(text);
  const c = t.findIndex((x) => x.text === cue);
  const p = phraseBefore(t, c, 0, res);
  return p ? text.slice(t[p[0]]!.start, t[p[1] - 1]!.end) : null;
};

describe('speaker phrases', () => {
  it.each([
    ['Russian Foreign Minister Sergey Lavrov said it', 'said', 'Russian Foreign Minister Sergey Lavrov'],
    ['The United States has announced it', 'announced', 'The United States'],
    ['Trump, who spent months on it, declared it', 'declared', 'Trump'],
    ['Brad Smith, the company’s president, told them', 'told', 'Brad Smith'],
    ['Analysts at Morgan Stanley said so', 'said', 'Analysts at Morgan Stanley'],
    ['the president also said so', 'said', 'the president'],
    ['Donald Trump’s campaign said so', 'said', 'Donald Trump’s campaign'],
    ['Trump’s lawyers said so', 'said', 'Trump’s'],
    ['costs were high, he said', 'said', 'he'],
  ])('before the cue: %s', (text, cue, expected) => {
    expect(before(text, cue)).toBe(expected);
  });

  it('takes an appositive role after the name', () => {
    const text = 'said Sergey Lavrov, Russian FM.';
    const t = toks(text);
    const p = phraseAfter(t, 1, t.length, res)!;
    expect(text.slice(t[p[0]]!.start, t[p[1] - 1]!.end)).toBe('Sergey Lavrov, Russian FM');
  });
});
