import * as parquet from 'parquet-wasm';
import { BATCH_ROWS } from './arrow-table.ts';

/**
 * The writer settings of every published Parquet file: zstd, `created_by` newsprep (no version,
 * so the bytes do not change with the library's), and one row group per Arrow record batch.
 *
 * @example
 * const bytes = parquet.writeParquet(wasmTable, parquetProperties());
 */
export function parquetProperties(): parquet.WriterProperties {
  return new parquet.WriterPropertiesBuilder()
    .setCompression(parquet.Compression.ZSTD).setCreatedBy('newsprep').setMaxRowGroupSize(BATCH_ROWS).build();
}
