/**
 * Text repairs applied to kept paragraphs, each with a rule id and counted.
 * Every repair is a linear scan (no backtracking patterns).
 */

/** Rule ids of the repairs (closed set). */
export const REPAIR_RULES = {
  mojibake: 'mojibake',
  invisibleChars: 'invisible-chars',
  controlChars: 'control-chars',
  repeatedSpaces: 'repeated-spaces',
  unicodeSpace: 'unicode-space',
  doubledQuote: 'doubled-quote',
  gluedQuote: 'glued-closing-quote',
  gluedFileName: 'glued-file-name',
} as const;
export type RepairRule = (typeof REPAIR_RULES)[keyof typeof REPAIR_RULES];

/** Counts of repairs by rule, filled in as repairs run. */
export type RepairCounts = Map<RepairRule, number>;

const bump = (counts: RepairCounts, rule: RepairRule, n: number): void => {
  if (n > 0) counts.set(rule, (counts.get(rule) ?? 0) + n);
};

/** CP1252 bytes 0x80-0x9F as the characters Windows-1252 shows for them. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CP1252_BYTE = new Map<string, number>([...CP1252].map((c, i) => [c, 0x80 + i]));
const byteOf = (c: string): number => {
  const code = c.charCodeAt(0);
  if (code < 0x80) return code;
  if (code >= 0xa0 && code <= 0xff) return code;
  return CP1252_BYTE.get(c) ?? -1;
};
/** A run of Latin-1/CP1252 characters that starts with a UTF-8 lead byte and holds continuation bytes. */
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]+(?:[\u00c2-\u00f4][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]+)*/g;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Re-decodes runs of UTF-8 bytes that were read as Latin-1/CP1252 (`â€™` -> `’`, `Ã©` -> `é`). */
export function fixMojibake(text: string, counts: RepairCounts): string {
  if (!/[\u00c2-\u00f4]/.test(text)) return text;
  return text.replace(MOJIBAKE, (run) => {
    const bytes: number[] = [];
    for (const c of run) {
      const b = byteOf(c);
      if (b < 0) return run;
      bytes.push(b);
    }
    try {
      const fixed = UTF8.decode(new Uint8Array(bytes));
      bump(counts, REPAIR_RULES.mojibake, 1);
      return fixed;
    } catch {
      return run;
    }
  });
}

/**
 * Zero-width and soft-hyphen characters. The zero-width non-joiner and joiner (U+200C, U+200D) are
 * letters' business in Persian, Arabic and Indic scripts ("کتابخانه‌های") and in emoji sequences:
 * they go only after a character below U+0370 (Latin text, where they are stray markup).
 */
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad\u180e]|(?<![^\u0000-\u036f])[\u200c\u200d]/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const NON_ASCII_OR_CONTROL = /[^\u0020-\u007e]/;
/** One pass for both (most non-ASCII text has neither): the pre-check of `INVISIBLE` and `CONTROL`. */
const INVISIBLE_OR_CONTROL = /[\u200b-\u200d\u2060\ufeff\u00ad\u180e\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const ODD_SPACE = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{2}|[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const SPACES = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/** Removes zero-width, soft-hyphen and control characters; folds space runs and Unicode spaces to one space. */
export function fixInvisibleAndSpaces(text: string, counts: RepairCounts): string {
  let out = text;
  if (NON_ASCII_OR_CONTROL.test(text) && INVISIBLE_OR_CONTROL.test(text)) {
    out = out.replace(INVISIBLE, () => (bump(counts, REPAIR_RULES.invisibleChars, 1), ''));
    out = out.replace(CONTROL, () => (bump(counts, REPAIR_RULES.controlChars, 1), ''));
  }
  if (ODD_SPACE.test(out)) out = out.replace(SPACES, (m) => {
    bump(counts, m.length > 1 ? REPAIR_RULES.repeatedSpaces : REPAIR_RULES.unicodeSpace, 1);
    return ' ';
  });
  return out.trim();
}

/** `""This` -> `"This`, `end.""` -> `end."` (a quote character doubled next to a word). */
const DOUBLED = /(^|[\s(\[])(["“”])\2(?=\p{L}|\d)|(?<=[\p{L}\d.,!?])(["“”])\3(?=$|[\s).,;:])/gu;
const DOUBLED_HINT = /["“”]["“”]/;
const QUOTE = /["“”]/;
/** `weapons.”The` -> `weapons.” The` (a closing quote glued to the next sentence). */
const GLUED_QUOTE = /([.!?,]”|[.!?]")(?=\p{Lu})/gu;

/** Repairs doubled quotes and closing quotes glued to the next sentence. */
export function fixQuotes(text: string, counts: RepairCounts): string {
  if (!QUOTE.test(text)) return text;
  let out = !DOUBLED_HINT.test(text) ? text : text.replace(DOUBLED, (m, pre: string | undefined, q1: string | undefined, q2: string | undefined) => {
    bump(counts, REPAIR_RULES.doubledQuote, 1);
    return q1 ? `${pre}${q1}` : (q2 as string);
  });
  out = out.replace(GLUED_QUOTE, (m: string) => {
    bump(counts, REPAIR_RULES.gluedQuote, 1);
    return `${m} `;
  });
  return out;
}

/**
 * Runs every paragraph repair in a fixed order.
 *
 * @example
 * const counts: RepairCounts = new Map();
 * repairParagraph('""This  is', counts) // '"This is'
 */
export function repairParagraph(text: string, counts: RepairCounts): string {
  return fixQuotes(fixInvisibleAndSpaces(fixMojibake(text, counts), counts), counts);
}
