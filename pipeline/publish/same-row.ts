/** Two cells in comparable form are the same: equal strings, numbers (NaN equals NaN, -0 equals 0), booleans, nulls, or lists of such cells. */
function sameCell(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameCell(x, b[i]));
  return false;
}

/**
 * Two rows in comparable form (`comparable` cells in column order) are the same, cell by cell.
 *
 * @example
 * sameRow(['a', 1, ['x']], ['a', 1, ['x']]) // true
 */
export function sameRow(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let j = 0; j < a.length; j++) if (!sameCell(a[j], b[j])) return false;
  return true;
}
