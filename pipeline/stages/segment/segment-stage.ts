import { drop, keep, type DocStage } from '../../lib/stage.ts';
import type { CleanRecord, SegmentRecord } from '../../lib/types.ts';
import { segmentDefaults, type SegmentOptions } from './options.ts';
import { segmentBody } from './segment-body.ts';
import { createSentenceSplitter } from './split-sentences.ts';

/** Rule ids this stage reports. */
export const SEGMENT_RULES = { emptyBody: 'empty-body' } as const;

/**
 * The segment stage: paragraphs, sentences (code-point offsets into `body`),
 * word and character counts.
 *
 * @example
 * const run = segmentStage.create(segmentDefaults);
 * const result = run(cleanRecord);
 * if (result.ok) console.log(result.value.sentences.map((s) => s.text));
 */
export const segmentStage: DocStage<CleanRecord, SegmentRecord, SegmentOptions> = Object.freeze({
  name: 'segment',
  version: '1',
  inputSchema: 'newsprep:stages/clean',
  outputSchema: 'newsprep:stages/segment',
  create(options: SegmentOptions) {
    const resolved = { ...segmentDefaults, ...options };
    const split = createSentenceSplitter(resolved);
    return Object.freeze((doc: CleanRecord) => {
      const segments = segmentBody(doc.body, split);
      if (segments.sentences.length === 0) {
        return drop<SegmentRecord>(SEGMENT_RULES.emptyBody, `${doc.source}: body has no text to segment`);
      }
      return keep<SegmentRecord>({ ...doc, ...segments });
    });
  },
});
