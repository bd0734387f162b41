import type { IngestRecord } from '../../lib/types.ts';
import { betweenGood } from './between-good.ts';
import { initialClass, type LineClass, resolveContext } from './classify-lines.ts';
import type { CleanOptions } from './clean-options.ts';
import { closingSentence } from './closing-sentence.ts';
import { dataTable } from './data-table.ts';
import { PHRASE_LIMITS } from './data/phrases.ts';
import { headingBeforeCaption } from './heading-before-caption.ts';
import { type LineFeatures, measureLines } from './line-features.ts';
import { shapeKind } from './line-kind.ts';
import { listAfterIntro } from './list-after-intro.ts';
import { longSentenceAfterGood } from './long-sentence-after-good.ts';
import { markGallery } from './mark-gallery.ts';
import { markPhotoCaption } from './mark-photo-caption.ts';
import { markRelatedBox } from './mark-related-box.ts';
import { markTicker } from './mark-ticker.ts';
import { looksLikeName, parseByline } from './parse-byline.ts';
import { parseDate } from './parse-date.ts';
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
/** A heading has two words of letters or more; a counter ("2 of 9", "3/12") is none. */
const HEADING_WORDS = /\p{L}{2,}\S*\s+\S*\p{L}{2,}/u;
const COUNTER = /^\d+\s*(?:of|de|di|von|\/)\s*\d+$/iu;
/** A related-links phrase opening a line of a headline's length ("Lue myös: Kylpylän uimahalli suljetaan …"): a teaser inside the text. */
const inlineTeaser = (h: PhraseHit, f: LineFeatures): boolean => h.kind === 'related-links' && h.rule === 'related-links-phrase' && f.words >= 6 && f.words <= 25 && !f.terminal;
/** ... the line after its next one being a paragraph of the article at least this long. */
const MIN_PARAGRAPH_AFTER_TEASER = 120;
/** Kinds of a photo's caption and credit lines. */
const CAPTION_KINDS: ReadonlySet<string> = new Set(['caption', 'credit']);
/** A slideshow's counters and captions are no single photo's caption. */
const inGallery = (h: PhraseHit): boolean => h === REMOVAL_RULES.galleryCounter || h === REMOVAL_RULES.galleryCaption;
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
  // (and neither does a "Read also: headline" teaser inside the text, the article going on below it: a subheading under it
  // stays with the paragraph below)
  const goesOn = (i: number): boolean => initial[i + 2] === 'good' && feats[i + 2].terminal && feats[i + 2].chars >= MIN_PARAGRAPH_AFTER_TEASER;
  const transparent = hits.map((h, i) => h !== null && ((TRANSPARENT_KINDS.has(h.kind) && feats[i].words <= 4) || (inlineTeaser(h, feats[i]) && goesOn(i))));
  const matched = hits.map((h) => h !== null);
  let classes = initial;
  if (!trusted) {
    classes = betweenGood(resolveContext(initial, transparent), feats, matched);
    classes = longSentenceAfterGood(classes, feats, matched, thresholds.stopLow);
    const texts = lines.map((l) => l.text);
    classes = listAfterIntro(classes, feats, matched, texts);
    classes = closingSentence(classes, initial, feats, matched, thresholds.stopLow, texts);
    classes = dataTable(classes, feats, matched, texts);
    const heading = (k: number): boolean => HEADING_WORDS.test(texts[k]) && !COUNTER.test(texts[k]) && !parseByline(texts[k]) && !looksLikeName(texts[k]) && parseDate(texts[k]) === null;
    classes = headingBeforeCaption(classes, initial, matched, hits.map((h) => h !== null && CAPTION_KINDS.has(h.kind) && !inGallery(h)), heading);
    // a live blog entry's heading is text when the entry's paragraph is
    for (const h of liveHeadings) if (!matched[h] && classes[h + 1] === 'good') classes[h] = 'good';
  }
  return { lines, feats, hits, classes, cjk, lang, trusted };
}
