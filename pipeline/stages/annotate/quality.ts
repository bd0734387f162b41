/**
 * Gopher / C4-style quality signals of one article, and the flags of the rules
 * (data/quality-rules.json) it breaks. Flags only: nothing is dropped.
 */
import type { QualitySignals } from '../../lib/types.ts';
import type { QualityRule, Resources } from './resources.ts';
import type { Token } from './tokenize.ts';

const round = (x: number): number => (Number.isFinite(x) ? Math.round(x * 10000) / 10000 : 0);
const END_PUNCT = /[.!?…"”’»)]$/;

/**
 * Computes the signals from the body, its paragraphs and its word tokens.
 *
 * @example
 * qualitySignals(body, paragraphs, tokens, loadResources()).stopword_count // 42
 */
export function qualitySignals(body: string, paragraphs: readonly string[], tokens: readonly Token[], res: Resources): QualitySignals {
  const words = tokens.filter((t) => !t.text.startsWith('’') && !t.text.startsWith("'"));
  const ids = wordIds(words);
  const wordChars = words.reduce((n, t) => n + t.text.length, 0);
  let nonSpace = 0;
  let digits = 0;
  let symbols = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0) continue;
    nonSpace++;
    if (c >= 48 && c <= 57) digits++;
    else if (c === 35 || c === 0x2026) symbols++; // '#', '…'
    else if (c === 46 && body.charCodeAt(i + 1) === 46 && body.charCodeAt(i + 2) === 46) { symbols++; i += 2; nonSpace += 2; }
  }
  const lines = paragraphs.map((p) => p.trim()).filter((p) => p.length > 0);
  const seen = new Set<string>();
  let dupLines = 0;
  for (const line of lines) { if (seen.has(line)) dupLines++; else seen.add(line); }
  return {
    mean_word_length: round(words.length ? wordChars / words.length : 0),
    symbol_ratio: round(words.length ? symbols / words.length : 0),
    digit_ratio: round(nonSpace ? digits / nonSpace : 0),
    stopword_count: words.reduce((n, t) => n + (res.gopherStopwords.has(t.lower) ? 1 : 0), 0),
    end_punct_fraction: round(lines.length ? lines.filter((l) => END_PUNCT.test(l)).length / lines.length : 0),
    dup_line_fraction: round(lines.length ? dupLines / lines.length : 0),
    top_ngram_fraction: round(topBigramFraction(words, ids, wordChars)),
    dup_ngram_fraction: round(duplicateNgramFraction(words, ids, wordChars, 5)),
  };
}

/** Word ids (equal lower-case words share an id), so n-grams hash to numbers instead of strings. */
function wordIds(words: readonly Token[]): Int32Array {
  const ids = new Map<string, number>();
  const out = new Int32Array(words.length);
  words.forEach((t, i) => {
    let id = ids.get(t.lower);
    if (id === undefined) { id = ids.size; ids.set(t.lower, id); }
    out[i] = id;
  });
  return out;
}

function topBigramFraction(words: readonly Token[], ids: Int32Array, wordChars: number): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestChars = 0;
  // Small ids pack into a small-integer key (no heap numbers); the wide packing is the fallback.
  const narrow = words.length < 32_768;
  for (let i = 0; i + 1 < words.length; i++) {
    const key = narrow ? ids[i]! * 32_768 + ids[i + 1]! : ids[i]! * 4_194_304 + ids[i + 1]!;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    const chars = n * (words[i]!.text.length + words[i + 1]!.text.length);
    if (n > 1 && chars > bestChars) { best = n; bestChars = chars; }
  }
  return best > 1 && wordChars ? bestChars / wordChars : 0;
}

/** Two independent 26-bit rolling hashes of the n-gram at `at`, written to pair[0] and pair[1]. */
function ngramHashes(ids: Int32Array, at: number, n: number, pair: Int32Array): void {
  let h1 = 0;
  let h2 = 0;
  for (let k = 0; k < n; k++) {
    h1 = (Math.imul(h1, 1_000_003) + ids[at + k]! + 1) & 0x3ffffff;
    h2 = (Math.imul(h2, 998_244_353) + ids[at + k]! * 7 + 3) & 0x3ffffff;
  }
  pair[0] = h1;
  pair[1] = h2;
}

function duplicateNgramFraction(words: readonly Token[], ids: Int32Array, wordChars: number, n: number): number {
  if (words.length < n || !wordChars) return 0;
  // Open addressing on the hash pair (the same equality as one packed 52-bit key), first position as value.
  let size = 16;
  while (size < words.length * 2) size <<= 1;
  const mask = size - 1;
  const keys1 = new Int32Array(size);
  const keys2 = new Int32Array(size);
  const firstAt = new Int32Array(size).fill(-1);
  const pair = new Int32Array(2);
  const covered = new Uint8Array(words.length);
  for (let i = 0; i + n <= words.length; i++) {
    ngramHashes(ids, i, n, pair);
    const h1 = pair[0]!;
    const h2 = pair[1]!;
    let slot = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;
    while (firstAt[slot] !== -1 && (keys1[slot] !== h1 || keys2[slot] !== h2)) slot = (slot + 1) & mask;
    const at = firstAt[slot]!;
    if (at === -1) { keys1[slot] = h1; keys2[slot] = h2; firstAt[slot] = i; continue; }
    for (let k = 0; k < n; k++) { covered[i + k] = 1; covered[at + k] = 1; }
  }
  let chars = 0;
  for (let i = 0; i < words.length; i++) if (covered[i]) chars += words[i]!.text.length;
  return chars / wordChars;
}

/**
 * Ids of the rules an article breaks, in rule order.
 *
 * @example
 * qualityFlags({ ...signals, stopword_count: 0 }, 12, rules) // ['too-few-words', 'few-stopwords']
 */
export function qualityFlags(signals: QualitySignals, words: number, rules: readonly QualityRule[]): string[] {
  const values: Record<string, number> = { ...signals, words };
  return rules.filter((r) => {
    const v = values[r.signal];
    return v !== undefined && (r.op === '<' ? v < r.value : v > r.value);
  }).map((r) => r.id);
}
