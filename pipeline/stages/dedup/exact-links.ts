import { type DocSpace, docCount, docExact } from './doc-space.ts';
import { key53 } from './hash.ts';

/**
 * Exact-duplicate links: every article is linked to the first (lowest
 * numbered) article with the same normalised-body hash. Also returns which
 * articles lead their exact group (only those go through near-duplicate search).
 */
export function exactLinks(space: DocSpace): { links: Uint32Array; leader: Uint8Array } {
  const n = docCount(space);
  const first = new Map<number, number>();
  const links: number[] = [];
  const leader = new Uint8Array(n);
  for (let d = 0; d < n; d++) {
    const key = key53(docExact(space, d, 0), docExact(space, d, 1));
    const f = first.get(key);
    if (f === undefined) {
      first.set(key, d);
      leader[d] = 1;
    } else links.push(f, d);
  }
  return { links: Uint32Array.from(links), leader };
}
