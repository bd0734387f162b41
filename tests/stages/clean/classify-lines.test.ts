import { describe, expect, it } from 'vitest';
import { initialClass, type LineClass, resolveContext } from '../../../pipeline/stages/clean/classify-lines.ts';
import { cleanDefaults } from '../../../pipeline/stages/clean/index.ts';
import { lineFeatures } from '../../../pipeline/stages/clean/line-features.ts';

describe('initialClass', () => {
  it.each([
    ['The United States has announced that it is suspending its participation in bilateral channels with Russia, citing the regime.', 'good'],
    ['Undo', 'bad'],
    ['The overall rankings were as follows:', 'short'],
    ['1. Finland', 'short'],
    ['Home News Sport Weather Shop Earth Travel Capital Culture Autos Future TV Radio CBBC CBeebies WW1 Food', 'bad'],
  ])('%s -> %s', (line, cls) => {
    expect(initialClass(lineFeatures(line), false, cleanDefaults, false, /^\d+\./.test(line))).toBe(cls);
  });
});

describe('resolveContext', () => {
  it.each<[LineClass[], LineClass[]]>([
    [['good', 'short', 'good'], ['good', 'good', 'good']],
    [['bad', 'short', 'bad'], ['bad', 'bad', 'bad']],
    [['bad', 'near-good', 'bad'], ['bad', 'bad', 'bad']],
    [['good', 'near-good', 'bad'], ['good', 'good', 'bad']],
    [['short', 'good'], ['bad', 'good']],
    [['good', 'short', 'short', 'good'], ['good', 'good', 'good', 'good']],
  ])('%j', (input, want) => {
    expect(resolveContext(input)).toEqual(want);
  });

  it('skips transparent labels when looking for neighbours', () => {
    expect(resolveContext(['good', 'bad', 'short', 'good'], [false, true, false, false])).toEqual(['good', 'bad', 'good', 'good']);
    expect(resolveContext(['good', 'bad', 'short', 'good'])).toEqual(['good', 'bad', 'bad', 'good']);
  });
});
