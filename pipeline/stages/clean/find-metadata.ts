import { alternation } from '../../lib/escape-regexp.ts';
import type { AnalysedLines } from './analyse-lines.ts';
import { authorCards, cardName, hasRole, nameWithRole, roleLine } from './author-card.ts';
import { closingSignature } from './closing-signature.ts';
import { CLOSING_CREDIT_PREFIXES } from './data/bylines.ts';
import { PUBLISHED_CUES } from './data/dates.ts';
import { authorBoxName, isAuthorLine, isBioOf, looksLikeBio, siteFromBio, siteFromCopyright } from './find-bio.ts';
import { bareName, dateLine, findHeader, type HeaderLine, headlineText, relatedHeading } from './find-header.ts';
import { numericDateOrder } from './numeric-date-order.ts';
import { datelineByline, hanNameList, nameListLine, splitAuthors } from './parse-byline.ts';
import { localTime, type ParsedDate, parseDate } from './parse-date.ts';
import type { PhraseMatcher } from './phrase-matcher.ts';
import type { CleanMeta } from './read-meta.ts';
import { REMOVAL_RULES, type RemovalRule } from './removal-rules.ts';
import { type Part, sentenceParts } from './removed-spans.ts';
import { REPAIR_RULES, type RepairCounts, repairParagraph } from './repairs.ts';
import { trailingByline } from './trailing-byline.ts';
import { dropGluedTail, dropTrailingPlace } from './trailing-place.ts';

/** A line opening with a publication cue ("First published on", "Publié le"). */
const PUBLISHED_LINE = new RegExp(`^(?:${alternation(PUBLISHED_CUES)})(?![\\p{L}\\p{N}])`, 'iu');

/** Longest "Published …" line after the text read for its date. */
const MAX_PUBLISHED_LINE = 120;

/** A wire story's closing credit line (`CLOSING_CREDIT_PREFIXES`), at most `MAX_CREDIT_CHARS` long. */
const CLOSING_CREDIT = new RegExp(`^\\(?(?:${alternation(CLOSING_CREDIT_PREFIXES)})\\s+`, 'iu');
const MAX_CREDIT_CHARS = 200;

/** Lines up to this long are searched for repeats of the title (breadcrumbs, comment headings). */
const MAX_TITLE_CONTEXT = 300;

/** Metadata of a document and the lines (or line parts) it came from. */
export interface FoundMetadata {
  title: string | null;
  authors: string[];
  published: ParsedDate | null;
  site: string | null;
  /** Removed parts of metadata lines (title, byline, dateline, bio...), by line index. */
  special: Map<number, Part[]>;
}

/** The dateline naming the reporter opens one of the article's first this-many lines (a caption may come first). */
const DATELINE_PARAGRAPHS = 3;

/** Where the article sits: main region [start, end), its first paragraph, and the comment section start. */
export interface ArticleBounds {
  start: number;
  end: number;
  bodyStart: number;
  commentStart: number;
}

/**
 * Finds title, authors, publication date and site: page metadata first
 * (HTML meta tags, JSON-LD), else the header lines around the first
 * paragraph (title, "By" lines or a bare name line, date lines; without a
 * header date, a "First published on …" line in the article), author boxes
 * and bios after the article began, and a copyright or bio line for the site.
 * Every metadata line is marked for removal with its rule and kind.
 */
