import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LIMITATIONS } from '../../pipeline/publish/card-text.ts';
import { TABLES } from '../../pipeline/publish/tables.ts';
import { publishSample, specs } from '../helpers/published.ts';
import { publishSampleRun } from '../helpers/sample-run.ts';
import { jsonl } from '../helpers/jsonl.ts';


/** The card's column rows of one table: name -> cells (type, null rate, example, meaning). */
function columnRows(card: string, table: string): Map<string, string[]> {
  const section = card.slice(card.indexOf(`\n### ${table}\n`) + 1).split(/\n### |\n## /)[0];
  const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| column'));
  return new Map(rows.map((l) => {
    const cells = l.slice(2, -2).split(/ (?<!\\)\| /);
    return [cells[0], cells.slice(1)];
  }));
}

describe('dataset card (README.md of the dataset)', async () => {
  const { dist } = await publishSampleRun();
  const card = await readFile(join(dist, 'README.md'), 'utf8');
  const committed = await readFile(fileURLToPath(new URL('../../dist/README.md', import.meta.url)), 'utf8');

  it.each(TABLES)('lists every column of %s with type, null rate, example and the schema description', async (table) => {
    const rows = columnRows(card, table);
    const data = await jsonl(dist, table);
    expect([...rows.keys()]).toEqual(specs[table].columns.map((c) => c.name));
    for (const c of specs[table].columns) {
      const [type, rate, example, meaning] = rows.get(c.name)!;
      expect(type.startsWith(c.kind)).toBe(true);
      expect(type.includes('nullable')).toBe(c.nullable);
      expect(meaning).toBe(c.description.replace(/\|/g, '\\|'));
      const nulls = data.filter((r) => r[c.name] === null).length;
      expect(rate).toBe(data.length ? `${Number(((100 * nulls) / data.length).toFixed(1))}%` : '–');
      const first = data.find((r) => r[c.name] !== null && r[c.name] !== '' && !(Array.isArray(r[c.name]) && !r[c.name].length));
      if (first && typeof first[c.name] === 'number') expect(example).toBe(`\`${first[c.name]}\``);
      if (!data.some((r) => r[c.name] !== null)) expect(example).toBe('');
    }
  });

  it('the committed dist/ card lists every column of every table too', () => {
    for (const t of TABLES) expect([...columnRows(committed, t).keys()], t).toEqual(specs[t].columns.map((c) => c.name));
  });

  it('has YAML front matter with one config per table whose data files exist', () => {
    for (const [text, dir] of [[card, dist], [committed, fileURLToPath(new URL('../../dist/', import.meta.url))]] as const) {
      const m = /^---\n([\s\S]*?)\n---\n/.exec(text)!;
      const meta = parse(m[1]) as { pretty_name: string; license: string; language: string[]; configs: Array<{ config_name: string; default?: boolean; data_files: Array<{ split: string; path: string }> }> };
      expect(meta.configs.map((c) => c.config_name)).toEqual([...TABLES]);
      expect(meta.configs.filter((c) => c.default).map((c) => c.config_name)).toEqual(['articles']);
      for (const c of meta.configs) for (const f of c.data_files) expect(existsSync(join(dir, f.path)), f.path).toBe(true);
      expect(meta.language).toEqual(['en']);
    }
    expect((parse(/^---\n([\s\S]*?)\n---\n/.exec(card)![1]) as { license: string }).license).toBe('cc-by-4.0');
  });

  it('states sources, licence and provenance from the config, or that there are none', async () => {
    expect(card).toContain('Made by the test suite.');
    expect(card).toContain('- source: Seed pages and hand-made inputs');
    expect(card).toContain('- licence: CC-BY-4.0 (https://creativecommons.org/licenses/by/4.0/)');
    const bare = await readFile(join(await publishSample(), 'README.md'), 'utf8');
    expect(bare).toContain('- licence: CC-BY-4.0');
  });

  it('says how each stage worked and what it removed, with counts by rule', async () => {
    const removed = await jsonl(dist, 'removed');
    const byRule = new Map<string, [number, number]>();
    for (const r of removed) {
      const [n, chars] = byRule.get(r.rule) ?? [0, 0];
      byRule.set(r.rule, [n + 1, chars + r.end - r.start]);
    }
    for (const [rule, [n, chars]] of byRule) expect(card).toContain(`| ${rule} | ${n} | ${chars} |`);
    for (const stage of ['ingest', 'clean', 'segment', 'deduplicate', 'annotate', 'publish']) expect(card).toContain(`\n### ${stage}\n`);
    expect(card).toContain('Rejects by rule: no-article-body 1.');
    expect(card).toContain('Duplicates by method: exact 1.');
    expect(card).toContain('Quality flags: too-few-words 1.');
  });

  it('lists known limitations and loading one-liners for pandas, polars, pyarrow and DuckDB', () => {
    for (const l of LIMITATIONS) expect(card).toContain(l);
    for (const reader of ['pd.read_parquet', 'pl.read_ipc', 'pyarrow.feather.read_table', 'duckdb.sql']) expect(card).toContain(reader);
  });
});
