/** One file of a published dataset. */
export interface ManifestFile {
  /** Data rows (tables only; null for other files). */
  rows: number | null;
  bytes: number;
  sha256: string;
}

/** Per-stage counters: `total`, `kept` and `dropped_<rule>`. */
export type StageCounters = Record<string, number>;

/** manifest.json: what the dataset is, how it was made, and a checksum of every file. */
export interface Manifest {
  dataset: string;
  dataset_version: string;
  schema_version: string;
  pipeline_version: string;
  /** From SOURCE_DATE_EPOCH, or null when it is not set (outputs never hold the wall clock). */
  created: string | null;
  config_hash: string;
  /** SHA-256 over the sorted (source, SHA-256 of bytes) list of every input. */
  input_fingerprint: string;
  accounting: { inputs: number; articles: number; duplicates: number; rejects: number };
  stages: Record<string, StageCounters>;
  tables: Record<string, { rows: number; columns: string[] }>;
  files: Record<string, ManifestFile>;
}
