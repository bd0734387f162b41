import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import * as parquet from 'parquet-wasm';
import { describe, expect, it } from 'vitest';
import { rowsToArrow } from '../../pipeline/publish/arrow-table.ts';
import { FileSink } from '../../pipeline/publish/file-sink.ts';
import { ParquetStreamWriter } from '../../pipeline/publish/parquet-stream-writer.ts';
import { parquetProperties } from '../../pipeline/publish/parquet-properties.ts';
import { specs } from '../helpers/published.ts';

const sentences = (n: number) => Array.from({ length: n }, (_, i) => ({
  article_id: (i >> 3).toString(16).padStart(16, '0'), paragraph: 0, index: i & 7, start: i, end: i + 2, text: `Sentence ${i}.`, repeated: i % 2,
}));

describe('ParquetStreamWriter', () => {
  it.each([[0, 1], [5, 5], [100, 30], [20_000, 20_000]])('%i rows in batches of %i: the bytes writeParquet makes of the same batches (handed on in slices)', async (n, batchRows) => {
    const table = rowsToArrow(specs.sentences, sentences(n), batchRows);
    const path = join(await mkdtemp(join(tmpdir(), 'np-pq-')), 'sentences.parquet');
    const sink = await FileSink.open(path);
    const writer = new ParquetStreamWriter(sink);
    for (const batch of table.batches) await writer.write(batch);
    await writer.close();
    const written = await sink.close();
    const bytes = await readFile(path);
    expect(written.bytes).toBe(bytes.length);
    const { tableToIPC } = await import('apache-arrow');
    const whole = parquet.writeParquet(parquet.Table.fromIPCStream(tableToIPC(table, 'stream')), parquetProperties());
    expect(bytes.equals(Buffer.from(whole))).toBe(true);
    expect(tableFromIPC(parquet.readParquet(bytes).intoIPCStream()).numRows).toBe(n);
    const file = await parquet.ParquetFile.fromFile(new Blob([bytes]));
    // Row groups close at BATCH_ROWS rows (publish's batches), not at the end of each smaller batch.
    expect(file.metadata().numRowGroups()).toBe(n === 0 ? 0 : 1);
  });

  it('a sink that fails makes write or close reject with its error, without hanging', async () => {
    const failing = { write: async () => { throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }); } } as unknown as FileSink;
    const writer = new ParquetStreamWriter(failing);
    const table = rowsToArrow(specs.sentences, sentences(300), 100);
    const attempt = (async () => {
      for (const batch of table.batches) await writer.write(batch);
      await writer.close();
    })();
    await expect(attempt).rejects.toMatchObject({ code: 'ENOSPC' });
  });

  it('abort stops a writer that is waiting for batches', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'np-pq-')), 'x.parquet');
    const sink = await FileSink.open(path);
    const writer = new ParquetStreamWriter(sink);
    await writer.write(rowsToArrow(specs.sentences, sentences(3)).batches[0]);
    await writer.abort(new Error('stop'));
    await sink.discard();
  });
});
