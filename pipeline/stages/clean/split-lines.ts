/** One non-empty line of the ingested text. */
export interface Line {
  /** Position among non-empty lines. */
  index: number;
  /** UTF-16 offsets of the trimmed text in the ingested text. */
  start: number;
  end: number;
  /** Code-point offsets of the trimmed text. */
  cpStart: number;
  cpEnd: number;
  /** The trimmed text. */
  text: string;
  /** Leading whitespace width (tabs count 4). */
  indent: number;
  /** An empty line precedes this one (or it is the first line). */
  blankBefore: boolean;
}

const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * Splits text into its non-empty lines with UTF-16 and code-point offsets of
 * each trimmed line, in one linear pass.
 *
 * @example
 * splitLines('a\n\n b ').map((l) => [l.text, l.cpStart]) // [['a', 0], ['b', 4]]
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let cp = 0;
  let pos = 0;
  let blank = true;
  const n = text.length;
  while (pos <= n) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = n;
    // leading space
    let s = pos;
    let cpS = cp;
    let indent = 0;
    while (s < lineEnd && isSpace(text.charCodeAt(s))) {
      indent += text.charCodeAt(s) === 9 ? 4 : 1;
      s++;
      cpS++;
    }
    let e = lineEnd;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    // code points from s to e, then to lineEnd
    let cpE = cpS;
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff || i === s) cpE++;
      else if (!(text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) cpE++;
    }
    if (e > s) {
      lines.push({ index: lines.length, start: s, end: e, cpStart: cpS, cpEnd: cpE, text: text.slice(s, e), indent, blankBefore: blank });
      blank = false;
    } else {
      blank = true;
    }
    cp = cpE + (lineEnd - e) + 1; // trailing spaces are BMP; +1 for '\n'
    pos = lineEnd + 1;
  }
  return lines;
}

const SURROGATE = /[\ud800-\udfff]/;

/** Code-point length of a string. */
export function cpLength(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = s.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) n--;
    }
  }
  return n;
}
