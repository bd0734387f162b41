import type { CleanRecord, Comment, IngestRecord, RemovedKind, RemovedSpan } from '../../lib/types.ts';
import { drop, keep, type StageResult } from '../../lib/stage.ts';
import { initialClass, type LineClass, resolveContext } from './classify-lines.ts';
import type { CleanOptions } from './clean-options.ts';
import { authorBoxName, isBioOf, looksLikeBio, siteFromBio, siteFromCopyright } from './find-bio.ts';
import { findHeader, type HeaderLine } from './find-header.ts';
import { measureLines } from './line-features.ts';
import { positionKind, shapeKind } from './line-kind.ts';
import { readMeta } from './read-meta.ts';
import { commentAuthorLine, commentHeading, parseComments } from './parse-comments.ts';
import type { PhraseHit, PhraseMatcher } from './phrase-matcher.ts';
import { phraseKey } from './phrase-matcher.ts';
import { type RepairCounts, REPAIR_RULES, repairParagraph } from './repairs.ts';
import { selectRegion } from './select-region.ts';
import { cpLength, type Line, splitLines } from './split-lines.ts';

/** Everything `create()` resolves once for the per-document function. */
export interface CleanContext {
  opts: Readonly<CleanOptions>;
  phrases: PhraseMatcher;
  repeated: ReadonlySet<string>;
}

/** Share of label-like lines (boilerplate phrases, 1-2 word lines) above which an HTML extract is treated as a whole page. */
const WHOLE_PAGE_LABEL_SHARE = 0.4;

/** True when an "extracted" text still looks like a whole page (menus, labels), as when the extractor fell back. */
function looksLikeWholePage(lines: readonly Line[], hits: ReadonlyArray<PhraseHit | null>): boolean {
  if (lines.length < 20) return false;
  let labels = 0;
  for (let i = 0; i < lines.length; i++) if (hits[i] || (lines[i].text.length < 25 && !/\s\S+\s/.test(lines[i].text))) labels++;
  return labels / lines.length > WHOLE_PAGE_LABEL_SHARE;
}

/** A removed piece of one line (offsets relative to the line's trimmed text). */
interface Part {
  from: number;
  to: number;
  rule: string;
  kind: RemovedKind;
}

/** Good characters an article must have before a related-links heading can end it. */
const MIN_TEXT_BEFORE_END = 400;

/** A numbered or bulleted list item ("1. Finland", "• Item"). */
const LIST_ITEM = /^(?:\d{1,3}[.)]|[•·▪‣◦*-])\s+\S/u;

