/**
 * Throughput of the annotate stage on ~600-word articles built from the
 * annotate fixtures (seed paragraphs and the hand-labelled evaluation set),
 * after a warm-up pass; then the corpus keyword pass over the same articles.
 * Prints articles per second on one core (this process; wall clock, and per
 * CPU-second, which holds when other processes share the machine) and peak RSS.
 *
 * Usage: `npm run bench -- annotate [--docs N] [--words W] [--json]`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AnnotatedRecord, DedupRecord } from '../lib/types.ts';
import { annotateDefaults, annotateStage, assignKeywords } from '../stages/annotate/index.ts';
import { recordFromParagraphs } from '../stages/annotate/record-from-paragraphs.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'annotate');

function paragraphs(): string[] {
  const out: string[] = [];
  const seeds = JSON.parse(readFileSync(join(FIXTURES, 'seeds.json'), 'utf8')) as { articles: Array<{ paragraphs: string[] }> };
  for (const a of seeds.articles) out.push(...a.paragraphs);
  try {
    const gold = JSON.parse(readFileSync(join(FIXTURES, 'gold.json'), 'utf8')) as { articles: Array<{ paragraphs: string[] }> };
    for (const a of gold.articles) out.push(...a.paragraphs);
  } catch { /* the evaluation set is optional here */ }
  return out;
}

/** Articles of about `words` words each, paragraphs taken in a fixed rotation. */
function articles(count: number, words: number): DedupRecord[] {
  const pool = paragraphs();
  const docs: DedupRecord[] = [];
  let k = 0;
  for (let i = 0; i < count; i++) {
    const chosen: string[] = [];
    let n = 0;
    while (n < words) {
      const p = pool[(k += 7) % pool.length]!;
      chosen.push(p);
      n += p.split(/\s+/).length;
    }
    docs.push(recordFromParagraphs({ name: `bench-${i}`, published: '2016-10-04', published_precision: 'day', paragraphs: chosen }));
  }
  return docs;
}

const arg = (argv: string[], name: string, fallback: number): number => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};

/**
 * Runs the benchmark; returns 0 (1 on bad arguments).
 *
 * @example
 * await main(['--docs', '2000'])
 */
export async function main(argv: string[]): Promise<number> {
  const count = arg(argv, '--docs', 3000);
  const words = arg(argv, '--words', 600);
  if (!(count > 0) || !(words > 0)) { console.error('bench annotate: bad --docs or --words'); return 1; }
  const docs = articles(count, words);
  const run = annotateStage.create(annotateDefaults);
  for (const d of docs.slice(0, 200)) run(d); // warm-up
  let peak = process.memoryUsage().rss;
  const out: AnnotatedRecord[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const d of docs) {
    const r = run(d);
    if (r.ok) out.push(r.value);
    if (out.length % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const t1 = performance.now();
  const cpu1 = process.cpuUsage(cpu0);
  assignKeywords(out, annotateDefaults);
  const t2 = performance.now();
  peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  const totalWords = docs.reduce((n, d) => n + d.words, 0);
  const result = {
    articles: docs.length, mean_words: Math.round(totalWords / docs.length),
    articles_per_s: Math.round((docs.length / (t1 - t0)) * 1000),
    // CPU time of this process: the per-core rate even when other processes share the machine.
    articles_per_cpu_s: Math.round(docs.length / ((cpu1.user + cpu1.system) / 1e6)),
    keywords_articles_per_s: Math.round((docs.length / (t2 - t1)) * 1000),
    peak_rss_mib: Math.round(peak / 1048576),
  };
  if (argv.includes('--json')) console.log(JSON.stringify(result));
  else {
    console.log(`annotate: ${result.articles} articles of ~${result.mean_words} words, ${result.articles_per_s} articles/s wall clock on one core, ${result.articles_per_cpu_s} articles per CPU-second`);
    console.log(`keywords (corpus pass): ${result.keywords_articles_per_s} articles/s; peak RSS ${result.peak_rss_mib} MiB`);
  }
  return 0;
}
