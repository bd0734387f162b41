/** Options of the segment stage. */
export interface SegmentOptions {
  /**
   * Extra abbreviations (case-insensitive, without the final period) that never
   * end a sentence, added to the built-in lists in `abbreviations.ts`.
   */
  extraAbbreviations: readonly string[];
  /** When true, a single line break inside a paragraph also ends a sentence. */
  splitOnLineBreaks: boolean;
}

/** Default segment options. */
export const segmentDefaults: Readonly<SegmentOptions> = Object.freeze({
  extraAbbreviations: Object.freeze([]) as readonly string[],
  splitOnLineBreaks: false,
});
