import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../pipeline/lib/hash.ts';
import { FileSink } from '../../pipeline/publish/file-sink.ts';

describe('FileSink', () => {
  it.each([
    ['nothing', []],
    ['small chunks', [1, 2, 3, 4096, 0, 7]],
    ['chunks around the 1 MiB gathering buffer', [1 << 20, 1, (1 << 20) - 1, 3, 2 << 20, 5]],
  ])('%s: the file holds the chunks in order, with the size and SHA-256 returned', async (_name, sizes) => {
    const path = join(await mkdtemp(join(tmpdir(), 'np-sink-')), 'sub', 'f.bin');
    const sink = await FileSink.open(path);
    const chunks = sizes.map((n, i) => new Uint8Array(n).map((_, j) => (i * 31 + j) & 255));
    for (const c of chunks) await sink.write(c);
    expect(sink.bytes).toBe(sizes.reduce((a, b) => a + b, 0));
    const result = await sink.close();
    const bytes = await readFile(path);
    expect(bytes.equals(Buffer.concat(chunks))).toBe(true);
    expect(result).toEqual({ bytes: bytes.length, sha256: sha256(bytes) });
  });

  it('a chunk may be reused once written; a closed sink refuses more', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'np-sink-')), 'f.bin');
    const sink = await FileSink.open(path);
    const chunk = new Uint8Array([1, 2, 3]);
    await sink.write(chunk);
    chunk.fill(9);
    await sink.write(chunk);
    await sink.close();
    expect([...(await readFile(path))]).toEqual([1, 2, 3, 9, 9, 9]);
    await expect(sink.write(chunk)).rejects.toThrow('is closed');
    await sink.discard();
  });
});
