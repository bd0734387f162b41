import { createHash, type Hash } from 'node:crypto';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Bytes gathered before a write to the file: many small chunks (Arrow message headers, padding) make one write. */
const BUFFER_BYTES = 1 << 20;

/**
 * A new file written progressively: chunks go to disk as they come (small ones gathered into
 * writes of up to 1 MiB), hashed (SHA-256) and counted on the way, and `close` flushes the
 * file to disk. Chunks may be reused by the caller once `write` has resolved.
 *
 * @example
 * const sink = await FileSink.open('staging/articles.jsonl');
 * await sink.write(bytes);
 * const { bytes, sha256 } = await sink.close();
 */
export class FileSink {
  private readonly hash: Hash = createHash('sha256');
  private readonly buffer = new Uint8Array(BUFFER_BYTES);
  private used = 0;
  private written = 0;

  private constructor(readonly path: string, private handle: FileHandle | null) {}

  /** Creates (or truncates) the file, and its folder if needed. */
  static async open(path: string): Promise<FileSink> {
    await mkdir(dirname(path), { recursive: true });
    return new FileSink(path, await open(path, 'w'));
  }

  /** Bytes written so far. */
  get bytes(): number {
    return this.written;
  }

  /** Appends bytes to the file. */
  async write(chunk: Uint8Array): Promise<void> {
    if (!this.handle) throw new Error(`${this.path} is closed`);
    this.hash.update(chunk);
    this.written += chunk.length;
    if (this.used + chunk.length > BUFFER_BYTES) await this.flush();
    if (chunk.length >= BUFFER_BYTES) await this.writeAll(chunk);
    else {
      this.buffer.set(chunk, this.used);
      this.used += chunk.length;
    }
  }

  /** Writes what is gathered, flushes the file to disk and closes it; returns its size and SHA-256. */
  async close(): Promise<{ bytes: number; sha256: string }> {
    if (!this.handle) throw new Error(`${this.path} is closed`);
    const handle = this.handle;
    try {
      await this.flush();
      await handle.sync();
    } finally {
      this.handle = null;
      await handle.close();
    }
    return { bytes: this.written, sha256: this.hash.digest('hex') };
  }

  /** Closes the file without finishing it (after a failure); never throws. */
  async discard(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.close().catch(() => undefined);
  }

  private async flush(): Promise<void> {
    if (this.used === 0) return;
    await this.writeAll(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private async writeAll(bytes: Uint8Array): Promise<void> {
    for (let at = 0; at < bytes.length;) {
      const { bytesWritten } = await this.handle!.write(bytes, at, bytes.length - at);
      at += bytesWritten;
    }
  }
}
