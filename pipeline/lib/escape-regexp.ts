/**
 * Escapes the characters that have a meaning in a regular expression, so that a phrase from a
 * data table matches as written.
 *
 * @example
 * escapeRegExp('oprac.') // 'oprac\\.'
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An alternation of phrases for a pattern: escaped, longest first (so that "a cura di" is tried
 * before "a"), joined by `|`.
 *
 * @example
 * alternation(['by', 'written by']) // 'written by|by'
 */
export function alternation(list: readonly string[]): string {
  return [...list].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}
