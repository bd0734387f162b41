/**
 * Records that flow between stages. Each stage adds fields to the record it
 * receives; the JSON Schemas in `schemas/stages/` describe them exactly.
 */

/** Input formats ingest understands. */
export const INPUT_FORMATS = { txt: 'txt', html: 'html', jsonl: 'jsonl' } as const;
export type InputFormat = (typeof INPUT_FORMATS)[keyof typeof INPUT_FORMATS];

/** Precision of a publication date. */
export const DATE_PRECISIONS = { datetime: 'datetime', day: 'day', month: 'month', year: 'year' } as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[keyof typeof DATE_PRECISIONS];

/** Metadata found by ingest in an HTML head (meta tags, JSON-LD) or a JSONL record. */
export interface PageMeta {
  title: string | null;
  authors: string[];
  /** Raw date string as found (meta tag or JSON-LD), not yet normalised. */
  published: string | null;
  site: string | null;
  lang: string | null;
}

/** Output of ingest: one decoded input document. */
export interface IngestRecord {
  /** First 16 hex of SHA-256 of the raw bytes (of the line, for JSONL). */
  id: string;
  /** Path relative to the input root; `file.jsonl:LINE` for JSONL records. */
  source: string;
  url: string | null;
  format: InputFormat;
  /** Detected encoding of the raw bytes. */
  encoding: string;
  /** NFC-normalised text. For HTML: the article text extracted by Readability, paragraphs split by blank lines. */
  text: string;
  /** Metadata from the HTML head or JSONL record; all null/empty for text dumps. */
  meta: PageMeta;
}

/** Kinds of removed span (closed set, from the clean contract). */
export const REMOVED_KINDS = {
  title: 'title', byline: 'byline', dateline: 'dateline', navigation: 'navigation', share: 'share',
  advertisement: 'advertisement', copyright: 'copyright', licence: 'licence', authorBio: 'author-bio',
  caption: 'caption', credit: 'credit', comments: 'comments', relatedLinks: 'related-links',
  newsletter: 'newsletter', cookie: 'cookie', other: 'other',
} as const;
export type RemovedKind = (typeof REMOVED_KINDS)[keyof typeof REMOVED_KINDS];

/** A span of the ingested text that clean removed from the body. */
export interface RemovedSpan {
  /** Code-point offsets into IngestRecord.text. */
  start: number;
  end: number;
  text: string;
  rule: string;
  kind: RemovedKind;
}

/** A reader comment split out of the page. */
export interface Comment {
  /** 1-based position in page order. */
  index: number;
  /** `index` of the comment this one replies to, or null for top level. */
  parent: number | null;
  author: string | null;
  /** ISO 8601 (local time as printed when no zone is given), or null. */
  posted: string | null;
  text: string;
}

/** A text repair clean made (counted per rule). */
export interface Repair {
  rule: string;
  count: number;
}

/**
 * Output of clean. The ingested `text` stays behind: every later stage reads `body`, and the
 * raw text (often twice the body) would otherwise ride along to publish in memory, in worker
 * messages and in every saved part.
 */
export interface CleanRecord extends Omit<IngestRecord, 'meta' | 'text'> {
  title: string | null;
  authors: string[];
  /** ISO 8601 (with offset when known), or null. */
  published: string | null;
  published_precision: DatePrecision | null;
  published_raw: string | null;
  site: string | null;
  /** The article's own paragraphs, separated by one blank line ("\n\n"). */
  body: string;
  removed: RemovedSpan[];
  comments: Comment[];
  /** Declared comment count when the page states one, else the number of comments found. */
  comment_count: number;
  repairs: Repair[];
  /** Characters of the ingested text not kept in body. */
  boilerplate_chars: number;
}

/** A paragraph of body with code-point offsets. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

/** A sentence of body with code-point offsets; `text` equals body[start:end]. */
export interface Sentence {
  paragraph: number;
  index: number;
  start: number;
  end: number;
  text: string;
}

/** Output of segment. */
export interface SegmentRecord extends CleanRecord {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  words: number;
  chars: number;
}

/** Output of deduplicate for a kept article: sentences gain `repeated`. */
export interface DedupRecord extends SegmentRecord {
  sentences: Array<Sentence & { repeated: number }>;
}

/** A dropped duplicate input. */
export interface DuplicateRow {
  id: string;
  source: string;
  duplicate_of: string;
  method: 'exact' | 'near';
  similarity: number;
}

/** A rejected input or record. */
export interface RejectRow {
  id: string | null;
  source: string;
  stage: string;
  rule: string;
  message: string;
}

/** Entity labels (closed set). */
export const ENTITY_LABELS = {
  PERSON: 'PERSON', ORG: 'ORG', GPE: 'GPE', LOC: 'LOC', NORP: 'NORP', EVENT: 'EVENT', DATE: 'DATE',
} as const;
export type EntityLabel = (typeof ENTITY_LABELS)[keyof typeof ENTITY_LABELS];

/** A named-entity mention in body (code-point offsets). */
export interface Entity {
  start: number;
  end: number;
  /** Equals body[start:end]. */
  text: string;
  label: EntityLabel;
  canonical: string;
  /** Title or role attached to the mention ("Secretary of State"), or null. */
  role: string | null;
  /** For DATE: ISO 8601 value (day/month/year precision as fits), else null. */
  normalized: string | null;
}

/** Quote kinds (closed set). */
export const QUOTE_KINDS = { direct: 'direct', indirect: 'indirect' } as const;
export type QuoteKind = (typeof QUOTE_KINDS)[keyof typeof QUOTE_KINDS];

/** A quotation in body (code-point offsets of the quoted words). */
export interface Quote {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  speaker_mention: string | null;
  cue: string | null;
  kind: QuoteKind;
}

/** Language of one paragraph. */
export interface ParagraphLanguage {
  index: number;
  language: string | null;
  confidence: number;
}

/** Gopher/C4-style quality signals of one article. */
export interface QualitySignals {
  mean_word_length: number;
  symbol_ratio: number;
  digit_ratio: number;
  stopword_count: number;
  end_punct_fraction: number;
  dup_line_fraction: number;
  top_ngram_fraction: number;
  dup_ngram_fraction: number;
}

/** Output of annotate (the final per-article record). */
export interface AnnotatedRecord extends DedupRecord {
  language: string | null;
  language_confidence: number;
  paragraph_languages: ParagraphLanguage[];
  comments: Array<Comment & { language: string | null }>;
  entities: Entity[];
  quotes: Quote[];
  keywords: string[];
  quality: QualitySignals;
  quality_flags: string[];
}
