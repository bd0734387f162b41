import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { sha256, shortHash } from '../lib/hash.ts';
import { SchemaRegistry } from '../lib/schemas.ts';
import type { AnnotatedRecord, CleanRecord, DedupRecord, IngestRecord, RejectRow, SegmentRecord } from '../lib/types.ts';
import { tableSpecs } from '../publish/tables.ts';
import { applyStage, prepareStage, type ReadyStage } from '../runner/apply-stage.ts';
import { ARTICLE_TABLES, recordRows } from '../runner/build-rows.ts';
import { spillLine, TableSpills } from '../runner/table-spills.ts';
import type { PipelineConfig } from '../runner/config.ts';
import { Counters } from '../runner/counters.ts';
import { annotateStage, fullNames, keywordsOf, linkRecord, linksFrom, PeopleChooser, type PeopleLinks, resolveAnnotateOptions, termCounts, wordCounts } from '../stages/annotate/index.ts';
import { cleanStage, repeatedAmong } from '../stages/clean/index.ts';
import { codeShingles, signRecords } from '../stages/dedup/index.ts';
import { type IngestedFile, ingestPath, type InputFile } from '../stages/ingest/index.ts';
import { segmentStage } from '../stages/segment/index.ts';
import { chunkKeyOf, type PartResult, partFile, readDocPart, readJsonPart, readPartAt, recordDigest, writeDocPart, writePart } from './chunk-parts.ts';
import { entryRecord, readAnnotateMeta, type TermsEntry, termsEntry, writeAnnotateMeta } from './finish-parts.ts';
import type {
  AnnotateJob, AnnotateResult, ChunkJob, ChunkResult, DocTask, FinishJob, PhaseContext, RowsResult, ScanBatch, ScanOutcome, ScanResult, TableJob, TableJobResult, TermsResult,
} from './doc-jobs.ts';
import { publishTableJob } from './publish-table-job.ts';
import { scanJob } from './scan-job.ts';
import { withRepeats } from './with-repeats.ts';

/** What a worker (or the main thread) needs to build the per-document jobs. */
export interface DocPipelineInit {
  config: PipelineConfig;
  /** The run's work folder (parts are read and written there). */
  work: string;
  /** Everything a chunk's output depends on besides its records: config hash, code. */
  docContext: string;
  /** The same for annotate parts. */
  annotateContext: string;
}

/** The result of per-document stage calls: one value (or null when rejected) per document. */
export type BatchResult<T> = PartResult<T>;

/** A configured set of per-document jobs (see `DOC_TASKS`). */
export interface DocPipeline {
  setContext(ctx: PhaseContext): Promise<void>;
  scan(files: ChunkJob['files']): Promise<ScanBatch>;
  chunk(job: ChunkJob): Promise<ChunkResult>;
  annotate(job: AnnotateJob): Promise<AnnotateResult>;
  terms(job: FinishJob): Promise<TermsResult>;
  rows(job: FinishJob): Promise<RowsResult>;
  table(job: TableJob): Promise<TableJobResult>;
}


/** Ingests files one after another, in order (each read is synchronous, see `ingestPath`). */
async function readInputs(files: readonly InputFile[]): Promise<IngestedFile[]> {
  const out: IngestedFile[] = [];
  for (const f of files) out.push(await ingestPath(f));
  return out;
}

/**
 * Builds the per-document jobs with each stage compiled once. The same code runs in the main
 * thread (concurrency 1) and in every worker; jobs read inputs and parts themselves and return
 * only what the main thread must keep.
 *
 * @example
 * const p = createDocPipeline({ config, work: '.dist.work', docContext, annotateContext });
 * const scanned = await p.scan(files);
 */
