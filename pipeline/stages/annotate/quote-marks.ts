/**
 * Pairs quotation marks into quoted spans. Curly (“ ” „ « ») and straight (")
 * marks; a straight mark opens or closes by what touches it. A quote left open
 * at the end of a paragraph continues when the next paragraph opens with a
 * quotation mark (the news convention for quotes over several paragraphs);
 * otherwise it is dropped. Doubled marks (""This) count once.
 */

/** A quoted span: [open, close] are the mark offsets (UTF-16), the words lie between. */
export interface MarkPair {
  open: number;
  close: number;
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
