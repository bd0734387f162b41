/**
 * Evaluation of the clean stage against a folder of pages with expected
 * bodies and metadata (layout of the news-page dev set: `DIR/pages/NAME/`
 * with `page.txt`, `page.html`, `expected.txt`, `meta.json`).
 *
 * Body score: tokens are `\w+` matches (Unicode, case kept); per page,
 * precision and recall over the multiset of 4-token shingles (a text of 1-3
 * tokens is one shingle); P macro-averaged over pages whose output has
 * shingles, R over pages whose expected text has shingles; F1 from the two
 * means; also the mean of per-page F1. Metadata: exact match of title, author
 * (whitespace and a By/Par prefix normalised; correct when the expected byline
 * equals one author or all authors joined) and date (compared at the
 * precision of the expected value), over pages where the expected value is set.
 *
 * Usage: `npm run eval -- clean DIR [--text|--html] [--pages a,b] [--verbose] [--json] [--set option=value ...]`
 * (both modes by default; text mode reads `page.txt`, HTML mode `page.html` through ingest's `extractHtml`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CleanRecord, IngestRecord, PageMeta } from '../lib/types.ts';
import { extractHtml } from '../stages/ingest/html-extract.ts';
import { cleanDefaults, cleanStage } from '../stages/clean/index.ts';

/** Shingle size of the body score. */
export const SHINGLE = 4;

/** `\w+` tokens (Unicode letters, marks, digits, connector punctuation), case kept. */
export function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{Nd}\p{Pc}]+/gu) ?? [];
}

