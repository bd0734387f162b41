import type { TableName } from '../publish/tables.ts';
import type { Row } from '../publish/values.ts';
import type { AnnotatedRecord, DuplicateRow, RejectRow } from '../lib/types.ts';

const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/** The tables whose rows come from one article, in the order `recordRows` gives them. */
export const ARTICLE_TABLES = ['articles', 'sentences', 'paragraphs', 'entities', 'quotes', 'comments', 'removed'] as const satisfies readonly TableName[];
export type ArticleTable = (typeof ARTICLE_TABLES)[number];

/** The articles row of a final record (column order comes from the table schema). */
function articleRow(r: AnnotatedRecord): Row {
  return {
    id: r.id, source: r.source, url: r.url, site: r.site, title: r.title, authors: r.authors,
    published: r.published, published_precision: r.published_precision, published_raw: r.published_raw,
    language: r.language, language_confidence: r.language_confidence, body: r.body,
    paragraphs: r.paragraphs.length, sentences: r.sentences.length, words: r.words, chars: r.chars,
    comment_count: r.comment_count, boilerplate_chars: r.boilerplate_chars, keywords: r.keywords,
    ...r.quality, quality_flags: r.quality_flags, format: r.format, encoding: r.encoding,
  };
}

/**
 * The rows one final record contributes to every per-article table, each list in the table's
 * order within an article. Concatenated over records sorted by id they are the published tables.
 *
 * @example
 * recordRows(record).sentences.length === record.sentences.length
 */
export function recordRows(r: AnnotatedRecord): Record<ArticleTable, Row[]> {
  return {
    articles: [articleRow(r)],
    sentences: r.sentences.map((s) => ({ article_id: r.id, paragraph: s.paragraph, index: s.index, start: s.start, end: s.end, text: s.text, repeated: s.repeated })),
    paragraphs: r.paragraphs.map((p) => {
      const lang = r.paragraph_languages.find((l) => l.index === p.index);
      return { article_id: r.id, index: p.index, start: p.start, end: p.end, language: lang?.language ?? null, language_confidence: lang?.confidence ?? 0 };
    }),
    entities: [...r.entities].sort((a, b) => a.start - b.start || a.end - b.end || cmp(a.label, b.label))
      .map((e) => ({ article_id: r.id, start: e.start, end: e.end, text: e.text, label: e.label, canonical: e.canonical, role: e.role, normalized: e.normalized })),
    quotes: [...r.quotes].sort((a, b) => a.start - b.start || a.end - b.end)
      .map((q) => ({ article_id: r.id, start: q.start, end: q.end, text: q.text, speaker: q.speaker, speaker_mention: q.speaker_mention, cue: q.cue, kind: q.kind })),
    comments: r.comments.map((c) => ({ article_id: r.id, index: c.index, parent: c.parent, author: c.author, posted: c.posted, text: c.text, language: c.language })),
    removed: [...r.removed].sort((a, b) => a.start - b.start || a.end - b.end)
      .map((x) => ({ article_id: r.id, start: x.start, end: x.end, text: x.text, rule: x.rule, kind: x.kind })),
  };
}

/** Rows of the duplicates table, sorted by id then source. */
export const duplicateRows = (duplicates: readonly DuplicateRow[]): Row[] =>
  [...duplicates].sort((a, b) => cmp(a.id, b.id) || cmp(a.source, b.source)).map((d) => ({ ...d }));

/** Rows of the rejects table, sorted by source, stage, rule. */
export const rejectRows = (rejects: readonly RejectRow[]): Row[] =>
  [...rejects].sort((a, b) => cmp(a.source, b.source) || cmp(a.stage, b.stage) || cmp(a.rule, b.rule)).map((x) => ({ ...x }));

/**
 * Turns the final records, duplicates and rejects into the rows of every published table,
 * each sorted by its key so the output never depends on processing order (for small runs and
 * tests; a run streams `recordRows` through sorted spill buckets instead).
 *
 * @example
 * const tables = buildRows(records, duplicates, rejects);
 */
export function buildRows(records: AnnotatedRecord[], duplicates: DuplicateRow[], rejects: RejectRow[]): Record<TableName, Row[]> {
  const sorted = [...records].sort((a, b) => cmp(a.id, b.id));
  const out = Object.fromEntries(ARTICLE_TABLES.map((t) => [t, [] as Row[]])) as Record<ArticleTable, Row[]>;
  for (const r of sorted) {
    const rows = recordRows(r);
    for (const t of ARTICLE_TABLES) for (const row of rows[t]) out[t].push(row);
  }
  return { ...out, duplicates: duplicateRows(duplicates), rejects: rejectRows(rejects) };
}
