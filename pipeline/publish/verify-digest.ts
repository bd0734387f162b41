import { join } from 'node:path';
import { arrowType } from './arrow-table.ts';
import type { TableSpec } from './columns.ts';
import { type BinaryTable, openBinaryTable } from './read-binary.ts';
import { RowDigest, type RowDigestResult } from './row-digest.ts';
import { sameRow } from './same-row.ts';

const FORMATS = ['arrow', 'parquet'] as const;
type BinaryFormat = (typeof FORMATS)[number];
const BATCH_WORD = { arrow: 'record batch', parquet: 'row group' } as const;

/** Opens a file and checks its columns, Arrow types (Arrow file) and descriptions; null and a problem when it fails. */
async function openChecked(dir: string, spec: TableSpec, format: BinaryFormat, problems: string[]): Promise<BinaryTable | null> {
  const name = `${spec.name}.${format}`;
  let file: BinaryTable;
  try {
    file = await openBinaryTable(format, spec, join(dir, name));
  } catch (error) {
    problems.push(`${name}: cannot be read (${(error as Error).message})`);
    return null;
  }
  const before = problems.length;
  if (file.columns.join(',') !== spec.columns.map((c) => c.name).join(',')) problems.push(`${name}: columns [${file.columns.join(', ')}] differ from the schema`);
  else {
    spec.columns.forEach((c, i) => {
      if (format === 'arrow' && file.types[i] !== String(arrowType(c.kind, i))) problems.push(`${name}: column ${c.name} has type ${file.types[i]}`);
      if (file.descriptions[i] !== c.description) problems.push(`${name}: column ${c.name} lacks the schema's description`);
    });
  }
  if (problems.length === before) return file;
  await file.close();
  return null;
}

/** What reading a file back found: its rows' count, or a reading error, and the first row that differs from the rows written (-1: none). */
type Verdict = { rows: number; firstDiff: number } | { error: string };

/** The problem a verdict states, or null (`firstDiff` counted in rows from the first; blocks of `written.blockRows`). */
function problemOf(name: string, format: BinaryFormat, v: Verdict, written: RowDigestResult): string | null {
  if ('error' in v) return `${name}: cannot be read (${v.error})`;
  if (v.rows !== written.rows) return `${name}: ${v.rows} rows, ${written.rows} written`;
  if (v.firstDiff < 0) return null;
  const size = written.blockRows;
  const k = Math.floor(v.firstDiff / size);
  return `${name}: rows ${k * size + 1}–${Math.min((k + 1) * size, written.rows)} (${BATCH_WORD[format]} ${k + 1}) differ from the rows written`;
}

/** A digest of rows read back against the written one: its row count and the first row of the first block that differs. */
function compareDigests(digest: RowDigest, written: RowDigestResult): { rows: number; firstDiff: number } {
  const back = digest.result();
  const k = back.blocks.findIndex((b, i) => b !== written.blocks[i]);
  return { rows: back.rows, firstDiff: k < 0 ? -1 : k * written.blockRows };
}

/** Reads a file's rows into a digest and compares it with the written one, block by block. */
async function digestVerdict(file: BinaryTable, written: RowDigestResult): Promise<Verdict> {
  const digest = new RowDigest(written.blockRows);
  try {
    for await (const rows of file.batches()) digest.add(rows);
  } catch (error) {
    return { error: (error as Error).message };
  }
  return compareDigests(digest, written);
}

/**
 * Reads the Arrow file into a digest and the Parquet file beside it, comparing each Parquet row
 * with the Arrow row at the same position: one digest instead of two. The Parquet verdict says
 * how it compares with the Arrow file, which is what was written when the Arrow digest matches.
 */
async function lockstep(arrow: BinaryTable, parquet: BinaryTable, written: RowDigestResult): Promise<{ arrow: Verdict; parquet: Verdict | null }> {
  const digest = new RowDigest(written.blockRows);
  const source = parquet.batches();
  let pending: unknown[][] = [];
  let at = 0;
  let parquetRows = 0;
  let parquetError: string | null = null;
  let firstDiff = -1;
  const pull = async (): Promise<boolean> => {
    if (parquetError !== null) return false;
    try {
      const next = await source.next();
      if (next.done) return false;
      pending = next.value;
      at = 0;
      parquetRows += next.value.length;
      return true;
    } catch (error) {
      parquetError = (error as Error).message;
      return false;
    }
  };
  let rows = 0;
  try {
    for await (const batch of arrow.batches()) {
      digest.add(batch);
      for (const row of batch) {
        if (at >= pending.length && !(await pull())) { // the Parquet file has fewer rows (or failed): counted below
          rows++;
          continue;
        }
        if (firstDiff < 0 && !sameRow(row, pending[at])) firstDiff = rows;
        at++;
        rows++;
      }
    }
  } catch (error) {
    await source.return(undefined);
    return { arrow: { error: (error as Error).message }, parquet: null };
  }
  const arrowVerdict = compareDigests(digest, written);
  if (arrowVerdict.rows !== written.rows || arrowVerdict.firstDiff >= 0) { // the Arrow file is no reference
    await source.return(undefined);
    return { arrow: arrowVerdict, parquet: null };
  }
  while (await pull()) { /* count the rows the Parquet file has beyond the Arrow file's */ }
  if (parquetError !== null) return { arrow: arrowVerdict, parquet: { error: parquetError } };
  return { arrow: arrowVerdict, parquet: { rows: parquetRows, firstDiff: parquetRows === rows ? firstDiff : -1 } };
}

/**
 * Checks one table just written to `dir` against the digest of the rows it was written from
 * (`RowDigest`), without the rows: its Arrow and Parquet files are read back one batch at a time
 * and must have the schema's columns, Arrow types (Arrow file) and field descriptions, and rows
 * equal to those written. The Arrow file's rows are digested and compared with the written
 * digest; the Parquet file's rows are compared with the Arrow file's as both are read (one
 * digest instead of two), and digested on their own only when the Arrow file is not a sound
 * reference. A difference names the file and the first block of rows (record batch or row
 * group) that differs. JSONL and CSV are plain serialisations of the same rows (their round
 * trips are property-tested) and are checked by their bytes in `verifyFiles`.
 *
 * @example
 * const problems = await verifyTableDigest('.dist.staging-1', specs.sentences, written);
 */
export async function verifyTableDigest(dir: string, spec: TableSpec, written: RowDigestResult): Promise<string[]> {
  const problems: Record<BinaryFormat, string[]> = { arrow: [], parquet: [] };
  const arrow = await openChecked(dir, spec, 'arrow', problems.arrow);
  const parquet = await openChecked(dir, spec, 'parquet', problems.parquet);
  try {
    const verdicts: Partial<Record<BinaryFormat, Verdict>> = {};
    if (arrow && parquet) {
      const both = await lockstep(arrow, parquet, written);
      verdicts.arrow = both.arrow;
      if (both.parquet) verdicts.parquet = both.parquet;
      else {
        const again = await openChecked(dir, spec, 'parquet', problems.parquet);
        if (again) verdicts.parquet = await digestVerdict(again, written).finally(() => again.close());
      }
    } else {
      if (arrow) verdicts.arrow = await digestVerdict(arrow, written);
      if (parquet) verdicts.parquet = await digestVerdict(parquet, written);
    }
    for (const f of FORMATS) {
      const v = verdicts[f];
      const p = v ? problemOf(`${spec.name}.${f}`, f, v, written) : null;
      if (p) problems[f].push(p);
    }
  } finally {
    await arrow?.close();
    await parquet?.close();
  }
  return [...problems.arrow, ...problems.parquet];
}
