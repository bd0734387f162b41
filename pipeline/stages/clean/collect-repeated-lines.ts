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
  const perSite = new Map<string, { docs: number; counts: Map<string, number> }>();
  for (const doc of docs) {
    const site = siteOf(doc);
    let entry = perSite.get(site);
    if (!entry) perSite.set(site, (entry = { docs: 0, counts: new Map() }));
    entry.docs++;
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
    for (const k of seen) if (k) entry.counts.set(k, (entry.counts.get(k) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const { docs: total, counts } of perSite.values()) {
    for (const [k, c] of counts) if (c >= options.repeatedMinDocs && c / total >= options.repeatedMinShare) out.add(k);
  }
  return [...out].sort();
}
