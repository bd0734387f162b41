import type { AdoptedTable } from '../publish/dataset-publisher.ts';
import type { StageCounters } from '../publish/manifest.ts';
import type { ArticleTable } from '../runner/build-rows.ts';
import type { RejectRow } from '../lib/types.ts';
import type { SignedBatch } from '../stages/dedup/index.ts';
import type { InputFile } from '../stages/ingest/index.ts';

/**
 * The jobs a worker (or the main thread, at concurrency 1) runs. Each reads what it needs from
 * the input files or the saved parts and sends back only what the main thread must hold:
 * signatures, decisions, counters, never whole articles: the final rows are spilled by the
 * thread that builds them.
 */
export const DOC_TASKS = { scan: 'scan', chunk: 'chunk', annotate: 'annotate', terms: 'terms', rows: 'rows', table: 'table' } as const;
export type DocTask = (typeof DOC_TASKS)[keyof typeof DOC_TASKS];

/** Rejects and counters of a job. */
export interface JobLog {
  rejects: RejectRow[];
  counters: Record<string, StageCounters>;
}

/**
 * One input of a scanned file: a reject, or a valid record's identity, its pre-pass line keys,
 * and what the chunk phase keys its chunk by (`digest`: `recordDigest`; `lookup`: the keys of
 * its lines clean looks up in the repeated set, `lookupKeys`, each as its `shortHash`), so a
 * chunk saved by an earlier run is found without reading its inputs again.
 */
export type ScanOutcome =
  | { ok: false; reject: RejectRow }
  | { ok: true; id: string; source: string; textSha: string; site: string; keys: string[]; digest: string; lookup: string[] };

/** `scan`: a batch of input files, scanned now or found saved under the key of their bytes. */
export interface ScanBatch {
  key: string;
  computed: boolean;
  files: ScanResult[];
}

/** `scan`: one input file read and ingested (nothing kept but identities and line keys). */
export interface ScanResult {
  source: string;
  id: string | null;
  bytes: number;
  outcomes: ScanOutcome[];
}

/** `chunk`: clean and segment one chunk of records (re-ingested from their files), or read its saved part. */
export interface ChunkJob {
  files: InputFile[];
  /** Sources of the chunk's records, in order. */
  sources: string[];
  /** Keys of the scan batches that hold the chunk's records. */
  scans: string[];
}

/** What a chunk gives back: its part key and the signatures of its segmented records. */
export interface ChunkResult extends JobLog {
  key: string;
  computed: boolean;
  /** Signatures of the chunk's segmented records (in part order). */
  signed: SignedBatch;
  /** Position in the part's values of each signed record. */
  positions: number[];
}

/** `annotate`: annotate the kept records of one chunk part (or read the saved annotate part). */
export interface AnnotateJob {
  /** Key of the chunk's part. */
  docKey: string;
  /** Kept records: position in the part, and each sentence's repeat count from dedup. */
  items: Array<{ at: number; repeated: Uint32Array }>;
}

/** What annotate gives back: the annotate part key and the full person names of each kept record. */
export interface AnnotateResult extends JobLog {
  key: string;
  computed: boolean;
  /** Per annotated record (in order): its id and full PERSON names, for linking people across the run. */
  names: Array<[string, string[]]>;
}

/** `terms` and `rows`: read one annotate part (its records carry the run's repeat counts). */
export interface FinishJob {
  key: string;
}

/** `terms`: in how many of the part's records each keyword term occurs. */
export interface TermsResult {
  df: Array<[string, number]>;
}

/** `rows`: the ids of the final records whose rows the job spilled (in this thread's spill folder), and values of open dictionary columns. */
export interface RowsResult {
  ids: string[];
  /** Distinct values per `table.column` of dictionary columns without an enum. */
  values: Record<string, string[]>;
}

/** `table`: publish one article table from its spill folder into the staging folder. */
export interface TableJob {
  table: ArticleTable;
  /** Staging folder of the dataset being published, and the target it replaces (for messages). */
  staging: string;
  target: string;
  /** The table's spill folders, one per thread that spilled rows (see `TableSpills`). */
  dirs: string[];
  /** Every value of each dictionary column without an enum. */
  allowed: Record<string, readonly string[]>;
  /** The `articles (id)` keys the table's foreign keys are checked against (all but the articles table). */
  articleIds: { slots: Int32Array; count: number } | null;
}

/** What a `table` job gives back: the table's outcome for `DatasetPublisher.adopt`, and for the articles table its id keys. */
export interface TableJobResult extends AdoptedTable {
  ids: { slots: Int32Array; count: number } | null;
}

/** Corpus-level facts the later jobs need (sent to every worker between phases). */
export interface PhaseContext {
  /** Clean's corpus pre-pass result. */
  repeatedLines?: string[];
  /** Person links chosen over the run: variant key -> name. */
  chosen?: Array<[string, string]>;
  /** Keyword document frequencies over the run, and the number of records. */
  df?: Array<[string, number]>;
  records?: number;
  /**
   * A folder: from now on, `rows` jobs spill their records' rows into this thread's own
   * subfolder of it (`t<threadId>`); null: write out what the thread's spill still holds.
   */
  spill?: string | null;
}
