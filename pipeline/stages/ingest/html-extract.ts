import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { PageMeta } from '../../lib/types.ts';
import { DAY_FIRST_LANGUAGES } from '../clean/data/dates.ts';
import { headerMeta } from '../clean/header-meta.ts';
import { measureLines } from '../clean/line-features.ts';

/** Elements that start a new line when an HTML fragment is rendered to text. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'BR', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'SECTION', 'ARTICLE', 'HEADER',
  'FOOTER', 'NAV', 'ASIDE', 'BLOCKQUOTE', 'FIGCAPTION', 'UL', 'OL', 'TABLE', 'PRE', 'FIGURE', 'DD', 'DT',
]);
/** Elements whose text never reaches the output. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD']);

/**
 * Where page metadata is read from, in order of preference (first non-empty
 * wins). Meta keys match a `<meta>` tag's `property`, `name` or `itemprop`
 * (case-insensitive); `jsonld:` keys read JSON-LD objects of an article type.
 */
export const META_SOURCES = {
  title: ['jsonld:headline', 'og:title', 'twitter:title', 'dc.title', 'parsely-title', 'sailthru.title', 'headline'],
  authors: ['jsonld:author', 'author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl', 'byline'],
  published: [
    'jsonld:datePublished', 'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate',
    'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date',
    'article.published', 'published_time', 'og:published_time',
  ],
  site: ['og:site_name', 'jsonld:publisher', 'application-name', 'twitter:site'],
  /** Byline elements in the page, used when neither Readability nor a meta tag names an author, best first. */
  bylineElements: ['[rel~="author"]', '[itemprop~="author"]', '[class*="byline" i]'],
} as const;

/** A byline element's text is a byline when it is this short (an author box or bio is longer). */
const MAX_BYLINE_CHARS = 100;

/**
 * The text of the first byline element of the page (`META_SOURCES.bylineElements`, in
 * preference order, each in page order) that is short and holds a letter: the author's name
 * as printed ("By Ana Sandoiu"), which `metaAuthors` reads as the other author values.
 */
function pageByline(doc: DomDocument): string | null {
  for (const selector of META_SOURCES.bylineElements) {
    const found = doc.querySelectorAll(selector);
    for (let i = 0; i < found.length; i++) {
      const text = clean(found[i].textContent);
      if (text && text.length <= MAX_BYLINE_CHARS && /\p{L}/u.test(text)) return text;
    }
  }
  return null;
}

/** JSON-LD `@type`s that describe an article. */
const ARTICLE_TYPES = /^(?:(?:News|Blog|Scholarly|Tech|Report|Satirical|Opinion|Analysis|Review|Background)?Article|BlogPosting|LiveBlogPosting|ReportageNewsArticle|WebPage|VideoObject)$/;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
}

interface DomDocument {
  body: DomNode;
  documentElement: DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** Renders a DOM subtree to text: one line per block, paragraphs split by one blank line. */
export function renderText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) parts.push('\n');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n\n');
}

/** Result of HTML extraction: the article text and the page's metadata. */
export interface HtmlExtract {
  text: string;
  meta: PageMeta;
}

type JsonValue = string | number | boolean | null | JsonValue[] | { [k: string]: JsonValue };
type JsonObject = { [k: string]: JsonValue };

const clean = (s: unknown): string | null => (typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() || null : null);

/** Article-typed JSON-LD objects of the page (top level, arrays and `@graph`). */
function jsonLdArticles(doc: DomDocument): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: JsonValue, depth: number): void => {
    if (depth > 4 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const type = v['@type'];
    const types = Array.isArray(type) ? type : [type];
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) out.push(v);
    if (v['@graph']) visit(v['@graph'], depth + 1);
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i].textContent ?? '') as JsonValue, 0);
    } catch {
      // malformed JSON-LD is ignored
    }
  }
  // articles before generic web pages
  return out.sort((a, b) => Number(a['@type'] === 'WebPage') - Number(b['@type'] === 'WebPage'));
}

/** Names in a JSON-LD author/publisher value (string, Person, Organization or a list of them). */
function ldNames(v: JsonValue | undefined): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return clean(v) && !/^https?:/i.test(v) ? [clean(v) as string] : [];
  if (Array.isArray(v)) return v.flatMap(ldNames);
  if (typeof v === 'object') return ldNames(v.name as JsonValue);
  return [];
}

/** Order of numeric dates on a page in language `lang` (a BCP 47 tag): month first in US English only. */
function numericDateOrder(lang: string | null): boolean | undefined {
  if (!lang) return undefined;
  const l = lang.toLowerCase();
  if (l === 'en-us' || l === 'en') return true;
  return DAY_FIRST_LANGUAGES.includes(l.slice(0, 2)) || l.startsWith('en-') ? false : undefined;
}

