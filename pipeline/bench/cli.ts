/**
 * `npm run bench -- [clean|segment|dedup|annotate|pipeline] [args]`: throughput and peak RSS
 * of each stage and of the whole pipeline; with no argument every benchmark runs in turn.
 */
const BENCHES = {
  clean: () => import('./clean.ts'),
  segment: () => import('./segment.ts'),
  dedup: () => import('./dedup.ts'),
  annotate: () => import('./annotate.ts'),
  pipeline: () => import('./pipeline.ts'),
} as const;
type BenchName = keyof typeof BENCHES;

const [first, ...rest] = process.argv.slice(2);
let code = 0;
if (first && first in BENCHES) {
  code = await (await BENCHES[first as BenchName]()).main(rest);
} else if (!first || first.startsWith('--')) {
  const args = first ? [first, ...rest] : rest;
  for (const name of Object.keys(BENCHES) as BenchName[]) {
    process.stdout.write(`\n== ${name}\n`);
    code = Math.max(code, await (await BENCHES[name]()).main(args));
  }
} else {
  process.stderr.write(`unknown benchmark "${first}": use ${Object.keys(BENCHES).join(', ')}\n`);
  code = 1;
}
process.exitCode = code;
