import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../pipeline/lib/hash.ts';
import { TABLES } from '../../pipeline/publish/tables.ts';
import { publishSample, specs } from '../helpers/published.ts';

interface Resource {
  name: string; path: string; format: string; hash: string; profile: string;
  schema: { fields: Array<{ name: string; type: string; constraints?: { required: boolean } }>; missingValues: string[] };
}

describe('datapackage.json', async () => {
  const dist = await publishSample();
  const pkg = JSON.parse(await readFile(join(dist, 'datapackage.json'), 'utf8')) as { profile: string; resources: Resource[] };

  it('is a tabular data package with one CSV resource per table', () => {
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.resources.map((r) => r.name)).toEqual([...TABLES]);
  });

  it.each(TABLES)('%s: path, hash, header and field types match the published CSV', async (table) => {
    const r = pkg.resources.find((x) => x.name === table)!;
    const bytes = await readFile(join(dist, r.path));
    expect(r).toMatchObject({ path: `${table}.csv`, format: 'csv', profile: 'tabular-data-resource', hash: `sha256:${sha256(bytes)}` });
    const header = bytes.toString('utf8').split('\n')[0].split(',');
    expect(r.schema.fields.map((f) => f.name)).toEqual(header);
    const kinds = Object.fromEntries(specs[table].columns.map((c) => [c.name, c]));
    for (const f of r.schema.fields) {
      const c = kinds[f.name];
      expect(f.type).toBe({ integer: 'integer', number: 'number', list: 'array', boolean: 'boolean', date: 'date' }[c.kind as string] ?? 'string');
      expect(f.constraints?.required ?? false).toBe(!c.nullable);
    }
    expect(r.schema.missingValues).toEqual(['']);
  });
});
