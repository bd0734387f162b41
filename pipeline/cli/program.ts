import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { EXIT, NewsprepError } from '../lib/exit-codes.ts';
import { SchemaRegistry } from '../lib/schemas.ts';
import { PIPELINE_VERSION } from '../lib/versions.ts';
import { validateDataset } from '../publish/index.ts';
import { runPipeline, runRank } from '../runner/run-pipeline.ts';
import { inspectArticle } from './inspect-article.ts';
import { jsonLinesReporter, quietReporter, summaryTable, ttyReporter } from '../runner/progress.ts';

/** Where the program writes; tests pass their own. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Whether stderr is a terminal (progress bars) or not (JSON-lines events). */
  isTTY?: boolean;
}

const nonNegativeInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number of at least 0');
  return n;
};

const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
  return n;
};

function sourceDateEpoch(env: Io['env']): number | null {
  const v = env.SOURCE_DATE_EPOCH;
  if (v === undefined || v === '') return null;
  if (!/^\d+$/.test(v)) throw new NewsprepError(EXIT.usage, `SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${v}"`);
  return Number(v);
}

/**
 * Runs the `newsprep` command line and resolves to the exit code (it never calls process.exit).
 *
 * @example
 * const code = await main(['run', '--input', 'seeds', '--out', 'dist'], { out: console.log, err: console.error, env: process.env });
 */
export async function main(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('newsprep')
    .description('Turn scraped news articles into a clean, deduplicated, annotated dataset (CSV, JSONL, Arrow, Parquet).')
    .version(PIPELINE_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .addHelpText('after', '\nExit codes: 0 success; 1 usage or configuration error; 2 the run failed and the previous dataset is untouched; 3 published, but some inputs were rejected.');

  program.command('run')
    .description('Run every stage on a folder of inputs and publish the dataset atomically.')
    .requiredOption('--input <dir>', 'folder of .txt, .html/.htm and .jsonl inputs')
    .requiredOption('--out <dir>', 'dataset folder to publish (replaced atomically)')
    .option('--config <file>', 'JSON config file (see schemas/config.schema.json)')
    .option('--concurrency <n>', 'parallel workers (default: number of cores)', positiveInt, availableParallelism())
    .option('--quiet', 'print nothing but errors')
    .option('--wait', 'if another run holds the output, wait for it instead of exiting 1')
    .option('--rank <i>', 'with --world-size: process only this rank\'s share of ingest/clean/segment and save it (no publish)', nonNegativeInt)
    .option('--world-size <n>', 'number of ranks; a final run without --rank merges their parts and publishes', positiveInt)
    .option('--chunk-size <n>', 'records per saved chunk of ingest/clean/segment (the unit of ranks and resume)', positiveInt)
    .action(async (o: { input: string; out: string; config?: string; concurrency: number; quiet?: boolean; wait?: boolean; rank?: number; worldSize?: number; chunkSize?: number }) => {
      const reporter = o.quiet ? quietReporter : io.isTTY ? ttyReporter(io.err) : jsonLinesReporter(io.err);
      if (o.rank !== undefined || o.worldSize !== undefined) {
        if (o.rank === undefined || o.worldSize === undefined) throw new NewsprepError(EXIT.usage, '--rank and --world-size go together (the final merge is a run without them)');
        const r = await runRank({ input: o.input, out: o.out, configFile: o.config ?? null, concurrency: o.concurrency, rank: o.rank, worldSize: o.worldSize, chunkSize: o.chunkSize, reporter });
        if (!o.quiet) io.out(`rank ${r.rank} of ${r.worldSize}: ${r.chunks.computed} chunks computed, ${r.chunks.reused} already done (${r.chunks.mine} of ${r.chunks.total} chunks are this rank's)\n`);
        return;
      }
      const summary = await runPipeline({
        input: o.input, out: o.out, configFile: o.config ?? null, concurrency: o.concurrency, wait: o.wait ?? false, chunkSize: o.chunkSize,
        sourceDateEpoch: sourceDateEpoch(io.env),
        reporter,
      });
      const a = summary.manifest.accounting;
      for (const r of summary.rejects) io.err(`reject [${r.stage}/${r.rule}] ${r.message}\n`);
      if (!o.quiet) {
        const byRule: Record<string, number> = {};
        for (const r of summary.rejects) byRule[`${r.stage}/${r.rule}`] = (byRule[`${r.stage}/${r.rule}`] ?? 0) + 1;
        const { scans: s, chunks, annotateGroups: g } = summary;
        const reuse = {
          'scan batches': { reused: s.reused, total: s.reused + s.computed }, chunks: { reused: chunks.reused, total: chunks.total },
          'annotate groups': { reused: g.reused, total: g.reused + g.computed },
        };
        io.out(`published ${o.out}\n${summaryTable(a, summary.manifest.stages, summary.seconds, byRule, reuse)}`);
      }
      code = summary.exitCode;
    });

  program.command('validate')
    .description('Re-check a published dataset: schemas, columns, types, row counts, checksums, and the four formats agree.')
    .argument('<dir>', 'published dataset folder')
    .action(async (dir: string) => {
      const { problems } = await validateDataset(dir, SchemaRegistry.load());
      for (const p of problems) io.err(`${dir}/${p}\n`);
      if (problems.length) code = EXIT.failed;
      else io.out(`${dir}: valid\n`);
    });

  program.command('inspect')
    .description('Show one article through every stage: what was removed and why, sentences, entities, quotes, duplicates.')
    .argument('<dir>', 'published dataset folder')
    .argument('<id>', 'article id (or its source path)')
    .option('--input <dir>', 'input folder to show the raw text from (default: the run\'s, from manifest.json)')
    .option('--color', 'mark removed spans with terminal colours instead of [-brackets-]')
    .action(async (dir: string, id: string, o: { input?: string; color?: boolean }) => {
      io.out(await inspectArticle(dir, id, { input: o.input, style: o.color ? 'color' : 'plain' }));
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof NewsprepError) {
      io.err(`newsprep: ${error.message}\n`);
      return error.exitCode;
    }
    io.err(`newsprep: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.failed;
  }
  return code;
}
