import { Command, InvalidArgumentError } from 'commander';
import type { SegmentRecord } from '../lib/types.ts';
import { articleToCleanRecord } from '../gen/to-records.ts';
import { corpusDefaults, generateCorpus, type GeneratedArticle } from '../gen/corpus.ts';
import { scoreClusters } from '../gen/score-clusters.ts';
import {
  candidatePairs, dedupDefaults, type DedupOptions, deduplicate, emptyIndex, indexParams, overlap, signRecords,
} from '../stages/dedup/index.ts';
import { segmentDefaults, segmentStage } from '../stages/segment/index.ts';

const round = (x: number): number => Number(x.toFixed(5));

const num = (value: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('must be a non-negative number');
  return n;
};

/**
 * `npm run eval -- dedup [--articles N] [--corpus-seed S] [--words W] [--<option> V ...]`:
 * generates a corpus with planted syndication in memory, runs segment and
 * deduplicate over the planted bodies, and prints pairwise precision, recall,
 * F1 and adjusted Rand index against the truth, recall per copy kind, and the
 * bar (precision ≥ 0.99, recall ≥ 0.97). Exit 0 when the bar is met, 2 when not,
 * 1 on usage errors. Any DedupOptions key can be overridden (--shingleSize 4).
 *
 * @example
 * await main(['--articles', '20000']);
 */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('eval dedup').exitOverride()
    .option('--articles <n>', 'articles to generate', num, 20000)
    .option('--corpus-seed <n>', 'corpus seed', num, 11)
    .option('--words <n>', 'mean words per article', num, 400)
    .option('--json', 'print the scores as JSON');
  for (const key of Object.keys(dedupDefaults)) program.option(`--${key} <v>`, `override ${key}`, num);
  try {
    program.parse(argv, { from: 'user' });
  } catch {
    return 1;
  }
  const o = program.opts<Record<string, number> & { json?: boolean }>();
  const options: DedupOptions = { ...dedupDefaults };
  for (const key of Object.keys(dedupDefaults) as (keyof DedupOptions)[]) if (o[key] !== undefined) options[key] = o[key];

  const segment = segmentStage.create(segmentDefaults);
  const articles: GeneratedArticle[] = [];
  const records: SegmentRecord[] = [];
  for (const article of generateCorpus({ ...corpusDefaults, articles: o.articles, seed: o.corpusSeed, words: o.words })) {
    const result = segment(articleToCleanRecord(article));
    if (!result.ok) continue;
    articles.push({ ...article, text: '' });
    records.push(result.value);
  }
  const t0 = performance.now();
  const { kept, duplicates } = deduplicate(records, options, null);
  const seconds = (performance.now() - t0) / 1000;

  const keptAs = new Map<string, string>(kept.map((r) => [r.id, r.id]));
  for (const d of duplicates) keptAs.set(d.id, d.duplicate_of);
  const predicted = records.map((r) => keptAs.get(r.id) as string);
  const truth = articles.map((a) => a.cluster);
  const scores = scoreClusters(predicted, truth);

  // Recall per copy kind: is the copy clustered with its cluster's original?
  const originalOf = new Map<string, number>();
  articles.forEach((a, i) => { if (a.role === 'original' || a.role === 'negative') originalOf.set(a.cluster, i); });
  const byKind = new Map<string, { found: number; total: number }>();
  articles.forEach((a, i) => {
    if (a.role === 'original' || a.role === 'negative') return;
    const k = byKind.get(a.role) ?? { found: 0, total: 0 };
    k.total++;
    if (predicted[i] === predicted[originalOf.get(a.cluster) as number]) k.found++;
    byKind.set(a.role, k);
  });
  const margins = similarityMargins(records, articles, originalOf, options);
  const pass = scores.precision >= 0.99 && scores.recall >= 0.97;
  const report = {
    articles: records.length, clusters: new Set(truth).size, kept: kept.length, duplicates: duplicates.length,
    exact: duplicates.filter((d) => d.method === 'exact').length, seconds: Number(seconds.toFixed(2)),
    precision: round(scores.precision), recall: round(scores.recall), f1: round(scores.f1), ari: round(scores.ari),
    truePairs: scores.truePairs, predictedPairs: scores.predictedPairs, correctPairs: scores.correctPairs,
    recallByKind: Object.fromEntries([...byKind].sort().map(([k, v]) => [k, Number((v.found / v.total).toFixed(4))])),
    margins, options, pass,
  };
  if (o.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else {
    process.stdout.write(`eval dedup: ${report.articles} articles, ${report.clusters} planted clusters, corpus seed ${o.corpusSeed}\n`);
    process.stdout.write(`  kept ${report.kept}, duplicates ${report.duplicates} (${report.exact} exact), deduplicate ${report.seconds} s\n`);
    process.stdout.write(`  precision ${report.precision}  recall ${report.recall}  F1 ${report.f1}  ARI ${report.ari}\n`);
    process.stdout.write(`  recall by copy kind: ${JSON.stringify(report.recallByKind)}\n`);
    process.stdout.write(`  planted copy vs original, 1st percentile: Jaccard ${margins.copyJaccardP1}, containment ${margins.copyContainmentP1}, max(J, C) ${margins.copyScoreP1}\n`);
    process.stdout.write(`  LSH candidates from different planted clusters: ${margins.negativePairs}, max Jaccard ${margins.negativeMaxJaccard}, max containment ${margins.negativeMaxContainment}\n`);
    process.stdout.write(`  bar (precision >= 0.99, recall >= 0.97): ${pass ? 'PASS' : 'FAIL'}\n`);
  }
  return pass ? 0 : 2;
}

