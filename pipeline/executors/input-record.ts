import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { writeDurable } from '../publish/atomic-swap.ts';
import { workDir } from './chunk-parts.ts';

const FILE = 'input.json';

/**
 * Remembers, beside a published folder (in its work folder, never in the dataset, whose bytes
 * must not depend on where the inputs live), which input folder the last run read, as a path
 * relative to the dataset's parent folder.
 *
 * @example
 * await recordInput('dist', 'seeds'); // .dist.work/input.json = {"input":"seeds"}
 */
export async function recordInput(out: string, input: string): Promise<void> {
  const rel = relative(dirname(resolve(out)), resolve(input)).split(sep).join('/') || '.';
  await writeDurable(join(workDir(out), FILE), `${JSON.stringify({ input: rel })}\n`);
}

/** The input folder the last run on `out` read, or null when no run left a record here. */
export async function recordedInput(out: string): Promise<string | null> {
  try {
    const { input } = JSON.parse(await readFile(join(workDir(out), FILE), 'utf8')) as { input?: unknown };
    return typeof input === 'string' ? join(dirname(resolve(out)), input) : null;
  } catch {
    return null;
  }
}
