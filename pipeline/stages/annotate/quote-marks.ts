/**
 * Pairs quotation marks into quoted spans. Curly (“ ” „ « ») and straight (")
 * marks; a straight mark opens or closes by what touches it. A quote left open
 * at the end of a paragraph continues when the next paragraph opens with a
 * quotation mark (the news convention for quotes over several paragraphs);
 * otherwise it is dropped. Doubled marks (""This) count once.
 *
 * Single marks (‘…’ and straight '…') quote too, but the same characters are
 * apostrophes far more often (don’t, O’Brien, the Joneses’ house, ’90s,
 * rock ’n’ roll). A single mark opens only before a word and after a space or
 * opening punctuation, and not as an elision; it closes only after a word or
 * punctuation and before a space, punctuation or the end. A closing mark after
 * "s" that a word follows ("students’ union") is a plural possessive unless no
 * other closing mark follows in the paragraph. Single marks inside a double
 * quote belong to it (nested quote); a double quote inside a single one is
 * part of the single one (British nesting).
 */

/** A quoted span: [open, close] are the mark offsets (UTF-16), the words lie between. */
export interface MarkPair {
  open: number;
  close: number;
  /** Set when the marks are single quotation marks (‘…’ or '…'). */
  single?: true;
}

const MARKS = /["“”«»„]/g;
const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
const SPACE_BEFORE = /[\s([{—–-]/;

/**
 * Finds quoted spans in text, given paragraph ranges [start, end) in UTF-16.
 *
 * @example
 * pairQuoteMarks('He said “yes, now.”', [[0, 19]]) // [{ open: 8, close: 18 }]
 */
export function pairQuoteMarks(text: string, paragraphs: ReadonlyArray<readonly [number, number]>): MarkPair[] {
  const doubles = pairDoubleMarks(text, paragraphs);
  // Cheap pre-check: most articles hold no single opening mark at all.
  if (text.indexOf('‘') < 0 && text.indexOf("'") < 0) return doubles;
  const singles = pairSingleMarks(text, paragraphs, doubles);
  if (singles.length === 0) return doubles;
  const kept = doubles.filter((d) => !singles.some((s) => s.open < d.open && d.close < s.close));
  return [...kept, ...singles].sort((a, b) => a.open - b.open);
}

function pairDoubleMarks(text: string, paragraphs: ReadonlyArray<readonly [number, number]>): MarkPair[] {
  const out: MarkPair[] = [];
  let open: { at: number; para: number; char: string } | null = null;
  let para = 0;
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const at = m.index;
    const char = m[0];
    let p = para;
    while (p < paragraphs.length && paragraphs[p]![1] <= at) p++;
    if (p >= paragraphs.length) break;
    if (p !== para) {
      // Entering a new paragraph: an open quote continues only if this paragraph starts with an opener.
      const startsPara = at === paragraphs[p]![0] && role(text, at, char, null) === 'open';
      if (open && !(startsPara && p === open.para + 1)) open = null;
      if (open && startsPara) { open.para = p; para = p; continue; }
      para = p;
    }
    const r = role(text, at, char, open?.char ?? null);
    if (r === 'open') {
      if (open && onlyMarksBetween(text, open.at, at)) continue;
      open = { at, para, char };
    } else if (open) {
      if (!onlyMarksBetween(text, open.at, at)) out.push({ open: open.at, close: at });
      open = null;
    }
  }
  return out;
}

function role(text: string, at: number, char: string, openChar: string | null): 'open' | 'close' {
  if (char === '„') return 'open';
  if (char === '“') return openChar === '„' ? 'close' : 'open';
  if (OPENERS.has(char)) return 'open';
  if (CLOSERS.has(char)) return 'close';
  const before = at === 0 ? ' ' : text[at - 1]!;
  const after = at + 1 >= text.length ? ' ' : text[at + 1]!;
  const spaceBefore = SPACE_BEFORE.test(before) || before === '"' || before === '“';
  const spaceAfter = /[\s.,;:!?)\]}]/.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return openChar ? 'close' : 'open';
}

