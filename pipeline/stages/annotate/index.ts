/** The annotate stage: public entry points. */
export { annotateStage } from './annotate-stage.ts';
export { annotateDefaults, type AnnotateOptions } from './annotate-options.ts';
export { assignKeywords } from './keywords.ts';
export { linkPeople } from './corpus-people.ts';
