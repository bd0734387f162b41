/**
 * Keywords: the top terms of each article by TF-IDF over the run. Terms are
 * the canonical names of entities (dates excluded) and the other content
 * words, lower-cased, without stop words, numbers or inflected verb forms. Ties break on the term
 * in code-point order, so the result does not depend on record order.
 */
import type { AnnotatedRecord } from '../../lib/types.ts';
import { type AnnotateOptions, resolveOptions } from './annotate-options.ts';
import { offsetMap } from './code-points.ts';
import { linkPeople } from './corpus-people.ts';
import { loadResources } from './resources.ts';
import { tokenize } from './tokenize.ts';

const CONTENT_WORD = /^\p{L}[\p{L}\p{M}-]*\p{L}$/u;

/**
 * The content words of one record with their counts: lower-cased tokens outside every non-DATE
 * entity, without stop words, numbers or inflected verb forms. Linking people across the run
 * renames entities but never moves them, so a run computes this once per annotated record (and
 * keeps it with the annotations) however the linking turns out.
 *
 * @example
 * wordCounts(record) // [['ceasefire', 3], ['talks', 2], ...]
 */
export function wordCounts(record: AnnotatedRecord): Array<[string, number]> {
  const res = loadResources();
  const body = record.body;
  const map = offsetMap(body);
  const stop = record.language ? res.stopwords.get(record.language) : undefined;
  const counts = new Map<string, number>();
  const covered: Array<[number, number]> = [];
  for (const e of record.entities) if (e.label !== 'DATE') covered.push([map.toUtf16(e.start), map.toUtf16(e.end)]);
  covered.sort((a, b) => a[0] - b[0]);
  let c = 0;
  for (const t of tokenize(body, 0, body.length, res.tokenOptions)) {
    while (c < covered.length && covered[c]![1] <= t.start) c++;
    if (c < covered.length && t.end > covered[c]![0]) continue;
    if (t.lower.length < 3 || !CONTENT_WORD.test(t.lower) || res.englishStopwords.has(t.lower) || stop?.has(t.lower)) continue;
    // Inflected verbs ("failed", "signing") and -ed/-ing forms make poor keywords.
    if (res.verbForms.has(t.lower) || (/(?:ed|ing)$/.test(t.lower) && t.lower.length > 5)) continue;
    counts.set(t.lower, (counts.get(t.lower) ?? 0) + 1);
  }
  return [...counts];
}

/**
 * Candidate keyword terms of one (linked) record with their counts: entity canonicals (dates
 * excluded) and content words (`words`, computed from the record when not given).
 *
 * @example
 * termCounts(linkRecord(record, links), savedWords) // Map { 'John Kerry' => 4, 'ceasefire' => 3, ... }
 */
export function termCounts(record: AnnotatedRecord, words: ReadonlyArray<readonly [string, number]> = wordCounts(record)): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of record.entities) if (e.label !== 'DATE') counts.set(e.canonical, (counts.get(e.canonical) ?? 0) + 1);
  for (const [term, n] of words) counts.set(term, (counts.get(term) ?? 0) + n);
  return counts;
}

/**
 * The `k` best keywords of one record: tf × smoothed idf over the run (`df`: in how many of the
 * run's `n` records each term occurs; a term `df` lacks occurs in this record only, so a run may
 * leave out every term seen once), ties in code-point order.
 *
 * @example
 * keywordsOf(termCounts(record), df, n, 5) // ['John Kerry', 'ceasefire', ...]
 */
export function keywordsOf(counts: ReadonlyMap<string, number>, df: ReadonlyMap<string, number>, n: number, k: number): string[] {
  let total = 0;
  for (const v of counts.values()) total += v;
  const scored = [...counts.entries()].map(([term, tf]) => [term, (tf / Math.max(1, total)) * (Math.log((1 + n) / (1 + (df.get(term) ?? 1))) + 1)] as const);
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return scored.slice(0, k).map(([term]) => term);
}

/**
 * Fills `keywords` of every record (and, unless disabled, first links people across the run).
 *
 * @example
 * assignKeywords(annotated, { keywords: 5 })[0].keywords // ['John Kerry', 'ceasefire', ...]
 */
export function assignKeywords(records: AnnotatedRecord[], options: Partial<AnnotateOptions> = {}): AnnotatedRecord[] {
  const opts = resolveOptions(options);
  const linked = opts.linkPeopleAcrossCorpus ? linkPeople(records) : records;
  const perDoc = linked.map((r) => termCounts(r));
  const df = new Map<string, number>();
  for (const counts of perDoc) for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  return linked.map((r, i) => ({ ...r, keywords: keywordsOf(perDoc[i]!, df, linked.length, opts.keywords) }));
}
