import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { writeCorpus } from '../gen/write-corpus.ts';
import { corpusDefaults } from '../gen/corpus.ts';
import { workDir } from '../executors/chunk-parts.ts';
import { runPipeline } from '../runner/run-pipeline.ts';
import type { Reporter } from '../runner/progress.ts';

const sizes = (v: string): number[] => {
  const list = v.split(',').map((s) => Number(s.replace(/_/g, '')));
  if (list.some((n) => !Number.isInteger(n) || n < 1)) throw new InvalidArgumentError('a comma-separated list of positive integers');
  return list;
};

/** Peak RSS of this process (worker threads included), in MB. */
const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

/**
 * `npm run bench -- pipeline --articles 1000,10000 [--concurrency N] [--dir DIR]`: generates a
 * corpus of each size (kept under DIR between runs), runs the whole pipeline on it and prints
 * per-stage articles/s, end-to-end time, cost per article and peak RSS. Cost per article
 * should stay flat as the corpus grows.
 */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('bench pipeline').exitOverride()
    .option('--articles <list>', 'corpus sizes', sizes, [2000])
    .option('--concurrency <n>', 'worker threads', (v) => Number(v), availableParallelism())
    .option('--nightly <percent>', 'after each full run, add this share of new articles and time the rerun (0: skip)', (v) => Number(v), 1)
    .option('--dir <dir>', 'where corpora are generated and kept', join(tmpdir(), 'newsprep-bench'));
  try {
    program.parse(argv, { from: 'user' });
  } catch {
    return 1;
  }
  const o = program.opts<{ articles: number[]; concurrency: number; dir: string; nightly: number }>();
  process.stdout.write(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, node ${process.version}; concurrency ${o.concurrency}\n`);
  const rows: string[] = ['| articles | kept | end-to-end s | ms/article | ingest/s | clean+segment/s | dedup/s | annotate/s | publish s | peak RSS MB | nightly +N% s | nightly / full |', '|---|---|---|---|---|---|---|---|---|---|---|---|'];
  for (const n of o.articles) {
    const input = join(o.dir, `corpus-${n}`);
    if (!existsSync(join(o.dir, `corpus-${n}.truth.json`))) {
      await rm(input, { recursive: true, force: true });
      await mkdir(o.dir, { recursive: true });
      await writeCorpus({ ...corpusDefaults, articles: n }, input, join(o.dir, `corpus-${n}.truth.json`));
    }
    const out = join(o.dir, `dist-${n}`);
    await rm(out, { recursive: true, force: true });
    await rm(workDir(out), { recursive: true, force: true }); // a full run starts with no saved chunks
    const totals: Record<string, number> = {};
    const reporter: Reporter = {
      stageStart() {}, advance() {}, warn() {},
      stageEnd(stage, counters) { totals[stage] = counters?.total ?? 0; },
    };
    const t0 = performance.now();
    const summary = await runPipeline({ input, out, concurrency: o.concurrency, reporter });
    const secs = (performance.now() - t0) / 1000;
    const rate = (stage: string): string => {
      const s = summary.seconds[stage] ?? 0;
      return s > 0 ? String(Math.round((totals[stage] ?? 0) / s)) : '-';
    };
    const cs = (summary.seconds.clean ?? 0) + (summary.seconds.segment ?? 0);
    const rss = peakRssMb();
    const nightly = o.nightly > 0 ? await nightlyRun(input, out, n, o.nightly, o.concurrency, reporter) : null;
    rows.push(`| ${n} | ${summary.manifest.accounting.articles} | ${secs.toFixed(1)} | ${((secs * 1000) / n).toFixed(2)} | ${rate('ingest')} | ${cs > 0 ? Math.round(n / cs) : '-'} | ${rate('dedup')} | ${rate('annotate')} | ${(summary.seconds.publish ?? 0).toFixed(1)} | ${rss.toFixed(0)} | ${nightly ? nightly.toFixed(1) : '-'} | ${nightly ? `${((100 * nightly) / secs).toFixed(0)}%` : '-'} |`);
    process.stdout.write(`${rows[rows.length - 1]}\n`);
    await rm(out, { recursive: true, force: true });
    await rm(workDir(out), { recursive: true, force: true });
  }
  process.stdout.write(`\n${rows.join('\n')}\n(peak RSS is the process maximum so far, taken before the nightly rerun: it includes every earlier size of this invocation)\n`);
  return 0;
}

/**
 * The nightly case: `percent` % new articles (another seed, so new stories and new copies)
 * join the corpus and the pipeline runs again on the same output, reusing what it saved.
 * Prints where the rerun spent its time and what it reused; returns its seconds. The extra
 * inputs are removed afterwards.
 */
async function nightlyRun(input: string, out: string, n: number, percent: number, concurrency: number, reporter: Reporter): Promise<number> {
  const extra = join(input, 'zz-nightly');
  await rm(extra, { recursive: true, force: true });
  const truth = `${input}.nightly.truth.json`; // outside the input folder, or ingest would read it
  await writeCorpus({ ...corpusDefaults, articles: Math.max(1, Math.round((n * percent) / 100)), seed: corpusDefaults.seed + 1 }, extra, truth);
  const t0 = performance.now();
  const s = await runPipeline({ input, out, concurrency, reporter });
  const secs = (performance.now() - t0) / 1000;
  const t = s.seconds;
  const stages = [['ingest', t.ingest], ['clean+segment', (t.clean ?? 0) + (t.segment ?? 0)], ['dedup', t.dedup], ['annotate', t.annotate], ['publish', t.publish]];
  process.stdout.write(`nightly +${percent}% at ${n}: ${secs.toFixed(1)} s; ${stages.map(([k, v]) => `${k} ${Number(v ?? 0).toFixed(1)}`).join(', ')}; `
    + `reused ${s.scans.reused}/${s.scans.reused + s.scans.computed} scan batches, ${s.chunks.reused}/${s.chunks.total} chunks, `
    + `${s.annotateGroups.reused}/${s.annotateGroups.reused + s.annotateGroups.computed} annotate groups\n`);
  await rm(extra, { recursive: true, force: true });
  await rm(truth, { force: true });
  return secs;
}
