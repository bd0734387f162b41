/**
 * Throughput of the clean stage on text articles: the seeds and the clean
 * test fixtures, repeated until at least `--min-docs` documents (default
 * 20,000) were cleaned, after a warm-up pass. Prints articles per second on
 * one core (this process), by wall clock and per CPU-second of the process
 * (robust when other jobs share the machine), and peak RSS.
 *
 * Usage: `npm run bench -- clean [--min-docs N] [--json]`
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { IngestRecord } from '../lib/types.ts';
import { cleanDefaults, cleanStage } from '../stages/clean/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const INPUT_DIRS = ['seeds', 'tests/fixtures/clean/seeds', 'tests/fixtures/clean/pages'];

function loadDocs(): IngestRecord[] {
  const docs: IngestRecord[] = [];
  for (const dir of INPUT_DIRS) {
    const abs = join(ROOT, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).sort()) {
      if (!name.endsWith('.txt')) continue;
      const text = new TextDecoder('utf-8').decode(readFileSync(join(abs, name))).normalize('NFC');
      docs.push({
        id: name, source: `${dir}/${name}`, url: null, format: 'txt', encoding: 'utf-8', text,
        meta: { title: null, authors: [], published: null, site: null, lang: null },
      });
    }
  }
  return docs;
}

/**
 * Runs the benchmark; returns 0, or 1 when there is nothing to clean.
 *
 * @example
 * await main(['--min-docs', '5000'])
 */
export async function main(argv: string[]): Promise<number> {
  const i = argv.indexOf('--min-docs');
  const minDocs = i >= 0 ? Number(argv[i + 1]) : 20_000;
  const docs = loadDocs();
  if (docs.length === 0 || !Number.isFinite(minDocs)) {
    console.error('bench clean: no input documents (or bad --min-docs)');
    return 1;
  }
  const clean = cleanStage.create(cleanDefaults);
  for (const d of docs) clean(d); // warm-up
  let n = 0;
  let chars = 0;
  let kept = 0;
  let peak = process.memoryUsage().rss;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  while (n < minDocs) {
    for (const d of docs) {
      if (clean(d).ok) kept++;
      chars += d.text.length;
      n++;
    }
    if (n % 1000 < docs.length) peak = Math.max(peak, process.memoryUsage().rss);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  const result = {
    stage: 'clean',
    documents: n,
    distinctDocuments: docs.length,
    kept,
    seconds: Number(secs.toFixed(3)),
    articlesPerSecond: Math.round(n / secs),
    articlesPerCpuSecond: Math.round(n / cpuSecs),
    megabytesPerSecond: Number((chars / 1e6 / secs).toFixed(2)),
    peakRssMB: Math.round(peak / 2 ** 20),
  };
  if (argv.includes('--json')) console.log(JSON.stringify(result));
  else {
    console.log(`clean: ${result.articlesPerSecond} articles/s wall, ${result.articlesPerCpuSecond} articles per CPU-second on one core (${n} articles, ${docs.length} distinct, ${result.megabytesPerSecond} MB/s wall)`);
    console.log(`peak RSS ${result.peakRssMB} MB`);
  }
  return 0;
}
