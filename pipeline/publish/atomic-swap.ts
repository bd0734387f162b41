import { createReadStream } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { processAlive } from '../lib/process-alive.ts';
import { FileSink } from './file-sink.ts';

/** Names of the folders a publish keeps next to the target. */
export const stagingName = (target: string, pid: number): string => join(dirname(target), `.${basename(target)}.staging-${pid}`);
export const retiredName = (target: string, pid: number): string => join(dirname(target), `.${basename(target)}.old-${pid}`);

/** Writes a file and flushes it to disk. */
export async function writeDurable(path: string, bytes: Uint8Array | string): Promise<void> {
  await writeChunks(path, [typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes]);
}

/** Writes chunks (given at once or as they are read) to a new file, hashing as it goes, and flushes it to disk. */
export async function writeChunks(path: string, chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<{ bytes: number; sha256: string }> {
  const sink = await FileSink.open(path);
  try {
    for await (const chunk of chunks) await sink.write(chunk);
  } catch (error) {
    await sink.discard();
    throw error;
  }
  return sink.close();
}

/** Copies a file of any size to a new file a MiB at a time, hashing as it goes, and flushes it to disk. */
export const copyDurable = (from: string, to: string): Promise<{ bytes: number; sha256: string }> =>
  // The stream is opened once the copy is being read (an error of a stream opened earlier would have no listener yet).
  writeChunks(to, (async function* () { yield* createReadStream(from, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>; })());

const exists = async (path: string): Promise<boolean> => stat(path).then(() => true, () => false);

/**
 * Repairs what an interrupted publish left next to `target`: if the target is missing but a
 * retired copy exists (killed between the two renames), the retired copy is put back; staging
 * and retired folders of processes that are gone are removed.
 *
 * @example
 * await recoverInterrupted('dist');
 */
export async function recoverInterrupted(target: string): Promise<void> {
  const parent = dirname(target);
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = (await readdir(parent)).filter((n) => n.startsWith(prefix)).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const m = /\.(staging|old)-(\d+)$/.exec(name);
    if (!m || processAlive(Number(m[2])) && Number(m[2]) !== process.pid) continue;
    const path = join(parent, name);
    if (m[1] === 'old' && !(await exists(target))) await rename(path, target);
    else await rm(path, { recursive: true, force: true });
  }
}

/**
 * Swaps a fully written and verified staging folder in place of `target`. The old dataset is
 * renamed aside first and deleted only after the new one is in place, so a crash at any point
 * leaves either the old or the new dataset (see `recoverInterrupted`).
 */
export async function swapIn(staging: string, target: string): Promise<void> {
  const retired = retiredName(target, process.pid);
  const had = await exists(target);
  if (had) await rename(target, retired);
  try {
    await rename(staging, target);
  } catch (error) {
    if (had) await rename(retired, target);
    throw error;
  }
  if (had) await rm(retired, { recursive: true, force: true });
}
