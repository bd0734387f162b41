import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SchemaRegistry } from '../../pipeline/lib/schemas.ts';
import { publishDataset } from '../../pipeline/publish/publish-dataset.ts';
import { readFormat } from '../../pipeline/publish/read-formats.ts';
import { TABLES, type TableName, tableSpecs } from '../../pipeline/publish/tables.ts';
import { readFile } from 'node:fs/promises';
import { sampleDataset, sampleManifest, sampleTables } from './sample-dataset.ts';

export const registry = SchemaRegistry.load();
export const specs = tableSpecs(registry);

/** Publishes the sample tables into a fresh folder and returns its path. */
export async function publishSample(): Promise<string> {
  const dist = join(await mkdtemp(join(tmpdir(), 'np-read-')), 'dist');
  await publishDataset({ target: dist, tables: sampleTables(), extraFiles: {}, manifest: sampleManifest(), registry, dataset: sampleDataset() });
  return dist;
}

/** The rows of every table as the JSONL files hold them, in comparable form. */
export async function jsonlRows(dist: string): Promise<Record<TableName, unknown[][]>> {
  const out = {} as Record<TableName, unknown[][]>;
  for (const t of TABLES) out[t] = readFormat('jsonl', specs[t], await readFile(join(dist, `${t}.jsonl`))).rows;
  return out;
}
