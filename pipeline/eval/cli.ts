import { existsSync, statSync } from 'node:fs';

/**
 * `npm run eval -- [clean|dedup|annotate] [args]`: each stage's quality measurement.
 * `npm run eval -- DIR` scores clean on a devset folder; with no argument every evaluation
 * that needs no outside data runs.
 */
const EVALS = {
  clean: () => import('./clean.ts'),
  dedup: () => import('./dedup.ts'),
  annotate: () => import('./annotate.ts'),
} as const;
type EvalName = keyof typeof EVALS;

const [first, ...rest] = process.argv.slice(2);
let code = 0;
if (first && first in EVALS) {
  code = await (await EVALS[first as EvalName]()).main(rest);
} else if (first && existsSync(first) && statSync(first).isDirectory()) {
  code = await (await EVALS.clean()).main([first, ...rest]);
} else if (!first) {
  for (const name of ['dedup', 'annotate'] as const) {
    process.stdout.write(`\n== ${name}\n`);
    code = Math.max(code, await (await EVALS[name]()).main([]));
  }
} else {
  process.stderr.write(`unknown evaluation "${first}": use clean DIR, dedup or annotate\n`);
  code = 1;
}
process.exitCode = code;
