/**
 * Builds a DedupRecord from plain paragraphs, for evaluation sets, benchmarks
 * and tests: body = paragraphs joined by "\n\n", sentences from a simple
 * punctuation split, offsets in code points, id = first 16 hex of SHA-256 of
 * the name. The real pipeline feeds the clean + segment output instead.
 */
import { createHash } from 'node:crypto';
import type { DatePrecision, DedupRecord } from '../../lib/types.ts';

/** A plain article: a name and its paragraphs, with the publication date when known. */
export interface PlainArticle {
  name: string;
  published: string | null;
  published_precision: DatePrecision | null;
  paragraphs: readonly string[];
}

const cpLength = (s: string): number => [...s].length;
const SENTENCE = /[^.!?]+(?:[.!?]+["”’)]*|$)\s*/gu;
const NO_BREAK = /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Brig|Sgt|Capt|Sen|Rep|Gov|Gov|Prof|St|Jr|Sr|No|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)|\b\p{Lu}|(?:\p{L}\.)+\p{L})\.$/u;

/**
 * Makes a record with every field annotate reads.
 *
 * @example
 * recordFromParagraphs({ name: 'a', published: null, published_precision: null, paragraphs: ['One. Two.'] }).sentences.length // 2
 */
export function recordFromParagraphs(article: PlainArticle): DedupRecord {
  const body = article.paragraphs.join('\n\n');
  const paragraphs: DedupRecord['paragraphs'] = [];
  const sentences: DedupRecord['sentences'] = [];
  let at = 0;
  article.paragraphs.forEach((p, index) => {
    paragraphs.push({ index, start: at, end: at + cpLength(p) });
    let s = at;
    let pending = '';
    for (const m of p.match(SENTENCE) ?? []) {
      pending += m;
      // "Mr.", "Gen.", "U.S.", "J." do not end a sentence.
      if (NO_BREAK.test(m.trimEnd()) && pending.length < p.length) continue;
      const text = pending.trimEnd();
      if (text) sentences.push({ paragraph: index, index: sentences.length, start: s, end: s + cpLength(text), text, repeated: 0 });
      s += cpLength(pending);
      pending = '';
    }
    if (pending.trim()) {
      const text = pending.trimEnd();
      sentences.push({ paragraph: index, index: sentences.length, start: s, end: s + cpLength(text), text, repeated: 0 });
    }
    at += cpLength(p) + 2;
  });
  return {
    id: createHash('sha256').update(article.name).digest('hex').slice(0, 16), source: `${article.name}.txt`, url: null,
    format: 'txt', encoding: 'utf-8', title: null, authors: [], published: article.published,
    published_precision: article.published_precision, published_raw: article.published, site: null, body, removed: [],
    comments: [], comment_count: 0, repairs: [], boilerplate_chars: 0, paragraphs, sentences,
    words: body.split(/\s+/).filter(Boolean).length, chars: cpLength(body),
  };
}
