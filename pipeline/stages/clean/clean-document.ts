import type { CleanOptions } from './clean-options.ts';
import type { CleanRecord, Comment, IngestRecord } from '../../lib/types.ts';
import { drop, keep, type StageResult } from '../../lib/stage.ts';
import { analyseLines } from './analyse-lines.ts';
import { findMetadata } from './find-metadata.ts';
import { articleEnd, declaredInHeader, findCommentSection, firstParagraph } from './find-sections.ts';
import { positionKind } from './line-kind.ts';
import { parseComments } from './parse-comments.ts';
import type { PhraseMatcher } from './phrase-matcher.ts';
import { readMeta } from './read-meta.ts';
import { MIN_REPEATED_IN_EXTRACT, repeatedParagraphs } from './repeated-paragraphs.ts';
import { REMOVAL_RULES } from './removal-rules.ts';
import { buildRemoved, type Part } from './removed-spans.ts';
import { type RepairCounts, repairParagraph } from './repairs.ts';
import { selectRegion } from './select-region.ts';
import { cpLength } from './split-lines.ts';

/** Everything `create()` resolves once for the per-document function. */
export interface CleanContext {
  opts: Readonly<CleanOptions>;
  phrases: PhraseMatcher;
  repeated: ReadonlySet<string>;
}


/**
 * Cleans one document: classifies its lines, finds the main text region, the
 * comment section and the end of the article, reads title, authors, date and
 * site, keeps the article's paragraphs (repaired), splits the comments into
 * rows and records every removed span with its rule and kind.
 */
export function cleanDocument(doc: IngestRecord, ctx: CleanContext): StageResult<CleanRecord> {
  const { opts, phrases } = ctx;
  const a = analyseLines(doc, opts, phrases, ctx.repeated);
  const { lines, feats, hits, classes } = a;
  const n = lines.length;
  const lengths = feats.map((f) => f.chars);
  const firstGood = classes.indexOf('good');
  // a slideshow's or a photo widget's captions inside the article weigh nothing in the region search
  const inGallery = hits.map((h) => h === REMOVAL_RULES.galleryCaption || h === REMOVAL_RULES.galleryCounter || h === REMOVAL_RULES.photoCaption);
  const region0 = a.trusted ? (firstGood >= 0 ? ([firstGood, n] as [number, number]) : null) : selectRegion(classes, lengths, opts, n, inGallery);
  if (!region0) return drop('no-article-body', `no article text found in ${doc.source}`);

  const section = findCommentSection(a, firstParagraph(a, region0[0], region0[1]));
  const cs = section.start;
  const region = cs >= region0[1] ? region0 : a.trusted ? ([region0[0], cs] as [number, number]) : selectRegion(classes, lengths, opts, cs, inGallery);
  if (!region) return drop('no-article-body', `no article text found in ${doc.source}`);
  const [rs] = region;
  const bodyStart = firstParagraph(a, rs, region[1]);
  const re = articleEnd(a, bodyStart, region[1]);

  const repairs: RepairCounts = new Map();
  const m = findMetadata(a, { start: rs, end: re, bodyStart, commentStart: cs }, readMeta(doc.meta), opts.headerWindow, phrases, repairs);

  const kept: number[] = [];
  // a paragraph printed again (the whole article repeated in a hidden mobile block) is kept once; in an
  // extract from the HTML only when several are (a slideshow may print one caption twice, as its extractor keeps)
  const repeats = repeatedParagraphs(a, rs, re, m.special);
  for (let i = rs; i < re; i++) {
    if (classes[i] !== 'good' || m.special.has(i) || hits[i]) continue;
    if (repeats.has(i) && (!a.trusted || repeats.size >= MIN_REPEATED_IN_EXTRACT)) {
      m.special.set(i, [{ from: 0, to: lines[i].text.length, ...REMOVAL_RULES.repeatedParagraph }]);
      continue;
    }
    kept.push(i);
  }
  const paragraphs: string[] = [];
  let keptCp = 0;
  for (const i of kept) {
    keptCp += lines[i].cpEnd - lines[i].cpStart;
    const p = repairParagraph(lines[i].text, repairs);
    if (p) paragraphs.push(p);
  }
  const body = paragraphs.join('\n\n');
  if (cpLength(body) < opts.minBodyChars) return drop('no-article-body', `body too short (${body.length} chars) in ${doc.source}`);

  let comments: Comment[] = [];
  // (a section declaring no comments holds only its invitation: "Komentarze (0)", "Dodaj komentarz jako pierwszy.")
  if (cs < n && section.declared !== 0) {
    const zone = lines.slice(cs + 1).filter((l) => !hits[l.index] || hits[l.index]?.kind === 'comments');
    const prose = (l: { index: number }): boolean => feats[l.index].words >= 3 && feats[l.index].stopDensity >= opts.stopLow;
    comments = parseComments(zone, prose).map((c) => ({
      ...c,
      author: c.author ? repairParagraph(c.author, repairs) : null,
      text: repairParagraph(c.text, repairs),
    }));
    if (!m.special.has(cs)) m.special.set(cs, [{ from: 0, to: lines[cs].text.length, ...REMOVAL_RULES.commentHeading }]);
  }
  const declared = section.declared ?? declaredInHeader(a, bodyStart - opts.headerWindow, bodyStart);

  const partsOf = (i: number): Part[] =>
    m.special.get(i) ?? [{ from: 0, to: lines[i].text.length, ...(hits[i] ?? (i > cs ? REMOVAL_RULES.commentSection : positionKind(i < rs, i >= re))) }];
  const removed = buildRemoved(doc.text, lines, new Set(kept), partsOf);

  return keep({
    id: doc.id,
    source: doc.source,
    url: doc.url,
    format: doc.format,
    encoding: doc.encoding,
    title: m.title || null,
    authors: m.authors.map((x) => repairParagraph(x, repairs)).filter(Boolean),
    published: m.published?.iso ?? null,
    published_precision: m.published?.precision ?? null,
    published_raw: m.published?.raw ?? null,
    site: m.site || null,
    body,
    removed,
    comments,
    comment_count: declared ?? comments.length,
    repairs: [...repairs].map(([rule, count]) => ({ rule, count })).sort((x, y) => (x.rule < y.rule ? -1 : 1)),
    boilerplate_chars: Math.max(0, cpLength(doc.text) - keptCp),
  });
}
