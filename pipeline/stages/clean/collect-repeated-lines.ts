import type { IngestRecord } from '../../lib/types.ts';
import type { CleanOptions } from './clean-options.ts';
import { hash64 } from '../../lib/hash.ts';
import { U64Table } from '../../lib/u64-table.ts';
import { phraseKey } from './phrase-matcher.ts';

/** Lines at most this long are counted; longer ones are prose, not boilerplate. */
const MAX_LINE = 300;
/** A line ending like a sentence with at least this many words is never counted. */
const PROSE_WORDS = 12;

const siteOf = (doc: IngestRecord): string => {
  if (doc.meta?.site) return doc.meta.site.toLowerCase();
  if (doc.url) {
    try {
      return new URL(doc.url).hostname.replace(/^www\./, '');
    } catch {
      return '';
    }
  }
  return '';
};

/**
 * One document's share of the corpus pre-pass: its site and the distinct keys of its short,
 * not sentence-like lines. Computed where the document is read (a worker), counted elsewhere
 * (`RepeatedLineCounter`), so the counting side never holds the texts.
 *
 * @example
 * lineCandidates(record) // { site: 'example.com', keys: ['share this', ...] }
 */
export function lineCandidates(doc: IngestRecord): { site: string; keys: string[] } {
  const seen = new Set<string>();
  let pos = 0;
  const text = doc.text;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    if (end - pos <= MAX_LINE * 2) {
      const line = text.slice(pos, end).trim();
      if (line && line.length <= MAX_LINE) {
        const words = line.split(/\s+/).length;
        if (!(words >= PROSE_WORDS && /[.!?"”]$/.test(line))) seen.add(phraseKey(line));
      }
    }
    pos = end + 1;
  }
  seen.delete('');
  return { site: siteOf(doc), keys: [...seen] };
}

/** Slots the counter's table starts with (it doubles as it fills). */
const INITIAL_KEYS = 1 << 16;

/**
 * Counts line candidates per site, document by document, and gives the keys that occur in at
 * least `repeatedMinDocs` documents and `repeatedMinShare` of the documents of one site.
 * Counts are kept by a 64-bit hash of (site, key) in typed arrays (`U64Table`), and a key's text
 * only once it has reached `repeatedMinDocs` documents: most short lines of a large corpus
 * (headlines, datelines, captions) occur once, and a Map of every one of them as text would
 * hold tens of millions of strings for a few million pages of one site and reach the Map's
 * size limit (2^24 entries). Two keys of one site whose hashes collide (about one chance in
 * 2^64 per pair) share a count.
 *
 * @example
 * const counter = new RepeatedLineCounter(cleanDefaults);
 * for (const doc of docs) { const c = lineCandidates(doc); counter.add(c.site, c.keys); }
 * counter.result(); // sorted keys
 */
export class RepeatedLineCounter {
  private readonly sites = new Map<string, number>();
  /** Documents counted per site (by the site's number). */
  private readonly siteDocs: number[] = [];
  /** hash(site, key) -> documents holding the key (`value`). */
  private readonly counts = new U64Table(INITIAL_KEYS);
  /** Texts of the keys that reached `repeatedMinDocs`, with their site's number. */
  private readonly kept: Array<{ site: number; key: string }> = [];

  constructor(private readonly options: Pick<CleanOptions, 'repeatedMinDocs' | 'repeatedMinShare'>) {}

  /** Counts one document of `site` holding the distinct line keys `keys`. */
  add(site: string, keys: readonly string[]): void {
    let n = this.sites.get(site);
    if (n === undefined) this.sites.set(site, (n = this.siteDocs.push(0) - 1));
    this.siteDocs[n]++;
    for (const key of keys) {
      const [hi, lo] = hash64(key, n);
      const s = this.counts.slot(hi, lo);
      if (++this.counts.value[s] === this.options.repeatedMinDocs) this.kept.push({ site: n, key });
    }
  }

  /** The repeated keys, sorted. */
  result(): string[] {
    const out = new Set<string>();
    for (const { site, key } of this.kept) {
      const [hi, lo] = hash64(key, site);
      const s = this.counts.slot(hi, lo); // found, so the table does not grow
      if (this.counts.value[s] / this.siteDocs[site] >= this.options.repeatedMinShare) out.add(key);
    }
    return [...out].sort();
  }
}

/**
 * Corpus pre-pass: normalised keys (`phraseKey`) of short lines that occur in
 * at least `repeatedMinDocs` documents and `repeatedMinShare` of the documents
 * of one site (site from meta, else URL host, else one shared group). Sentence-
 * like lines are skipped so that syndicated copies of one story keep their
 * text. Pass the result to `create()` as `options.repeatedLines`.
 *
 * @example
 * const repeatedLines = collectRepeatedLines(records, cleanDefaults);
 * const clean = cleanStage.create({ ...cleanDefaults, repeatedLines });
 */
export function collectRepeatedLines(
  docs: Iterable<IngestRecord>,
  options: Pick<CleanOptions, 'repeatedMinDocs' | 'repeatedMinShare'>,
): string[] {
  const counter = new RepeatedLineCounter(options);
  for (const doc of docs) {
    const { site, keys } = lineCandidates(doc);
    counter.add(site, keys);
  }
  return counter.result();
}
