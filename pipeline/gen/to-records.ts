import { createHash } from 'node:crypto';
import type { CleanRecord } from '../lib/types.ts';
import type { GeneratedArticle } from './corpus.ts';

/**
 * A CleanRecord for a generated article as a perfect clean stage would give
 * it: the planted body, title and date; id = first 16 hex of SHA-256 of the
 * page bytes (as ingest computes it).
 */
export function articleToCleanRecord(article: GeneratedArticle): CleanRecord {
  return {
    id: createHash('sha256').update(article.text).digest('hex').slice(0, 16), source: article.file, url: null,
    format: 'txt', encoding: 'utf-8', title: article.title, authors: [], published: article.published,
    published_precision: 'datetime', published_raw: article.published, site: article.site, body: article.body,
    removed: [], comments: [], comment_count: 0, repairs: [], boilerplate_chars: Math.max(0, article.text.length - article.body.length),
  };
}
