import type { RemovedKind } from '../../lib/types.ts';
import type { LineFeatures } from './line-features.ts';
import type { PhraseHit } from './phrase-matcher.ts';

/** Breadcrumb separators: a short line holding one of these is navigation ("Main » Title"). */
const BREADCRUMB = /[»›]|\s>\s|[^\s|]\|[^\s|]/u;
/** An agency photo slug: three or more upper-case words joined by hyphens ("SWITZERLAND-GENEVA-U.S.-RUSSIA"). */
const PHOTO_SLUG = /\p{Lu}{2,}[\p{Lu}.]*-[\p{Lu}.]{2,}-[\p{Lu}.]{2,}/u;
/** Credit markers inside a line ("Photograph: Jane Doe", "(AP Photo/…)", "Getty Images"). */
const CREDIT = /\b(?:photograph|photo|image|picture|credit|foto|bild)s?\s*(?:by|:)\s*\p{Lu}|\((?:ap|afp|reuters|epa|getty)[^)]{0,40}\)|getty images|\/\s?(?:ap|afp|reuters|epa)\b/iu;

/**
 * Kind of a non-body line from its shape alone: breadcrumb, caption slug,
 * credit. Returns null when the shape says nothing.
 *
 * @example
 * shapeKind('Main » US, Russia agree', features) // { kind: 'navigation', rule: 'breadcrumb' }
 */
export function shapeKind(text: string, f: LineFeatures): PhraseHit | null {
  if (text.length > 200) return null;
  if (f.words <= 20 && BREADCRUMB.test(text) && !f.terminal) return { kind: 'navigation', rule: 'breadcrumb' };
  if (!f.terminal && f.words >= 2 && PHOTO_SLUG.test(text)) return { kind: 'caption', rule: 'caption-slug' };
  if (f.words <= 25 && CREDIT.test(text)) return { kind: 'credit', rule: 'credit-line' };
  return null;
}

/** Fallback kind of a removed line by its position relative to the main text. */
export function positionKind(before: boolean, after: boolean): { kind: RemovedKind; rule: string } {
  if (before) return { kind: 'navigation', rule: 'before-main-text' };
  if (after) return { kind: 'other', rule: 'after-main-text' };
  return { kind: 'other', rule: 'low-text-density' };
}
