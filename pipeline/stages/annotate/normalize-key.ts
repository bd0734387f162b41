const PLAIN = /^[a-z0-9]+$/;

/**
 * Lookup key for names: lower case, no diacritics, no dots, and hyphens,
 * apostrophes and runs of spaces folded to one space. "U.S." -> "us",
 * "al-Qaeda" -> "al qaeda", "Côte d'Ivoire" -> "cote d ivoire".
 *
 * @example
 * normalizeKey('Al-Qa’ida') // 'al qa ida'
 */
export function normalizeKey(text: string): string {
  let s = text.toLowerCase();
  if (PLAIN.test(s)) return s;
  // Only decompose when there is something to strip: NFD is the slow part.
  if (/[^\u0000-\u007f]/.test(s)) s = s.normalize('NFD').replace(/\p{M}+/gu, '');
  return s.replace(/\./g, '').replace(/[-‐‑–'’`´\s]+/g, ' ').trim();
}
