import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { usageError } from '../../lib/exit-codes.ts';

/** File endings ingest reads, and the format each means. */
export const INPUT_EXTENSIONS = { '.txt': 'txt', '.html': 'html', '.htm': 'html', '.jsonl': 'jsonl' } as const;

/** One file below the input root. `format` is null for a file ingest does not read. */
export interface InputFile {
  /** Path relative to the input root, with `/` separators. */
  source: string;
  path: string;
  format: 'txt' | 'html' | 'jsonl' | null;
}

/** Byte-wise order of relative paths, independent of locale and file system. */
export const compareSource = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Lists every file below `root` (hidden files and folders, and the `exclude` paths, such as the
 * output folder when it lies inside the input, excepted), sorted by relative path.
 * A missing or unreadable root is a usage error (exit 1).
 *
 * @example
 * const files = await listInputs('seeds'); // [{ source: '000_0de4903d27fcfa0d.txt', format: 'txt', ... }, ...]
 */
export async function listInputs(root: string, exclude: readonly string[] = []): Promise<InputFile[]> {
  const out: InputFile[] = [];
  const skip = new Set(exclude.map((p) => resolve(p)));
  const walk = async (dir: string, prefix: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const source = prefix ? `${prefix}/${entry.name}` : entry.name;
      const path = join(dir, entry.name);
      if (skip.has(resolve(path))) continue;
      if (entry.isDirectory()) await walk(path, source);
      else {
        const dot = entry.name.lastIndexOf('.');
        const ext = (dot >= 0 ? entry.name.slice(dot) : '').toLowerCase() as keyof typeof INPUT_EXTENSIONS;
        out.push({ source, path, format: INPUT_EXTENSIONS[ext] ?? null });
      }
    }
  };
  try {
    await walk(root, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw usageError(`input folder ${root} does not exist`);
    if (code === 'ENOTDIR') throw usageError(`input ${root} is not a folder`);
    throw usageError(`input folder ${root} cannot be read: ${(error as Error).message}`);
  }
  return out.sort((a, b) => compareSource(a.source, b.source));
}
