import { describe, expect, it } from 'vitest';
import type { LineClass } from '../../../pipeline/stages/clean/classify-lines.ts';
import { lineFeatures } from '../../../pipeline/stages/clean/line-features.ts';
import { listAfterIntro } from '../../../pipeline/stages/clean/list-after-intro.ts';

const intro = 'Entre as principais medidas, o regulamento prevê:';
const items = ['velocidade máxima de 20 km/h em toda a cidade;', 'um máximo de 2.000 trotinetes por operador;', 'e a proibição de circular nos passeios.'];

function run(texts: string[], classes: LineClass[], matched = texts.map(() => false)): LineClass[] {
  return listAfterIntro(classes, texts.map((t) => lineFeatures(t)), matched, texts);
}

describe('listAfterIntro', () => {
  it.each<[string, string[], LineClass[], boolean[] | undefined, LineClass[]]>([
    ['items after a colon, the last closing with a full stop', [intro, ...items, 'Menu'], ['good', 'bad', 'bad', 'bad', 'bad'], undefined, ['good', 'good', 'good', 'good', 'bad']],
    ['items ending with commas, the last one open', [intro, 'the bridge on Elm Street,', 'the tunnel under the river,', 'Sign up'], ['good', 'bad', 'bad', 'bad'], undefined, ['good', 'good', 'good', 'bad']],
    ['a single item is not a list', [intro, 'e a proibição de circular nos passeios.', 'Menu'], ['good', 'bad', 'bad'], undefined, ['good', 'bad', 'bad']],
    ['no colon: nothing changes', ['The regulation sets these rules.', ...items], ['good', 'bad', 'bad', 'bad'], undefined, ['good', 'bad', 'bad', 'bad']],
    ['the intro is not article text', [intro, ...items], ['bad', 'bad', 'bad', 'bad'], undefined, ['bad', 'bad', 'bad', 'bad']],
    ['a boilerplate line stops the run', [intro, items[0], items[1], items[2]], ['good', 'bad', 'bad', 'bad'], [false, false, true, false], ['good', 'bad', 'bad', 'bad']],
    ['one-word lines are menus, not items', [intro, 'Home;', 'News;', 'Sport.'], ['good', 'bad', 'bad', 'bad'], undefined, ['good', 'bad', 'bad', 'bad']],
  ])('%s', (_, texts, classes, matched, want) => {
    expect(run(texts, classes, matched)).toEqual(want);
  });
});
