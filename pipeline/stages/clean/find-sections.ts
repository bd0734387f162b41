import type { AnalysedLines } from './analyse-lines.ts';
import { LIST_ITEM } from './analyse-lines.ts';
import { NEXT_ARTICLE_HEADINGS } from './data/phrases.ts';
import { commentAuthorLine, commentHeading } from './parse-comments.ts';
import { phraseKey } from './phrase-matcher.ts';
import { REMOVAL_RULES } from './removal-rules.ts';

const NEXT_ARTICLE: ReadonlySet<string> = new Set(NEXT_ARTICLE_HEADINGS);
/** Longest "Next story" heading looked up. */
const MAX_NEXT_HEADING = 40;
/** Good characters an article must have before a related-links heading can end it. */
const MIN_TEXT_BEFORE_END = 400;

/** First line in [from, to) that reads like a paragraph of the article (good, 8+ words, final punctuation), else `from`. */
export function firstParagraph(a: AnalysedLines, from: number, to: number): number {
  for (let i = from; i < to; i++) if (a.classes[i] === 'good' && (a.feats[i].terminal || a.cjk) && a.feats[i].words >= 8) return i;
  return from;
}

/** After a box, prose paragraphs of at least this many characters ... */
const CONTINUE_MIN_CHARS = 120;
/** ... two in a row, holding this many characters together, show that the article goes on ... */
const CONTINUE_RUN_CHARS = 300;
/** ... when they start within this many lines after the box heading (a box holds a few teasers). */
const CONTINUE_WINDOW = 8;

/** The article goes on after a box: two prose paragraphs in a row, long enough together, within the next few lines. */
function continues(a: AnalysedLines, from: number, to: number): boolean {
  let run = 0;
  let chars = 0;
  for (let k = from; k < Math.min(to, from + CONTINUE_WINDOW); k++) {
    const prose = a.classes[k] === 'good' && a.feats[k].terminal && a.feats[k].chars >= CONTINUE_MIN_CHARS;
    run = prose ? run + 1 : 0;
    chars = prose ? (run === 1 ? a.feats[k].chars : chars + a.feats[k].chars) : 0;
    if (run >= 2 && chars >= CONTINUE_RUN_CHARS) return true;
  }
  return false;
}

/**
 * End of the article within [from, to): a "Next story" heading over an appended article
 * after enough text (whatever follows it); or a related/most-read/newsletter/"About the author" heading, a
 * news-ticker entry or a press release's "About Company" heading after enough text, with less
 * text after it than before, unless the article visibly goes on after the box.
 */
export function articleEnd(a: AnalysedLines, from: number, to: number): number {
  let total = 0;
  for (let i = from; i < to; i++) if (a.classes[i] === 'good') total += a.feats[i].chars;
  let before = 0;
  for (let i = from; i < to; i++) {
    if (a.classes[i] === 'good') before += a.feats[i].chars;
    const hit = a.hits[i];
    const f = a.feats[i];
    // the next article, appended below this one, ends it whatever its length
    if (hit?.kind === 'related-links' && f.chars <= MAX_NEXT_HEADING && before >= MIN_TEXT_BEFORE_END && NEXT_ARTICLE.has(phraseKey(a.lines[i].text))) return i;
    const heading =
      ((hit?.kind === 'related-links' || hit?.kind === 'newsletter' || hit?.kind === 'author-bio') && ((f.words <= 6 && !f.terminal) || hit.rule === 'ticker-item')) ||
      hit === REMOVAL_RULES.aboutCompany;
    if (heading && before >= MIN_TEXT_BEFORE_END && total - before < before && !continues(a, i + 1, to)) return i;
  }
  return to;
}

/** Lines after a comment heading searched for the first comment's author line or list marker. */
const COMMENT_LOOKAHEAD = 4;

/**
 * A strong heading with no count ("Join the conversation") above most of the page's text, and no
 * comment under it: a link to the comments printed over the article, not the start of the section.
 */
function invitationAbove(a: AnalysedLines, i: number, before: number, after: number, declared: number | null): boolean {
  if (declared !== null || after <= 4 * before) return false;
  for (let k = i + 1, seen = 0; k < a.lines.length && seen < COMMENT_LOOKAHEAD; k++) {
    const t = a.lines[k].text;
    if (!t.trim()) continue;
    if (LIST_ITEM.test(t) || commentAuthorLine(t)) return false;
    seen++;
  }
  return true;
}

/**
 * A comment count printed in an article's header ("11 Comments", a link to the thread) over the article itself:
 * the lines right under it, before any comment's author line or list item, go on with the article's prose
 * (`continues`: two long paragraphs in a row) and the page holds a good deal of text after it.
 */
function countOverArticle(a: AnalysedLines, i: number, after: number): boolean {
  if (after < MIN_TEXT_BEFORE_END) return false;
  const end = Math.min(a.lines.length, i + 1 + CONTINUE_WINDOW);
  for (let k = i + 1; k < end; k++) if (LIST_ITEM.test(a.lines[k].text) || commentAuthorLine(a.lines[k].text)) return false;
  return continues(a, i + 1, end);
}

/** Where the reader-comment section starts (its heading line, or the line before the first author line) and its declared count. */
export interface CommentSection {
  /** Index of the heading line, or the number of lines when there is no section. */
  start: number;
  declared: number | null;
}

/**
 * Finds the comment section after the article began at `bodyStart`: a strong
 * heading ("14 Comments on …", "Leave a Reply"), a weak one ("Comments") with
 * less text after it than before, or repeated "name · date" author lines. A
 * strong heading directly followed by list items or author lines counts even
 * before `bodyStart` (the comments then outweigh the article).
 */
export function findCommentSection(a: AnalysedLines, bodyStart: number): CommentSection {
  const { lines, classes, feats } = a;
  const n = lines.length;
  let start0 = bodyStart;
  const firstText = firstParagraph(a, 0, n);
  for (let i = firstText + 1; i < start0; i++) {
    const h = commentHeading(lines[i].text);
    if (h?.strong && i + 1 < n && (LIST_ITEM.test(lines[i + 1].text) || commentAuthorLine(lines[i + 1].text))) {
      start0 = firstText;
      break;
    }
  }
  let goodBefore = 0;
  let goodAfter = 0;
  for (let i = start0; i < n; i++) if (classes[i] === 'good') goodAfter += feats[i].chars;
  for (let i = start0; i < n; i++) {
    if (classes[i] === 'good') {
      goodBefore += feats[i].chars;
      goodAfter -= feats[i].chars;
    }
    if (i === start0) continue;
    const h = commentHeading(lines[i].text);
    if (h && (h.strong || goodAfter < goodBefore) && !invitationAbove(a, i, goodBefore, goodAfter, h.declared) && !(h.declared !== null && countOverArticle(a, i, goodAfter))) {
      return { start: i, declared: h.declared };
    }
    if (classes[i] !== 'good' && commentAuthorLine(lines[i].text)) {
      let more = 0;
      for (let k = i + 1; k < Math.min(n, i + 60) && more < 1; k++) if (commentAuthorLine(lines[k].text)) more++;
      if (more > 0 && goodAfter < goodBefore * 2) return { start: i - 1, declared: null };
    }
  }
  return { start: n, declared: null };
}

/** A comment count stated in the header ("941 comments") in [from, to), or null. */
export function declaredInHeader(a: AnalysedLines, from: number, to: number): number | null {
  for (let i = Math.max(0, from); i < Math.min(a.lines.length, to); i++) {
    const h = a.lines[i].text.length < 40 ? commentHeading(a.lines[i].text) : null;
    if (h?.declared != null) return h.declared;
  }
  return null;
}
