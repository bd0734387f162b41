import { describe, expect, it } from 'vitest';
import { clusterArticles } from '../../../pipeline/stages/dedup/cluster.ts';

describe('clusterArticles', () => {
  it.each([
    [4, [[0, 2, 3, 2]], [0, 1, 0, 0]],
    [5, [[3, 4], [4, 1], [2, 2]], [0, 1, 2, 1, 1]],
    [3, [], [0, 1, 2]],
  ])('%i articles, links %j', (count, links, expected) => {
    expect(Array.from(clusterArticles(count, links.map((l) => Uint32Array.from(l))))).toEqual(expected);
  });

  it('does not depend on link order', () => {
    const links = [1, 5, 5, 9, 2, 3, 9, 0, 7, 3];
    const reversed: number[] = [];
    for (let i = links.length - 2; i >= 0; i -= 2) reversed.push(links[i + 1], links[i]);
    expect(clusterArticles(10, [Uint32Array.from(reversed)])).toEqual(clusterArticles(10, [Uint32Array.from(links)]));
  });
});
