/** Test inputs for annotate: fixture paragraphs -> DedupRecord (see record-from-paragraphs.ts). */
export { recordFromParagraphs as makeRecord, type PlainArticle as FixtureArticle } from '../../../pipeline/stages/annotate/record-from-paragraphs.ts';
