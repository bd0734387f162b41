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

/**
 * The headlines of a related-links box ("Artículos Relacionados", "Související", "More stories"
 * followed by linked headlines): below a short related-links heading from the phrase table, the
 * lines that read as headlines (3 to 20 words, no final punctuation) become `related-box` lines,
 * up to the first line that does not (a sentence of the article, a label, a byline or the headline
 * right above one) or `MAX_BOX_LINES`
 * lines down. Lines already matched are passed over. A box in the middle of an article would
 * otherwise leave its headlines in the text: they are long enough to read as paragraphs.
 *
 * @example
 * markRelatedBox(lines, feats, hits) // "Related stories" + two headlines: both headlines marked
 */
export function markRelatedBox(lines: ReadonlyArray<{ text: string }>, feats: readonly LineFeatures[], hits: Array<PhraseHit | null>): void {
  for (let i = 0; i < lines.length; i++) {
    const h = hits[i];
    if (h?.kind !== 'related-links' || !h.rule.endsWith('-phrase') || feats[i].words > MAX_HEADING_WORDS || feats[i].terminal) continue;
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
