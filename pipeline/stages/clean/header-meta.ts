import { leadsLine, publicationDate } from './find-header.ts';
import type { ParsedDate } from './parse-date.ts';
import { nameDateByline, nameListLine, parseByline } from './parse-byline.ts';

/** The byline and date are looked for in this many lines after the headline ... */
const LINES_AFTER = 8;
/** ... and this many before it (a date or kicker printed above). */
const LINES_BEFORE = 2;
/** A byline or date line is at most this long. */
const MAX_LINE_CHARS = 160;

/** Authors and publication date read from the lines around a page's headline. */
export interface HeaderMeta {
  authors: string[];
  /** The date read (ISO 8601, at the precision printed: "Posted on 13 March 2023" gives "2023-03-13"), or null. */
  published: string | null;
}

/**
 * Reads the byline and the publication date printed around the headline of a
 * whole page's text (one block per line): for HTML pages whose metadata tags name
 * no author or date and whose article extract leaves the header out. The headline
 * is the first line equal to `headline` (case and spacing ignored); the byline is the
 * first "By …" line, "name – date" line or bare name line near it, the date the
 * first non-update date (a day or a time) of a short line near it, read in `monthFirst`
 * order (see `parseDate`). Nothing is guessed without the headline.
 *
 * @example
 * headerMeta('Builder fined\nBy Gemma Thorne, Court Reporter\nPosted on 13 March 2023\nThe builder…', 'Builder fined')
 * // { authors: ['Gemma Thorne'], published: '2023-03-13' }
 */
export function headerMeta(pageText: string, headline: string | null, monthFirst?: boolean): HeaderMeta {
  const none: HeaderMeta = { authors: [], published: null };
  const key = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const want = headline ? key(headline) : '';
  if (!want) return none;
  const lines = pageText.split('\n').map((l) => l.trim()).filter(Boolean);
  const at = lines.findIndex((l) => key(l) === want);
  if (at < 0) return none;
  // a date of a byline line ("Par Jane Doe · Publié le 21 septembre 2022 · 5 min") counts wherever it sits in the line
  const dateOf = (t: string, byline: boolean): ParsedDate | null => {
    const d = t.length <= MAX_LINE_CHARS ? publicationDate(t, monthFirst) : null;
    return d && !d.update && (d.precision === 'day' || d.precision === 'datetime') && (byline || d.coverage >= 0.6 || leadsLine(t, d)) ? d : null;
  };
  let authors: string[] = [];
  let published: string | null = null;
  for (let i = at + 1; i < Math.min(lines.length, at + 1 + LINES_AFTER); i++) {
    const t = lines[i];
    if (t.length > MAX_LINE_CHARS) continue;
    const b = (parseByline(t) ?? nameDateByline(t))?.authors ?? nameListLine(t);
    if (authors.length === 0 && b) authors = b;
    published ??= dateOf(t, b !== null)?.iso ?? null;
  }
  // a date printed just above the headline, when none follows it
  for (let i = at - 1; published === null && i >= Math.max(0, at - LINES_BEFORE); i--) published = dateOf(lines[i], false)?.iso ?? null;
  return { authors, published };
}
