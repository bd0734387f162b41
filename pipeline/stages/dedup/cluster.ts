/**
 * Step 4: connected components of `count` articles linked by the flattened
 * pairs of every list in `links` (union-find with path halving). Each article
 * gets the smallest article number of its component, so the result does not
 * depend on the order of the links.
 *
 * @example
 * clusterArticles(4, [Uint32Array.of(0, 2, 3, 2)]); // Uint32Array [0, 1, 0, 0]
 */
export function clusterArticles(count: number, links: readonly Uint32Array[]): Uint32Array {
  const parent = new Uint32Array(count);
  for (let i = 0; i < count; i++) parent[i] = i;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (const list of links) {
    for (let p = 0; p < list.length; p += 2) {
      const a = find(list[p]);
      const b = find(list[p + 1]);
      if (a < b) parent[b] = a;
      else if (b < a) parent[a] = b;
    }
  }
  const root = new Uint32Array(count);
  for (let i = 0; i < count; i++) root[i] = find(i);
  return root;
}
