import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from '../lib/hash.ts';

const PIPELINE = fileURLToPath(new URL('../', import.meta.url));

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (/\.(ts|json)$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

/**
 * SHA-256 of the source of the given folders under `pipeline/` (e.g. the stages a part was
 * made by): saved work is reused only by the very code that made it, even when a change
 * forgot to bump a stage version.
 *
 * @example
 * const fp = codeFingerprint(['lib', 'stages/ingest', 'stages/clean', 'stages/segment']);
 */
export function codeFingerprint(folders: readonly string[]): string {
  return sha256(folders.flatMap((f) => files(join(PIPELINE, f)).map((p) => `${p.slice(PIPELINE.length)}\0${sha256(readFileSync(p))}`)).join('\n'));
}
