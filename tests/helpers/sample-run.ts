import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../../pipeline/runner/run-pipeline.ts';

export const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const BAD = fileURLToPath(new URL('../fixtures/bad-inputs/', import.meta.url));

/** The config of the sample run: a dataset section with a licence and a source. */
export const SAMPLE_CONFIG = {
  dataset: {
    name: 'sample-run', title: 'Sample run', description: 'The seeds plus a syndicated copy, a short note and a page of boilerplate.',
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    sources: [{ title: 'Seed pages and hand-made inputs' }], provenance: 'Made by the test suite.',
  },
};

/** A short article: too few words for the quality rules, but a real article. */
const SHORT = 'Talks resume in Geneva\n\nDiplomats from both countries met again on Monday in Geneva to discuss the ceasefire, officials said. The talks will continue next week, a spokesman said.\n';

let cached: Promise<{ input: string; dist: string; exitCode: number }> | null = null;

/**
 * Runs the whole pipeline once per test process on the seeds plus inputs that fill every
 * table and chart: a syndicated copy of seed 000 (a duplicate), a page of boilerplate only
 * (a reject), a short article (a quality flag). Returns the input and published folders.
 */
export function publishSampleRun(): Promise<{ input: string; dist: string; exitCode: number }> {
  cached ??= (async () => {
    const root = await mkdtemp(join(tmpdir(), 'np-sample-run-'));
    const input = join(root, 'in');
    await mkdir(input);
    for (const f of await readdir(SEEDS)) await copyFile(join(SEEDS, f), join(input, f));
    const seed = await readFile(join(SEEDS, '000_0de4903d27fcfa0d.txt'), 'utf8');
    await writeFile(join(input, 'wire-copy.txt'), `Reposted from the wire\n\n${seed}`);
    await copyFile(join(BAD, 'boilerplate-only.txt'), join(input, 'boilerplate-only.txt'));
    await writeFile(join(input, 'short.txt'), SHORT);
    const config = join(root, 'config.json');
    await writeFile(config, JSON.stringify(SAMPLE_CONFIG));
    const dist = join(root, 'dist');
    const r = await runPipeline({ input, out: dist, configFile: config, sourceDateEpoch: 1475589600, concurrency: 1 });
    return { input, dist, exitCode: r.exitCode };
  })();
  return cached;
}