/** Percentile (0–100) of a list of numbers. */
const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]);
};

/**
 * How far the thresholds sit from the data: similarity of every planted copy
 * to its original (low percentiles), and the most similar LSH candidate pair
 * from different planted clusters (hard negatives).
 */
function similarityMargins(records: SegmentRecord[], articles: GeneratedArticle[], originalOf: Map<string, number>, options: DedupOptions) {
  const batch = signRecords(records, options);
  const set = (i: number): Uint32Array => batch.shingles.subarray(batch.shingleOffsets[i], batch.shingleOffsets[i + 1]);
  const jaccards: number[] = [];
  const containments: number[] = [];
  const scores: number[] = [];
  articles.forEach((a, i) => {
    if (a.role === 'original' || a.role === 'negative') return;
    const o = overlap(set(i), set(originalOf.get(a.cluster) as number));
    jaccards.push(o.jaccard);
    containments.push(o.containment);
    scores.push(Math.max(o.jaccard, o.containment));
  });
  const space = { previous: emptyIndex(indexParams(options)), batch };
  const pairs = candidatePairs(space, new Uint8Array(records.length).fill(1), { maxBucketSize: options.maxBucketSize, bandFrom: 0, bandTo: options.bands });
  let negativePairs = 0;
  let negativeMaxJaccard = 0;
  let negativeMaxContainment = 0;
  for (let p = 0; p < pairs.length; p += 2) {
    if (articles[pairs[p]].cluster === articles[pairs[p + 1]].cluster) continue;
    const o = overlap(set(pairs[p]), set(pairs[p + 1]));
    negativePairs++;
    negativeMaxJaccard = Math.max(negativeMaxJaccard, o.jaccard);
    negativeMaxContainment = Math.max(negativeMaxContainment, o.containment);
  }
  return {
    copyJaccardP1: percentile(jaccards, 1), copyContainmentP1: percentile(containments, 1), copyScoreP1: percentile(scores, 1),
    copyScoreMin: percentile(scores, 0), negativePairs, negativeMaxJaccard: round(negativeMaxJaccard),
    negativeMaxContainment: round(negativeMaxContainment),
  };
}
