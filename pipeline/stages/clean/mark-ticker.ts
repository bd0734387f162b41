import { TICKER } from './line-kind.ts';
import type { PhraseHit } from './phrase-matcher.ts';
import { REMOVAL_RULES } from './removal-rules.ts';
import type { Line } from './split-lines.ts';

/** A page needs this many time-stamped lines before they count as a news ticker. */
const MIN_TICKER_LINES = 3;
/** A time alone on its line ("14:10"), a ticker entry's stamp when the page is a ticker. */
const BARE_TIME = /^\s*(?:[01]?\d|2[0-3])[:h][0-5]\d\s*$/;
/** Label lines ("Séisme.", "Grèce :") between a bare time and its entry: at most this many, of at most so many words. */
const TICKER_LABEL_LINES = 2;
const TICKER_LABEL_WORDS = 2;

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
 *
 * @example
 * // ['13:18 First item', '12:50 Second item', paragraph, '11:02 Third item']: the three items get `ticker-item`
 * markTicker(lines, hits) // [] (no live-blog headings)
 */
export function markTicker(lines: readonly Line[], hits: Array<PhraseHit | null>): number[] {
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
