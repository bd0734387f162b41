import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { corpusDefaults } from './corpus.ts';
import { writeCorpus } from './write-corpus.ts';

const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive integer');
  return n;
};

/**
 * `npm run gen -- --articles N --out DIR [--seed S] [--truth FILE] [--words W] [--shard-size K]`:
 * writes a synthetic corpus with planted syndication. The truth file defaults
 * to DIR/../<basename of DIR>.truth.json (outside the input folder).
 * Returns the exit code (0 success, 1 usage error).
 *
 * @example
 * await main(['--articles', '1000', '--out', '/tmp/corpus', '--seed', '7']);
 */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('gen').exitOverride().configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .requiredOption('--articles <n>', 'number of articles', positiveInt)
    .requiredOption('--out <dir>', 'output folder (gets shard-0000/ ... subfolders)')
    .option('--seed <n>', 'PRNG seed', (v) => Number(v), corpusDefaults.seed)
    .option('--truth <file>', 'truth file (cluster id per file)')
    .option('--words <n>', 'mean body length in words', positiveInt, corpusDefaults.words)
    .option('--shard-size <n>', 'files per shard folder', positiveInt, corpusDefaults.shardSize);
  try {
    program.parse(argv, { from: 'user' });
  } catch {
    return 1;
  }
  const o = program.opts<{ articles: number; out: string; seed: number; truth?: string; words: number; shardSize: number }>();
  if (!Number.isInteger(o.seed)) {
    process.stderr.write('gen: --seed must be an integer\n');
    return 1;
  }
  const out = resolve(o.out);
  const truth = resolve(o.truth ?? `${out}.truth.json`);
  const t0 = performance.now();
  const written = await writeCorpus({ articles: o.articles, seed: o.seed, words: o.words, shardSize: o.shardSize }, out, truth);
  const seconds = (performance.now() - t0) / 1000;
  process.stdout.write(`gen: ${written.articles} articles in ${written.clusters} clusters -> ${out} (truth: ${truth}) in ${seconds.toFixed(1)} s\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
