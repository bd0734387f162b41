/** Union-find over articles 0..count-1 where every component is named by its smallest article. */
export interface UnionFind {
  /** The component of `x` (path halving). */
  find(x: number): number;
  /** Joins the components of `a` and `b`. */
  join(a: number, b: number): void;
  /** Per article, the smallest article of its component. */
  roots(): Uint32Array;
}

/**
 * A union-find of `count` articles, each alone at first. Joining keeps the smaller root, so the
 * roots never depend on the order of the joins.
 *
 * @example
 * const u = unionFind(3); u.join(2, 0); u.roots(); // Uint32Array [0, 1, 0]
 */
export function unionFind(count: number): UnionFind {
  const parent = new Uint32Array(count);
  for (let i = 0; i < count; i++) parent[i] = i;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  return {
    find,
    join(a, b) {
      const ra = find(a);
      const rb = find(b);
      if (ra < rb) parent[rb] = ra;
      else if (rb < ra) parent[ra] = rb;
    },
    roots() {
      const root = new Uint32Array(count);
      for (let i = 0; i < count; i++) root[i] = find(i);
      return root;
    },
  };
}

/**
 * Step 4: connected components of `count` articles linked by the flattened
 * pairs of every list in `links`. Each article gets the smallest article number of its
 * component, so the result does not depend on the order of the links.
 *
 * @example
 * clusterArticles(4, [Uint32Array.of(0, 2, 3, 2)]); // Uint32Array [0, 1, 0, 0]
 */
export function clusterArticles(count: number, links: readonly Uint32Array[]): Uint32Array {
  const u = unionFind(count);
  for (const list of links) for (let p = 0; p < list.length; p += 2) u.join(list[p], list[p + 1]);
  return u.roots();
}