/** Multiset of k-token shingles. */
export function shingles(text: string, k = SHINGLE): Map<string, number> {
  const t = tokens(text);
  const out = new Map<string, number>();
  if (t.length === 0) return out;
  if (t.length < k) out.set(t.join(' '), 1);
  for (let i = 0; i + k <= t.length; i++) {
    const s = t.slice(i, i + k).join(' ');
    out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

/** Precision and recall of one page (null when undefined: no shingles on that side). */
export function shingleScore(system: string, expected: string): { p: number | null; r: number | null; f1: number } {
  const s = shingles(system);
  const e = shingles(expected);
  let tp = 0;
  let ns = 0;
  let ne = 0;
  for (const [k, c] of s) {
    ns += c;
    tp += Math.min(c, e.get(k) ?? 0);
  }
  for (const c of e.values()) ne += c;
  const p = ns === 0 ? null : tp / ns;
  const r = ne === 0 ? null : tp / ne;
  const f1 = ns === 0 && ne === 0 ? 1 : p && r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1 };
}

const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const normAuthor = (s: string): string => norm(s).replace(/^(?:by|par|von|por|di)\s+/i, '').toLowerCase();

interface Expected {
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  siteName: string | null;
}

/** True when a cleaned date matches the expected one at the expected precision (date part compared as printed). */
export function dateMatches(got: string | null, expected: string): boolean {
  if (!got) return false;
  const e = expected.trim().replace(' ', 'T');
  const day = /^\d{4}-\d{2}-\d{2}/.exec(e)?.[0];
  if (!day) return false;
  return got.slice(0, 10) === day;
}

function record(name: string, text: string, format: 'txt' | 'html', meta: PageMeta): IngestRecord {
  return { id: name, source: `${name}/page.${format}`, url: null, format, encoding: 'utf-8', text: text.normalize('NFC'), meta };
}

/** Summary of one evaluation run. */
export interface EvalSummary {
  mode: 'text' | 'html';
  pages: number;
  macroP: number;
  macroR: number;
  f1: number;
  meanPageF1: number;
  /** F1 from macro P and R over pages whose text is not Chinese or Japanese (shingles are coarse there). */
  f1NonCjk: number | null;
  title: [number, number];
  /** Title matches when a trailing " - Site" / " | Site" of the expected title is ignored. */
  titleNoSuffix: [number, number];
  author: [number, number];
  date: [number, number];
}

interface EvalOptions {
  only: Set<string> | null;
  overrides: Record<string, number | boolean>;
  verbose: boolean;
}

const mean = (a: number[]): number => (a.length ? a.reduce((x, y) => x + y, 0) / a.length : 0);
const f1Of = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
const stripSuffix = (t: string): string => t.replace(/\s+[-|–—·]\s+[^-|–—·]{2,60}$/u, '');

/** Scores clean on every page of DIR in one mode; returns the summary and one report row per page. */
export function evaluate(dir: string, mode: 'text' | 'html', o: EvalOptions): { summary: EvalSummary; rows: string[] } {
  const clean = cleanStage.create({ ...cleanDefaults, ...o.overrides });
  const empty: PageMeta = { title: null, authors: [], published: null, site: null, lang: null };
  const langs = new Map<string, string>();
  if (existsSync(join(dir, 'index.json'))) {
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { pages?: Array<{ name: string; content_lang?: string }> };
    for (const p of index.pages ?? []) if (p.content_lang) langs.set(p.name, p.content_lang);
  }
  const ps: number[] = [];
  const rs: number[] = [];
  const psLatin: number[] = [];
  const rsLatin: number[] = [];
  const f1s: number[] = [];
  const meta = { title: [0, 0] as [number, number], titleNoSuffix: [0, 0] as [number, number], author: [0, 0] as [number, number], date: [0, 0] as [number, number] };
  const rows: string[] = [];
  const names = readdirSync(join(dir, 'pages')).sort().filter((n) => !o.only || o.only.has(n));
  for (const name of names) {
    const pdir = join(dir, 'pages', name);
    const expected = readFileSync(join(pdir, 'expected.txt'), 'utf8');
    const exp = JSON.parse(readFileSync(join(pdir, 'meta.json'), 'utf8')) as Expected;
    let rec: IngestRecord;
    if (mode === 'html') {
      const x = extractHtml(readFileSync(join(pdir, 'page.html'), 'utf8'));
      rec = record(name, x.text, 'html', x.meta);
    } else rec = record(name, readFileSync(join(pdir, 'page.txt'), 'utf8'), 'txt', empty);
    const res = clean(rec);
    const out: CleanRecord | null = res.ok ? res.value : null;
    const sc = shingleScore(out?.body ?? '', expected);
    const cjk = ['zh', 'ja'].includes(langs.get(name) ?? '');
    if (sc.p !== null) (cjk ? [ps] : [ps, psLatin]).forEach((a) => a.push(sc.p as number));
    if (sc.r !== null) (cjk ? [rs] : [rs, rsLatin]).forEach((a) => a.push(sc.r as number));
    f1s.push(sc.f1);
    const marks: string[] = [];
    if (exp.title) {
      meta.title[1]++;
      meta.titleNoSuffix[1]++;
      const ok = norm(out?.title) === norm(exp.title);
      if (ok) meta.title[0]++;
      if (ok || norm(out?.title) === stripSuffix(norm(exp.title))) meta.titleNoSuffix[0]++;
      if (!ok) marks.push(`title=${JSON.stringify(out?.title ?? null)} want ${JSON.stringify(norm(exp.title))}`);
    }
    if (exp.byline) {
      meta.author[1]++;
      const want = normAuthor(exp.byline);
      const got = (out?.authors ?? []).map(normAuthor);
      const ok = got.includes(want) || got.join(', ') === want || got.join(' and ') === want;
      if (ok) meta.author[0]++;
      else marks.push(`author=${JSON.stringify(out?.authors ?? [])} want ${JSON.stringify(want)}`);
    }
    if (exp.publishedTime) {
      meta.date[1]++;
      const ok = dateMatches(out?.published ?? null, exp.publishedTime);
      if (ok) meta.date[0]++;
      else marks.push(`date=${out?.published ?? null} want ${exp.publishedTime}`);
    }
    rows.push(`${name.padEnd(30)} P=${(sc.p ?? 0).toFixed(3)} R=${(sc.r ?? 0).toFixed(3)} F1=${sc.f1.toFixed(3)}${res.ok ? '' : ` [${res.diagnostic.ruleId}]`}${o.verbose && marks.length ? `\n    ${marks.join('\n    ')}` : ''}`);
  }
  const P = mean(ps);
  const R = mean(rs);
  const summary: EvalSummary = {
    mode,
    pages: names.length,
    macroP: P,
    macroR: R,
    f1: f1Of(P, R),
    meanPageF1: mean(f1s),
    f1NonCjk: langs.size ? f1Of(mean(psLatin), mean(rsLatin)) : null,
    ...meta,
  };
  return { summary, rows };
}

/**
 * Runs the evaluation (text mode, HTML mode, or both by default) and prints
 * a report. Returns 0, or 1 on a usage error.
 *
 * @example
 * await main(['/path/to/devset', '--html'])
 */
export async function main(argv: string[]): Promise<number> {
  const dir = argv.find((a, k) => !a.startsWith('--') && argv[k - 1] !== '--set' && argv[k - 1] !== '--pages');
  if (!dir || !existsSync(join(dir, 'pages'))) {
    console.error('usage: eval clean DIR [--text|--html] [--pages a,b] [--verbose] [--json] [--set option=value ...]');
    return 1;
  }
  const pagesArg = argv[argv.indexOf('--pages') + 1];
  const overrides: Record<string, number | boolean> = {};
  argv.forEach((a, k) => {
    if (a !== '--set') return;
    const [key, value] = (argv[k + 1] ?? '').split('=');
    overrides[key] = value === 'true' ? true : value === 'false' ? false : Number(value);
  });
  const o: EvalOptions = { only: argv.includes('--pages') && pagesArg ? new Set(pagesArg.split(',')) : null, overrides, verbose: argv.includes('--verbose') };
  const modes: Array<'text' | 'html'> = argv.includes('--html') ? ['html'] : argv.includes('--text') ? ['text'] : ['text', 'html'];
  const acc = ([a, b]: [number, number]): string => `${b ? (a / b).toFixed(3) : 'n/a'} (${a}/${b})`;
  for (const mode of modes) {
    const { summary: s, rows } = evaluate(dir, mode, o);
    if (argv.includes('--json')) {
      console.log(JSON.stringify(s));
      continue;
    }
    for (const r of rows) console.log(r);
    console.log(`\nclean eval (${mode} mode, ${s.pages} pages, tokens \\w+ case kept, ${SHINGLE}-shingles)`);
    console.log(`macro-P ${s.macroP.toFixed(3)}  macro-R ${s.macroR.toFixed(3)}  F1 ${s.f1.toFixed(3)}  mean page F1 ${s.meanPageF1.toFixed(3)}${s.f1NonCjk !== null ? `  F1 without zh/ja pages ${s.f1NonCjk.toFixed(3)}` : ''}`);
    console.log(`title ${acc(s.title)} (ignoring a site suffix ${acc(s.titleNoSuffix)})  author ${acc(s.author)}  date ${acc(s.date)}\n`);
  }
  return 0;
}
