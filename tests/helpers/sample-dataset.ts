import type { DatasetInfo } from '../../pipeline/lib/dataset-info.ts';
import type { PublishInput } from '../../pipeline/publish/publish-dataset.ts';
import type { TableName } from '../../pipeline/publish/tables.ts';
import type { Row } from '../../pipeline/publish/values.ts';

const ID_A = '0123456789abcdef';
const ID_B = 'fedcba9876543210';

/** A small but complete set of table rows: one article, one duplicate, one reject. */
export function sampleTables(): Record<TableName, Row[]> {
  const body = 'Kerry met Lavrov in Geneva, "to talk," he said.\n\nTalks go on.';
  return {
    articles: [{
      id: ID_A, source: 'a.txt', url: null, site: 'Example, Inc.', title: 'Talks "resume"', authors: ['Ann Lee', 'Bo Chen'],
      published: '2016-10-04T06:00:00-04:00', published_precision: 'datetime', published_raw: 'Oct 04, 2016 06:00 AM EDT',
      language: 'en', language_confidence: 0.98, body, paragraphs: 2, sentences: 2, words: 12, chars: [...body].length,
      comment_count: 1, boilerplate_chars: 40, keywords: ['lavrov', 'geneva'], mean_word_length: 4.5, symbol_ratio: 0,
      digit_ratio: 0, stopword_count: 3, end_punct_fraction: 1, dup_line_fraction: 0, top_ngram_fraction: 0.1,
      dup_ngram_fraction: 0, quality_flags: ['too-short'], format: 'txt', encoding: 'utf-8',
    }],
    duplicates: [{ id: ID_B, source: 'b.txt', duplicate_of: ID_A, method: 'near', similarity: 0.91 }],
    sentences: [
      { article_id: ID_A, paragraph: 0, index: 0, start: 0, end: 47, text: body.slice(0, 47), repeated: 0 },
      { article_id: ID_A, paragraph: 1, index: 1, start: 49, end: 61, text: 'Talks go on.', repeated: 1 },
    ],
    paragraphs: [
      { article_id: ID_A, index: 0, start: 0, end: 47, language: 'en', language_confidence: 0.9 },
      { article_id: ID_A, index: 1, start: 49, end: 61, language: 'en', language_confidence: 0.7 },
    ],
    entities: [{ article_id: ID_A, start: 0, end: 5, text: 'Kerry', label: 'PERSON', canonical: 'John Kerry', role: null, normalized: null }],
    quotes: [{ article_id: ID_A, start: 29, end: 39, text: 'to talk,', speaker: 'John Kerry', speaker_mention: 'he', cue: 'said', kind: 'direct' }],
    comments: [{ article_id: ID_A, index: 1, parent: null, author: 'RJ', posted: '2016-09-30T05:36', text: 'Hmm…\nyes', language: 'en' }],
    removed: [{ article_id: ID_A, start: 0, end: 14, text: 'Talks "resume"', rule: 'title-first-line', kind: 'title' }],
    rejects: [{ id: null, source: 'c.txt', stage: 'ingest', rule: 'empty-input', message: 'c.txt: file is empty (0 bytes)' }],
  };
}

/** The manifest fields publish needs, for the sample tables. */
export function sampleManifest(): PublishInput['manifest'] {
  return {
    dataset: 'newsprep', dataset_version: '1', schema_version: '1.0.0', pipeline_version: '0.0.0', created: null,
    config_hash: '0'.repeat(64), input_fingerprint: '1'.repeat(64),
    accounting: { inputs: 3, articles: 1, duplicates: 1, rejects: 1 },
    stages: { ingest: { total: 3, kept: 2, dropped_empty_input: 1 } },
  };
}

/** What the sample dataset says about itself: one licence and one source. */
export function sampleDataset(): DatasetInfo {
  return {
    name: 'sample-news', title: 'Sample news', description: 'Three inputs made up for the tests.', homepage: null,
    keywords: ['politics'], licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    sources: [{ title: 'Made-up wire', path: 'https://example.org/wire' }], provenance: 'Written by hand for the test suite.',
  };
}
