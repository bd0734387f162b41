/** The clean stage's data tables: phrase lists, stop words, calendar words, byline vocabulary. */
export { BOILERPLATE_PHRASES, PHOTO_WIDGET_LABELS, PHRASE_LIMITS, type PhraseGroup } from './phrases.ts';
export { STOPWORDS, type StopwordLanguage } from './stopwords.ts';
export { DATE_PREFIXES, MONTH_NAMES, RELATIVE_TIME, TIME_ZONES, UPDATE_WORDS, WEEKDAY_NAMES } from './dates.ts';
export { AUTHOR_JOINERS, BIO_VERBS, BIO_WORDS, BYLINE_PREFIXES, NAME_PARTICLES, NOT_NAME_WORDS, ROLE_WORDS, SITE_CUES } from './bylines.ts';
