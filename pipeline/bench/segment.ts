import { Command } from 'commander';
import { corpusDefaults, generateCorpus } from '../gen/corpus.ts';
import { articleToCleanRecord } from '../gen/to-records.ts';
import type { CleanRecord } from '../lib/types.ts';
import { segmentDefaults, segmentStage } from '../stages/segment/index.ts';

/**
 * `npm run bench -- segment [--articles N] [--words W] [--runs R]`: segment
 * throughput (articles per CPU-second of this single-threaded process, and
 * wall clock; best of R runs after a warm-up) on
 * generated ~600-word articles, with peak RSS.
 *
 * @example
 * await main(['--articles', '5000']);
 */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('bench segment').exitOverride().allowUnknownOption()
    .option('--articles <n>', 'articles', Number, 5000)
    .option('--words <n>', 'mean words per article', Number, 600)
    .option('--runs <n>', 'timed runs (best is reported)', Number, 5);
  try {
    program.parse(argv, { from: 'user' });
  } catch {
    return 1;
  }
  const o = program.opts<{ articles: number; words: number; runs: number }>();
  const docs: CleanRecord[] = [];
  for (const a of generateCorpus({ ...corpusDefaults, articles: o.articles, words: o.words, seed: 5 })) docs.push(articleToCleanRecord(a));
  const run = segmentStage.create(segmentDefaults);
  let words = 0;
  let sentences = 0;
  for (const d of docs) {
    const r = run(d);
    if (r.ok) {
      words += r.value.words;
      sentences += r.value.sentences.length;
    }
  }
  let best = Infinity;
  let wall = Infinity;
  for (let i = 0; i < o.runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const d of docs) run(d);
    wall = Math.min(wall, performance.now() - t0);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  const rate = docs.length / (best / 1000);
  const rss = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`bench segment: ${docs.length} articles, ${Math.round(words / docs.length)} words and ${(sentences / docs.length).toFixed(1)} sentences per article\n`);
  process.stdout.write(`  ${Math.round(rate)} articles per CPU-second (${((words / (best / 1000)) / 1e6).toFixed(2)} M words), ${Math.round(docs.length / (wall / 1000))} articles/s wall, best of ${o.runs}; peak RSS ${rss.toFixed(0)} MB\n`);
  return 0;
}
