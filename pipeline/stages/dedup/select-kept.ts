import { type DocSpace, docChars, docCount, docId, docPublished } from './doc-space.ts';

/**
 * The fixed keep rule: earliest published first (unknown dates last), then the
 * longest body, then the smallest id. Negative when `a` should be kept over `b`.
 */
export function keepOrder(space: DocSpace, a: number, b: number): number {
  const pa = docPublished(space, a);
  const pb = docPublished(space, b);
  const ta = Number.isNaN(pa) ? Infinity : pa;
  const tb = Number.isNaN(pb) ? Infinity : pb;
  if (ta !== tb) return ta < tb ? -1 : 1;
  const ca = docChars(space, a);
  const cb = docChars(space, b);
  if (ca !== cb) return cb - ca;
  const ia = docId(space, a);
  const ib = docId(space, b);
  return ia < ib ? -1 : ia > ib ? 1 : a - b;
}

/**
 * Step 5: one kept article per cluster. Previously indexed articles stay kept;
 * in a cluster holding any, the new members point to the best of them.
 * Returns, per article, the article it duplicates, or itself when kept.
 *
 * @example
 * const keptAs = selectKept(space, clusterArticles(n, links));
 */
export function selectKept(space: DocSpace, root: Uint32Array): Uint32Array {
  const n = docCount(space);
  const m = space.previous.ids.length;
  const best = new Map<number, number>();
  for (let d = 0; d < n; d++) {
    const r = root[d];
    const b = best.get(r);
    if (b === undefined) {
      best.set(r, d);
      continue;
    }
    const bOld = b < m;
    const dOld = d < m;
    if (bOld !== dOld ? dOld : keepOrder(space, d, b) < 0) best.set(r, d);
  }
  const keptAs = new Uint32Array(n);
  for (let d = 0; d < n; d++) keptAs[d] = d < m ? d : (best.get(root[d]) as number);
  return keptAs;
}
