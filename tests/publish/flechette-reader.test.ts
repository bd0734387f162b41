import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tableFromIPC, Type } from '@uwdata/flechette';
import { describe, expect, it } from 'vitest';
import type { ColumnKind } from '../../pipeline/publish/columns.ts';
import { TABLES } from '../../pipeline/publish/tables.ts';
import { comparable } from '../../pipeline/publish/values.ts';
import { jsonlRows, publishSample, specs } from '../helpers/published.ts';

/** The Arrow type id each column kind must have, as an independent reader sees it. */
const TYPE_IDS: Record<ColumnKind, number> = {
  string: Type.Utf8, integer: Type.Int, number: Type.Float, boolean: Type.Bool, list: Type.List,
  timestamp: Type.Timestamp, date: Type.Date, dictionary: Type.Dictionary,
};

describe('an independent Arrow reader (flechette) reads the .arrow files with the declared types', async () => {
  const dist = await publishSample();
  const expected = await jsonlRows(dist);

  it.each(TABLES)('%s', async (table) => {
    const spec = specs[table];
    const t = tableFromIPC(await readFile(join(dist, `${table}.arrow`)), { useDate: false, useBigInt: false });
    expect(t.schema.fields.map((f) => f.name)).toEqual(spec.columns.map((c) => c.name));
    spec.columns.forEach((c, i) => {
      const f = t.schema.fields[i];
      expect(f.type.typeId, c.name).toBe(TYPE_IDS[c.kind]);
      if (c.kind === 'integer') expect(f.type).toMatchObject({ bitWidth: 32, signed: true });
      if (c.kind === 'timestamp') expect(f.type).toMatchObject({ timezone: 'UTC' });
    });
    const rows = t.toArray().map((r) => spec.columns.map((c) => comparable(c.kind, (r as Record<string, unknown>)[c.name])));
    expect(rows).toEqual(expected[table]);
  });
});
