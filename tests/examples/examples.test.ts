import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { publishSampleRun } from '../helpers/sample-run.ts';
import { jsonl } from '../helpers/jsonl.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SQL = join(ROOT, 'examples/questions.sql');
const SCRIPT = join(ROOT, 'examples/explore.py');
const python = process.env.NEWSPREP_PYTHON ?? join(ROOT, '.venv/bin/python');
const pythonAvailable = existsSync(python);


interface Answers {
  quoted_about_syria: Array<[string, number, number]>;
  copies_per_story: Array<[number, number]>;
  articles_per_week: Array<[string | null, number]>;
}

/** The three answers, computed here from the JSONL files with no query engine. */
async function expectedAnswers(dist: string): Promise<Answers> {
  const [articles, quotes, entities, duplicates] = await Promise.all(['articles', 'quotes', 'entities', 'duplicates'].map((t) => jsonl(dist, t)));
  const syria = new Set(entities.filter((e) => e.canonical === 'Syria').map((e) => e.article_id));
  const bySpeaker = new Map<string, { quotes: number; articles: Set<string> }>();
  for (const q of quotes.filter((x) => x.speaker !== null && syria.has(x.article_id))) {
    const s = bySpeaker.get(q.speaker) ?? { quotes: 0, articles: new Set<string>() };
    s.quotes++;
    s.articles.add(q.article_id);
    bySpeaker.set(q.speaker, s);
  }
  const quoted = [...bySpeaker].map(([name, s]): [string, number, number] => [name, s.quotes, s.articles.size])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10);
  const copies = new Map<number, number>();
  for (const a of articles) {
    const n = duplicates.filter((d) => d.duplicate_of === a.id).length;
    copies.set(n, (copies.get(n) ?? 0) + 1);
  }
  const weeks = new Map<string | null, number>();
  for (const a of articles) {
    let week: string | null = null;
    if (a.published) {
      const d = new Date(Date.parse(/T/.test(a.published) && !/[Z+-]\d\d:?\d\d$|Z$/.test(a.published) ? `${a.published}Z` : a.published));
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
      week = d.toISOString().slice(0, 10);
    }
    weeks.set(week, (weeks.get(week) ?? 0) + 1);
  }
  return {
    quoted_about_syria: quoted,
    copies_per_story: [...copies].sort((a, b) => a[0] - b[0]),
    articles_per_week: [...weeks].sort((a, b) => (a[0] === null ? 1 : b[0] === null ? -1 : a[0] < b[0] ? -1 : 1)),
  };
}

/** Runs examples/questions.sql in DuckDB with the dataset as the file search path. */
async function sqlAnswers(dist: string): Promise<Answers> {
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  await conn.run(`SET file_search_path = '${dist.replace(/'/g, "''")}'`);
  const text = (await readFile(SQL, 'utf8')).split('\n').filter((l) => !l.trimStart().startsWith('--')).join('\n');
  const results: unknown[][][] = [];
  for (const statement of text.split(';').map((s) => s.trim()).filter(Boolean)) {
    const r = await conn.runAndReadAll(statement);
    if (!/^SET /i.test(statement)) results.push(r.getRowsJS().map((row) => row.map((v) => (typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString().slice(0, 10) : v))));
  }
  const [q1, q2, q3] = results;
  return {
    quoted_about_syria: q1 as Answers['quoted_about_syria'],
    copies_per_story: q2 as Answers['copies_per_story'],
    articles_per_week: q3.map(([w, n]) => [w === null ? null : String(w).slice(0, 10), n]) as Answers['articles_per_week'],
  };
}

describe('examples/ answer three questions', async () => {
  const dists = { dist: join(ROOT, 'dist'), 'sample run': (await publishSampleRun()).dist };

  it.each(Object.keys(dists))('%s: questions.sql in DuckDB gives the answers computed from the JSONL', async (name) => {
    const dist = dists[name as keyof typeof dists];
    const want = await expectedAnswers(dist);
    expect(want.quoted_about_syria.length).toBeGreaterThan(0);
    expect(await sqlAnswers(dist)).toEqual(want);
  });

  it('the sample run has a story with a syndicated copy', async () => {
    expect((await expectedAnswers(dists['sample run'])).copies_per_story).toEqual([[0, 5], [1, 1]]);
  });

  it.runIf(pythonAvailable || process.env.CI).each(Object.keys(dists))('%s: explore.py (pandas, pyarrow) gives the same answers', async (name) => {
    const dist = dists[name as keyof typeof dists];
    const out = execFileSync(python, [SCRIPT, dist, '--json'], { encoding: 'utf8' }).trim().split('\n');
    expect(JSON.parse(out[out.length - 1])).toEqual(await expectedAnswers(dist));
  }, 120_000);

  it.runIf(pythonAvailable || process.env.CI)('the dataset card\'s loading one-liners run in Python against dist/', async () => {
    const card = await readFile(join(ROOT, 'dist/README.md'), 'utf8');
    const code = /```python\n([\s\S]*?)```/.exec(card)![1];
    const out = execFileSync(python, ['-c', `${code}\nprint("rows", len(articles))`], { cwd: join(ROOT, 'dist'), encoding: 'utf8' });
    expect(out).toMatch(/rows 5\n$/);
  }, 120_000);
});
