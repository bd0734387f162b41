/** The clean stage: article body, metadata, comments, removed spans and repairs. */
export { cleanStage } from './clean-stage.ts';
export { cleanDefaults, type CleanOptions } from './clean-options.ts';
export { collectRepeatedLines, lineCandidates, RepeatedLineCounter } from './collect-repeated-lines.ts';
export { lookupKeys, repeatedAmong, repeatedLinesIn } from './repeated-lines-in.ts';
