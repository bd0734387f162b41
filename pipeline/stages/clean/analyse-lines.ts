import type { IngestRecord } from '../../lib/types.ts';
import { betweenGood } from './between-good.ts';
import { initialClass, type LineClass, resolveContext } from './classify-lines.ts';
import type { CleanOptions } from './clean-options.ts';
import { closingSentence } from './closing-sentence.ts';
import { dataTable } from './data-table.ts';
import { PHRASE_LIMITS } from './data/phrases.ts';
import { headingBeforeCaption } from './heading-before-caption.ts';
import { type LineFeatures, measureLines } from './line-features.ts';
import { shapeKind, TICKER } from './line-kind.ts';
import { listAfterIntro } from './list-after-intro.ts';
import { longSentenceAfterGood } from './long-sentence-after-good.ts';
import { markGallery } from './mark-gallery.ts';
import { markPhotoCaption } from './mark-photo-caption.ts';
import { markRelatedBox } from './mark-related-box.ts';
import { type PhraseHit, type PhraseMatcher, phraseKey } from './phrase-matcher.ts';
import { REMOVAL_RULES } from './removal-rules.ts';
import { type Line, splitLines } from './split-lines.ts';

/** Per-line analysis of one document, shared by the later steps. */
export interface AnalysedLines {
  lines: Line[];
  feats: LineFeatures[];
  /** The boilerplate phrase or shape rule a line matched, or null. */
  hits: Array<PhraseHit | null>;
  /** Class of each line after the context pass. */
  classes: LineClass[];
  /** The document is CJK (no spaces between words). */
  cjk: boolean;
  /** Stop-word language of the document (`cjk` for Chinese/Japanese/Korean). */
  lang: string;
  /** The text is a trusted HTML extract (only phrases are boilerplate). */
  trusted: boolean;
}

/** A numbered or bulleted list item ("1. Finland", "• Item"). */
export const LIST_ITEM = /^(?:\d{1,3}[.)]|[•·▪‣◦*-])\s+\S/u;
/** Short labels of these kinds inside the text ("Advertisement") do not break the context of their neighbours. */
const TRANSPARENT_KINDS: ReadonlySet<string> = new Set(['advertisement']);
/** Kinds of a photo's caption and credit lines. */
const CAPTION_KINDS: ReadonlySet<string> = new Set(['caption', 'credit']);
/** A slideshow's counters and captions are no single photo's caption. */
const inGallery = (h: PhraseHit): boolean => h === REMOVAL_RULES.galleryCounter || h === REMOVAL_RULES.galleryCaption;
/** A page needs this many time-stamped lines before they count as a news ticker. */
const MIN_TICKER_LINES = 3;
/** A time alone on its line ("14:10"), a ticker entry's stamp when the page is a ticker. */
const BARE_TIME = /^\s*(?:[01]?\d|2[0-3])[:h][0-5]\d\s*$/;
/** Label lines ("Séisme.", "Grèce :") between a bare time and its entry: at most this many, of at most so many words. */
const TICKER_LABEL_LINES = 2;
const TICKER_LABEL_WORDS = 2;
/** Share of label-like lines (phrases, 1-2 word lines) above which an HTML extract is treated as a whole page. */
const WHOLE_PAGE_LABEL_SHARE = 0.4;
/** Stop-word density of typical prose with a full stop-word list; documents whose prose scores lower get lower thresholds. */
const REFERENCE_PROSE_DENSITY = 0.42;

/** True when an "extracted" text still looks like a whole page (menus, labels), as when the extractor fell back. */
function looksLikeWholePage(lines: readonly Line[], hits: ReadonlyArray<PhraseHit | null>): boolean {
  if (lines.length < 20) return false;
  let labels = 0;
  for (let i = 0; i < lines.length; i++) if (hits[i] || (lines[i].text.length < 25 && !/\s\S+\s/.test(lines[i].text))) labels++;
  return labels / lines.length > WHOLE_PAGE_LABEL_SHARE;
}

/**
 * Scales the stop-word thresholds to the document: the 75th percentile of the
 * density of long sentence-like lines says how well the stop-word list covers
 * this language; a weakly covered language gets proportionally lower
 * thresholds (at most halved).
 */
export function adaptThresholds<T extends { stopLow: number; stopHigh: number }>(opts: T, feats: readonly LineFeatures[]): T {
  const d: number[] = [];
  for (const f of feats) if (f.chars >= 150 && f.terminal) d.push(f.stopDensity);
  if (d.length < 3) return opts;
  d.sort((a, b) => a - b);
  const ref = d[Math.floor(d.length * 0.75)];
  if (ref >= REFERENCE_PROSE_DENSITY) return opts;
  const scale = Math.max(0.5, ref / REFERENCE_PROSE_DENSITY);
  return { ...opts, stopLow: opts.stopLow * scale, stopHigh: opts.stopHigh * scale };
}

