/**
 * The contract between a stage and the runner.
 *
 * A stage is a small module with one job: a pure function from one record to
 * the next. It never reads files or environment variables, and it never throws
 * for bad input: it returns a diagnostic with a `ruleId` and the runner sends
 * the document to rejects.
 */

/** A reason to drop a document, reported by a stage instead of throwing. */
export interface Diagnostic {
  /** Stable id of the rule that fired, e.g. `no-article-body`. */
  ruleId: string;
  /** Human-readable message naming what was wrong. */
  message: string;
}

/** What a per-document stage returns: the next record, or a diagnostic. */
export type StageResult<O> = { ok: true; value: O } | { ok: false; diagnostic: Diagnostic };

/** Helpers to build results. */
export const keep = <O>(value: O): StageResult<O> => ({ ok: true, value });
export const drop = <O = never>(ruleId: string, message: string): StageResult<O> => ({
  ok: false,
  diagnostic: { ruleId, message },
});

/**
 * A per-document stage.
 *
 * @example
 * const upper: DocStage<{ text: string }, { text: string }, {}> = {
 *   name: 'upper', version: '1', inputSchema: 'a', outputSchema: 'b',
 *   create: () => (doc) => keep({ text: doc.text.toUpperCase() }),
 * };
 */
export interface DocStage<I, O, Options> {
  /** Stage name as it appears in counters, rejects and the manifest. */
  readonly name: string;
  /** Bumped whenever the stage's output may change for the same input and options. */
  readonly version: string;
  /** `$id` of the JSON Schema every input record satisfies. */
  readonly inputSchema: string;
  /** `$id` of the JSON Schema every output record must satisfy. */
  readonly outputSchema: string;
  /** Configure once (resolve options, compile patterns) and return the frozen per-document function. */
  create(options: Options): (doc: I) => StageResult<O>;
}
