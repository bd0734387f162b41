import { readFile } from 'node:fs/promises';
import { usageError } from '../lib/exit-codes.ts';
import { type DatasetInfo, datasetDefaults } from '../lib/dataset-info.ts';
import { canonicalJson, sha256 } from '../lib/hash.ts';
import { describeErrors, type SchemaRegistry } from '../lib/schemas.ts';
import { annotateDefaults, annotateStage, type AnnotateOptions } from '../stages/annotate/index.ts';
import { cleanDefaults, cleanStage, type CleanOptions } from '../stages/clean/index.ts';
import { dedupDefaults, type DedupOptions, resolveDedupOptions } from '../stages/dedup/index.ts';
import { segmentDefaults, segmentStage, type SegmentOptions } from '../stages/segment/index.ts';

/** The resolved configuration of a run: every stage's options, defaults filled in. */
export interface PipelineConfig {
  /** What the dataset says about itself (card, Data Package); no stage reads it. */
  dataset: DatasetInfo;
  clean: CleanOptions;
  segment: SegmentOptions;
  dedup: DedupOptions;
  annotate: AnnotateOptions;
}

/** Defaults of every stage. */
export const DEFAULT_CONFIG: PipelineConfig = {
  dataset: datasetDefaults, clean: cleanDefaults, segment: segmentDefaults, dedup: dedupDefaults, annotate: annotateDefaults,
};

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Deep merge: objects merge key by key, anything else (arrays too) replaces. */
function merge<T>(base: T, patch: unknown): T {
  if (!isObject(base) || !isObject(patch)) return (patch === undefined ? base : patch) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) out[k] = merge(out[k], v);
  return out as T;
}

const deepFreeze = <T>(v: T): T => {
  if (v && typeof v === 'object') {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
};

/**
 * Configures every stage once with the resolved options, so options that are valid JSON but
 * unusable together (e.g. more LSH rows than permutations) stop the run with exit 1 before
 * any document is read.
 */
function checkStageOptions(config: PipelineConfig, where: string): void {
  const checks: Array<[string, () => unknown]> = [
    ['clean', () => cleanStage.create(config.clean)],
    ['segment', () => segmentStage.create(config.segment)],
    ['dedup', () => resolveDedupOptions(config.dedup)],
    ['annotate', () => annotateStage.create(config.annotate)],
  ];
  for (const [stage, check] of checks) {
    try {
      check();
    } catch (error) {
      throw usageError(`config ${where}: ${stage} options are unusable: ${(error as Error).message}`);
    }
  }
}

/**
 * Loads a config file (JSON), validates it against `newsprep:config` and merges it over the
 * defaults. Any problem is a usage error (exit 1) raised before a document is read. The hash
 * covers the processing options only, not `dataset` (which changes no table), so editing the
 * card's licence text does not invalidate cached work.
 *
 * @example
 * const { config, hash } = await loadConfig('newsprep.config.json', registry);
 */
export async function loadConfig(file: string | null, registry: SchemaRegistry): Promise<{ config: PipelineConfig; hash: string }> {
  let user: unknown = {};
  if (file) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw usageError(`config ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    try {
      user = JSON.parse(text);
    } catch (error) {
      throw usageError(`config ${file} is not valid JSON (${(error as Error).message})`);
    }
    const validate = registry.validator('newsprep:config');
    if (!validate(user)) {
      const e = describeErrors(validate.errors);
      throw usageError(`config ${file} is invalid at ${e.path}: ${e.message}`);
    }
  }
  const config = deepFreeze(merge(structuredClone(DEFAULT_CONFIG), user));
  checkStageOptions(config, file ?? 'the default config');
  const { dataset: _dataset, ...processing } = config;
  return { config, hash: sha256(canonicalJson(processing)) };
}
