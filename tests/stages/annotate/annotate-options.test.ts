import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { annotateDefaults, resolveOptions } from '../../../pipeline/stages/annotate/annotate-options.ts';

const schema = JSON.parse(readFileSync(new URL('../../../schemas/config/annotate.schema.json', import.meta.url), 'utf8'));

describe('annotate options', () => {
  const validate = new Ajv2020({ strict: true, useDefaults: false }).compile(schema);

  it('has a strict config schema that accepts the defaults and matches them', () => {
    expect(schema.$id).toBe('newsprep:config/annotate');
    expect(validate(annotateDefaults), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(annotateDefaults).sort());
    for (const [k, v] of Object.entries(annotateDefaults)) expect(schema.properties[k].default, k).toEqual(v);
  });

  it.each([{ keywords: -1 }, { indirectSpeech: 'yes' }, { unknownOption: 1 }, { qualityThresholds: { 'too-few-words': 'x' } }])('rejects %o', (bad) => {
    expect(validate(bad)).toBe(false);
  });

  it('overlays given options on the defaults', () => {
    expect(resolveOptions({ keywords: 3, minQuoteWords: undefined })).toEqual({ ...annotateDefaults, keywords: 3 });
    expect(Object.isFrozen(annotateDefaults)).toBe(true);
  });
});