export function createDocPipeline(init: DocPipelineInit): DocPipeline {
  const registry = SchemaRegistry.load();
  const validateIngest = registry.validator('newsprep:stages/ingest');
  const validateDedup = registry.validator('newsprep:stages/dedup');
  const segment = prepareStage(segmentStage, init.config.segment, registry);
  const annotate = prepareStage(annotateStage, init.config.annotate, registry);
  const annotateOptions = resolveAnnotateOptions(init.config.annotate);
  const specs = tableSpecs(registry);
  const open = ARTICLE_TABLES.flatMap((t) => specs[t].columns.filter((c) => c.kind === 'dictionary' && c.values === null).map((c) => [t, c.name] as const));
  let clean: ReadyStage<IngestRecord, CleanRecord> = prepareStage(cleanStage, { ...init.config.clean, repeatedLines: [] }, registry);
  /** The `shortHash` of each repeated line key (the scan saves lookup keys hashed). */
  let repeated = new Set<string>();
  let links: PeopleLinks = new PeopleChooser().links();
  let df = new Map<string, number>();
  let records = 0;
  let spill: TableSpills | null = null;

  const ingestChunk = async (job: ChunkJob): Promise<IngestRecord[]> => {
    const want = new Map(job.sources.map((s, i) => [s, i]));
    const docs = new Array<IngestRecord>(job.sources.length);
    for (const file of await readInputs(job.files)) {
      for (const o of file.outcomes) if (o.ok && want.has(o.record.source)) docs[want.get(o.record.source)!] = o.record;
    }
    const missing = job.sources.findIndex((_s, i) => !docs[i]);
    if (missing >= 0) throw new Error(`${job.sources[missing]} changed while the run read it`);
    return docs;
  };
  /** An annotate part's terms entries (from its meta: the records are not parsed). */
  const termsOf = async (key: string): Promise<Array<TermsEntry | null>> => {
    const meta = await readAnnotateMeta(init.work, key);
    if (!meta) throw new Error(`annotate part ${key} is missing`);
    return meta.entries;
  };
  const link = (r: AnnotatedRecord): AnnotatedRecord => (annotateOptions.linkPeopleAcrossCorpus ? linkRecord(r, links) : r);
  return {
    async setContext(ctx) {
      if (ctx.repeatedLines) {
        repeated = new Set(ctx.repeatedLines.map(shortHash));
        clean = prepareStage(cleanStage, { ...init.config.clean, repeatedLines: ctx.repeatedLines }, registry);
      }
      if (ctx.chosen) links = linksFrom(new Map(ctx.chosen));
      if (ctx.df) df = new Map(ctx.df);
      if (ctx.records !== undefined) records = ctx.records;
      if (ctx.spill !== undefined) {
        await spill?.close();
        spill = ctx.spill === null ? null : await TableSpills.create(join(ctx.spill, `t${threadId}`));
      }
    },
    scan(files) {
      return scanJob(files, init.work, init.docContext, validateIngest);
    },
    async chunk(job) {
      // The chunk's key comes from what the scan saved of its records: a chunk saved by an earlier
      // run is found without reading its inputs. Only the repeated lines these documents hold (and
      // whether there are any at all) can change its output: new documents elsewhere leave it valid.
      const scanned = new Map<string, Extract<ScanOutcome, { ok: true }>>();
      for (const scanKey of job.scans) {
        const batch = await readJsonPart<ScanResult[]>(init.work, scanKey);
        if (!batch) throw new Error(`scan part ${scanKey} is missing`);
        for (const file of batch) for (const o of file.outcomes) if (o.ok) scanned.set(o.source, o);
      }
      const records = job.sources.map((s) => {
        const o = scanned.get(s);
        if (!o) throw new Error(`${s} is not in the scan of its file`);
        return o;
      });
      const key = chunkKeyOf(records.map((r) => r.digest), init.docContext, [repeated.size > 0, repeatedAmong(records.map((r) => r.lookup), repeated)]);
      const saved = await readDocPart(init.work, key);
      if (saved) return { key, computed: false, signed: codeShingles(saved.signed), positions: saved.positions, rejects: saved.result.rejects, counters: saved.result.counters };
      const docs = await ingestChunk(job);
      // A part is saved under the key of what is cleaned now: an input that changed since the scan stops the run.
      docs.forEach((d, i) => { if (recordDigest(d) !== records[i].digest) throw new Error(`${d.source} changed while the run read it`); });
      const counters = new Counters();
      const rejects: RejectRow[] = [];
      const values = docs.map((rec) => {
        const cleaned = applyStage<IngestRecord, CleanRecord>(clean, rec, counters, rejects);
        return cleaned ? applyStage<CleanRecord, SegmentRecord>(segment, cleaned, counters, rejects) : null;
      });
      const positions = values.flatMap((v, i) => (v ? [i] : []));
      const signed = signRecords(positions.map((i) => values[i]!), init.config.dedup);
      const result = { values, rejects, counters: counters.toJSON() };
      await writeDocPart(init.work, key, result, signed, positions);
      return { key, computed: true, signed: codeShingles(signed), positions, rejects, counters: result.counters };
    },
    async annotate(job) {
      // A chunk part's key fixes its records, so the part key and the kept positions fix the
      // records annotated here: the annotate part is found without reading the chunk part, and
      // reused by reading its meta alone (annotation does not read the repeat counts: the meta
      // takes the current ones).
      const key = `annotate-${sha256(`${init.annotateContext}\n${job.docKey}\n${job.items.map((it) => it.at).join(',')}`)}`;
      let meta = await readAnnotateMeta(init.work, key);
      const computed = !meta || meta.entries.length !== job.items.length
        || meta.entries.some((e, j) => e !== null && e[4].length !== job.items[j].repeated.length)
        || !(await stat(partFile(init.work, key)).then(() => true, () => false));
      if (!computed) {
        let changed = false;
        meta!.entries.forEach((e, j) => {
          const counts = job.items[j].repeated;
          if (e && e[4].some((n, k) => n !== counts[k])) [e[4], changed] = [Array.from(counts), true];
        });
        if (changed) await writeAnnotateMeta(init.work, meta!);
      } else {
        // Only the kept records are parsed (most of a chunk may be copies).
        const kept = await readPartAt<SegmentRecord>(init.work, job.docKey, job.items.map((it) => it.at));
        if (!kept) throw new Error(`chunk part ${job.docKey} is missing`);
        const c = new Counters();
        const r: RejectRow[] = [];
        const values = job.items.map(({ repeated: counts }, j) => {
          const rec = kept[j]!;
          const dedup: DedupRecord = { ...rec, sentences: rec.sentences.map((s, k) => ({ ...s, repeated: counts[k] })) };
          if (validateDedup(dedup)) return applyStage<DedupRecord, AnnotatedRecord>(annotate, dedup, c, r);
          c.dropped('dedup', 'schema-invalid');
          r.push({ id: rec.id, source: rec.source, stage: 'dedup', rule: 'schema-invalid', message: `${rec.source}: dedup output fails newsprep:stages/dedup` });
          return null;
        });
        const counters = c.toJSON();
        await writePart(init.work, key, { values, rejects: r, counters });
        meta = { key, rejects: r, counters, entries: values.map((v) => (v ? termsEntry(v, wordCounts(v)) : null)) };
        await writeAnnotateMeta(init.work, meta);
      }
      const names = meta!.entries.flatMap((e): Array<[string, string[]]> => (e ? [[e[0], fullNames(entryRecord(e))]] : []));
      return { key, computed, names, rejects: meta!.rejects, counters: meta!.counters };
    },
    async terms(job) {
      const counts = new Map<string, number>();
      for (const e of await termsOf(job.key)) {
        if (e) for (const term of termCounts(link(entryRecord(e)), e[3]).keys()) counts.set(term, (counts.get(term) ?? 0) + 1);
      }
      return { df: [...counts] };
    },
    async rows(job) {
      if (!spill) throw new Error('rows: no spill folder was given (setContext({ spill }))');
      const entries = await termsOf(job.key);
      const at = entries.flatMap((e, i) => (e ? [i] : []));
      const kept = await readPartAt<AnnotatedRecord>(init.work, job.key, at);
      if (!kept) throw new Error(`annotate part ${job.key} is missing`);
      const values: Record<string, Set<string>> = Object.fromEntries(open.map(([t, c]) => [`${t}.${c}`, new Set<string>()]));
      const ids: string[] = [];
      for (const [k, record] of kept.entries()) {
        const e = entries[at[k]]!;
        // The part holds the repeat counts of the run that annotated it; the meta holds this run's.
        if (!record || !withRepeats(record, e[4])) throw new Error(`annotate part ${job.key}: record ${at[k]} does not match its meta`);
        const r = link(record);
        const rows = recordRows({ ...r, keywords: keywordsOf(termCounts(r, e[3]), df, records, annotateOptions.keywords) });
        for (const [t, c] of open) for (const row of rows[t]) if (typeof row[c] === 'string') values[`${t}.${c}`].add(row[c] as string);
        await spill.add(r.id, ARTICLE_TABLES.map((t) => spillLine(specs[t], rows[t])));
        ids.push(r.id);
      }
      return { ids, values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, [...v].sort()])) };
    },
    table(job) {
      return publishTableJob(registry, job);
    },
  };
}

/** Runs one job of `task` on a pipeline (how workers and the local executor dispatch). */
export function runJob(p: DocPipeline, task: DocTask, payload: unknown): Promise<unknown> {
  switch (task) {
    case 'scan': return p.scan(payload as ChunkJob['files']);
    case 'chunk': return p.chunk(payload as ChunkJob);
    case 'annotate': return p.annotate(payload as AnnotateJob);
    case 'terms': return p.terms(payload as FinishJob);
    case 'rows': return p.rows(payload as FinishJob);
    default: return p.table(payload as TableJob);
  }
}
