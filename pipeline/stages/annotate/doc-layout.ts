/**
 * Paragraph and sentence ranges of a record in UTF-16 offsets (the record
 * holds code points), with fallbacks when segment did not provide them.
 */
import type { DedupRecord } from '../../lib/types.ts';
import type { OffsetMap } from './code-points.ts';
import type { SentenceRange } from './indirect-speech.ts';

/** Paragraph and sentence ranges of one body. */
export interface DocLayout {
  paragraphs: Array<[number, number]>;
  sentences: SentenceRange[];
}

const SENTENCE_BREAK = /[.!?]["”’»)]*\s+(?=["“«(]?\p{Lu})/gu;

/**
 * Builds the layout of a record.
 *
 * @example
 * docLayout(record, offsetMap(record.body)).paragraphs // [[0, 120], [122, 300]]
 */
export function docLayout(doc: Pick<DedupRecord, 'body' | 'paragraphs' | 'sentences'>, map: OffsetMap): DocLayout {
  const body = doc.body;
  let paragraphs: Array<[number, number]> = (doc.paragraphs ?? []).map((p) => [map.toUtf16(p.start), map.toUtf16(p.end)]);
  if (paragraphs.length === 0) {
    paragraphs = [];
    let at = 0;
    for (const part of body.split('\n\n')) {
      const trimmed = part.trim();
      if (trimmed) { const s = at + part.indexOf(trimmed); paragraphs.push([s, s + trimmed.length]); }
      at += part.length + 2;
    }
  }
  const paragraphOf = (pos: number): number => {
    const i = paragraphs.findIndex(([, b]) => pos < b);
    return i < 0 ? paragraphs.length - 1 : i;
  };
  let sentences: SentenceRange[] = (doc.sentences ?? []).map((s) => ({ start: map.toUtf16(s.start), end: map.toUtf16(s.end), paragraph: s.paragraph }));
  if (sentences.length === 0) {
    sentences = [];
    paragraphs.forEach(([a, b], index) => {
      const text = body.slice(a, b);
      let from = 0;
      SENTENCE_BREAK.lastIndex = 0;
      for (let m = SENTENCE_BREAK.exec(text); m; m = SENTENCE_BREAK.exec(text)) {
        const end = m.index + m[0].trimEnd().length;
        sentences.push({ start: a + from, end: a + end, paragraph: index });
        from = m.index + m[0].length;
      }
      if (from < text.length) sentences.push({ start: a + from, end: b, paragraph: index });
    });
  } else {
    sentences = sentences.map((s) => ({ ...s, paragraph: Math.min(Math.max(0, paragraphOf(s.start)), paragraphs.length - 1) }));
  }
  return { paragraphs, sentences };
}
