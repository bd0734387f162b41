import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { PageMeta } from '../../lib/types.ts';

/** Elements that start a new line when an HTML fragment is rendered to text. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'BR', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'SECTION', 'ARTICLE', 'HEADER',
  'FOOTER', 'NAV', 'ASIDE', 'BLOCKQUOTE', 'FIGCAPTION', 'UL', 'OL', 'TABLE', 'PRE', 'FIGURE', 'DD', 'DT',
]);
/** Elements whose text never reaches the output. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
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

/**
 * Extracts the article text of an HTML page with Readability and its metadata.
 *
 * @example
 * const { text, meta } = extractHtml('<html><body><article><p>Hello.</p></article></body></html>');
 */
export function extractHtml(html: string): HtmlExtract {
  const { document } = parseHTML(html);
  const article = new Readability(document as never, { charThreshold: 100 }).parse();
  let text = '';
  if (article?.content) {
    const { document: frag } = parseHTML(`<html><body>${article.content}</body></html>`);
    text = renderText(frag.body as unknown as DomNode);
  }
  if (!text) text = renderText(document.body as unknown as DomNode);
  const byline = article?.byline?.replace(/\s+/g, ' ').trim();
  return {
    text,
    meta: {
      title: article?.title?.trim() || null,
      authors: byline ? [byline.replace(/^(by|par|von|por|di)\s+/i, '')] : [],
      published: article?.publishedTime?.trim() || null,
      site: article?.siteName?.trim() || null,
      lang: article?.lang?.trim() || null,
    },
  };
}