/**
 * Reads title, authors, publication date, site and language: Readability's
 * own metadata first (it weighs JSON-LD, meta tags and bylines in the page),
 * then meta tags and JSON-LD by `META_SOURCES` preference, then (authors only)
 * a short byline element of the page, then (authors and date) the byline and
 * date lines printed around an `<h1>` (`headerMeta`).
 */
export function readPageMeta(document: unknown, readability: { title?: string | null; byline?: string | null; publishedTime?: string | null; siteName?: string | null; lang?: string | null } | null): PageMeta {
  const doc = document as DomDocument;
  const metas = new Map<string, string[]>();
  const tags = doc.querySelectorAll('meta');
  for (let i = 0; i < tags.length; i++) {
    const el = tags[i];
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase().trim();
    const value = clean(el.getAttribute('content'));
    if (!key || !value) continue;
    metas.set(key, [...(metas.get(key) ?? []), value]);
  }
  const ld = jsonLdArticles(doc);
  const first = (keys: readonly string[], pick: (o: JsonObject, field: string) => string[]): string[] => {
    for (const key of keys) {
      const values = key.startsWith('jsonld:') ? ld.flatMap((o) => pick(o, key.slice(7))) : (metas.get(key) ?? []);
      const ok = values.filter((v) => v && !/^https?:\/\//i.test(v));
      if (ok.length) return ok;
    }
    return [];
  };
  const field = (o: JsonObject, f: string): string[] => {
    const v = o[f];
    return f === 'author' || f === 'publisher' ? ldNames(v) : clean(v) ? [clean(v) as string] : [];
  };
  // Readability's own title, byline and date come first: it already weighs JSON-LD, meta tags and the page
  const title = clean(readability?.title) ?? first(META_SOURCES.title, field)[0];
  const byline = clean(readability?.byline);
  let authors = byline && /\p{L}/u.test(byline) && !/^(?:updated|published|last updated)\b/i.test(byline) ? [byline] : [...new Set(first(META_SOURCES.authors, field))];
  if (!authors.length) authors = [pageByline(doc)].filter((a): a is string => a !== null);
  let published: string | null = clean(readability?.publishedTime) ?? first(META_SOURCES.published, field)[0] ?? null;
  const site = first(META_SOURCES.site, field)[0]?.replace(/^@/, '') ?? clean(readability?.siteName);
  const lang = clean(doc.documentElement?.getAttribute('lang')) ?? clean(readability?.lang);
  // no author or date in the metadata: the byline and date printed around the page's headline
  if (!authors.length || !published) {
    const page = renderText(doc.body);
    const h1s = doc.querySelectorAll('h1');
    // no lang attribute: the language of the page's words decides the order of numeric dates
    const order = lang ? numericDateOrder(lang) : h1s.length ? numericDateOrder(measureLines(page.split('\n\n')).lang) : undefined;
    for (let i = 0; i < h1s.length && (!authors.length || !published); i++) {
      const found = headerMeta(page, clean(h1s[i].textContent), order);
      if (!authors.length) authors = found.authors;
      published ??= found.published;
    }
  }
  return { title: title ?? null, authors, published: published ?? null, site: site ?? null, lang: lang ?? null };
}

/** When Readability keeps less than this many characters of a page this much longer, the whole page text is used. */
const MIN_ARTICLE_CHARS = 500;
const MIN_PAGE_CHARS = 2000;

/**
 * Extracts the article text of an HTML page with Readability, and its
 * metadata from meta tags, JSON-LD and Readability. When Readability finds
 * almost nothing on a long page, the whole page is rendered instead (clean
 * then treats it like a text dump).
 *
 * @example
 * const { text, meta } = extractHtml('<html><body><article><p>Hello.</p></article></body></html>');
 */
export function extractHtml(html: string): HtmlExtract {
  const { document } = parseHTML(html);
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(parseHTML(html).document as never, { charThreshold: 100 }).parse();
  } catch {
    article = null;
  }
  let text = '';
  if (article?.content) {
    const { document: frag } = parseHTML(`<html><body>${article.content}</body></html>`);
    text = renderText(frag.body as unknown as DomNode);
  }
  if (text.length < MIN_ARTICLE_CHARS) {
    const page = renderText(document.body as unknown as DomNode);
    if (!text || page.length >= MIN_PAGE_CHARS) text = page;
  }
  return { text, meta: readPageMeta(document, article) };
}
