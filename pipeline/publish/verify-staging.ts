import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileDigest } from './file-digest.ts';
import { arrowType } from './arrow-table.ts';
import { KeyChecker } from './check-keys.ts';
import type { TableSpec } from './columns.ts';
import type { ManifestFile } from './manifest.ts';
import { openBinaryTable } from './read-binary.ts';
import { TABLES, type TableName } from './tables.ts';
import { comparable, type Row } from './values.ts';

const show = (v: unknown): string => JSON.stringify(v)?.slice(0, 80) ?? String(v);

/**
 * Checks one table written to `dir` against the rows it was written from: its Arrow and
 * Parquet files, read back one batch at a time, hold exactly these rows, with the schema's
 * columns, types and descriptions, and its keys hold (`keys` remembers the key sets later
 * tables refer to). A differing row is named with its first differing column. Publish itself
 * keeps no rows and compares digests instead (`verifyTableDigest`); this is for callers that
 * have the rows.
 *
 * @example
 * const problems = await verifyTable('.dist.staging-1', specs.sentences, rows, keys);
 */
export async function verifyTable(dir: string, spec: TableSpec, rows: readonly Row[], keys: KeyChecker): Promise<string[]> {
  const problems: string[] = [];
  const expected = rows.map((r) => spec.columns.map((c) => comparable(c.kind, r[c.name] ?? null)));
  for (const format of ['arrow', 'parquet'] as const) {
    const name = `${spec.name}.${format}`;
    const file = await openBinaryTable(format, spec, join(dir, name));
    try {
      if (file.columns.join(',') !== spec.columns.map((c) => c.name).join(',')) { problems.push(`${name}: columns [${file.columns.join(', ')}] differ from the schema`); continue; }
      spec.columns.forEach((c, i) => {
        if (format === 'arrow' && file.types[i] !== String(arrowType(c.kind, i))) problems.push(`${name}: column ${c.name} has type ${file.types[i]}`);
        if (file.descriptions[i] !== c.description) problems.push(`${name}: column ${c.name} lacks the schema's description`);
      });
      let n = 0;
      let differs: string | null = null;
      for await (const batch of file.batches()) {
        for (const row of batch) {
          const want = expected[n++];
          if (differs !== null || !want || JSON.stringify(row) === JSON.stringify(want)) continue;
          const col = row.findIndex((v, j) => JSON.stringify(v) !== JSON.stringify(want[j]));
          differs = `${name}: row ${n} column ${spec.columns[col]?.name} is ${show(row[col])}, written ${show(want[col])}`;
        }
      }
      if (n !== expected.length) problems.push(`${name}: ${n} rows, ${expected.length} written`);
      else if (differs) problems.push(differs);
    } finally {
      await file.close();
    }
  }
  const before = keys.problems.length;
  keys.add(spec.name as TableName, expected).end(spec.name as TableName);
  problems.push(...keys.problems.slice(before));
  return problems;
}

/**
 * The problem with one written file, or null when it has the size and SHA-256 it was written
 * with (re-read as a stream).
 *
 * @example
 * const problem = await checkFile('.dist.staging-1', 'articles.jsonl', written.jsonl);
 */
export async function checkFile(dir: string, name: string, written: { bytes: number; sha256: string }): Promise<string | null> {
  const { bytes, sha256 } = await fileDigest(join(dir, name));
  return bytes !== written.bytes || sha256 !== written.sha256 ? `${name}: size or SHA-256 differs from what was written` : null;
}

/**
 * Every file listed exists with the size and SHA-256 written, and no other file is there. Files
 * are read as streams; those named in `hashed` were re-read by `checkFile` already (a table's
 * files, by the thread that wrote them, right after closing them) and only their size is checked.
 */
export async function verifyFiles(dir: string, files: Readonly<Record<string, ManifestFile>>, hashed: ReadonlySet<string> = new Set()): Promise<string[]> {
  const problems: string[] = [];
  const present = new Set(await readdir(dir));
  for (const name of present) if (name !== 'manifest.json' && !(name in files)) problems.push(`${name}: not listed in manifest.json`);
  for (const [name, entry] of Object.entries(files)) {
    if (!present.has(name)) { problems.push(`${name}: listed in manifest.json but missing`); continue; }
    if (hashed.has(name)) {
      if ((await stat(join(dir, name))).size !== entry.bytes) problems.push(`${name}: size differs from what was written`);
      continue;
    }
    const problem = await checkFile(dir, name, entry);
    if (problem) problems.push(problem);
  }
  return problems;
}

/**
 * A check of a whole staging folder against the rows written (`verifyFiles`, then
 * `verifyTable` for every table in order), for callers that hold the rows.
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
