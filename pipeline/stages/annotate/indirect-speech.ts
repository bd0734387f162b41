/**
 * Indirect speech: "Kerry said (that) both countries …", "X told reporters
 * that …", "…, according to Kirby." Only sentences without quotation marks are
 * read (a sentence with a direct quote is handled by quotes.ts). The quote is
 * the reported clause; its speaker is the subject before the verb.
 */
import type { Mention } from './entities.ts';
import { cueAt, type FoundQuote } from './quotes.ts';
import type { Resources } from './resources.ts';
import { phraseAfter, phraseBefore, resolveSpeaker } from './speaker.ts';
import type { Token } from './tokenize.ts';

/** One sentence: UTF-16 range and paragraph index. */
export interface SentenceRange {
  start: number;
  end: number;
  paragraph: number;
}

/** Everything indirect speech needs about one article. */
export interface IndirectInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly SentenceRange[];
  mentions: readonly Mention[];
  quoted: ReadonlyArray<readonly [number, number]>;
  /** Offsets of single quotation marks that pair into a quote (‘…’): a sentence holding one is not read, as with double marks. */
  singleMarks?: readonly number[];
}

const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'from', 'with', 'through', 'via', 'by']);
const QUOTE_MARK = /["“”«»„]/;
const TRAILING = /[\s.,;:!?…]+$/;

/**
 * Finds reported speech in the sentences of an article.
 *
 * @example
 * findIndirectQuotes(input, loadResources(), 4)[0].text // 'both countries have arrived at some clarity'
 */
export function findIndirectQuotes(input: IndirectInput, res: Resources, minWords: number): FoundQuote[] {
  const { text, tokens } = input;
  const ctx = { tokens, mentions: input.mentions, quoted: input.quoted, res };
  const out: FoundQuote[] = [];
  let t0 = 0;
  for (const sentence of input.sentences) {
    const body = text.slice(sentence.start, sentence.end);
    while (t0 < tokens.length && tokens[t0]!.start < sentence.start) t0++;
    let t1 = t0;
    while (t1 < tokens.length && tokens[t1]!.end <= sentence.end) t1++;
    if (QUOTE_MARK.test(body) || t1 - t0 < minWords + 2) continue;
    if (input.singleMarks && input.singleMarks.some((m) => m >= sentence.start && m < sentence.end)) continue;
    const found = reported(tokens, t0, t1, res, minWords);
    if (!found) continue;
    let start = tokens[found.clause[0]]!.start;
    let end = tokens[found.clause[1] - 1]!.end;
    const clause = text.slice(start, end).replace(TRAILING, '');
    end = start + clause.length;
    if (found.clause[1] - found.clause[0] < minWords) continue;
    while (/[\s,]/.test(text[start]!)) start++;
    const speaker = resolveSpeaker(ctx, found.phrase[0], found.phrase[1]);
    if (!speaker) continue;
    out.push({
      start, end, text: text.slice(start, end), speaker, kind: 'indirect', cue: found.cue, paragraph: sentence.paragraph,
      speaker_mention: text.slice(tokens[found.phrase[0]]!.start, tokens[found.phrase[1] - 1]!.end),
    });
  }
  return out;
}

interface Reported { cue: string; phrase: [number, number]; clause: [number, number] }

function reported(tokens: readonly Token[], t0: number, t1: number, res: Resources, minWords: number): Reported | null {
  for (let c = t0; c < Math.min(t1, t0 + 40); c++) {
    const cue = cueAt(tokens, c, res);
    if (!cue) continue;
    if (cue.text === 'according to') {
      const phrase = phraseAfter(tokens, c + 2, t1, res);
      if (!phrase) return null;
      // "According to X, clause." or "clause, according to X."
      if (c === t0) return phrase[1] < t1 ? { cue: cue.text, phrase, clause: [phrase[1], t1] } : null;
      return phrase[1] >= t1 - 1 ? { cue: cue.text, phrase, clause: [t0, c] } : null;
    }
    if (cue.phrase || !res.indirectVerbs.has(cue.text)) continue;
    const phrase = phraseBefore(tokens, c, t0, res);
    if (!phrase) continue;
    let k = c + cue.length;
    // "Russia must act, Kerry said (on Tuesday)." The clause comes first.
    if (phrase[0] > t0 && tokens[phrase[0]]!.gap.includes(',') && t1 - k <= 3) {
      // Not "In a wide-ranging interview, Obama said.": the clause must not open with a preposition.
      if (PREPOSITIONS.has(tokens[t0]!.lower) || phrase[0] - t0 < minWords) continue;
      return { cue: cue.text, phrase, clause: [t0, phrase[0]] };
    }
    if (phrase[0] !== t0 && !tokens[phrase[0]]!.gap.includes(',')) continue;
    if (tokens[k]?.lower === 'to') continue; // "said to be"
    // "said in a video posted on …": a preposition after the verb needs a "that" soon after.
    let sawThat = false;
    if (PREPOSITIONS.has(tokens[k]?.lower ?? '') && !res.objectVerbs.has(cue.text)) {
      const that = tokens.slice(k, Math.min(t1, k + 12)).findIndex((t) => t.lower === 'that');
      if (that < 0) continue;
      k += that + 1;
      sawThat = true;
    }
    if (res.objectVerbs.has(cue.text)) {
      const that = tokens.slice(k, Math.min(t1, k + 10)).findIndex((t) => t.lower === 'that');
      if (that < 0) continue;
      k += that + 1;
    } else {
      if (tokens[k]?.lower === 'in' && tokens[k + 1]?.lower === 'a' && tokens[k + 2]?.lower === 'statement') k += 3;
      if (tokens[k]?.lower === 'that') k++;
      else if (res.needThat.has(cue.text) && !sawThat) continue;
    }
    if (k < t1) return { cue: cue.text, phrase, clause: [k, t1] };
  }
  return null;
}