const SENTENCE_END = /(?<=[.!?])\s+(?=\p{Lu}|["“])/u;

/** Splits a removed line into sentence parts when a sentence is licence/copyright boilerplate of its own. */
function sentenceParts(text: string, base: PhraseHit, phrases: PhraseMatcher): Part[] {
  if (text.length > 1500) return [{ from: 0, to: text.length, ...base }];
  const parts: Part[] = [];
  let pos = 0;
  for (const s of text.split(SENTENCE_END)) {
    const from = text.indexOf(s, pos);
    const hit = phrases.match(s);
    const own = hit && (hit.kind === 'licence' || hit.kind === 'copyright') ? hit : base;
    const last = parts[parts.length - 1];
    if (last && last.rule === own.rule && last.kind === own.kind) last.to = from + s.length;
    else parts.push({ from, to: from + s.length, ...own });
    pos = from + s.length;
  }
  return parts;
}

/**
 * Cleans one document: finds the main text region, title, bylines, dates,
 * bios, comment section and boilerplate, records every removed span and
 * repairs the kept paragraphs.
 */
export function cleanDocument(doc: IngestRecord, ctx: CleanContext): StageResult<CleanRecord> {
  const { opts, phrases } = ctx;
  const lines = splitLines(doc.text);
  const n = lines.length;
  const { lang, feats } = measureLines(lines.map((l) => l.text));
  const cjk = lang === 'cjk';
  const keys = lines.map((l) => (l.text.length < 400 ? phraseKey(l.text) : ''));
  const hits: Array<PhraseHit | null> = lines.map((l, i) => {
    const hit = phrases.match(l.text, keys[i] || undefined) ?? shapeKind(l.text, feats[i]);
    if (hit) return hit;
    if (ctx.repeated.size && l.text.length < 300 && feats[i].words < 25 && ctx.repeated.has(keys[i])) return { kind: 'other', rule: 'repeated-line' };
    return null;
  });
  const html = doc.format === 'html' && opts.trustHtmlExtract && !looksLikeWholePage(lines, hits);
  const thresholds = opts;
  const initial: LineClass[] = lines.map((_, i) =>
    html ? (hits[i] ? 'bad' : 'good') : initialClass(feats[i], hits[i] !== null, thresholds, cjk, LIST_ITEM.test(lines[i].text)),
  );
  const classes = html ? initial : resolveContext(initial);

  const lengths = feats.map((f) => f.chars);
  /** The article goes on after a box: two long prose paragraphs within the next few lines. */
  const continues = (from: number, to: number): boolean => {
    let long = 0;
    for (let k = from; k < Math.min(to, from + 6); k++) if (classes[k] === 'good' && feats[k].terminal && feats[k].chars >= 200) long++;
    return long >= 2;
  };
  /** End of the article: a related/most-read heading after enough text, with less text after it than before. */
  const sectionEnd = (from: number, to: number): number => {
    let total = 0;
    for (let i = from; i < to; i++) if (classes[i] === 'good') total += feats[i].chars;
    let before = 0;
    for (let i = from; i < to; i++) {
      if (classes[i] === 'good') before += feats[i].chars;
      const kind = hits[i]?.kind;
      if ((kind === 'related-links' || kind === 'newsletter') && feats[i].words <= 6 && !feats[i].terminal && before >= MIN_TEXT_BEFORE_END && total - before < before && !continues(i + 1, to)) return i;
    }
    return to;
  };
  const firstBody = (from: number, to: number): number => {
    for (let i = from; i < to; i++) if (classes[i] === 'good' && (feats[i].terminal || cjk) && feats[i].words >= 8) return i;
    return from;
  };
  const region0 = html ? (classes.indexOf('good') >= 0 ? ([classes.indexOf('good'), n] as [number, number]) : null) : selectRegion(classes, lengths, opts);
  if (!region0) return drop('no-article-body', `no article text found in ${doc.source}`);

  // comment section: a heading after the body began
  let cs = n;
  let declared: number | null = null;
  const start0 = firstBody(region0[0], region0[1]);
  let goodBefore = 0;
  let goodAfter = 0;
  for (let i = start0; i < n; i++) if (classes[i] === 'good') goodAfter += feats[i].chars;
  for (let i = start0; i < n; i++) {
    if (classes[i] === 'good') {
      goodBefore += feats[i].chars;
      goodAfter -= feats[i].chars;
    }
    if (i === start0) continue;
    const h = commentHeading(lines[i].text);
    if (h && (h.strong || goodAfter < goodBefore)) {
      cs = i;
      declared = h.declared;
      break;
    }
    if (classes[i] !== 'good' && commentAuthorLine(lines[i].text)) {
      let more = 0;
      for (let k = i + 1; k < Math.min(n, i + 60) && more < 1; k++) if (commentAuthorLine(lines[k].text)) more++;
      if (more > 0 && goodAfter < goodBefore * 2) {
        cs = i - 1;
        break;
      }
    }
  }
  const region = cs >= region0[1] ? region0 : html ? ([region0[0], cs] as [number, number]) : selectRegion(classes, lengths, opts, cs);
  if (!region) return drop('no-article-body', `no article text found in ${doc.source}`);
  const [rs] = region;
  const bodyStart = firstBody(rs, region[1]);
  const re = sectionEnd(bodyStart, region[1]);

  // header: title, bylines, dates
  const hl: HeaderLine[] = lines.map((line, i) => ({ line, f: feats[i], boiler: hits[i] !== null }));
  const lower = lines.map((l) => (l.text.length < 400 ? l.text.toLowerCase() : ''));
  const header = findHeader(hl, bodyStart, opts.headerWindow, lower.join('\n'));
  const meta = readMeta(doc.meta);
  const special = new Map<number, Part[]>();
  const mark = (i: number, rule: string, kind: RemovedKind): void => {
    if (!special.has(i)) special.set(i, [{ from: 0, to: lines[i].text.length, rule, kind }]);
  };
  let titleIndex = header.title;
  if (meta.title) {
    const mk = meta.title.toLowerCase();
    const found = lower.findIndex((k, i) => i < bodyStart + 3 && k.length > 0 && (k === mk || (mk.includes(k) && k.length >= 12 && k.length >= mk.length * 0.5)));
    titleIndex = found >= 0 ? found : null;
  }
  const repairs: RepairCounts = new Map();
  const title = meta.title ?? (titleIndex !== null ? repairParagraph(lines[titleIndex].text, repairs) : null);
  if (titleIndex !== null) {
    mark(titleIndex, 'title', 'title');
    const tk = lower[titleIndex];
    for (let i = 0; i < n; i++) if (i !== titleIndex && lower[i] === tk) mark(i, 'title-repeat', 'title');
  }
  let authors: string[] = [];
  const byl = header.bylines.find((b) => titleIndex === null || b.index > titleIndex) ?? header.bylines[header.bylines.length - 1];
  for (const b of header.bylines) {
    const t = lines[b.index].text;
    if (b.byline.gluedPrefix) {
      special.set(b.index, [
        { from: 0, to: b.byline.start, rule: REPAIR_RULES.gluedFileName, kind: 'credit' },
        { from: b.byline.start, to: t.length, rule: 'byline', kind: 'byline' },
      ]);
      repairs.set(REPAIR_RULES.gluedFileName, (repairs.get(REPAIR_RULES.gluedFileName) ?? 0) + 1);
    } else mark(b.index, 'byline', 'byline');
  }
  if (byl) authors = byl.byline.authors;
  for (const d of header.dates) mark(d.index, d.index === header.published ? 'dateline' : 'page-date', 'dateline');

  // author box and bios after the body began
  let site = meta.site;
  for (let i = bodyStart; i < cs; i++) {
    if (special.has(i)) continue;
    const t = lines[i].text;
    const boxName = i + 1 < n ? authorBoxName(t, lines[i + 1].text) : null;
    if (boxName) {
      mark(i, 'author-box', 'byline');
      if (authors.length === 0) authors = [boxName];
      special.set(i + 1, sentenceParts(lines[i + 1].text, { rule: 'author-bio', kind: 'author-bio' }, phrases));
      site ??= siteFromBio(lines[i + 1].text);
      i++;
      continue;
    }
    const known = authors.some((a) => isBioOf(t, a));
    if (known || (i > (rs + re) / 2 && looksLikeBio(t))) {
      special.set(i, sentenceParts(t, { rule: 'author-bio', kind: 'author-bio' }, phrases));
      site ??= siteFromBio(t);
    }
  }
  if (!site) {
    for (let i = n - 1; i >= 0 && !site; i--) if (hits[i]?.kind === 'copyright') site = siteFromCopyright(lines[i].text);
  }
  if (meta.authors.length) authors = meta.authors;

  // body
  const kept: number[] = [];
  for (let i = rs; i < re; i++) if (classes[i] === 'good' && !special.has(i) && !hits[i]) kept.push(i);
  const paragraphs: string[] = [];
  let keptCp = 0;
  for (const i of kept) {
    keptCp += lines[i].cpEnd - lines[i].cpStart;
    const p = repairParagraph(lines[i].text, repairs);
    if (p) paragraphs.push(p);
  }
  const body = paragraphs.join('\n\n');
  if (cpLength(body) < opts.minBodyChars) return drop('no-article-body', `body too short (${body.length} chars) in ${doc.source}`);

  // comments
  const zone = lines.slice(cs + 1);
  const comments: Comment[] = cs < n
    ? parseComments(zone.filter((_, k) => !hits[cs + 1 + k] || hits[cs + 1 + k]?.kind === 'comments'), (l) => feats[l.index].words >= 3 && feats[l.index].stopDensity >= opts.stopLow).map((c) => ({
        ...c,
        author: c.author ? repairParagraph(c.author, repairs) : null,
        text: repairParagraph(c.text, repairs),
      }))
    : [];
  if (cs < n) mark(cs, 'comment-heading', 'comments');

  // removed spans
  const keptSet = new Set(kept);
  const keptStarts = kept.map((i) => lines[i].start);
  /** True when a kept line starts in [a, b). */
  const keptBetween = (a: number, b: number): boolean => {
    let lo = 0;
    let hi = keptStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keptStarts[mid] < a) lo = mid + 1;
      else hi = mid;
    }
    return lo < keptStarts.length && keptStarts[lo] < b;
  };
  const spans: Array<RemovedSpan & { u16Start: number; u16End: number }> = [];
  for (let i = 0; i < n; i++) {
    if (keptSet.has(i)) continue;
    const line = lines[i];
    const parts = special.get(i) ?? [
      { from: 0, to: line.text.length, ...(hits[i] ?? (i > cs ? { kind: 'comments' as const, rule: 'comment-section' } : positionKind(i < rs, i >= re))) },
    ];
    for (const p of parts) {
      const last = spans[spans.length - 1];
      const raw = line.text.slice(p.from, p.to);
      const lead = raw.length - raw.trimStart().length;
      const trail = raw.length - raw.trimEnd().length;
      const u16Start = line.start + p.from + lead;
      const u16End = line.start + p.to - trail;
      const start = line.cpStart + cpLength(line.text.slice(0, p.from + lead));
      const end = start + cpLength(raw.trim());
      if (last && p.from === 0 && last.rule === p.rule && last.kind === p.kind && last.u16End <= line.start && !keptBetween(last.u16End, line.start)) {
        last.end = end;
        last.u16End = u16End;
      } else spans.push({ start, end, text: '', rule: p.rule, kind: p.kind, u16Start, u16End });
    }
  }
  const removed: RemovedSpan[] = spans.map(({ start, end, rule, kind, u16Start, u16End }) => ({ start, end, text: doc.text.slice(u16Start, u16End), rule, kind }));

  const published = meta.published ?? (header.published !== null ? header.dates.find((d) => d.index === header.published)!.date : null);
  return keep({
    id: doc.id,
    source: doc.source,
    url: doc.url,
    format: doc.format,
    encoding: doc.encoding,
    text: doc.text,
    title: title || null,
    authors: authors.map((a) => repairParagraph(a, repairs)),
    published: published?.iso ?? null,
    published_precision: published?.precision ?? null,
    published_raw: published?.raw ?? null,
    site: site || null,
    body,
    removed,
    comments,
    comment_count: declared ?? comments.length,
    repairs: [...repairs].map(([rule, count]) => ({ rule, count })).sort((a, b) => (a.rule < b.rule ? -1 : 1)),
    boilerplate_chars: Math.max(0, cpLength(doc.text) - keptCp),
  });
}

export type { Line };
