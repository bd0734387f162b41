/** Test inputs for annotate: fixture paragraphs -> DedupRecord (see record-from-paragraphs.ts), and a one-call runner. */
import { readFileSync } from 'node:fs';
import type { AnnotatedRecord } from '../../../pipeline/lib/types.ts';
import { annotateDefaults, annotateStage } from '../../../pipeline/stages/annotate/index.ts';
import { recordFromParagraphs } from '../../../pipeline/stages/annotate/record-from-paragraphs.ts';

export { recordFromParagraphs as makeRecord, type PlainArticle as FixtureArticle } from '../../../pipeline/stages/annotate/record-from-paragraphs.ts';

const run = annotateStage.create(annotateDefaults);

/** Annotates paragraphs as one article (throws on a diagnostic). */
export function annotate(paragraphs: string[], published: string | null = null): AnnotatedRecord {
  const r = run(recordFromParagraphs({ name: paragraphs.join('|'), published, published_precision: published ? 'day' : null, paragraphs }));
  if (!r.ok) throw new Error(r.diagnostic.message);
  return r.value;
}

/** Reads a JSON fixture of tests/fixtures/annotate/. */
export function fixture<T = any>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../fixtures/annotate/${name}`, import.meta.url), 'utf8')) as T;
}
