/** Options of the annotate stage (schema: schemas/config/annotate.schema.json). */
export interface AnnotateOptions {
  /** A paragraph, comment or article with fewer letters than this gets language null (confidence 0). */
  minLanguageLetters: number;
  /** Characters of a text given to the n-gram language model when the stop-word check is not decisive. */
  languageModelChars: number;
  /** A quoted span with fewer words that does not end in . ! ? is a scare quote or a title, not a quotation. */
  minQuoteWords: number;
  /** Find reported speech ("Kerry said that …") as quotes of kind `indirect`. */
  indirectSpeech: boolean;
  /** A reported clause needs at least this many words. */
  minIndirectWords: number;
  /** Keywords kept per article by `assignKeywords`. */
  keywords: number;
  /**
   * Full names of people known from the rest of the run (a corpus pre-pass, or a
   * curated list): a surname alone ("Kirby") links to the one known full name
   * that ends with it when the article itself has no full name for it.
   */
  knownPeople: readonly string[];
  /** `assignKeywords` first links short names and spelling variants of people across the whole run. */
  linkPeopleAcrossCorpus: boolean;
  /** Threshold overrides of quality rules by rule id (see data/quality-rules.json). */
  qualityThresholds: Readonly<Record<string, number>>;
}

/** Default options. */
export const annotateDefaults: Readonly<AnnotateOptions> = Object.freeze({
  minLanguageLetters: 20,
  languageModelChars: 600,
  minQuoteWords: 3,
  indirectSpeech: true,
  minIndirectWords: 4,
  keywords: 10,
  knownPeople: Object.freeze([]) as readonly string[],
  linkPeopleAcrossCorpus: true,
  qualityThresholds: Object.freeze({}),
});

/** Defaults overlaid with the given options (unknown keys ignored, undefined values skipped). */
export function resolveOptions(options: Partial<AnnotateOptions> | undefined): AnnotateOptions {
  const out: AnnotateOptions = { ...annotateDefaults };
  for (const key of Object.keys(annotateDefaults) as Array<keyof AnnotateOptions>) {
    const value = options?.[key];
    if (value !== undefined) (out as unknown as Record<string, unknown>)[key] = value;
  }
  return out;
}
