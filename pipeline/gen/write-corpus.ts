import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { type CorpusOptions, generateCorpus } from './corpus.ts';

/** What {@link writeCorpus} wrote. */
export interface WrittenCorpus {
  articles: number;
  clusters: number;
  truthFile: string;
}

/**
 * Writes a generated corpus as .txt files (one article each) in shard
 * folders under `outDir`, streaming (constant memory), and the planted truth
 * to `truthFile`: JSON `{ seed, articles, clusters: { "<file>": "<cluster>" } }`.
 *
 * @example
 * await writeCorpus({ ...corpusDefaults, articles: 1000 }, 'corpus', 'corpus.truth.json');
 */
export async function writeCorpus(options: CorpusOptions, outDir: string, truthFile: string): Promise<WrittenCorpus> {
  mkdirSync(dirname(truthFile), { recursive: true });
  const truth = createWriteStream(truthFile);
  truth.write(`{"seed":${options.seed},"articles":${options.articles},"clusters":{`);
  let shard = '';
  let count = 0;
  const clusters = new Set<string>();
  for (const article of generateCorpus(options)) {
    const folder = dirname(article.file);
    if (folder !== shard) {
      mkdirSync(join(outDir, folder), { recursive: true });
      shard = folder;
    }
    writeFileSync(join(outDir, article.file), article.text);
    if (!truth.write(`${count === 0 ? '' : ','}\n${JSON.stringify(article.file)}:${JSON.stringify(article.cluster)}`)) await once(truth, 'drain');
    clusters.add(article.cluster);
    count++;
  }
  truth.end('\n}}\n');
  await once(truth, 'finish');
  return { articles: count, clusters: clusters.size, truthFile };
}
