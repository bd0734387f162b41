import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRow = Record<string, any>;

/** The rows of a published table, read from its JSONL file as plain objects. */
export const jsonl = async (dir: string, table: string): Promise<AnyRow[]> =>
  (await readFile(join(dir, `${table}.jsonl`), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as AnyRow);
