import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { sha256 } from '../lib/hash.ts';
import { describeErrors, SchemaRegistry } from '../lib/schemas.ts';
import type { AnnotatedRecord, CleanRecord, DedupRecord, IngestRecord, RejectRow, SegmentRecord } from '../lib/types.ts';
import { tableSpecs } from '../publish/tables.ts';
import { applyStage, prepareStage, type ReadyStage } from '../runner/apply-stage.ts';
import { ARTICLE_TABLES, recordRows } from '../runner/build-rows.ts';
import { TableSpills } from '../runner/table-spills.ts';
import type { PipelineConfig } from '../runner/config.ts';
import { Counters } from '../runner/counters.ts';
import { annotateStage, fullNames, keywordsOf, linkRecord, linksFrom, PeopleChooser, type PeopleLinks, resolveAnnotateOptions, termCounts, wordCounts } from '../stages/annotate/index.ts';
import { cleanStage, lineCandidates, repeatedLinesIn } from '../stages/clean/index.ts';
import { codeShingles, signRecords } from '../stages/dedup/index.ts';
import { type IngestedFile, ingestPath, type InputFile } from '../stages/ingest/index.ts';
import { segmentStage } from '../stages/segment/index.ts';
import { chunkKey, type PartResult, readDocPart, readPart, writeDocPart, writePart } from './chunk-parts.ts';
import { unpackRecord } from './part-codec.ts';
import type {
  AnnotateJob, AnnotateResult, ChunkJob, ChunkResult, DocTask, FinishJob, PhaseContext, RowsResult, ScanResult, TableJob, TableJobResult, TermsResult,
} from './doc-jobs.ts';
import { publishTableJob } from './publish-table-job.ts';
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
  scan(files: ChunkJob['files']): Promise<ScanResult[]>;
  chunk(job: ChunkJob): Promise<ChunkResult>;
  annotate(job: AnnotateJob): Promise<AnnotateResult>;
  terms(job: FinishJob): Promise<TermsResult>;
  rows(job: FinishJob): Promise<RowsResult>;
  table(job: TableJob): Promise<TableJobResult>;
}

/** An annotate part: the annotated records and, aligned with them, their content-word counts (see `wordCounts`). */
type AnnotatePart = PartResult<AnnotatedRecord> & { words?: Array<Array<[string, number]> | null> };

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
  /** The records of an annotate part, people linked across the run, each with its content-word counts. */
  const finalRecords = async (job: FinishJob): Promise<Array<[AnnotatedRecord, Array<[string, number]>]>> => {
    const part = await readPart<AnnotatedRecord>(init.work, job.key) as AnnotatePart | null;
    if (!part) throw new Error(`annotate part ${job.key} is missing`);
    const out: Array<[AnnotatedRecord, Array<[string, number]>]> = [];
    part.values.forEach((v, i) => {
      if (!v) return;
      out.push([annotateOptions.linkPeopleAcrossCorpus ? linkRecord(v, links) : v, part.words?.[i] ?? wordCounts(v)]);
    });
    return out;
  };

  return {
    async setContext(ctx) {
      if (ctx.repeatedLines) {
        repeated = new Set(ctx.repeatedLines);
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
    async scan(files) {
      const out: ScanResult[] = [];
      for (const file of await readInputs(files)) {
        out.push({
          source: file.source, id: file.id, bytes: file.bytes,
          outcomes: file.outcomes.map((o) => {
            if (!o.ok) return o;
            const rec = o.record;
            const valid: boolean = validateIngest(rec);
            if (!valid) {
              const e = describeErrors(validateIngest.errors);
              return { ok: false as const, reject: { id: rec.id, source: rec.source, stage: 'ingest', rule: 'schema-invalid', message: `${rec.source}: ingest output fails newsprep:stages/ingest at ${e.path}: ${e.message}` } };
            }
            const { site, keys } = lineCandidates(rec);
            return { ok: true as const, id: rec.id, source: rec.source, textSha: sha256(rec.text), site, keys };
          }),
        });
      }
      return out;
    },
    async chunk(job) {
      const docs = await ingestChunk(job);
      // Only the repeated lines these documents hold (and whether there are any at all) can change
      // the chunk's output: new documents elsewhere in the corpus leave its key, and its part, valid.
      const key = chunkKey(docs, init.docContext, [repeated.size > 0, repeatedLinesIn(docs, repeated)]);
      const saved = await readDocPart(init.work, key);
      if (saved) return { key, computed: false, signed: codeShingles(saved.signed), positions: saved.positions, rejects: saved.result.rejects, counters: saved.result.counters };
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
      // records annotated here: the annotate part is found without reading the chunk part.
      const key = `annotate-${sha256(`${init.annotateContext}\n${job.docKey}\n${job.items.map((it) => it.at).join(',')}`)}`;
      let result = await readPart<AnnotatedRecord>(init.work, key) as AnnotatePart | null;
      const lined = result && result.values.length === job.items.length
        ? result.values.map((v, j) => (v === null ? 'same' : withRepeats(v, job.items[j].repeated))) : [false as const];
      const computed = lined.includes(false);
      if (!computed && lined.includes('changed')) {
        // Same annotations, new repeat counts (copies came or went elsewhere): later jobs read them from the part.
        await writePart(init.work, key, result!);
      }
      if (computed) {
        // Only the kept records get their sentence texts back (most of a chunk may be copies).
        const part = await readPart<SegmentRecord>(init.work, job.docKey, false);
        if (!part) throw new Error(`chunk part ${job.docKey} is missing`);
        const c = new Counters();
        const r: RejectRow[] = [];
        const values = job.items.map(({ at, repeated: counts }) => {
          const rec = unpackRecord(part.values[at]!);
          const dedup: DedupRecord = { ...rec, sentences: rec.sentences.map((s, j) => ({ ...s, repeated: counts[j] })) };
          if (validateDedup(dedup)) return applyStage<DedupRecord, AnnotatedRecord>(annotate, dedup, c, r);
          c.dropped('dedup', 'schema-invalid');
          r.push({ id: rec.id, source: rec.source, stage: 'dedup', rule: 'schema-invalid', message: `${rec.source}: dedup output fails newsprep:stages/dedup` });
          return null;
        });
        result = { values, rejects: r, counters: c.toJSON(), words: values.map((v) => (v ? wordCounts(v) : null)) };
        await writePart(init.work, key, result);
      }
      const names = result!.values.flatMap((v): Array<[string, string[]]> => (v ? [[v.id, fullNames(v)]] : []));
      return { key, computed, names, rejects: result!.rejects, counters: result!.counters };
    },
    async terms(job) {
      const counts = new Map<string, number>();
      for (const [r, words] of await finalRecords(job)) for (const term of termCounts(r, words).keys()) counts.set(term, (counts.get(term) ?? 0) + 1);
      return { df: [...counts] };
    },
    async rows(job) {
      const values: Record<string, Set<string>> = Object.fromEntries(open.map(([t, c]) => [`${t}.${c}`, new Set<string>()]));
      if (!spill) throw new Error('rows: no spill folder was given (setContext({ spill }))');
      const ids: string[] = [];
      for (const [r, words] of await finalRecords(job)) {
        const final = { ...r, keywords: keywordsOf(termCounts(r, words), df, records, annotateOptions.keywords) };
        const rows = recordRows(final);
        for (const [t, c] of open) for (const row of rows[t]) if (typeof row[c] === 'string') values[`${t}.${c}`].add(row[c] as string);
        await spill.add(r.id, ARTICLE_TABLES.map((t) => JSON.stringify(rows[t])));
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
