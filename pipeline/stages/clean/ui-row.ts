import { ACCOUNT_LINKS, BOILERPLATE_PHRASES, SHARE_BUTTON_WORDS } from './data/phrases.ts';

/** Longest label, in words ("e-paper lesen", "il mio account"). */
const MAX_LABEL_WORDS = 3;
/** A row has at most this many words. */
const MAX_ROW_WORDS = 8;

/**
 * Every label a page's link and button rows carry: `ACCOUNT_LINKS`, `SHARE_BUTTON_WORDS` and the `navigation`,
 * `newsletter`, `share` and `other` exact phrases of one to three words ("Font Size Save Print Comment Follow us").
 */
const G = BOILERPLATE_PHRASES;
const LABELS: ReadonlySet<string> = new Set(
  [...ACCOUNT_LINKS, ...SHARE_BUTTON_WORDS, ...(G.navigation?.exact ?? []), ...(G.newsletter?.exact ?? []), ...(G.share?.exact ?? []), ...(G.other?.exact ?? [])]
    .filter((p) => /\p{L}{2}/u.test(p))
    .map((p) => p.toLowerCase())
    .filter((p) => p.split(' ').length <= MAX_LABEL_WORDS),
);

/** The first word of every label. */
const FIRST_WORDS: ReadonlySet<string> = new Set([...LABELS].map((l) => l.split(' ')[0]));

/**
 * True when a short line is two or more link or button labels run together, and nothing else
 * ("Suscríbase Edición impresa Ingresar", "Subscribe E-paper Sign in", "Font Size Save Print Comment
 * Follow us"): the words are covered, left to right, by labels of one to three words.
 *
 * @example
 * uiRow('Suscríbase Edición impresa Ingresar') // true
 * uiRow('Sign in to read the report') // false
 */
export function uiRow(text: string): boolean {
  // (cheap first: the first word opens some label)
  const t = text.trimStart();
  const sp = t.search(/\s/u);
  if (sp < 0 || !FIRST_WORDS.has(t.slice(0, sp).toLowerCase())) return false;
  const words = t.toLowerCase().split(/\s+/u).filter(Boolean);
  if (words.length < 2 || words.length > MAX_ROW_WORDS) return false;
  // reach[k]: the fewest labels covering words[0, k), or -1 when they cannot be covered
  const reach = new Array<number>(words.length + 1).fill(-1);
  reach[0] = 0;
  for (let k = 0; k < words.length; k++) {
    if (reach[k] < 0) continue;
    for (let len = 1; len <= MAX_LABEL_WORDS && k + len <= words.length; len++) {
      if (!LABELS.has(words.slice(k, k + len).join(' '))) continue;
      const n = reach[k] + 1;
      if (reach[k + len] < 0 || n < reach[k + len]) reach[k + len] = n;
    }
  }
  return reach[words.length] >= 2;
}
