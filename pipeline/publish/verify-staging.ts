import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '../lib/hash.ts';
import { arrowType } from './arrow-table.ts';
import { checkKeys } from './check-keys.ts';
import type { TableSpec } from './columns.ts';
import type { ManifestFile } from './manifest.ts';
import { readFormat } from './read-formats.ts';
import { TABLES, type TableName } from './tables.ts';
import { comparable, type Row } from './values.ts';

const show = (v: unknown): string => JSON.stringify(v)?.slice(0, 80) ?? String(v);

/**
 * Publish's own check of a staging folder before it is swapped in, cheaper than a full
 * `validateDataset` because it knows the rows it wrote (already validated against their
 * schemas): every file listed is re-read and matches its size and SHA-256 (no unlisted file),
 * the Arrow and Parquet files decode back to exactly these rows with the schema's columns, types
 * and descriptions, and the keys hold. JSONL and CSV are plain serialisations of the same rows
 * (their round trips are property-tested) and are checked by their bytes here; `newsprep
 * validate` re-parses every format.
 *
 * @example
 * const problems = await verifyStaging('.dist.staging-1', specs, tables, files);
 */
export async function verifyStaging(
  dir: string, specs: Record<TableName, TableSpec>, tables: Record<TableName, readonly Row[]>, files: Readonly<Record<string, ManifestFile>>,
): Promise<string[]> {
  const problems: string[] = [];
  const present = new Set(await readdir(dir));
  for (const name of present) if (name !== 'manifest.json' && !(name in files)) problems.push(`${name}: not listed in manifest.json`);
  const bytesOf = new Map<string, Uint8Array>();
  for (const [name, entry] of Object.entries(files)) {
    if (!present.has(name)) { problems.push(`${name}: listed in manifest.json but missing`); continue; }
    const bytes = await readFile(join(dir, name));
    if (bytes.length !== entry.bytes || sha256(bytes) !== entry.sha256) problems.push(`${name}: size or SHA-256 differs from what was written`);
    else bytesOf.set(name, bytes);
  }
  const keyed: Partial<Record<TableName, unknown[][]>> = {};
  for (const t of TABLES) {
    const spec = specs[t];
    const expected = tables[t].map((r) => spec.columns.map((c) => comparable(c.kind, r[c.name] ?? null)));
    const expectedJson = expected.map((r) => JSON.stringify(r));
    keyed[t] = expected;
    for (const format of ['arrow', 'parquet'] as const) {
      const name = `${t}.${format}`;
      const bytes = bytesOf.get(name);
      if (!bytes) continue;
      const back = readFormat(format, spec, bytes);
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
  }
  problems.push(...checkKeys(specs, keyed));
  return problems;
}
