/**
 * Direct quotations (paired quotation marks, double or single) with their speaker and cue.
 * The cue is looked for right after the quote ("…,” Kerry said), then before
 * it in the same sentence (Lavrov said in a statement that “…”); a quote with
 * neither takes the speaker of the previous quote of the same or previous
 * paragraph (a quote continued in a new sentence or paragraph).
 */
import type { Quote } from '../../lib/types.ts';
import type { Mention } from './entities.ts';
import { type MarkPair, pairQuoteMarks } from './quote-marks.ts';
import type { Resources } from './resources.ts';
import { phraseAfter, phraseBefore, resolveSpeaker, speakerWord } from './speaker.ts';
import type { Token } from './tokenize.ts';

/** Everything quote finding needs about one article (UTF-16 offsets). */
export interface QuoteInput {
  text: string;
  tokens: readonly Token[];
  paragraphs: ReadonlyArray<readonly [number, number]>;
  mentions: readonly Mention[];
  /** Quotation mark pairs when already computed (see `pairQuoteMarks`). */
  pairs?: readonly MarkPair[];
}

/** Options of quote finding. */
export interface QuoteOptions {
  /** Quoted spans with fewer words that do not end a sentence are scare quotes or titles, not quotations. */
  minWords: number;
}

/** A quote found, before offsets are converted to code points. */
export type FoundQuote = Quote & { paragraph: number };

const DOUBLE_TRIM = /[\s"“”«»„]/;
const SINGLE_TRIM = /[\s"“”«»„‘’']/;
const SENTENCE_END = /[.!?]["”»’]?\s|[\n]|[.!?]["”»’]?$/;
const firstTokenAt = (tokens: readonly Token[], pos: number): number => {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid]!.start < pos) lo = mid + 1; else hi = mid; }
  return lo;
};

/**
 * Finds the direct quotes of an article.
 *
 * @example
 * findDirectQuotes(input, loadResources(), { minWords: 3 })[0].speaker // 'John Kerry'
 */
export function findDirectQuotes(input: QuoteInput, res: Resources, options: QuoteOptions): FoundQuote[] {
  const { text, tokens, paragraphs } = input;
  // Short spans that end no sentence are scare quotes or titles, unless a speech cue follows at once (“Never,” he said).
  const pairs = (input.pairs ?? pairQuoteMarks(text, paragraphs)).filter((p) => {
    const inner = text.slice(p.open + 1, p.close).trim();
    const words = inner.split(/\s+/).length;
    // One capitalised word ("Thumper.") is a title; a lower-case one ("extraordinary.") is a quoted word.
    const sentence = /[.!?]$/.test(inner) && (words >= 2 || /^\p{Ll}/u.test(inner));
    return words >= options.minWords || sentence || attribute(input, p.open, p.close, res)?.trailing === true;
  });
  const quoted = pairs.map((p) => [p.open, p.close] as const);
  const ctx = { tokens, mentions: input.mentions, quoted, res };
  const out: FoundQuote[] = [];
  for (const pair of pairs) {
    let start = pair.open + 1;
    let end = pair.close;
    const trim = pair.single ? SINGLE_TRIM : DOUBLE_TRIM;
    while (start < end && trim.test(text[start]!)) start++;
    while (end > start && trim.test(text[end - 1]!)) end--;
    const paragraph = paragraphs.findIndex(([a, b]) => pair.open >= a && pair.open < b);
    const found = attribute(input, pair.open, pair.close, res);
    const q: FoundQuote = { start, end, text: text.slice(start, end), speaker: null, speaker_mention: null, cue: null, kind: 'direct', paragraph };
    if (found) {
      q.cue = found.cue;
      q.speaker_mention = text.slice(tokens[found.phrase[0]]!.start, tokens[found.phrase[1] - 1]!.end);
      q.speaker = resolveSpeaker(ctx, found.phrase[0], found.phrase[1]);
    } else {
      const prev = out[out.length - 1];
      if (prev && prev.speaker && paragraph - prev.paragraph <= 1) { q.speaker = prev.speaker; q.speaker_mention = prev.speaker_mention; }
    }
    out.push(q);
  }
  return out;
}

interface Attribution { cue: string; phrase: [number, number]; trailing?: boolean }

function attribute(input: QuoteInput, open: number, close: number, res: Resources): Attribution | null {
  const { text, tokens } = input;
  // After the quote: up to the end of the sentence (or the next quotation mark).
  const a = firstTokenAt(tokens, close + 1);
  let b = a;
  const sameParagraph = a < tokens.length && !text.slice(close, tokens[a]!.start).includes('\n');
  while (sameParagraph && b < tokens.length && b - a < 25 && (b === a || !SENTENCE_END.test(tokens[b]!.gap)) && !/["“”«»‘]/.test(b === a ? '' : tokens[b]!.gap)) b++;
  let interrupted = false;
  for (let c = a; c < Math.min(b, a + 12); c++) {
    const cue = cueAt(tokens, c, res);
    if (!cue) { if (!speakerWord(tokens[c]!, res) && !/ly$|^also$|^and$/.test(tokens[c]!.lower)) interrupted = true; continue; }
    const phrase = c === a ? phraseAfter(tokens, c + cue.length, b, res) : phraseBefore(tokens, c, a, res);
    // After other words ("…” in that law, Azzouz said.), only a name right before a cue that closes the sentence.
    if (phrase && interrupted && !(tokens[phrase[1] - 1]!.cap && b - c <= 4)) break;
    if (phrase) return { cue: cue.text, phrase, trailing: true };
    if (interrupted) break;
  }
  // Before the quote: back to the start of the sentence.
  const e = firstTokenAt(tokens, open);
  let s = e;
  while (s > 0 && e - s < 40) {
    const gap = s < tokens.length ? tokens[s]!.gap : text.slice(tokens[s - 1]!.end, open + 1);
    if (s === e ? /[.!?]["”’']?\s+["“«„‘']|\n/.test(gap) : SENTENCE_END.test(gap) || /["“”«»„‘]/.test(gap)) break;
    s--;
  }
  let phraseCue: Attribution | null = null;
  for (let c = e - 1; c >= s; c--) {
    const cue = cueAt(tokens, c, res);
    if (!cue) continue;
    if (cue.phrase) {
      const phrase = phraseAfter(tokens, c + cue.length, e, res);
      if (phrase && !phraseCue && cue.text.toLowerCase() === 'according to') phraseCue = { cue: cue.text, phrase };
      continue;
    }
    const phrase = phraseBefore(tokens, c, s, res);
    if (phrase) return { cue: cue.text, phrase };
  }
  return phraseCue;
}

/** The cue starting at token c ("said", "according to"), or null. */
export function cueAt(tokens: readonly Token[], c: number, res: Resources): { text: string; length: number; phrase: boolean } | null {
  const t = tokens[c]!;
  for (const words of res.cuePhrases) {
    if (words.length > 1 && words.every((w, k) => tokens[c + k]?.lower === w)) {
      const phrase = !res.cueVerbs.has(words[0]!);
      if (phrase || !t.cap) return { text: words.join(' '), length: words.length, phrase };
    }
  }
  // A capitalised word is a name ("the United States"), not a verb.
  if (res.cueVerbs.has(t.lower) && !t.cap) return { text: t.lower, length: 1, phrase: false };
  return null;
}
