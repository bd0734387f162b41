import type { ValidateFunction } from 'ajv';
import { describeErrors, type SchemaRegistry } from '../lib/schemas.ts';
import type { DocStage, StageResult } from '../lib/stage.ts';
import type { RejectRow } from '../lib/types.ts';
import type { Counters } from './counters.ts';

/** The identity every record carries through the stages. */
interface Identified {
  id: string;
  source: string;
}

/** A configured stage, ready to apply: the frozen per-document function and its schemas. */
export interface ReadyStage<I, O> {
  name: string;
  fn: (doc: I) => StageResult<O>;
  validator: ValidateFunction;
  outputSchema: string;
}

/** Configures a stage once and compiles its output validator. */
export function prepareStage<I, O, Opt>(stage: DocStage<I, O, Opt>, options: Opt, registry: SchemaRegistry): ReadyStage<I, O> {
  return { name: stage.name, fn: stage.create(options), validator: registry.validator(stage.outputSchema), outputSchema: stage.outputSchema };
}

/**
 * Applies a stage to one document: runs it, validates the output against the stage's schema,
 * counts it, and turns a diagnostic, a schema failure or an exception into a reject.
 */
export function applyStage<I extends Identified, O>(stage: ReadyStage<I, O>, doc: I, counters: Counters, rejects: RejectRow[]): O | null {
  counters.seen(stage.name);
  let result: StageResult<O>;
  try {
    result = stage.fn(doc);
  } catch (error) {
    counters.dropped(stage.name, 'stage-error');
    rejects.push({ id: doc.id, source: doc.source, stage: stage.name, rule: 'stage-error', message: `${doc.source}: ${stage.name} failed: ${(error as Error).message}` });
    return null;
  }
  if (!result.ok) {
    counters.dropped(stage.name, result.diagnostic.ruleId);
    rejects.push({ id: doc.id, source: doc.source, stage: stage.name, rule: result.diagnostic.ruleId, message: `${doc.source}: ${result.diagnostic.message}` });
    return null;
  }
  if (!stage.validator(result.value)) {
    const e = describeErrors(stage.validator.errors);
    counters.dropped(stage.name, 'schema-invalid');
    rejects.push({ id: doc.id, source: doc.source, stage: stage.name, rule: 'schema-invalid', message: `${doc.source}: ${stage.name} output fails ${stage.outputSchema} at ${e.path}: ${e.message}` });
    return null;
  }
  counters.kept(stage.name);
  return result.value;
}
