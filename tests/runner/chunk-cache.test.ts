import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDefaults } from '../../pipeline/gen/corpus.ts';
import { writeCorpus } from '../../pipeline/gen/write-corpus.ts';
import { runPipeline } from '../../pipeline/runner/run-pipeline.ts';

async function sameFiles(a: string, b: string): Promise<void> {
  const names = (await readdir(a)).sort();
  expect((await readdir(b)).sort()).toEqual(names);
  for (const n of names) expect((await readFile(join(a, n))).equals(await readFile(join(b, n))), n).toBe(true);
}

/** Texts of generated articles (each a different story), in a stable order. */
async function articleTexts(root: string, n: number, seed: number): Promise<string[]> {
  const dir = join(root, `gen-${seed}`);
  await writeCorpus({ ...corpusDefaults, articles: n, seed, words: 120 }, dir, join(root, `truth-${seed}.json`));
  const out: string[] = [];
  for (const shard of (await readdir(dir)).sort()) for (const f of (await readdir(join(dir, shard))).sort()) out.push(await readFile(join(dir, shard, f), 'utf8'));
  return out;
}

const FOOTER = 'Daily desk briefing from the newsroom';
const B_FOOTER = 'Read more stories from the valley desk';

describe('the chunk cache across nightly runs', () => {
  it('a run that adds articles recomputes (and re-annotates) only the chunks they or a newly repeated line touch, and gives the bytes of a fresh run', async () => {
    const root = await mkdtemp(join(tmpdir(), 'np-cache-'));
    const input = join(root, 'in');
    await mkdir(input);
    const texts = await articleTexts(root, 34, 21);
    // One JSONL file per article, so the order is the file order; 8 articles of site A (3 with
    // the footer line: 3/8 of the site, not yet "repeated"), the rest of site B.
    // Site B's pages all end with their own footer, a repeated line from the first run on.
    const put = (name: string, i: number, site: string, footer: boolean) => {
      const end = site === 'site-b' ? `\n\n${B_FOOTER}\n` : footer ? `\n\n${FOOTER}\n` : '';
      return writeFile(join(input, name), `${JSON.stringify({ url: `https://${site}.example/story-${i}`, text: `${texts[i]}${end}` })}\n`);
    };
    for (let i = 0; i < 32; i++) await put(`a-${String(i).padStart(2, '0')}.jsonl`, i, i < 8 ? 'site-a' : 'site-b', i < 8 && i % 2 === 0 && i < 6);
    const o = { sourceDateEpoch: 1, chunkSize: 4, concurrency: 1 };
    const dist = join(root, 'dist');
    const first = await runPipeline({ input, out: dist, ...o });
    expect(first.chunks).toEqual({ computed: 8, reused: 0, total: 8 });

    // Two new site-A articles with the footer: 5 of 10 site-A pages now hold it, so it becomes a
    // repeated line. Only the chunk of the new inputs and the two chunks whose articles hold the
    // footer (inputs 0, 2, 4) can change; the other six are reused.
    await put('zz-32.jsonl', 32, 'site-a', true);
    await put('zz-33.jsonl', 33, 'site-a', true);
    const nightly = await runPipeline({ input, out: dist, ...o });
    expect(nightly.chunks).toEqual({ computed: 3, reused: 6, total: 9 });
    // 34 files: the first scan batch (32 files) is as it was; only the batch of the new files is read through again.
    expect([first.scans, nightly.scans]).toEqual([{ computed: 1, reused: 0 }, { computed: 1, reused: 1 }]);
    // Annotation is reused for the kept articles of the untouched chunks too.
    expect(first.annotateGroups.reused).toBe(0);
    expect(nightly.annotateGroups.reused).toBeGreaterThanOrEqual(4);
    expect(nightly.annotateGroups.computed).toBeLessThanOrEqual(first.annotateGroups.computed - 4 + 1);
    // The footer is now boilerplate in every kept site-A article that has it, old ones included.
    const removed = (await readFile(join(dist, 'removed.jsonl'), 'utf8')).split('\n').filter((l) => l.includes(FOOTER));
    expect(removed.length).toBeGreaterThanOrEqual(3);
    expect(removed.every((l) => l.includes('"rule":"repeated-line"'))).toBe(true);
    expect(await readFile(join(dist, 'articles.jsonl'), 'utf8')).not.toContain(FOOTER);

    const fresh = join(root, 'fresh');
    await runPipeline({ input, out: fresh, ...o });
    await sameFiles(fresh, dist);
    // Nothing new: nothing is cleaned or annotated again, and the bytes stay.
    const again = await runPipeline({ input, out: dist, ...o });
    expect([again.scans.computed, again.chunks.computed, again.annotateGroups.computed]).toEqual([0, 0, 0]);
    await sameFiles(fresh, dist);
  }, 300_000);
});
