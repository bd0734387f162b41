import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '../lib/hash.ts';
import { describeErrors, type SchemaRegistry } from '../lib/schemas.ts';
import { arrowType } from './arrow-table.ts';
import type { Manifest } from './manifest.ts';
import { readFormat } from './read-formats.ts';
import { checkKeys } from './check-keys.ts';
import { TABLES, type TableName, tableSpecs } from './tables.ts';
import { FORMATS, type Format } from './write-formats.ts';

/** What a check of a published dataset found: an empty `problems` list means it is valid. */
export interface DatasetCheck {
  problems: string[];
  manifest: Manifest | null;
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out.sort();
}

const show = (v: unknown): string => JSON.stringify(v)?.slice(0, 80) ?? String(v);

/**
 * Re-checks a published dataset: every file listed in manifest.json exists with its size and
 * SHA-256, no file is unlisted, every table has the same columns and rows in all four formats,
 * the columns, Arrow types and field descriptions match the table schema, every JSONL row
 * passes its schema, primary keys are unique and foreign keys resolve, and the accounting
 * invariant holds (inputs = articles + duplicates + rejects).
 *
 * @example
 * const { problems } = await validateDataset('dist', SchemaRegistry.load());
 */
export async function validateDataset(dir: string, registry: SchemaRegistry): Promise<DatasetCheck> {
  const problems: string[] = [];
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch (error) {
    return { problems: [`manifest.json: cannot be read (${(error as Error).message})`], manifest: null };
  }
  const present = new Set(await listFiles(dir));
  const bytesOf = new Map<string, Uint8Array>();
  for (const [name, entry] of Object.entries(manifest.files ?? {})) {
    if (!present.has(name)) { problems.push(`${name}: listed in manifest.json but missing`); continue; }
    const bytes = await readFile(join(dir, name));
    bytesOf.set(name, bytes);
    if (bytes.length !== entry.bytes) problems.push(`${name}: ${bytes.length} bytes, manifest.json says ${entry.bytes}`);
    const digest = sha256(bytes);
    if (digest !== entry.sha256) problems.push(`${name}: SHA-256 ${digest.slice(0, 12)}… does not match manifest.json (${entry.sha256.slice(0, 12)}…)`);
  }
  for (const name of present) if (name !== 'manifest.json' && !(name in (manifest.files ?? {}))) problems.push(`${name}: not listed in manifest.json`);

  const specs = tableSpecs(registry);
  const counts: Record<string, number> = {};
  const keyed: Partial<Record<TableName, unknown[][]>> = {};
  for (const table of TABLES) {
    const spec = specs[table];
    const expected = spec.columns.map((c) => c.name);
    const validate = registry.validator(`newsprep:tables/${table}`);
    let reference: unknown[][] | null = null;
    let referenceJson: string[] = [];
    for (const format of Object.values(FORMATS) as Format[]) {
      const name = `${table}.${format}`;
      const bytes = bytesOf.get(name);
      if (!bytes) { if (!present.has(name)) problems.push(`${name}: missing`); continue; }
      let back;
      try {
        back = readFormat(format, spec, bytes);
      } catch (error) {
        problems.push(`${name}: cannot be read (${(error as Error).message})`);
        continue;
      }
      if (back.columns.join(',') !== expected.join(',')) {
        problems.push(`${name}: columns [${back.columns.join(', ')}] differ from the schema [${expected.join(', ')}]`);
        continue;
      }
      if (format === 'arrow') {
        spec.columns.forEach((c, i) => {
          const want = String(arrowType(c.kind, i));
          if (back.types[i] !== want) problems.push(`${name}: column ${c.name} has type ${back.types[i]}, schema says ${want}`);
        });
      }
      back.descriptions?.forEach((d, i) => {
        if (d !== spec.columns[i].description) problems.push(`${name}: column ${spec.columns[i].name} description ${show(d)} differs from the schema's`);
      });
      const rows = manifest.files[name]?.rows;
      if (rows !== back.rows.length) problems.push(`${name}: ${back.rows.length} rows, manifest.json says ${rows}`);
      if (format === 'jsonl') {
        (back.objects ?? []).forEach((obj, i) => {
          if (!validate(obj)) {
            const e = describeErrors(validate.errors);
            problems.push(`${name}: row ${i + 1} fails schema newsprep:tables/${table} at ${e.path}: ${e.message}`);
          }
        });
        counts[table] = back.rows.length;
        keyed[table] = back.rows;
      }
      if (reference === null) { reference = back.rows; referenceJson = reference.map((row) => JSON.stringify(row)); continue; }
      const n = Math.min(reference.length, back.rows.length);
      for (let r = 0; r < n; r++) {
        const a = reference[r];
        const b = back.rows[r];
        if (referenceJson[r] === JSON.stringify(b)) continue;
        const col = a.findIndex((v, j) => JSON.stringify(v) !== JSON.stringify(b[j]));
        if (col >= 0) {
          problems.push(`${name}: row ${r + 1} column ${expected[col]} is ${show(b[col])}, ${table}.jsonl has ${show(a[col])}`);
          break;
        }
      }
      if (reference.length !== back.rows.length) problems.push(`${name}: ${back.rows.length} rows, ${table}.jsonl has ${reference.length}`);
    }
  }
  problems.push(...checkKeys(specs, keyed));
  const acc = manifest.accounting;
  if (!acc) problems.push('manifest.json: no accounting');
  else {
    if (acc.inputs !== acc.articles + acc.duplicates + acc.rejects) {
      problems.push(`manifest.json: accounting broken: ${acc.inputs} inputs != ${acc.articles} articles + ${acc.duplicates} duplicates + ${acc.rejects} rejects`);
    }
    if (counts.articles !== undefined && counts.articles !== acc.articles) problems.push(`articles.jsonl: ${counts.articles} rows, accounting says ${acc.articles}`);
    if (counts.duplicates !== undefined && counts.duplicates !== acc.duplicates) problems.push(`duplicates.jsonl: ${counts.duplicates} rows, accounting says ${acc.duplicates}`);
    if (counts.rejects !== undefined && counts.rejects !== acc.rejects) problems.push(`rejects.jsonl: ${counts.rejects} rows, accounting says ${acc.rejects}`);
  }
  return { problems, manifest };
}