function onlyMarksBetween(text: string, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (!/["“”«»„\s]/.test(text[i]!)) return false;
  return true;
}

const SINGLE_MARKS = /[‘’']/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** What may stand before an opening single mark. */
const BEFORE_OPEN = /[\s([{—–\-“"]/;
/** What may follow a closing single mark. */
const AFTER_CLOSE = /[\s.,;:!?)\]}—–\-”"…]/;
/** Elisions written with a leading apostrophe: ’90s, ’n’, ’em, ’tis, ’til. */
const ELISION = /^(?:\d\ds\b|\d\d\b(?!\s*(?:percent|per|%))|n['’‘](?=\s)|(?:em|tis|twas|til|cause|bout|round)\b)/i;

type SingleKind = 'open' | 'close' | 'soft-close' | null;

/** Role of the single mark at `at`: opening, closing, closing unless a later one closes ("students’ union"), or an apostrophe. */
function singleKind(text: string, at: number, end: number): SingleKind {
  const char = text[at]!;
  const before = at === 0 ? ' ' : text[at - 1]!;
  const after = at + 1 >= end ? ' ' : text[at + 1]!;
  const wordBefore = WORD_CHAR.test(before);
  const wordAfter = WORD_CHAR.test(after);
  if (wordBefore && wordAfter) return null; // don’t, O’Brien
  if (char !== '’' && BEFORE_OPEN.test(before) && (wordAfter || after === '“' || after === '"')) {
    if (ELISION.test(text.slice(at + 1, Math.min(end, at + 16)))) return null;
    return 'open';
  }
  if (char !== '‘' && !/\s/.test(before) && AFTER_CLOSE.test(after)) {
    // The second mark of ’n’ ("rock ’n’ roll").
    if ((before === 'n' || before === 'N') && at >= 2 && /['’‘]/.test(text[at - 2]!)) return null;
    // "the Joneses’ house", "students’ union": a plural possessive when a word follows.
    if ((before === 's' || before === 'S') && /\s/.test(after) && at + 2 < end && WORD_CHAR.test(text[at + 2]!)) return 'soft-close';
    return 'close';
  }
  return null;
}

function pairSingleMarks(text: string, paragraphs: ReadonlyArray<readonly [number, number]>, doubles: readonly MarkPair[]): MarkPair[] {
  const out: MarkPair[] = [];
  let d = 0;
  let open: { at: number; para: number } | null = null;
  let p = 0;
  let decisive: { from: number; at: number; close: boolean } | null = null;
  SINGLE_MARKS.lastIndex = 0;
  for (let m = SINGLE_MARKS.exec(text); m; m = SINGLE_MARKS.exec(text)) {
    const at = m.index;
    // Inside a double quote: part of it.
    while (d < doubles.length && doubles[d]!.close < at) d++;
    if (d < doubles.length && doubles[d]!.open < at && at < doubles[d]!.close) continue;
    const from = p;
    while (p < paragraphs.length && paragraphs[p]![1] <= at) p++;
    if (p >= paragraphs.length) break;
    if (at < paragraphs[p]![0]) continue;
    const end = paragraphs[p]![1];
    const kind = singleKind(text, at, end);
    if (p !== from && open) {
      // A quote over several paragraphs: the next paragraph opens with a single mark.
      if (p === open.para + 1 && at === paragraphs[p]![0] && kind === 'open') { open.para = p; continue; }
      open = null;
    }
    if (kind === 'open') open = { at, para: p };
    else if (open && kind === 'close') { out.push({ open: open.at, close: at, single: true }); open = null; }
    else if (open && kind === 'soft-close') {
      // The first opening or closing mark after this one, found once for a stretch of possessives (linear).
      if (!(decisive && decisive.from <= at + 1 && at < decisive.at)) decisive = { from: at + 1, ...laterMark(text, at + 1, end, doubles, d) };
      if (!decisive.close) { out.push({ open: open.at, close: at, single: true }); open = null; }
    }
  }
  return out;
}

/** The first opening or closing single mark in text[from:end) outside double quotes: its offset (`end` if none) and whether it closes. */
function laterMark(text: string, from: number, end: number, doubles: readonly MarkPair[], d: number): { at: number; close: boolean } {
  for (let i = from; i < end; i++) {
    const c = text[i]!;
    if (c !== '‘' && c !== '’' && c !== "'") continue;
    while (d < doubles.length && doubles[d]!.close < i) d++;
    if (d < doubles.length && doubles[d]!.open < i && i < doubles[d]!.close) continue;
    const kind = singleKind(text, i, end);
    if (kind === 'open') return { at: i, close: false };
    if (kind === 'close') return { at: i, close: true };
  }
  return { at: end, close: false };
}
