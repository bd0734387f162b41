import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** Size in bytes and hex SHA-256 of a file. */
export interface FileDigest {
  bytes: number;
  sha256: string;
}

/**
 * Size and SHA-256 of a file, read as a stream (1 MiB at a time), so a file of any size is
 * hashed in the memory of one read.
 *
 * @example
 * const { bytes, sha256 } = await fileDigest('dist/articles.jsonl');
 */
export async function fileDigest(path: string): Promise<FileDigest> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { bytes, sha256: hash.digest('hex') };
}
