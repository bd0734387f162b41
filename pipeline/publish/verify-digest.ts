import { join } from 'node:path';
import { arrowType } from './arrow-table.ts';
import type { TableSpec } from './columns.ts';
import { openBinaryTable } from './read-binary.ts';
import { RowDigest, type RowDigestResult } from './row-digest.ts';

const BATCH_WORD = { arrow: 'record batch', parquet: 'row group' } as const;

/**
 * Checks one table just written to `dir` against the digest of the rows it was written from
 * (`RowDigest`), without the rows: its Arrow and Parquet files are read back one batch at a time
 * and must have the schema's columns, Arrow types (Arrow file) and field descriptions, and rows
 * whose digest equals the written one. A difference names the file and the first block of rows
 * (record batch or row group) that differs. JSONL and CSV are plain serialisations of the same
 * rows (their round trips are property-tested) and are checked by their bytes in `verifyFiles`.
 *
 * @example
 * const problems = await verifyTableDigest('.dist.staging-1', specs.sentences, written);
 */
export async function verifyTableDigest(dir: string, spec: TableSpec, written: RowDigestResult): Promise<string[]> {
  const problems: string[] = [];
  for (const format of ['arrow', 'parquet'] as const) {
    const name = `${spec.name}.${format}`;
    let file;
    try {
      file = await openBinaryTable(format, spec, join(dir, name));
    } catch (error) {
      problems.push(`${name}: cannot be read (${(error as Error).message})`);
      continue;
    }
    try {
      if (file.columns.join(',') !== spec.columns.map((c) => c.name).join(',')) { problems.push(`${name}: columns [${file.columns.join(', ')}] differ from the schema`); continue; }
      spec.columns.forEach((c, i) => {
        if (format === 'arrow' && file.types[i] !== String(arrowType(c.kind, i))) problems.push(`${name}: column ${c.name} has type ${file.types[i]}`);
        if (file.descriptions[i] !== c.description) problems.push(`${name}: column ${c.name} lacks the schema's description`);
      });
      const digest = new RowDigest(written.blockRows);
      for await (const rows of file.batches()) digest.add(rows);
      const back = digest.result();
      if (back.rows !== written.rows) { problems.push(`${name}: ${back.rows} rows, ${written.rows} written`); continue; }
      const k = back.blocks.findIndex((b, i) => b !== written.blocks[i]);
      if (k >= 0) {
        const size = written.blockRows;
        problems.push(`${name}: rows ${k * size + 1}–${Math.min((k + 1) * size, written.rows)} (${BATCH_WORD[format]} ${k + 1}) differ from the rows written`);
      }
    } catch (error) {
      problems.push(`${name}: cannot be read (${(error as Error).message})`);
    } finally {
      await file.close();
    }
  }
  return problems;
}
