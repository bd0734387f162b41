import type { LineFeatures } from './line-features.ts';
import type { PhraseHit } from './phrase-matcher.ts';
import { bylineLabelled, looksLikeName } from './parse-byline.ts';
import { REMOVAL_RULES } from './removal-rules.ts';

/** A related-links heading is a short label: at most this many words, no final punctuation. */
const MAX_HEADING_WORDS = 6;
/** Lines looked at below the heading. */
const MAX_BOX_LINES = 8;
/** A linked headline has this many words at least and at most (fewer: a label; more: prose). */
const MIN_HEADLINE_WORDS = 3;
const MAX_HEADLINE_WORDS = 20;
/** A heading printed as the last item of a menu column ("World News", "Royals", "Most Read"): this many one-to-three-word lines above it. */
const MENU_COLUMN_LINES = 3;
const MENU_ITEM_WORDS = 3;
/** A paragraph of prose has this many words at least (and final punctuation). */
const PROSE_WORDS = 20;

/** Below `i`, lines that read as headlines and then a byline: the article's headline and its standfirst points. */
function headerFollows(lines: ReadonlyArray<{ text: string }>, feats: readonly LineFeatures[], i: number): boolean {
  for (let k = i + 1; k < Math.min(lines.length, i + 1 + MAX_BOX_LINES); k++) {
    if (bylineLabelled(lines[k].text)) return k > i + 1;
    if (feats[k].terminal || feats[k].words < MIN_HEADLINE_WORDS || feats[k].words > MAX_HEADLINE_WORDS) return false;
  }
  return false;
}

/** The lines right above `i` are a menu printed one item per line. */
function underMenuColumn(feats: readonly LineFeatures[], i: number): boolean {
  if (i < MENU_COLUMN_LINES) return false;
  for (let k = i - MENU_COLUMN_LINES; k < i; k++) if (feats[k].words === 0 || feats[k].words > MENU_ITEM_WORDS || feats[k].terminal) return false;
  return true;
}

/**
 * The headlines of a related-links box ("Artículos Relacionados", "Související", "More stories"
 * followed by linked headlines): below a short related-links heading from the phrase table, the
 * lines that read as headlines (3 to 20 words, no final punctuation) become `related-box` lines,
 * up to the first line that does not (a sentence of the article, a label, a byline or the headline
 * right above one) or `MAX_BOX_LINES`; a heading that ends a menu printed one item per line heads no box,
 * lines down. Lines already matched are passed over. A box in the middle of an article would
 * otherwise leave its headlines in the text: they are long enough to read as paragraphs.
 *
 * @example
 * markRelatedBox(lines, feats, hits) // "Related stories" + two headlines: both headlines marked
 */
export function markRelatedBox(lines: ReadonlyArray<{ text: string }>, feats: readonly LineFeatures[], hits: Array<PhraseHit | null>): void {
  // (the page's header: above its first paragraph of prose)
  let prose = feats.findIndex((f) => f.terminal && f.words >= PROSE_WORDS);
  if (prose < 0) prose = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const h = hits[i];
    if (h?.kind !== 'related-links' || !h.rule.endsWith('-phrase') || feats[i].words > MAX_HEADING_WORDS || feats[i].terminal) continue;
    // (a menu's last item in the header, "… / Royals / Columnists / Most Read", is a menu item, no box's heading: the
    // article's headline may follow it)
    if (i < prose && underMenuColumn(feats, i) && headerFollows(lines, feats, i)) {
      hits[i] = null;
      continue;
    }
    for (let k = i + 1; k < Math.min(lines.length, i + 1 + MAX_BOX_LINES); k++) {
      if (hits[k]) continue;
      const f = feats[k];
      if (f.terminal || f.words < MIN_HEADLINE_WORDS || f.words > MAX_HEADLINE_WORDS) break;
      // a headline with its byline under it is the article's own, after the box ("… / Headline / Story by Jane Doe")
      // ... and so does a bare name (the byline without "By": "Renzo Huamaní Salas")
      if (bylineLabelled(lines[k].text) || (k + 1 < lines.length && bylineLabelled(lines[k + 1].text)) || looksLikeName(lines[k].text)) break;
      hits[k] = REMOVAL_RULES.relatedBox;
    }
  }
}