/** A live blog's entry: prose of at least this many characters follows its time stamp ... */
const LIVE_ENTRY_CHARS = 150;
/** ... within this many lines, before the next stamp. */
const LIVE_ENTRY_LINES = 4;
const PROSE_END = /[.!?…]["'”’»)]*$/u;

/** True when the bare time at `i` stamps a live blog's entry (a heading and a paragraph of prose), not a ticker headline. */
function liveEntry(lines: readonly Line[], i: number): boolean {
  for (let k = i + 1; k < Math.min(lines.length, i + 1 + LIVE_ENTRY_LINES); k++) {
    const t = lines[k].text;
    if (BARE_TIME.test(t) || TICKER.test(t)) return false;
    if (t.length >= LIVE_ENTRY_CHARS && PROSE_END.test(t)) return true;
  }
  return false;
}

/**
 * News-ticker entries on a page with at least `MIN_TICKER_LINES` of them: a line that starts
 * with a time ("13:18 Loi renseignement : …"), or a time alone on its line, with the entry
 * below it (at most `TICKER_LABEL_LINES` labels such as "Séisme.", then one line of under 300
 * characters; so an entry of one or two words reads as a label). On a live blog (most bare times
 * followed by prose, fewer one-line "time headline" items than such entries) a time followed by
 * prose is an entry of the article: only its stamp is removed, and its heading line is returned (kept when the
 * entry's paragraph is kept).
 */
function markTicker(lines: readonly Line[], hits: Array<PhraseHit | null>): number[] {
  const headings: number[] = [];
  let tickers = 0;
  for (const l of lines) if (l.text.length < 300 && (TICKER.test(l.text) || BARE_TIME.test(l.text)) && ++tickers >= MIN_TICKER_LINES) break;
  if (tickers < MIN_TICKER_LINES) return headings;
  // a live blog: most bare stamps open an entry with prose, and fewer entries are one-line "time headline" items
  let bare = 0;
  let live = 0;
  let inline = 0;
  for (let i = 0; i < lines.length; i++) {
    if (BARE_TIME.test(lines[i].text)) {
      bare++;
      if (liveEntry(lines, i)) live++;
    } else if (lines[i].text.length < 300 && TICKER.test(lines[i].text)) inline++;
  }
  const liveBlog = live >= MIN_TICKER_LINES - 1 && 2 * live >= bare && inline < live;
  const mark = (i: number): void => {
    if (!hits[i]) hits[i] = REMOVAL_RULES.tickerItem;
  };
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (t.length < 300 && TICKER.test(t)) mark(i);
    if (!BARE_TIME.test(t)) continue;
    if (liveBlog && liveEntry(lines, i)) {
      hits[i] ??= REMOVAL_RULES.liveEntryTime;
      if (!PROSE_END.test(lines[i + 1].text) && lines[i + 1].text.length < LIVE_ENTRY_CHARS) headings.push(i + 1);
      continue;
    }
    mark(i);
    let k = i + 1;
    while (k < lines.length && k <= i + TICKER_LABEL_LINES && lines[k].text.split(/\s+/).length <= TICKER_LABEL_WORDS && !BARE_TIME.test(lines[k].text)) mark(k++);
    if (k < lines.length && lines[k].text.length < 300 && !BARE_TIME.test(lines[k].text) && !TICKER.test(lines[k].text)) mark(k);
  }
  return headings;
}

/**
 * Splits a document into lines, measures them, matches boilerplate phrases,
 * shapes, corpus-repeated lines and news tickers, and classifies every line
 * (jusText classes and context pass; a trusted HTML extract keeps every
 * non-boilerplate line).
 */
export function analyseLines(doc: IngestRecord, opts: Readonly<CleanOptions>, phrases: PhraseMatcher, repeated: ReadonlySet<string>): AnalysedLines {
  const lines = splitLines(doc.text);
  const { lang, feats } = measureLines(lines.map((l) => l.text));
  const cjk = lang === 'cjk';
  const hits: Array<PhraseHit | null> = lines.map((l, i) => {
    const key = l.text.length <= PHRASE_LIMITS.prefixMaxChars || repeated.size ? phraseKey(l.text) : undefined;
    const hit = phrases.match(l.text, key) ?? shapeKind(l.text, feats[i]);
    if (hit) return hit;
    if (key && repeated.size && l.text.length < 300 && feats[i].words < 25 && repeated.has(key)) return REMOVAL_RULES.repeatedLine;
    return null;
  });
  const liveHeadings = markTicker(lines, hits);
  markGallery(lines, hits);
  markPhotoCaption(lines, hits);
  markRelatedBox(lines, feats, hits);
  const trusted = doc.format === 'html' && opts.trustHtmlExtract && !looksLikeWholePage(lines, hits);
  const thresholds = adaptThresholds(opts, feats);
  const initial: LineClass[] = lines.map((l, i) =>
    trusted ? (hits[i] ? 'bad' : 'good') : initialClass(feats[i], hits[i] !== null, thresholds, cjk, LIST_ITEM.test(l.text)),
  );
  const transparent = hits.map((h, i) => h !== null && TRANSPARENT_KINDS.has(h.kind) && feats[i].words <= 4);
  const matched = hits.map((h) => h !== null);
  let classes = initial;
  if (!trusted) {
    classes = betweenGood(resolveContext(initial, transparent), feats, matched);
    classes = longSentenceAfterGood(classes, feats, matched, thresholds.stopLow);
    const texts = lines.map((l) => l.text);
    classes = listAfterIntro(classes, feats, matched, texts);
    classes = closingSentence(classes, initial, feats, matched, thresholds.stopLow, texts);
    classes = dataTable(classes, feats, matched, texts);
    classes = headingBeforeCaption(classes, initial, matched, hits.map((h) => h !== null && CAPTION_KINDS.has(h.kind) && !inGallery(h)));
    // a live blog entry's heading is text when the entry's paragraph is
    for (const h of liveHeadings) if (!matched[h] && classes[h + 1] === 'good') classes[h] = 'good';
  }
  return { lines, feats, hits, classes, cjk, lang, trusted };
}
