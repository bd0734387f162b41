export { segmentStage, SEGMENT_RULES } from './segment-stage.ts';
export { segmentDefaults, type SegmentOptions } from './options.ts';
export { segmentBody, type BodySegments } from './segment-body.ts';
export { createSentenceSplitter, type SentenceSplitter, type SplitterOptions } from './split-sentences.ts';
export { countWords } from './count-words.ts';
export { codePointMapper, countCodePoints } from './code-points.ts';
export * from './abbreviations.ts';