export function findMetadata(a: AnalysedLines, b: ArticleBounds, meta: CleanMeta, window: number, phrases: PhraseMatcher, repairs: RepairCounts): FoundMetadata {
  const { lines, feats, hits } = a;
  const n = lines.length;
  const special = new Map<number, Part[]>();
  const mark = (i: number, r: RemovalRule): void => {
    if (!special.has(i)) special.set(i, [{ from: 0, to: lines[i].text.length, ...r }]);
  };
  const hl: HeaderLine[] = lines.map((line, i) => ({ line, f: feats[i], boiler: hits[i] !== null, related: relatedHeading(hits[i]?.kind, feats[i].words), copyright: hits[i]?.kind === 'copyright', caption: hits[i]?.kind === 'caption' || hits[i]?.kind === 'credit' }));
  const lower = lines.map((l) => (l.text.length <= MAX_TITLE_CONTEXT ? l.text.toLowerCase() : ''));
  const texts = lines.map((l) => l.text);
  const order = numericDateOrder(texts, a.lang);
  const header = findHeader(hl, b.bodyStart, window, lower.join('\n'), order);

  let titleIndex = header.title;
  if (meta.title) {
    const mk = meta.title.toLowerCase();
    const found = lower.findIndex((k, i) => i < b.bodyStart + 3 && k.length > 0 && (k === mk || (mk.includes(k) && k.length >= 12 && k.length >= mk.length * 0.5)));
    titleIndex = found >= 0 ? found : null;
  }
  const titleText = titleIndex !== null ? (meta.title ? lines[titleIndex].text : headlineText(lines[titleIndex].text)) : null;
  const title = meta.title ?? (titleText !== null ? repairParagraph(titleText, repairs) : null);
  if (titleIndex !== null && titleText !== null) {
    mark(titleIndex, REMOVAL_RULES.title);
    const tk = titleText.toLowerCase();
    for (let i = 0; i < n; i++) if (i !== titleIndex && lower[i] === tk) mark(i, REMOVAL_RULES.titleRepeat);
  }

  let authors: string[] = [];
  const byl = header.bylines.find((x) => titleIndex === null || x.index > titleIndex) ?? header.bylines[header.bylines.length - 1];
  for (const x of header.bylines) {
    if (x.byline.gluedPrefix) {
      special.set(x.index, [
        { from: 0, to: x.byline.start, ...REMOVAL_RULES.gluedFileName },
        { from: x.byline.start, to: lines[x.index].text.length, ...REMOVAL_RULES.byline },
      ]);
      repairs.set(REPAIR_RULES.gluedFileName, (repairs.get(REPAIR_RULES.gluedFileName) ?? 0) + 1);
    } else mark(x.index, REMOVAL_RULES.byline);
  }
  const taken = (k: number): boolean => hits[k] !== null || special.has(k);
  // the date line under the last author card, when the header has no publication date of its own
  let cardDate: { index: number; date: ParsedDate } | null = null;
  const readCards = (at: number): void => {
    let last = -1;
    for (const c of authorCards(texts, at, taken)) {
      authors.push(c.name);
      for (const k of c.lines) mark(k, REMOVAL_RULES.authorName);
      last = c.lines[c.lines.length - 1];
    }
    if (last < 0 || last + 1 >= n || header.published !== null) return;
    const d = dateLine(texts[last + 1], order);
    if (d && !d.update) cardDate = { index: last + 1, date: d };
  };
  // more author cards under a byline that has its role line ("Jane Doe / Health Correspondent / John Roe / Data Journalist")
  const moreCards = (at: number): void => {
    if (at + 1 >= n) return;
    // more cards printed one per line under a name with its role ("Ilse Vandermeer, Senior Fellow" / "Tomasz Rydel, Research
    // Associate", "Kari NygårdJournalist" / "Sindre HolmJournalist")
    if (!taken(at + 1) && nameWithRole(texts[at + 1]) !== null && (hasRole(texts[at]) || nameWithRole(texts[at]) !== null)) {
      for (let k = at + 1; k < n && !taken(k); k++) {
        const name = nameWithRole(texts[k]);
        if (name === null) break;
        authors.push(name);
        mark(k, REMOVAL_RULES.authorName);
      }
    } else if (roleLine(texts[at + 1])) {
      mark(at + 1, REMOVAL_RULES.authorName);
      readCards(at + 2);
    } else if (authors.length === 1 && hasRole(texts[at]) && !taken(at + 1) && cardName(texts[at + 1]) && at + 2 < n && (roleLine(texts[at + 2]) || dateLine(texts[at + 2], order) !== null)) {
      // a second name on its own line under a name with its role, over the date or its own role
      // ("Rachel Goh Senior Transport Correspondent", "Derek Lim Jun Hao", date); a place or an outlet there follows no role
      authors.push(texts[at + 1]);
      mark(at + 1, REMOVAL_RULES.authorName);
    }
  };
  if (byl) {
    authors = byl.byline.authors.map((x) => dropTrailingPlace(dropGluedTail(x, texts, byl.index), texts, byl.index));
    moreCards(byl.index);
  } else if (header.nameLine !== null) {
    const t = bareName(lines[header.nameLine].text);
    const names = nameListLine(t) ?? hanNameList(t) ?? splitAuthors(t);
    authors = (names.length ? names : [t]).map((x) => dropTrailingPlace(dropGluedTail(x, texts, header.nameLine!), texts, header.nameLine!));
    mark(header.nameLine, REMOVAL_RULES.authorName);
    moreCards(header.nameLine);
  } else {
    // no "By" line and no name next to the title: author cards (name over role) in the header window
    for (let k = Math.max(0, b.bodyStart - window); authors.length === 0 && k < Math.min(n, b.bodyStart + 3); k++) readCards(k);
  }
  // (read through a cast: the compiler does not see the closures' assignment)
  const fromCard = cardDate as { index: number; date: ParsedDate } | null;
  for (const d of header.dates) mark(d.index, d.index === header.published || d.index === fromCard?.index ? REMOVAL_RULES.dateline : REMOVAL_RULES.pageDate);
  // no date in the header: a "First published on …" line after the article began
  let footerDate: ParsedDate | null = fromCard?.date ?? null;
  if (header.published === null && !meta.published && footerDate === null) {
    for (let i = b.bodyStart; i < b.commentStart && !footerDate; i++) {
      if (special.has(i) || !PUBLISHED_LINE.test(lines[i].text)) continue;
      // (the cue opens the line: its date counts however much else the line says, "Published by Cedar Valley Courier on Dec. 4, 2026.")
      const d = dateLine(lines[i].text, order) ?? (lines[i].text.length <= MAX_PUBLISHED_LINE ? parseDate(lines[i].text, order) : null);
      if (d && !d.update) {
        footerDate = d;
        mark(i, REMOVAL_RULES.dateline);
      }
    }
  }

  // author boxes and bios after the article began
  let site = meta.site;
  const bio = REMOVAL_RULES.authorBio;
  for (let i = b.bodyStart; i < b.commentStart; i++) {
    if (special.has(i)) continue;
    const t = lines[i].text;
    const boxName = i + 1 < n ? authorBoxName(t, lines[i + 1].text) : null;
    if (boxName) {
      mark(i, REMOVAL_RULES.authorBox);
      if (authors.length === 0) authors = [boxName];
      special.set(i + 1, sentenceParts(lines[i + 1].text, bio, phrases));
      site ??= siteFromBio(lines[i + 1].text);
      i++;
    } else if (CLOSING_CREDIT.test(t) && t.length <= MAX_CREDIT_CHARS) {
      // a wire story's closing credit ("Reporting by Jane Doe in Nairobi; Editing by John Roe")
      mark(i, REMOVAL_RULES.byline);
      if (authors.length === 0) authors = splitAuthors(t.replace(CLOSING_CREDIT, ''));
    } else if (authors.some((x) => isAuthorLine(t, x))) {
      mark(i, REMOVAL_RULES.authorBox);
    } else if (authors.some((x) => isBioOf(t, x)) || (i > (b.start + b.end) / 2 && looksLikeBio(t))) {
      special.set(i, sentenceParts(t, bio, phrases));
      site ??= siteFromBio(t);
    }
  }
  // no byline in the header (and none in the metadata): the reporter in the first paragraph's dateline
  // ("【札幌＝佐藤美咲】…"), else a byline printed after the article (a side column below the text) with its
  // date, else the signature under a reader's letter or an opinion piece
  let entryDate = false;
  if (authors.length === 0 && meta.authors.length === 0) {
    for (let i = b.bodyStart; authors.length === 0 && i < Math.min(n, b.bodyStart + DATELINE_PARAGRAPHS); i++) authors = datelineByline(lines[i].text) ?? [];
    const late = authors.length === 0 ? trailingByline(a, b.end, order, b.commentStart) : null;
    if (late) {
      authors = late.authors;
      mark(late.index, REMOVAL_RULES.byline);
      // (a blog's entry line states the post's date: it outweighs a date above the headline, which may be the masthead's)
      const overHeader = late.explicit === true && header.published !== null && titleIndex !== null && header.published < titleIndex;
      if (late.date && ((header.published === null && footerDate === null) || overHeader)) {
        footerDate = late.date.date;
        if (overHeader) entryDate = true;
        mark(late.date.index, REMOVAL_RULES.dateline);
      }
    }
    const sig = authors.length === 0 ? closingSignature(a, b.bodyStart, b.end, new Set(special.keys())) : null;
    if (sig) {
      authors = [sig.name];
      mark(sig.index, REMOVAL_RULES.byline);
    }
  }
  for (let i = n - 1; i >= 0 && !site; i--) if (hits[i]?.kind === 'copyright') site = siteFromCopyright(lines[i].text);
  if (meta.authors.length) authors = meta.authors;
  const printed = header.published !== null && !entryDate ? (header.dates.find((d) => d.index === header.published)?.date ?? null) : footerDate;
  // the metadata's instant, in the local time the page prints
  const published = meta.published ? localTime(meta.published, printed) : printed;
  return { title, authors, published, site, special };
}
