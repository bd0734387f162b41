import type { TableName } from '../publish/tables.ts';
import type { Row } from '../publish/values.ts';
import type { AnnotatedRecord, DuplicateRow, RejectRow } from '../lib/types.ts';

const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

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
 * Turns the final records, duplicates and rejects into the rows of every published table,
 * each sorted by its key so the output never depends on processing order.
 *
 * @example
 * const tables = buildRows(records, duplicates, rejects);
 */
export function buildRows(records: AnnotatedRecord[], duplicates: DuplicateRow[], rejects: RejectRow[]): Record<TableName, Row[]> {
  const sorted = [...records].sort((a, b) => cmp(a.id, b.id));
  const each = <T>(fn: (r: AnnotatedRecord) => T[]): T[] => sorted.flatMap(fn);
  return {
    articles: sorted.map(articleRow),
    duplicates: [...duplicates].sort((a, b) => cmp(a.id, b.id) || cmp(a.source, b.source)).map((d) => ({ ...d })),
    sentences: each((r) => r.sentences.map((s) => ({ article_id: r.id, paragraph: s.paragraph, index: s.index, start: s.start, end: s.end, text: s.text, repeated: s.repeated }))),
    paragraphs: each((r) => r.paragraphs.map((p) => {
      const lang = r.paragraph_languages.find((l) => l.index === p.index);
      return { article_id: r.id, index: p.index, start: p.start, end: p.end, language: lang?.language ?? null, language_confidence: lang?.confidence ?? 0 };
    })),
    entities: each((r) => [...r.entities].sort((a, b) => a.start - b.start || a.end - b.end || cmp(a.label, b.label))
      .map((e) => ({ article_id: r.id, start: e.start, end: e.end, text: e.text, label: e.label, canonical: e.canonical, role: e.role, normalized: e.normalized }))),
    quotes: each((r) => [...r.quotes].sort((a, b) => a.start - b.start || a.end - b.end)
      .map((q) => ({ article_id: r.id, start: q.start, end: q.end, text: q.text, speaker: q.speaker, speaker_mention: q.speaker_mention, cue: q.cue, kind: q.kind }))),
    comments: each((r) => r.comments.map((c) => ({ article_id: r.id, index: c.index, parent: c.parent, author: c.author, posted: c.posted, text: c.text, language: c.language }))),
    removed: each((r) => [...r.removed].sort((a, b) => a.start - b.start || a.end - b.end)
      .map((x) => ({ article_id: r.id, start: x.start, end: x.end, text: x.text, rule: x.rule, kind: x.kind }))),
    rejects: [...rejects].sort((a, b) => cmp(a.source, b.source) || cmp(a.stage, b.stage) || cmp(a.rule, b.rule)).map((x) => ({ ...x })),
  };
}
