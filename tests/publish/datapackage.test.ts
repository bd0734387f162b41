import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ajv } from 'ajv';
import ajvDraft04 from 'ajv-draft-04';
import formats from 'ajv-formats';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../pipeline/lib/hash.ts';
import { TABLES } from '../../pipeline/publish/tables.ts';
import { publishSample, specs } from '../helpers/published.ts';
import { publishSampleRun } from '../helpers/sample-run.ts';

const FRICTIONLESS = fileURLToPath(new URL('../../schemas/frictionless/', import.meta.url));
const profile = async (name: string): Promise<object> => JSON.parse(await readFile(join(FRICTIONLESS, `${name}.json`), 'utf8')) as object;

interface Field { name: string; type: string; format?: string; description: string; constraints?: { required?: boolean; enum?: string[]; minimum?: number } }
interface Resource {
  name: string; path: string; format: string; hash: string; bytes: number; profile: string; description: string;
  schema: { fields: Field[]; missingValues: string[]; primaryKey?: string | string[]; foreignKeys?: Array<{ fields: string | string[]; reference: { resource: string; fields: string | string[] } }> };
}
interface Package { profile: string; name: string; title: string; licenses?: unknown[]; sources?: unknown[]; resources: Resource[] }

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/**
 * Checks the CSV data of a package against its Table Schemas the way a Frictionless
 * validator does: required cells, types, enums, minimums, unique primary keys and foreign keys
 * that resolve.
 */
async function dataProblems(dir: string, pkg: Package): Promise<string[]> {
  const problems: string[] = [];
  const data = new Map<string, Array<Record<string, string>>>();
  for (const r of pkg.resources) data.set(r.name, Papa.parse<Record<string, string>>(await readFile(join(dir, r.path), 'utf8'), { header: true, skipEmptyLines: true }).data);
  const types: Record<string, (v: string) => boolean> = {
    string: () => true, integer: (v) => /^-?\d+$/.test(v), number: (v) => v.trim() !== '' && Number.isFinite(Number(v)),
    boolean: (v) => v === 'true' || v === 'false', date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v),
    array: (v) => { try { return Array.isArray(JSON.parse(v)); } catch { return false; } },
  };
  for (const r of pkg.resources) {
    const rows = data.get(r.name)!;
    rows.forEach((row, i) => {
      for (const f of r.schema.fields) {
        const v = row[f.name];
        if (v === '') { if (f.constraints?.required) problems.push(`${r.name} row ${i + 1}: ${f.name} is required`); continue; }
        if (!types[f.type](v)) problems.push(`${r.name} row ${i + 1}: ${f.name} ${JSON.stringify(v)} is not ${f.type}`);
        if (f.constraints?.enum && !f.constraints.enum.includes(v)) problems.push(`${r.name} row ${i + 1}: ${f.name} not in enum`);
        if (f.constraints?.minimum !== undefined && Number(v) < f.constraints.minimum) problems.push(`${r.name} row ${i + 1}: ${f.name} below minimum`);
      }
    });
    const pk = asList(r.schema.primaryKey);
    if (pk.length) {
      const keys = rows.map((row) => JSON.stringify(pk.map((k) => row[k])));
      if (new Set(keys).size !== keys.length) problems.push(`${r.name}: primary key (${pk}) is not unique`);
    }
    for (const fk of r.schema.foreignKeys ?? []) {
      const target = fk.reference.resource === '' ? r.name : fk.reference.resource;
      const have = new Set(data.get(target)!.map((row) => JSON.stringify(asList(fk.reference.fields).map((k) => row[k]))));
      for (const row of rows) {
        const vals = asList(fk.fields).map((k) => row[k]);
        if (vals.every((v) => v !== '') && !have.has(JSON.stringify(vals))) problems.push(`${r.name}: (${fk.fields}) = ${vals} not in ${target}`);
      }
    }
  }
  return problems;
}

