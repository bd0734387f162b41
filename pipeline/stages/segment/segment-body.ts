import type { Paragraph, Sentence } from '../../lib/types.ts';
import { isSpace } from './char-class.ts';
import { codePointMapper, countCodePoints } from './code-points.ts';
import { countWords } from './count-words.ts';
import type { SentenceSplitter } from './split-sentences.ts';

/** Paragraphs, sentences and counts of one body. */
export interface BodySegments {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  words: number;
  chars: number;
}

/**
 * Splits `body` into paragraphs (separated by "\n\n", trimmed, empty ones
 * skipped) and sentences; offsets are code points, `text` is body[start:end].
 * Paragraph and sentence indexes are 0-based; sentence indexes run over the
 * whole article.
 */
export function segmentBody(body: string, split: SentenceSplitter): BodySegments {
  const toCp = codePointMapper(body);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const spans: number[] = [];
  let pos = 0;
  while (pos <= body.length) {
    let sep = body.indexOf('\n\n', pos);
    if (sep < 0) sep = body.length;
    let a = pos;
    let b = sep;
    while (a < b && isSpace(body.charCodeAt(a))) a++;
    while (b > a && isSpace(body.charCodeAt(b - 1))) b--;
    if (b > a) {
      const paragraph = paragraphs.length;
      paragraphs.push({ index: paragraph, start: toCp(a), end: toCp(b) });
      spans.length = 0;
      split(body, a, b, spans);
      for (let s = 0; s < spans.length; s += 2) {
        sentences.push({
          paragraph,
          index: sentences.length,
          start: toCp(spans[s]),
          end: toCp(spans[s + 1]),
          text: body.slice(spans[s], spans[s + 1]),
        });
      }
    }
    pos = sep + 2;
  }
  return { paragraphs, sentences, words: countWords(body), chars: countCodePoints(body) };
}
