import { main } from './cli/program.ts';

/** Entry point of `newsprep` (and `npm run pipeline`). */
const code = await main(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  env: process.env,
  isTTY: process.stderr.isTTY === true,
});
process.exitCode = code;
