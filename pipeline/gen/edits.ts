import type { Prng } from './prng.ts';
import { paragraph, type Cast } from './prose.ts';

/**
 * The ways a syndicated copy differs from its original (closed set):
 * format = whitespace and quote style only, retitle = new headline only,
 * truncate = cut to 60–80 %, edit = 1–3 % of words changed and a paragraph
 * added or dropped, truncate-edit = both.
 */
export const COPY_KINDS = { format: 'format', retitle: 'retitle', truncate: 'truncate', edit: 'edit', truncateEdit: 'truncate-edit' } as const;
export type CopyKind = (typeof COPY_KINDS)[keyof typeof COPY_KINDS];

/** How often each kind of copy is planted. */
export const COPY_MIX: ReadonlyArray<readonly [CopyKind, number]> = [
  ['format', 0.2], ['retitle', 0.15], ['truncate', 0.25], ['edit', 0.25], ['truncate-edit', 0.15],
];

/** Draws a copy kind from COPY_MIX. */
export function pickCopyKind(rng: Prng): CopyKind {
  let x = rng.next();
  for (const [kind, p] of COPY_MIX) {
    if (x < p) return kind;
    x -= p;
  }
  return 'edit';
}

/** Swaps quote styles and spacing only (normalisation folds all of it). */
export function reformat(rng: Prng, paragraphs: string[]): string[] {
  const straight = rng.chance(0.5);
  return paragraphs.map((p) => {
    let q = straight ? p.replace(/[“”]/g, '"').replace(/[‘’]/g, "'") : p.replace(/"/g, '”');
    if (rng.chance(0.5)) q = q.replace(/\. /g, '.  ');
    return q;
  });
}

/** Keeps the first `fraction` of the words, ending at a sentence end when one is near. */
export function truncate(paragraphs: string[], fraction: number): string[] {
  const total = paragraphs.reduce((n, p) => n + p.split(' ').length, 0);
  let budget = Math.max(1, Math.round(total * fraction));
  const out: string[] = [];
  for (const p of paragraphs) {
    const words = p.split(' ');
    if (words.length <= budget) {
      out.push(p);
      budget -= words.length;
      continue;
    }
    let cut = budget;
    while (cut > 0 && !/[.”]$/.test(words[cut - 1])) cut--;
    if (cut > 0) out.push(words.slice(0, cut).join(' '));
    else if (out.length === 0) out.push(words.slice(0, budget).join(' '));
    break;
  }
  return out;
}

/** Changes `rate` of the words (swapped for another word of the story) and adds or drops one paragraph. */
export function lightlyEdit(rng: Prng, cast: Cast, paragraphs: string[], rate: number): string[] {
  const pool = paragraphs.join(' ').split(' ').filter((w) => /^[a-z]+$/.test(w));
  const edited = paragraphs.map((p) => p.split(' ').map((w) => (pool.length > 0 && rng.chance(rate) && /^[a-z]+$/.test(w) ? rng.pick(pool) : w)).join(' '));
  if (edited.length > 2 && rng.chance(0.5)) edited.splice(rng.int(1, edited.length - 1), 1);
  else edited.splice(rng.int(1, edited.length), 0, paragraph(rng, cast));
  return edited;
}
