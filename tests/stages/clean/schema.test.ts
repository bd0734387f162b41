import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import f from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { cleanDefaults, cleanStage } from '../../../pipeline/stages/clean/index.ts';
import { seedRecord } from './seed-record.ts';

const addFormats = f.default;
const ROOT = join(import.meta.dirname, '../../..');
const load = (p: string): object => JSON.parse(readFileSync(join(ROOT, p), 'utf8')) as object;

describe('clean schemas', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const record = ajv.compile(load('schemas/stages/clean.schema.json'));
  const config = ajv.compile(load('schemas/config/clean.schema.json'));

  it('every seed output satisfies newsprep:stages/clean', () => {
    const clean = cleanStage.create(cleanDefaults);
    const dir = join(ROOT, 'tests/fixtures/clean/seeds');
    for (const name of readdirSync(dir).sort()) {
      const out = clean(seedRecord(join(dir, name)));
      expect(out.ok).toBe(true);
      if (out.ok) expect(record(out.value), JSON.stringify(record.errors)).toBe(true);
    }
  });

  it('rejects a record with an extra field or a bad date', () => {
    const out = cleanStage.create(cleanDefaults)(seedRecord(join(ROOT, 'tests/fixtures/clean/seeds/000_0de4903d27fcfa0d.txt')));
    if (!out.ok) throw new Error('seed rejected');
    expect(record({ ...out.value, extra: 1 })).toBe(false);
    expect(record({ ...out.value, published: 'Oct 4 2016' })).toBe(false);
  });

  it('the defaults satisfy newsprep:config/clean', () => {
    expect(config({ ...cleanDefaults, repeatedLines: ['share'] }), JSON.stringify(config.errors)).toBe(true);
    expect(config({ lengthLow: 'x' })).toBe(false);
  });
});
