import type { LineClass } from './classify-lines.ts';
import type { LineFeatures } from './line-features.ts';

/** At most this many items follow a list's introduction ("Entre as principais medidas, o regulamento prevê:"). */
const MAX_LIST_ITEMS = 12;
/** An item has at least this many words ... */
const MIN_ITEM_WORDS = 3;
/** ... and at most this many characters. */
const MAX_ITEM_CHARS = 400;

/** An introduction: a paragraph ending with a colon. */
const INTRO_END = /[:：]\s*$/u;
/** An item ending an enumeration step (";", ",") or the last item ("."). */
const ITEM_END = /[;,]$/u;

/**
 * The items of a list the article introduces are article text: after a `good` line ending
 * with a colon, the run of lines ending with ";" or "," (at most `MAX_LIST_ITEMS`, each of
 * `MIN_ITEM_WORDS`+ words, no URLs, not matched as boilerplate), and the line that closes
 * the run with final punctuation, become `good`, when at least two such lines follow the
 * colon. Short enumeration steps have too few words or stop words to be good alone. Returns
 * new classes.
 *
 * @example
 * listAfterIntro(['good', 'bad', 'bad', 'bad'], feats, matched, texts) // ['good', 'good', 'good', 'good'] for "… prevê:", "a;", "b;", "e c."
 */
export function listAfterIntro(classes: readonly LineClass[], feats: readonly LineFeatures[], matched: readonly boolean[], texts: readonly string[]): LineClass[] {
  const out = classes.slice();
  const item = (k: number): boolean => !matched[k] && feats[k].words >= MIN_ITEM_WORDS && feats[k].chars <= MAX_ITEM_CHARS && feats[k].urlDensity === 0;
  for (let i = 0; i + 2 < classes.length; i++) {
    if (classes[i] !== 'good' || !INTRO_END.test(texts[i])) continue;
    let k = i + 1;
    while (k < classes.length && k - i <= MAX_LIST_ITEMS && item(k) && ITEM_END.test(texts[k])) k++;
    const last = k < classes.length && item(k) && feats[k].terminal ? k : k - 1;
    if (last - i < 2) continue;
    for (let j = i + 1; j <= last; j++) out[j] = 'good';
    i = last;
  }
  return out;
}
