import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpusDefaults } from '../../pipeline/gen/corpus.ts';
import { writeCorpus } from '../../pipeline/gen/write-corpus.ts';

const BIN = fileURLToPath(new URL('../../pipeline/bin/newsprep.mjs', import.meta.url));
/** Kill points spread over a run; at least REQUIRED of them must land before the run ends. */
const KILLS = 24;
const REQUIRED = 20;
const env = { ...process.env, SOURCE_DATE_EPOCH: '1000' };
const args = (input: string, out: string): string[] => [BIN, 'run', '--input', input, '--out', out, '--chunk-size', '4', '--concurrency', '2', '--quiet'];

async function files(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const n of (await readdir(dir)).sort()) out.set(n, await readFile(join(dir, n)));
  return out;
}

/** Starts a run and kills it with SIGKILL after `ms` milliseconds (or lets it end first). */
function killAfter(input: string, out: string, ms: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args(input, out), { env, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', (code, signal) => { clearTimeout(timer); resolve(signal ?? `exit ${code}`); });
  });
}

describe('resume after kill -9', () => {
  it(`at ${KILLS} points of a run (at least ${REQUIRED} landing), the next run finishes the work and gives the same bytes as an uninterrupted run`, async () => {
    const root = await mkdtemp(join(tmpdir(), 'np-resume-'));
    const input = join(root, 'in');
    await writeCorpus({ ...corpusDefaults, articles: 40 }, input, join(root, 'truth.json'));
    const reference = join(root, 'reference');
    const t0 = performance.now();
    const ref = spawnSync(process.execPath, args(input, reference), { env });
    const duration = performance.now() - t0;
    expect(ref.status, ref.stderr.toString()).toBe(0);
    const expected = await files(reference);

    const outcomes: string[] = [];
    for (let k = 0; k < KILLS; k++) {
      // A run can end before its kill point when the machine is less busy than during the
      // reference run: try that point again earlier (in a fresh folder), at most twice.
      let out = join(root, `run-${k}`);
      let delay = ((k + 0.5) / KILLS) * 0.9 * duration;
      let outcome = await killAfter(input, out, Math.round(delay));
      for (let retry = 1; outcome !== 'SIGKILL' && retry <= 2; retry++) {
        out = join(root, `run-${k}-retry-${retry}`);
        delay *= 0.7;
        outcome = await killAfter(input, out, Math.round(delay));
      }
      outcomes.push(outcome);
      if (existsSync(join(out, 'manifest.json'))) {
        const check = spawnSync(process.execPath, [BIN, 'validate', out]);
        expect(check.status, `after kill ${k}: ${check.stderr}`).toBe(0);
      }
      const next = spawnSync(process.execPath, args(input, out), { env });
      expect(next.status, `resume ${k}: ${next.stderr}`).toBe(0);
      const got = await files(out);
      expect([...got.keys()]).toEqual([...expected.keys()]);
      for (const [name, bytes] of expected) expect(got.get(name)?.equals(bytes), `run ${k}: ${name}`).toBe(true);
      expect((await readdir(root)).filter((n) => n.includes('staging') || n.endsWith('.lock'))).toEqual([]);
    }
    expect(outcomes.filter((o) => o === 'SIGKILL').length).toBeGreaterThanOrEqual(REQUIRED);
  }, 600_000);
});
