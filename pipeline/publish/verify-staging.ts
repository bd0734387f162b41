import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '../lib/hash.ts';
import { arrowType } from './arrow-table.ts';
import { KeyChecker } from './check-keys.ts';
import type { TableSpec } from './columns.ts';
import type { ManifestFile } from './manifest.ts';
import { readFormat } from './read-formats.ts';
import { TABLES, type TableName } from './tables.ts';
import { comparable, type Row } from './values.ts';

const show = (v: unknown): string => JSON.stringify(v)?.slice(0, 80) ?? String(v);

/**
 * Checks one table just written to `dir` against the rows it was written from: its Arrow and
 * Parquet files decode back to exactly these rows, with the schema's columns, types and
 * descriptions, and its keys hold (`keys` remembers the key sets later tables refer to). JSONL
 * and CSV are plain serialisations of the same rows (their round trips are property-tested) and
 * are checked by their bytes in `verifyFiles`.
 *
 * @example
 * const problems = await verifyTable('.dist.staging-1', specs.sentences, rows, keys);
 */
export async function verifyTable(dir: string, spec: TableSpec, rows: readonly Row[], keys: KeyChecker): Promise<string[]> {
  const problems: string[] = [];
  const expected = rows.map((r) => spec.columns.map((c) => comparable(c.kind, r[c.name] ?? null)));
  const expectedJson = expected.map((r) => JSON.stringify(r));
  for (const format of ['arrow', 'parquet'] as const) {
    const name = `${spec.name}.${format}`;
    const back = readFormat(format, spec, await readFile(join(dir, name)));
    if (back.columns.join(',') !== spec.columns.map((c) => c.name).join(',')) { problems.push(`${name}: columns [${back.columns.join(', ')}] differ from the schema`); continue; }
    spec.columns.forEach((c, i) => {
      if (format === 'arrow' && back.types[i] !== String(arrowType(c.kind, i))) problems.push(`${name}: column ${c.name} has type ${back.types[i]}`);
      if (back.descriptions?.[i] !== c.description) problems.push(`${name}: column ${c.name} lacks the schema's description`);
    });
    if (back.rows.length !== expected.length) { problems.push(`${name}: ${back.rows.length} rows, ${expected.length} written`); continue; }
    const bad = back.rows.findIndex((row, i) => JSON.stringify(row) !== expectedJson[i]);
    if (bad >= 0) {
      const col = back.rows[bad].findIndex((v, j) => JSON.stringify(v) !== JSON.stringify(expected[bad][j]));
      problems.push(`${name}: row ${bad + 1} column ${spec.columns[col]?.name} is ${show(back.rows[bad][col])}, written ${show(expected[bad][col])}`);
    }
  }
  const before = keys.problems.length;
  keys.add(spec.name as TableName, expected);
  problems.push(...keys.problems.slice(before));
  return problems;
}

/** Every file listed exists with the size and SHA-256 written, and no other file is there. */
export async function verifyFiles(dir: string, files: Readonly<Record<string, ManifestFile>>): Promise<string[]> {
  const problems: string[] = [];
  const present = new Set(await readdir(dir));
  for (const name of present) if (name !== 'manifest.json' && !(name in files)) problems.push(`${name}: not listed in manifest.json`);
  for (const [name, entry] of Object.entries(files)) {
    if (!present.has(name)) { problems.push(`${name}: listed in manifest.json but missing`); continue; }
    const bytes = await readFile(join(dir, name));
    if (bytes.length !== entry.bytes || sha256(bytes) !== entry.sha256) problems.push(`${name}: size or SHA-256 differs from what was written`);
  }
  return problems;
}

/**
 * Publish's check of a whole staging folder before it is swapped in (`verifyFiles`, then
 * `verifyTable` for every table in order), cheaper than a full `validateDataset` because it
 * knows the rows it wrote. Publish itself runs `verifyTable` right after writing each table, so
 * it can release that table's rows.
 *
 * @example
 * const problems = await verifyStaging('.dist.staging-1', specs, tables, files);
 */
export async function verifyStaging(
  dir: string, specs: Record<TableName, TableSpec>, tables: Record<TableName, readonly Row[]>, files: Readonly<Record<string, ManifestFile>>,
): Promise<string[]> {
  const problems = await verifyFiles(dir, files);
  const keys = new KeyChecker(specs);
  for (const t of TABLES) if (files[`${t}.arrow`] && files[`${t}.parquet`]) problems.push(...(await verifyTable(dir, specs[t], tables[t], keys)));
  return problems;
}
