import { Command } from 'commander';
import { corpusDefaults, generateCorpus } from '../gen/corpus.ts';
import { articleToCleanRecord } from '../gen/to-records.ts';
import type { SegmentRecord } from '../lib/types.ts';
import {
  candidatePairs, type DedupIndex, dedupDefaults, deduplicate, emptyIndex, encodeIndex, exactLinks, indexParams,
  signRecords, verifyPairs, appendToIndex, type SignedBatch,
} from '../stages/dedup/index.ts';
import { segmentDefaults, segmentStage } from '../stages/segment/index.ts';

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MB`;
const peakRss = (): string => mb(process.resourceUsage().maxRSS * 1024);

/**
 * Best time (ms) of `runs` calls of `f`: process CPU time (what one core
 * delivers, even when other processes share the machine) and wall time.
 */
function best(runs: number, f: () => void): { cpu: number; wall: number } {
  let cpu = Infinity;
  let wall = Infinity;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    wall = Math.min(wall, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { cpu, wall };
}

/** "N docs/s per CPU core (M docs/s wall)". */
const rate = (n: number, t: { cpu: number; wall: number }): string =>
  `${Math.round(n / (t.cpu / 1000))} docs/s per CPU-second (${Math.round(n / (t.wall / 1000))} docs/s wall)`;

/**
 * An index of `count` articles made by tiling `base` (keys and hashes
 * re-salted per tile after the first so tiles do not collide): realistic sizes without
 * generating a million articles.
 */
function tileIndex(base: DedupIndex, count: number): DedupIndex {
  const n = base.ids.length;
  const bands = base.params.bands;
  const out = emptyIndex(base.params);
  out.ids = Array.from({ length: count }, (_, i) => `${(i % n).toString(16).padStart(8, '0')}${Math.floor(i / n).toString(16).padStart(8, '0')}`);
  out.published = new Float64Array(count);
  out.chars = new Uint32Array(count);
  out.exact = new Uint32Array(2 * count);
  out.bandKeys = new Uint32Array(count * bands);
  out.shingleCounts = new Uint32Array(count);
  out.shingleChunk = new Uint32Array(count);
  out.shingleOffsets = new Float64Array(count);
  out.shingleBytes = new Uint32Array(count);
  const tiles = Math.ceil(count / n);
  const data = base.shingleChunks[0];
  out.shingleChunks = [new Uint8Array(data.length * tiles)];
  for (let t = 0; t < tiles; t++) {
    const salt = t === 0 ? 0 : Math.imul(t, 0x9e3779b1);
    out.shingleChunks[0].set(data, t * data.length);
    for (let i = 0; i < n && t * n + i < count; i++) {
      const d = t * n + i;
      out.published[d] = base.published[i];
      out.chars[d] = base.chars[i];
      out.exact[2 * d] = (base.exact[2 * i] ^ salt) >>> 0;
      out.exact[2 * d + 1] = base.exact[2 * i + 1];
      for (let b = 0; b < bands; b++) out.bandKeys[d * bands + b] = (base.bandKeys[i * bands + b] ^ salt) >>> 0;
      out.shingleCounts[d] = base.shingleCounts[i];
      out.shingleOffsets[d] = base.shingleOffsets[i] + t * data.length;
      out.shingleBytes[d] = base.shingleBytes[i];
    }
  }
  return out;
}

const indexBytes = (x: DedupIndex): number => x.published.byteLength + x.chars.byteLength + x.exact.byteLength
  + x.bandKeys.byteLength + x.shingleCounts.byteLength + x.shingleChunk.byteLength + x.shingleOffsets.byteLength
  + x.shingleChunks.reduce((s, c) => s + c.byteLength, 0) + x.ids.length * 40;

/**
 * `npm run bench -- dedup [--articles N] [--words W] [--index-articles M] [--runs R]`:
 * signatures/s, candidates + verification docs/s and whole-deduplicate docs/s
 * on N generated ~400-word articles (best of R; per CPU-second of this single-
 * threaded process, and wall clock), then the size of an
 * index of M articles in memory and on disk, and an incremental run of the N
 * articles against it; peak RSS after each part.
 *
 * @example
 * await main(['--articles', '20000', '--index-articles', '1000000']);
 */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('bench dedup').exitOverride().allowUnknownOption()
    .option('--articles <n>', 'articles', Number, 20000)
    .option('--words <n>', 'mean words per article', Number, 400)
    .option('--index-articles <n>', 'articles in the large index (0 to skip)', Number, 1_000_000)
    .option('--runs <n>', 'timed runs (best is reported)', Number, 5);
  try {
    program.parse(argv, { from: 'user' });
  } catch {
    return 1;
  }
  const o = program.opts<{ articles: number; words: number; indexArticles: number; runs: number }>();
  const options = dedupDefaults;
  const segment = segmentStage.create(segmentDefaults);
  const records: SegmentRecord[] = [];
  for (const a of generateCorpus({ ...corpusDefaults, articles: o.articles, words: o.words, seed: 7 })) {
    const r = segment(articleToCleanRecord(a));
    if (r.ok) records.push(r.value);
  }
  const n = records.length;
  const words = records.reduce((s, r) => s + r.words, 0) / n;
  const say = (s: string): void => { process.stdout.write(`${s}\n`); };
  say(`bench dedup: ${n} articles, ${words.toFixed(0)} words each on average, options ${JSON.stringify(options)}`);

  let batch: SignedBatch = signRecords(records, options);
  const tSign = best(o.runs, () => { batch = signRecords(records, options); });
  say(`  signatures: ${rate(n, tSign)}`);

  const space = { previous: emptyIndex(indexParams(options)), batch };
  const exact = exactLinks(space);
  let pairs: Uint32Array = new Uint32Array(0);
  let edges = 0;
  const tFind = best(o.runs, () => {
    pairs = candidatePairs(space, exact.leader, { maxBucketSize: options.maxBucketSize, bandFrom: 0, bandTo: options.bands });
    edges = verifyPairs(space, pairs, options).pairs.length / 2;
  });
  say(`  candidates + verification: ${rate(n, tFind)} (${pairs.length / 2} candidate pairs, ${edges} verified)`);

  let result = deduplicate(records, options, null);
  const tAll = best(o.runs, () => { result = deduplicate(records, options, null); });
  say(`  deduplicate (all steps, repeated sentences, index): ${rate(n, tAll)}; kept ${result.kept.length}, duplicates ${result.duplicates.length}; peak RSS ${peakRss()}`);

  const encoded = encodeIndex(result.index);
  say(`  index: ${(encoded.length / result.index.ids.length).toFixed(0)} bytes per kept article on disk`);
  if (o.indexArticles > 0) {
    const base = appendToIndex(emptyIndex(indexParams(options)), batch, Array.from({ length: n }, (_, i) => i));
    const before = process.memoryUsage();
    const big = tileIndex(base, o.indexArticles);
    const after = process.memoryUsage();
    say(`  index of ${o.indexArticles} articles: ${mb(indexBytes(big))} of arrays and ids, heap+buffers grew ${mb(after.rss - before.rss)} RSS; peak RSS ${peakRss()}`);
    const fresh = records.map((r) => ({ ...r, id: `f${r.id.slice(1)}` }));
    let inc = deduplicate([], options, emptyIndex(indexParams(options)));
    const t = best(1, () => { inc = deduplicate(fresh, options, big); });
    say(`  incremental run of ${n} articles against it: ${(t.cpu / 1000).toFixed(1)} CPU-s (${(t.wall / 1000).toFixed(1)} s wall), ${inc.duplicates.length} duplicates of indexed articles; peak RSS ${peakRss()}`);
  }
  return 0;
}
