import type { DocStage } from '../../lib/stage.ts';
import type { CleanRecord, IngestRecord } from '../../lib/types.ts';
import { cleanDocument } from './clean-document.ts';
import { type CleanOptions, cleanDefaults } from './clean-options.ts';
import { createPhraseMatcher } from './phrase-matcher.ts';

/**
 * The clean stage: separates the article body from everything else on the
 * page (title, bylines, dates, navigation, share and ad lines, copyright and
 * licence lines, bios, captions, comments), records every removed span with
 * the rule that removed it, and repairs the kept text.
 *
 * @example
 * const clean = cleanStage.create(cleanDefaults);
 * const result = clean(ingestRecord);
 * if (result.ok) console.log(result.value.title, result.value.body);
 */
export const cleanStage: DocStage<IngestRecord, CleanRecord, CleanOptions> = Object.freeze({
  name: 'clean',
  version: '1',
  inputSchema: 'newsprep:stages/ingest',
  outputSchema: 'newsprep:stages/clean',
  create(options: CleanOptions) {
    const opts = Object.freeze({ ...cleanDefaults, ...options });
    const ctx = Object.freeze({ opts, phrases: createPhraseMatcher(), repeated: new Set(opts.repeatedLines ?? []) });
    return Object.freeze((doc: IngestRecord) => cleanDocument(doc, ctx));
  },
});
