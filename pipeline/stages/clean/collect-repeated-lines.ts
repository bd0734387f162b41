import type { IngestRecord } from '../../lib/types.ts';
import type { CleanOptions } from './clean-options.ts';
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

/**
 * Counts line candidates per site, document by document, and gives the keys that occur in at
 * least `repeatedMinDocs` documents and `repeatedMinShare` of the documents of one site.
 *
 * @example
 * const counter = new RepeatedLineCounter();
 * for (const doc of docs) { const c = lineCandidates(doc); counter.add(c.site, c.keys); }
 * counter.result(cleanDefaults); // sorted keys
 */
export class RepeatedLineCounter {
  private readonly perSite = new Map<string, { docs: number; counts: Map<string, number> }>();

  /** Counts one document of `site` holding the distinct line keys `keys`. */
  add(site: string, keys: readonly string[]): void {
    let entry = this.perSite.get(site);
    if (!entry) this.perSite.set(site, (entry = { docs: 0, counts: new Map() }));
    entry.docs++;
    for (const k of keys) entry.counts.set(k, (entry.counts.get(k) ?? 0) + 1);
  }

  /** The repeated keys, sorted. */
  result(options: Pick<CleanOptions, 'repeatedMinDocs' | 'repeatedMinShare'>): string[] {
    const out = new Set<string>();
    for (const { docs: total, counts } of this.perSite.values()) {
      for (const [k, c] of counts) if (c >= options.repeatedMinDocs && c / total >= options.repeatedMinShare) out.add(k);
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
  const counter = new RepeatedLineCounter();
  for (const doc of docs) {
    const { site, keys } = lineCandidates(doc);
    counter.add(site, keys);
  }
  return counter.result(options);
}
