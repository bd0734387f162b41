import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { describeErrors } from '../lib/schemas.ts';
import { arrowType, BATCH_ROWS } from './arrow-table.ts';
import type { KeyChecker } from './check-keys.ts';
import type { TableSpec } from './columns.ts';
import { firstDifference } from './first-difference.ts';
import { openTableStream, readRowRange, type TableStream } from './read-table.ts';
import { RowDigest, type RowDigestResult } from './row-digest.ts';
import type { TableName } from './tables.ts';
import { FORMATS, type Format } from './write-formats.ts';

/** What `validateTable` needs to know of the dataset around a table. */
export interface TableContext {
  dir: string;
  spec: TableSpec;
  /** The table's JSON Schema validator (`newsprep:tables/<table>`). */
  validate: ValidateFunction;
  /** Every file in the dataset folder (relative paths). */
  present: ReadonlySet<string>;
  /** The rows manifest.json gives for each file it lists. */
  listed: Readonly<Record<string, { rows: number | null }>>;
  /** Key checks across tables: the table's JSONL rows are added and the table is ended. */
  keys: KeyChecker;
}

/** What a check of one table found. */
export interface TableCheck {
  problems: string[];
  /** Rows of the table's JSONL file, or null when it could not be read. */
  rows: number | null;
}

/** One file read through: the digest of its rows and, for JSONL and CSV, the byte offset of each block of rows. */
interface Pass {
  format: Format;
  name: string;
  digest: RowDigestResult;
  offsets: number[];
}

const show = (v: unknown): string => JSON.stringify(v)?.slice(0, 80) ?? String(v);

/** The schema's Arrow types (Arrow file) and field descriptions (Arrow and Parquet), as the file declares them. */
function typeProblems(name: string, format: Format, spec: TableSpec, file: TableStream): string[] {
  const problems: string[] = [];
  if (format === 'arrow') {
    spec.columns.forEach((c, i) => {
      const want = String(arrowType(c.kind, i));
      if (file.types[i] !== want) problems.push(`${name}: column ${c.name} has type ${file.types[i]}, schema says ${want}`);
    });
  }
  file.descriptions?.forEach((d, i) => {
    if (d !== spec.columns[i].description) problems.push(`${name}: column ${spec.columns[i].name} description ${show(d)} differs from the schema's`);
  });
  return problems;
}

/**
 * Reads one file of the table through, a batch at a time: its header, the digest of its rows
 * and, for JSONL, every row against the table schema (the first failing row is named, the
 * others counted) and into the key checks. Null when the file cannot be read or its columns
 * are not the schema's (the problem is added).
 */
async function readThrough(c: TableContext, format: Format, problems: string[]): Promise<Pass | null> {
  const t = c.spec.name;
  const name = `${t}.${format}`;
  let file: TableStream;
  try {
    file = await openTableStream(format, c.spec, join(c.dir, name));
  } catch (error) {
    problems.push(`${name}: cannot be read (${(error as Error).message})`);
    return null;
  }
  try {
    const expected = c.spec.columns.map((col) => col.name);
    if (file.columns.join(',') !== expected.join(',')) {
      problems.push(`${name}: columns [${file.columns.join(', ')}] differ from the schema [${expected.join(', ')}]`);
      return null;
    }
    problems.push(...typeProblems(name, format, c.spec, file));
    const digest = new RowDigest();
    const offsets: number[] = [];
    let failing = 0;
    for await (const batch of file.batches()) {
      if (batch.offset !== null && batch.first % BATCH_ROWS === 0) offsets.push(batch.offset);
      digest.add(batch.rows);
      if (format !== 'jsonl') continue;
      batch.objects!.forEach((obj, i) => {
        if (c.validate(obj)) return;
        if (failing++ > 0) return;
        const e = describeErrors(c.validate.errors);
        problems.push(`${name}: row ${batch.first + i + 1} fails schema newsprep:tables/${t} at ${e.path}: ${e.message}`);
      });
      c.keys.add(t as TableName, batch.rows);
    }
    if (failing > 1) problems.push(`${name}: ${failing - 1} more rows fail schema newsprep:tables/${t}`);
    const result = digest.result();
    const rows = c.listed[name]?.rows;
    if (rows !== result.rows) problems.push(`${name}: ${result.rows} rows, manifest.json says ${rows}`);
    return { format, name, digest: result, offsets };
  } catch (error) {
    problems.push(`${name}: cannot be read (${(error as Error).message})`);
    return null;
  } finally {
    await file.close();
  }
}

/** Compares a file's rows with the reference file's by their block digests; a differing block is read again from both to name its first differing row. */
async function compare(c: TableContext, reference: Pass, other: Pass): Promise<string[]> {
  const problems: string[] = [];
  const a = reference.digest;
  const b = other.digest;
  const k = a.blocks.findIndex((d, i) => i < b.blocks.length && d !== b.blocks[i]);
  if (k >= 0) {
    const first = k * a.blockRows;
    const range = (p: Pass) => readRowRange(p.format, c.spec, join(c.dir, p.name), { first, count: a.blockRows, offset: p.offsets[k] ?? null });
    try {
      const diff = await firstDifference(range(reference), range(other), first);
      if (diff) problems.push(`${other.name}: row ${diff.row} column ${c.spec.columns[diff.column].name} is ${show(diff.b)}, ${reference.name} has ${show(diff.a)}`);
    } catch (error) {
      problems.push(`${other.name}: rows ${first + 1}–${first + a.blockRows} differ from ${reference.name}'s, and cannot be read again (${(error as Error).message})`);
    }
  }
  if (a.rows !== b.rows) problems.push(`${other.name}: ${b.rows} rows, ${reference.name} has ${a.rows}`);
  return problems;
}

/**
 * Checks one table of a published dataset in all four formats, one file after the other,
 * each read through once a batch at a time (memory does not grow with the table): every file
 * listed in manifest.json has the schema's columns, Arrow types and field descriptions, the
 * rows manifest.json says, and the same rows as the first file read (the JSONL file, unless it
 * cannot be read), compared by per-block digests (`RowDigest`); a block that differs is read
 * again from both files to name the first differing row and column. The JSONL rows are
 * checked against the table schema and fed to the key checks, and the table is then ended in
 * them (a JSONL file that stops reading part way counts with the rows read before, so that
 * no foreign key waits on it). A file that is missing or cannot be read is named and left out.
 *
 * @example
 * const { problems, rows } = await validateTable({ dir: 'dist', spec: specs.sentences, validate, present, listed: manifest.files, keys });
 */
export async function validateTable(c: TableContext): Promise<TableCheck> {
  const problems: string[] = [];
  let reference: Pass | null = null;
  let rows: number | null = null;
  for (const format of Object.values(FORMATS) as Format[]) {
    const name = `${c.spec.name}.${format}`;
    if (!(name in c.listed) || !c.present.has(name)) {
      if (!c.present.has(name)) problems.push(`${name}: missing`);
      continue;
    }
    const pass = await readThrough(c, format, problems);
    if (!pass) continue;
    if (format === 'jsonl') rows = pass.digest.rows;
    if (reference === null) reference = pass;
    else problems.push(...(await compare(c, reference, pass)));
  }
  c.keys.end(c.spec.name as TableName);
  return { problems, rows };
}
