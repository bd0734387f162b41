/** The annotate stage: public entry points. */
export { annotateStage } from './annotate-stage.ts';
export { annotateDefaults, type AnnotateOptions, resolveOptions as resolveAnnotateOptions } from './annotate-options.ts';
export { assignKeywords, keywordsOf, termCounts, wordCounts } from './keywords.ts';
export { fullNames, linkPeople, linkRecord, linksFrom, PeopleChooser, type PeopleLinks } from './corpus-people.ts';
