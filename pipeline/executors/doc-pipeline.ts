import type { StageCounters } from '../publish/manifest.ts';
import { SchemaRegistry } from '../lib/schemas.ts';
import type { AnnotatedRecord, CleanRecord, DedupRecord, IngestRecord, RejectRow, SegmentRecord } from '../lib/types.ts';
import { applyStage, prepareStage } from '../runner/apply-stage.ts';
import type { PipelineConfig } from '../runner/config.ts';
import { Counters } from '../runner/counters.ts';
import { annotateStage } from '../stages/annotate/index.ts';
import { cleanStage } from '../stages/clean/index.ts';
import { segmentStage } from '../stages/segment/index.ts';

/** What a worker (or the main thread) needs to build the per-document stages. */
export interface DocPipelineInit {
  config: PipelineConfig;
  /** Result of clean's corpus pre-pass. */
  repeatedLines: string[];
}

/** The per-document work kinds: ingest record to segment record, and dedup record to annotated record. */
export const DOC_TASKS = { segment: 'segment', annotate: 'annotate' } as const;
export type DocTask = (typeof DOC_TASKS)[keyof typeof DOC_TASKS];

/** The result of a batch: one value (or null when rejected) per document, its rejects and counters. */
export interface BatchResult<T> {
  values: Array<T | null>;
  rejects: RejectRow[];
  counters: Record<string, StageCounters>;
}

/** A configured per-document pipeline: each stage compiled once, then applied batch by batch. */
export interface DocPipeline {
  segment(batch: IngestRecord[]): BatchResult<SegmentRecord>;
  annotate(batch: DedupRecord[]): BatchResult<AnnotatedRecord>;
}

/**
 * Builds the per-document stages (clean -> segment, and annotate) with their schema validators.
 * The same code runs in the main thread (concurrency 1) and in every worker.
 *
 * @example
 * const p = createDocPipeline({ config, repeatedLines: [] });
 * const { values } = p.segment(records);
 */
export function createDocPipeline(init: DocPipelineInit): DocPipeline {
  const registry = SchemaRegistry.load();
  const clean = prepareStage(cleanStage, { ...init.config.clean, repeatedLines: init.repeatedLines }, registry);
  const segment = prepareStage(segmentStage, init.config.segment, registry);
  const annotate = prepareStage(annotateStage, init.config.annotate, registry);
  return {
    segment(batch) {
      const counters = new Counters();
      const rejects: RejectRow[] = [];
      const values = batch.map((rec) => {
        const cleaned = applyStage<IngestRecord, CleanRecord>(clean, rec, counters, rejects);
        return cleaned ? applyStage<CleanRecord, SegmentRecord>(segment, cleaned, counters, rejects) : null;
      });
      return { values, rejects, counters: counters.toJSON() };
    },
    annotate(batch) {
      const counters = new Counters();
      const rejects: RejectRow[] = [];
      const values = batch.map((rec) => applyStage<DedupRecord, AnnotatedRecord>(annotate, rec, counters, rejects));
      return { values, rejects, counters: counters.toJSON() };
    },
  };
}

/** Joins the results of consecutive batches into one (values in order, counters summed). */
export function mergeBatches<T>(parts: Array<BatchResult<T>>): BatchResult<T> {
  const counters = new Counters();
  for (const p of parts) counters.merge(p.counters);
  return { values: parts.flatMap((p) => p.values), rejects: parts.flatMap((p) => p.rejects), counters: counters.toJSON() };
}
