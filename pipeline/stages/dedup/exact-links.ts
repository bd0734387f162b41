import { type DocSpace, docCount, docExact, docShingleCount } from './doc-space.ts';
import { U64Table } from '../../lib/u64-table.ts';

/**
 * Exact-duplicate links: every article is linked to the first (lowest
 * numbered) article with the same 64-bit normalised-body hash. Also returns
 * which articles lead their exact group (only those go through near-duplicate
 * search). Articles without a single word are never duplicates.
 *
 * @example
 * const { links, leader } = exactLinks(space);
 */
export function exactLinks(space: DocSpace): { links: Uint32Array; leader: Uint8Array } {
  const n = docCount(space);
  const first = new U64Table(n);
  const links: number[] = [];
  const leader = new Uint8Array(n);
  for (let d = 0; d < n; d++) {
    if (docShingleCount(space, d) === 0) continue;
    const slot = first.slot(docExact(space, d, 0), docExact(space, d, 1));
    if (first.tag[slot] === -1) {
      first.tag[slot] = d;
      leader[d] = 1;
    } else links.push(first.tag[slot], d);
  }
  return { links: Uint32Array.from(links), leader };
}
