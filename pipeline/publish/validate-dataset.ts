import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SchemaRegistry } from '../lib/schemas.ts';
import { KeyChecker } from './check-keys.ts';
import { fileDigest } from './file-digest.ts';
import type { Manifest } from './manifest.ts';
import { TABLES, type TableName, tableSpecs } from './tables.ts';
import { validateTable } from './validate-table.ts';

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

/**
 * Re-checks a published dataset, streaming every file, so a dataset of any size is checked in
 * memory that does not grow with its tables (beyond the key sets `KeyChecker` keeps): every
 * file listed in manifest.json exists with its size and SHA-256 (hashed as a stream), no file
 * is unlisted, every table has the same columns and rows in all four formats, the columns,
 * Arrow types and field descriptions match the table schema, every JSONL row passes its schema,
 * the row counts are manifest.json's, primary keys are unique and foreign keys resolve, and
 * the accounting invariant holds (inputs = articles + duplicates + rejects). Tables are checked
 * one at a time in `TABLES` order (see `validateTable`).
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
  const listed = manifest.files ?? {};
  for (const [name, entry] of Object.entries(listed)) {
    if (!present.has(name)) { problems.push(`${name}: listed in manifest.json but missing`); continue; }
    const { bytes, sha256 } = await fileDigest(join(dir, name));
    if (bytes !== entry.bytes) problems.push(`${name}: ${bytes} bytes, manifest.json says ${entry.bytes}`);
    if (sha256 !== entry.sha256) problems.push(`${name}: SHA-256 ${sha256.slice(0, 12)}… does not match manifest.json (${String(entry.sha256).slice(0, 12)}…)`);
  }
  for (const name of present) if (name !== 'manifest.json' && !(name in listed)) problems.push(`${name}: not listed in manifest.json`);

  const specs = tableSpecs(registry);
  const keys = new KeyChecker(specs);
  const counts: Partial<Record<TableName, number>> = {};
  for (const table of TABLES) {
    const check = await validateTable({ dir, spec: specs[table], validate: registry.validator(`newsprep:tables/${table}`), present, listed, keys });
    problems.push(...check.problems);
    if (check.rows !== null) counts[table] = check.rows;
  }
  problems.push(...keys.endAll().problems);
  problems.push(...accountingProblems(manifest, counts));
  return { problems, manifest };
}

/** The accounting invariant, and the JSONL row counts of articles, duplicates and rejects against it. */
function accountingProblems(manifest: Manifest, counts: Partial<Record<TableName, number>>): string[] {
  const acc = manifest.accounting;
  if (!acc) return ['manifest.json: no accounting'];
  const problems: string[] = [];
  if (acc.inputs !== acc.articles + acc.duplicates + acc.rejects) {
    problems.push(`manifest.json: accounting broken: ${acc.inputs} inputs != ${acc.articles} articles + ${acc.duplicates} duplicates + ${acc.rejects} rejects`);
  }
  for (const t of ['articles', 'duplicates', 'rejects'] as const) {
    if (counts[t] !== undefined && counts[t] !== acc[t]) problems.push(`${t}.jsonl: ${counts[t]} rows, accounting says ${acc[t]}`);
  }
  return problems;
}
