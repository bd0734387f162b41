/** Options of the clean stage (JSON Schema: `schemas/config/clean.schema.json`). */
export interface CleanOptions {
  /** Lines shorter than this many characters are "short" (jusText length_low). */
  lengthLow: number;
  /** Lines at least this long with enough stop words are "good" outright (jusText length_high). */
  lengthHigh: number;
  /** Stop-word density below this makes a line boilerplate (jusText stopwords_low). */
  stopLow: number;
  /** Stop-word density at or above this makes a line prose-like (jusText stopwords_high). */
  stopHigh: number;
  /** Share of URL/handle/file-name words above which a line is boilerplate. */
  maxUrlDensity: number;
  /** Fixed cost of a boilerplate line in the main-region search (on top of its length). */
  badLineCost: number;
  /** Line lengths are capped at this many characters in the main-region search. */
  maxLineWeight: number;
  /** In the main-region search a good line of L characters weighs L * (1 + L / lengthBonusChars); 0 turns the bonus off. */
  lengthBonusChars: number;
  /** How many lines above the first body paragraph are searched for title, byline and date. */
  headerWindow: number;
  /** A body shorter than this many characters rejects the page as `no-article-body`. */
  minBodyChars: number;
  /** For HTML inputs, trust the extractor's text and only strip boilerplate phrases and metadata lines. */
  trustHtmlExtract: boolean;
  /** Normalised keys of lines repeated across a site's pages (from `collectRepeatedLines`); such lines are boilerplate. */
  repeatedLines?: readonly string[];
  /** `collectRepeatedLines`: a line must occur in at least this many documents of one site. */
  repeatedMinDocs: number;
  /** `collectRepeatedLines`: ... and in at least this share of the site's documents. */
  repeatedMinShare: number;
}

/**
 * Default options of the clean stage.
 *
 * @example
 * cleanStage.create({ ...cleanDefaults, minBodyChars: 100 })
 */
export const cleanDefaults: Readonly<CleanOptions> = Object.freeze({
  lengthLow: 70,
  lengthHigh: 200,
  stopLow: 0.22,
  stopHigh: 0.28,
  maxUrlDensity: 0.34,
  badLineCost: 30,
  maxLineWeight: 800,
  lengthBonusChars: 400,
  headerWindow: 40,
  minBodyChars: 80,
  trustHtmlExtract: true,
  repeatedMinDocs: 3,
  repeatedMinShare: 0.5,
});