describe('datapackage.json', async () => {
  // CommonJS default export under NodeNext: the class is on `.default`.
  const Ajv04 = (ajvDraft04 as unknown as { default: new (options: Record<string, unknown>) => Ajv }).default;
  const ajv = new Ajv04({ strict: false, allErrors: true });
  formats.default(ajv);
  ajv.addFormat('textarea', true); // a UI hint of the Frictionless profiles, not a constraint
  const validatePackage = ajv.compile(await profile('tabular-data-package'));
  const validateBase = ajv.compile(await profile('data-package'));
  const validateTableSchema = ajv.compile(await profile('table-schema'));
  const sample = await publishSample();
  const { dist: run } = await publishSampleRun();
  const dirs = { sample, run, dist: fileURLToPath(new URL('../../dist/', import.meta.url)) };
  const read = async (dir: string): Promise<Package> => JSON.parse(await readFile(join(dir, 'datapackage.json'), 'utf8')) as Package;

  it.each(Object.keys(dirs))('%s: validates against the Data Package and Tabular Data Package profiles, every schema against Table Schema', async (name) => {
    const pkg = await read(dirs[name as keyof typeof dirs]);
    expect(validatePackage(pkg), JSON.stringify(validatePackage.errors)).toBe(true);
    expect(validateBase(pkg), JSON.stringify(validateBase.errors)).toBe(true);
    for (const r of pkg.resources) expect(validateTableSchema(r.schema), `${r.name}: ${JSON.stringify(validateTableSchema.errors)}`).toBe(true);
  });

  it.each(Object.keys(dirs))('%s: the CSV data satisfies the Table Schemas (types, required, enums, keys)', async (name) => {
    const dir = dirs[name as keyof typeof dirs];
    expect(await dataProblems(dir, await read(dir))).toEqual([]);
  });

  it('catches broken data: a foreign key to a missing article and a repeated primary key', async () => {
    const pkg = await read(run);
    const broken = structuredClone(pkg);
    broken.resources.find((r) => r.name === 'sentences')!.schema.foreignKeys![0].reference.fields = 'source';
    broken.resources.find((r) => r.name === 'sentences')!.schema.primaryKey = 'article_id';
    const problems = await dataProblems(run, broken);
    expect(problems.some((p) => p.startsWith('sentences: (article_id)'))).toBe(true);
    expect(problems).toContain('sentences: primary key (article_id) is not unique');
  });

  it('a descriptor with a wrong field type or a missing resource path fails the profile', () => {
    const bad = { profile: 'tabular-data-package', resources: [{ name: 'x', profile: 'tabular-data-resource', schema: { fields: [{ name: 'a', type: 'text' }] } }] };
    expect(validatePackage(bad)).toBe(false);
  });

  it('names, paths, hashes, licences and sources come from the run and its config', async () => {
    const pkg = await read(run);
    expect(pkg).toMatchObject({ profile: 'tabular-data-package', name: 'sample-run', title: 'Sample run', licenses: [{ name: 'CC-BY-4.0' }], sources: [{ title: 'Seed pages and hand-made inputs' }] });
    expect(pkg.resources.map((r) => r.name)).toEqual([...TABLES]);
    for (const r of pkg.resources) {
      const bytes = await readFile(join(run, r.path));
      expect(r).toMatchObject({ path: `${r.name}.csv`, format: 'csv', profile: 'tabular-data-resource', hash: `sha256:${sha256(bytes)}`, bytes: bytes.length });
    }
  });

  it.each(TABLES)('%s: fields, types, descriptions and keys follow schemas/', async (table) => {
    const r = (await read(sample)).resources.find((x) => x.name === table)!;
    const spec = specs[table];
    expect(r.description).toBe(spec.description);
    expect(r.schema.fields.map((f) => f.name)).toEqual(spec.columns.map((c) => c.name));
    for (const [i, f] of r.schema.fields.entries()) {
      const c = spec.columns[i];
      expect(f.type).toBe({ integer: 'integer', number: 'number', list: 'array', boolean: 'boolean', date: 'date' }[c.kind as string] ?? 'string');
      expect(f.constraints?.required ?? false).toBe(!c.nullable);
      expect(f.description.startsWith(c.description)).toBe(true);
      if (c.values) expect(f.constraints?.enum).toEqual(c.values);
    }
    expect(asList(r.schema.primaryKey)).toEqual(spec.primaryKey ?? []);
    expect((r.schema.foreignKeys ?? []).map((fk) => [asList(fk.fields), fk.reference.resource || table, asList(fk.reference.fields)]))
      .toEqual(spec.foreignKeys.map((fk) => [fk.fields, fk.reference.table, fk.reference.fields]));
    expect(r.schema.missingValues).toEqual(['']);
  });

  it('declares sentences.article_id -> articles.id and comment replies -> comments', async () => {
    const pkg = await read(sample);
    expect(pkg.resources.find((r) => r.name === 'sentences')!.schema.foreignKeys).toContainEqual({ fields: 'article_id', reference: { resource: 'articles', fields: 'id' } });
    expect(pkg.resources.find((r) => r.name === 'comments')!.schema.foreignKeys).toContainEqual({ fields: ['article_id', 'parent'], reference: { resource: '', fields: ['article_id', 'index'] } });
  });
});
