/**
 * Scores the annotate stage on the hand-labelled set tests/fixtures/annotate/gold.json:
 * entity precision/recall/F1 by label group (PERSON, ORG, location = GPE + LOC)
 * and overall (all labels, exact span and label), plus canonical-name accuracy
 * of matched entities (dates excluded); quote precision/recall/F1 (a predicted quote matches a
 * gold one when their spans overlap by at least half of their union) and
 * speaker accuracy on matched quotes.
 *
 * Without `--file` the fixture sets run: gold.json (the development set),
 * gold-holdout.json (written after tuning on the first; scored once as a held-out check)
 * and gold-single-quotes.json (quotes in single quotation marks, among apostrophes).
 *
 * `--devset DIR` instead scores article language on a page folder laid out as
 * DIR/index.json (`pages[].name`, `pages[].content_lang`) and DIR/pages/NAME/expected.txt.
 *
 * Usage: `npm run eval -- annotate [--file PATH] [--json] [--verbose] | [--devset DIR]`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnnotatedRecord, EntityLabel } from '../lib/types.ts';
import { annotateDefaults, annotateStage, assignKeywords } from '../stages/annotate/index.ts';
import { type PlainArticle, recordFromParagraphs } from '../stages/annotate/record-from-paragraphs.ts';

/** A gold article of the evaluation file. */
export interface GoldArticle extends PlainArticle {
  entities: Array<{ text: string; label: EntityLabel; canonical?: string }>;
  quotes: Array<{ text: string; speaker: string | null; kind: 'direct' | 'indirect' }>;
}

/** Counts of one comparison. */
export interface Counts { tp: number; fp: number; fn: number }

/** The scores of one evaluation run. */
export interface Scores {
  entities: Record<'PERSON' | 'ORG' | 'location' | 'overall', Counts>;
  canonical: { correct: number; matched: number };
  quotes: Counts;
  speakers: { correct: number; matched: number };
  errors: string[];
}

const GROUPS: Record<string, 'PERSON' | 'ORG' | 'location' | null> = { PERSON: 'PERSON', ORG: 'ORG', GPE: 'location', LOC: 'location' };
const cp = (s: string): string[] => [...s];

/** Gold mentions resolved to code-point spans: every occurrence, longest mentions first, no overlaps. */
export function resolveGold(body: string, gold: GoldArticle['entities']): Array<{ start: number; end: number; label: EntityLabel; canonical: string }> {
  const taken: Array<[number, number]> = [];
  const out: Array<{ start: number; end: number; label: EntityLabel; canonical: string }> = [];
  const chars = cp(body);
  const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (const g of [...gold].sort((a, b) => b.text.length - a.text.length)) {
    const needle = cp(g.text);
    for (let i = 0; i + needle.length <= chars.length; i++) {
      if (needle.some((c, k) => chars[i + k] !== c)) continue;
      const end = i + needle.length;
      if (isWord(chars[i - 1]) || isWord(chars[end])) continue;
      if (taken.some(([a, b]) => i < b && end > a)) continue;
      taken.push([i, end]);
      out.push({ start: i, end, label: g.label, canonical: g.canonical ?? g.text });
    }
  }
  return out;
}

const f1 = (c: Counts): { p: number; r: number; f1: number } => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

/**
 * Compares annotated records with their gold articles.
 *
 * @example
 * score(gold, annotated).quotes // { tp: 40, fp: 3, fn: 6 }
 */
export function score(gold: readonly GoldArticle[], annotated: readonly AnnotatedRecord[]): Scores {
  const s: Scores = {
    entities: { PERSON: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, location: { tp: 0, fp: 0, fn: 0 }, overall: { tp: 0, fp: 0, fn: 0 } },
    canonical: { correct: 0, matched: 0 }, quotes: { tp: 0, fp: 0, fn: 0 }, speakers: { correct: 0, matched: 0 }, errors: [],
  };
  gold.forEach((g, i) => {
    const r = annotated[i]!;
    const expected = resolveGold(r.body, g.entities);
    const key = (e: { start: number; end: number }): string => `${e.start}:${e.end}`;
    for (const group of ['PERSON', 'ORG', 'location'] as const) {
      const want = new Set(expected.filter((e) => GROUPS[e.label] === group).map(key));
      const got = new Set(r.entities.filter((e) => GROUPS[e.label] === group).map(key));
      for (const k of got) if (want.has(k)) s.entities[group].tp++; else s.entities[group].fp++;
      for (const k of want) if (!got.has(k)) s.entities[group].fn++;
    }
    const want = new Map(expected.map((e) => [`${key(e)}:${e.label}`, e]));
    const got = new Map(r.entities.map((e) => [`${key(e)}:${e.label}`, e]));
    for (const [k, e] of got) {
      const w = want.get(k);
      if (!w) { s.entities.overall.fp++; s.errors.push(`${g.name} entity FP ${e.label} "${e.text}"`); continue; }
      s.entities.overall.tp++;
      if (e.label === 'DATE') continue; // a DATE's canonical is its normalised value: scored by the date tests
      s.canonical.matched++;
      if (w.canonical === e.canonical) s.canonical.correct++; else s.errors.push(`${g.name} canonical "${e.canonical}" != "${w.canonical}"`);
    }
    for (const [k, e] of want) if (!got.has(k)) { s.entities.overall.fn++; s.errors.push(`${g.name} entity FN ${e.label} "${cp(r.body).slice(e.start, e.end).join('')}"`); }

    const goldQuotes = g.quotes.map((q) => {
      const at = r.body.indexOf(q.text);
      const start = cp(r.body.slice(0, at)).length;
      return { ...q, start, end: start + cp(q.text).length };
    });
    const used = new Set<number>();
    for (const q of r.quotes) {
      const m = goldQuotes.findIndex((gq, k) => !used.has(k) && overlap(gq, q) >= 0.5);
      if (m < 0) { s.quotes.fp++; s.errors.push(`${g.name} quote FP "${q.text.slice(0, 50)}" (${q.speaker})`); continue; }
      used.add(m);
      s.quotes.tp++;
      s.speakers.matched++;
      if ((goldQuotes[m]!.speaker ?? null) === (q.speaker ?? null)) s.speakers.correct++;
      else s.errors.push(`${g.name} speaker "${q.speaker}" != "${goldQuotes[m]!.speaker}" for "${q.text.slice(0, 40)}"`);
    }
    goldQuotes.forEach((gq, k) => { if (!used.has(k)) { s.quotes.fn++; s.errors.push(`${g.name} quote FN "${gq.text.slice(0, 50)}"`); } });
  });
  return s;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union ? inter / union : 0;
}

