/**
 * Words that are followed by a period but do not end a sentence. This is the
 * one place the segmenter's abbreviation knowledge lives; every list is data,
 * compared in lower case without the trailing period.
 */

/** Titles and ranks written before a name ("Mr. Kerry", "Gen. Votel", "Sen. McCain"). */
export const TITLE_ABBREVIATIONS = [
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col',
  'capt', 'sgt', 'cpl', 'maj', 'adm', 'cmdr', 'brig', 'rev', 'hon', 'pres', 'supt', 'det', 'insp',
  'atty', 'amb', 'sr', 'sra', 'srta', 'jr', 'st', 'mt', 'ft', 'fr', 'hr', 'frau', 'dra', 'dña',
] as const;

/** Month abbreviations ("Sept. 9", "Jan. 20"); "May" has no period form. */
export const MONTH_ABBREVIATIONS = [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
] as const;

/** Other abbreviations that sit inside a sentence ("vs.", "approx.", German "bzw."). */
export const INLINE_ABBREVIATIONS = [
  'vs', 'approx', 'est', 'dept', 'univ', 'assn', 'bros', 'cf', 'ca', 'bzw', 'ggf', 'inkl', 'evtl', 'vgl',
] as const;

/** Abbreviations that stand before a number only ("No. 5", "Art. 3", "pp. 12"). */
export const NUMBER_ABBREVIATIONS = ['no', 'nos', 'nr', 'art', 'vol', 'p', 'pp', 'fig', 'ch', 'sec', 'para', 'n'] as const;

/**
 * Month names that follow an ordinal written "9." in German and Nordic dates
 * ("am 9. September"), so the number's period does not end the sentence.
 */
export const ORDINAL_MONTHS = [
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'dezember', 'january', 'february', 'march', 'may', 'june', 'july', 'october', 'december',
  'januari', 'februari', 'mars', 'maj', 'augusti', 'oktober', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'okt', 'nov', 'dez', 'dec',
] as const;
