/** Agreement of a predicted clustering with the planted truth. */
export interface ClusterScores {
  /** Pairs put together that belong together / pairs put together. */
  precision: number;
  /** Pairs put together that belong together / pairs that belong together. */
  recall: number;
  f1: number;
  /** Adjusted Rand index (Hubert & Arabie). */
  ari: number;
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

/**
 * Pairwise precision, recall, F1 and adjusted Rand index of `predicted`
 * against `truth` (cluster labels aligned by position).
 *
 * @example
 * scoreClusters(['a', 'a', 'b'], ['x', 'x', 'x']); // precision 1, recall 1/3
 */
export function scoreClusters(predicted: readonly string[], truth: readonly string[]): ClusterScores {
  const cells = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  for (let i = 0; i < predicted.length; i++) {
    const cell = `${predicted[i]}\u0000${truth[i]}`;
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
    rows.set(predicted[i], (rows.get(predicted[i]) ?? 0) + 1);
    cols.set(truth[i], (cols.get(truth[i]) ?? 0) + 1);
  }
  let correctPairs = 0;
  for (const n of cells.values()) correctPairs += pairs(n);
  let predictedPairs = 0;
  for (const n of rows.values()) predictedPairs += pairs(n);
  let truePairs = 0;
  for (const n of cols.values()) truePairs += pairs(n);
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const expected = (predictedPairs * truePairs) / Math.max(1, pairs(predicted.length));
  const max = (predictedPairs + truePairs) / 2;
  const ari = max === expected ? 1 : (correctPairs - expected) / (max - expected);
  return { precision, recall, f1, ari, truePairs, predictedPairs, correctPairs };
}