/** Annotates the gold articles as one run (the corpus pass included). */
export function annotateGold(gold: readonly GoldArticle[]): AnnotatedRecord[] {
  const run = annotateStage.create(annotateDefaults);
  const out = gold.map((g) => {
    const r = run(recordFromParagraphs(g));
    if (!r.ok) throw new Error(`${g.name}: ${r.diagnostic.message}`);
    return r.value;
  });
  return assignKeywords(out, annotateDefaults);
}

/**
 * Runs the evaluation and prints the scores; returns 0 (1 when the file cannot be read).
 *
 * @example
 * await main(['--verbose'])
 */
export async function main(argv: string[]): Promise<number> {
  const d = argv.indexOf('--devset');
  if (d >= 0) return evaluateLanguages(argv[d + 1] ?? '');
  const i = argv.indexOf('--file');
  const dir = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'annotate');
  const files = i >= 0 ? [argv[i + 1]!] : [join(dir, 'gold.json'), join(dir, 'gold-holdout.json'), join(dir, 'gold-single-quotes.json')];
  let code = 0;
  for (const file of files) code = Math.max(code, evaluateFile(file, argv));
  return code;
}

function evaluateFile(file: string, argv: string[]): number {
  let gold: GoldArticle[];
  try { gold = (JSON.parse(readFileSync(file, 'utf8')) as { articles: GoldArticle[] }).articles; }
  catch (e) { console.error(`eval annotate: cannot read ${file}: ${(e as Error).message}`); return 1; }
  const s = score(gold, annotateGold(gold));
  const pct = (x: number): string => x.toFixed(3);
  const rows = (['PERSON', 'ORG', 'location', 'overall'] as const).map((k) => ({ group: k, ...s.entities[k], ...f1(s.entities[k]) }));
  const quotes = { ...s.quotes, ...f1(s.quotes) };
  const speakerAccuracy = s.speakers.matched ? s.speakers.correct / s.speakers.matched : 0;
  const canonicalAccuracy = s.canonical.matched ? s.canonical.correct / s.canonical.matched : 0;
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ file, articles: gold.length, entities: rows, canonical_accuracy: canonicalAccuracy, quotes, speaker_accuracy: speakerAccuracy }));
    return 0;
  }
  console.log(`annotate eval: ${gold.length} articles, ${gold.reduce((n, g) => n + g.paragraphs.length, 0)} paragraphs (${file})`);
  for (const r of rows) console.log(`  entities ${r.group.padEnd(8)} P ${pct(r.p)}  R ${pct(r.r)}  F1 ${pct(r.f1)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`);
  console.log(`  canonical names of matched entities: ${pct(canonicalAccuracy)} (${s.canonical.correct}/${s.canonical.matched})`);
  console.log(`  quotes            P ${pct(quotes.p)}  R ${pct(quotes.r)}  F1 ${pct(quotes.f1)}  (tp ${quotes.tp}, fp ${quotes.fp}, fn ${quotes.fn})`);
  console.log(`  speaker accuracy on matched quotes: ${pct(speakerAccuracy)} (${s.speakers.correct}/${s.speakers.matched})`);
  if (argv.includes('--verbose')) for (const e of s.errors) console.log(`    ${e}`);
  return 0;
}

/** Article-language accuracy on a folder of pages with hand-checked languages. */
function evaluateLanguages(dir: string): number {
  let pages: Array<{ name: string; content_lang: string }>;
  try { pages = (JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { pages: typeof pages }).pages; }
  catch (e) { console.error(`eval annotate: cannot read ${join(dir, 'index.json')}: ${(e as Error).message}`); return 1; }
  const run = annotateStage.create(annotateDefaults);
  let right = 0;
  const byLanguage = new Map<string, [number, number]>();
  for (const page of pages) {
    const text = readFileSync(join(dir, 'pages', page.name, 'expected.txt'), 'utf8');
    const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const r = run(recordFromParagraphs({ name: page.name, published: null, published_precision: null, paragraphs }));
    const ok = r.ok && r.value.language === page.content_lang;
    if (ok) right++;
    else console.log(`    ${page.name}: ${r.ok ? r.value.language : r.diagnostic.ruleId} (expected ${page.content_lang})`);
    const [n, k] = byLanguage.get(page.content_lang) ?? [0, 0];
    byLanguage.set(page.content_lang, [n + 1, k + (ok ? 1 : 0)]);
  }
  const detail = [...byLanguage.entries()].sort().map(([lang, [n, k]]) => `${lang} ${k}/${n}`).join(', ');
  console.log(`annotate language: ${right}/${pages.length} articles right (${detail})`);
  return 0;
}
