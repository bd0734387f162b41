import type { Comment } from '../../lib/types.ts';
import { looksLikeName } from './parse-byline.ts';
import { parseDate } from './parse-date.ts';
import type { Line } from './split-lines.ts';

/** A comment-section heading: "14 Comments on …", "Leave a Reply", "Kommentare (3)". */
export interface CommentHeading {
  /** The count the heading declares, or null. */
  declared: number | null;
  /** A strong heading (numbered or "Leave a reply") starts a section anywhere after the body began. */
  strong: boolean;
}

/** Cheap pre-check: every heading form holds one of these stems. */
const HEADING_HINT = /comment|kommentar|coment|respons|repl|antwort|réponse|respuesta|rispost|respost|reaction|thought|discussion|conversation|réagir|diskuse|komentář|reacties|condolence|condoléance|kondolenz|debat|kommentaar|komentarz|yorum|коммент|комент|تعليق|评论|留言|コメント|댓글|posting|ý kiến|bình luận/i;
const COUNTED = /^(\d[\d,.]*)\s+(?:comments?|responses?|replies|reactions|thoughts|kommentare?|commentaires?|comentarios?|commenti|comentários|reacties|komentářů|komentáře)\b/i;
const COUNT_AFTER = /^(?:readers?'?\s+)?(?:comments?|responses?|replies|kommentare?|kommentarer|kommentaarit|antworten|commentaires?|réponses|comentarios?|respuestas|commenti|risposte|comentários|respostas|reacties|discussion|condolences|condoléances|kondolenzen|debat|debatt|komentarze|yorumlar|комментарии|коментарі|تعليقات|评论|留言|コメント|댓글|postings|ý kiến|bình luận)\s*[(:]\s*(\d[\d,.]*)\s*\)?$/i;
/** ... or after a space, in English only ("Comments 23": a counter widget in other scripts' headers reads so, "댓글 0"). */
const COUNT_AFTER_SPACE = /^(?:reader\s+)?comments\s+(\d[\d,.]*)$/i;
const COUNT_PHRASE = /^(?:there (?:are|is)|showing|view(?: all)?|see(?: all)?|read(?: all)?)\s+(\d[\d,.]*)\s+(?:comments?|responses?|replies)\b/i;
const WEAK = /^(?:comments?|reader comments|kommentare|commentaires|comentarios|commenti|comentários|discussion|discussions)$/i;
const STRONG = /^(?:leave a (?:reply|comment)|post a comment|add a comment|join the (?:conversation|discussion)|share or comment on this article|(?:discussion|comments) (?:about|on) this (?:post|article|story)|(?:one|no) (?:comments?|responses?|thoughts) (?:on|to)\b|deja un comentario|lascia un commento|deixe um comentário|laisser un commentaire|kommentar schreiben)/i;

/**
 * Reads a comment-section heading from a line, or null.
 *
 * @example
 * commentHeading('14 Comments on "Title"') // { declared: 14, strong: true }
 */
export function commentHeading(line: string): CommentHeading | null {
  if (line.length > 200 || !HEADING_HINT.test(line)) return null;
  const t = line.replace(/^[\s\p{P}\p{S}]+/u, '').trim();
  const counted = COUNTED.exec(t) ?? COUNT_AFTER.exec(t) ?? COUNT_AFTER_SPACE.exec(t) ?? COUNT_PHRASE.exec(t);
  if (counted) return { declared: Number(counted[1].replace(/[,.]/g, '')), strong: true };
  if (STRONG.test(t)) return { declared: null, strong: true };
  if (WEAK.test(t.replace(/[\s\p{P}]+$/u, ''))) return { declared: null, strong: false };
  return null;
}

/**
 * A comment's time at the precision the page printed it: a time given to the minute stays
 * `YYYY-MM-DDTHH:MM` (ISO 8601 allows it), rather than gaining seconds nobody wrote.
 */
export function postedAt(date: { iso: string; raw: string }): string {
  return /\d:\d\d:\d\d/.test(date.raw) ? date.iso : date.iso.replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):00(?=$|[Z+-])/, '$1');
}

/** "Jane Doe · March 10, 2017 at 12:20 AM": a comment's author-and-time line. */
export function commentAuthorLine(line: string): { author: string; posted: string } | null {
  if (line.length > 100) return null;
  const m = /^(.{2,60}?)\s*(?:[·|•]|\bsays:?|\bon\b|\bwrote:?)\s+(.+)$/u.exec(line);
  if (!m) return null;
  const author = m[1].replace(/\s*\([^)]*\)$/, '').trim();
  const date = parseDate(m[2]);
  if (!date || date.coverage < 0.7 || !looksLikeName(author)) return null;
  return { author, posted: postedAt(date) };
}

const NUMBERED = /^(\d{1,5})([.)])\s+/;
const BULLET = /^[•◦▪‣∙·*–-]\s+/;
/** "name | September 30, 2016 at 5:36 am |", "name says:", "name on May 3, 2017 at 10:00". */
const HEADER_SPLIT = /\s*\|\s*|\s+(?:says|said|wrote|schreibt|dit|dice|escreveu):?\s*$|\s+(?:on)\s+(?=\p{Lu}|\d)/u;

interface Item {
  marker: number;
  parent: number | null;
  lines: Line[];
  texts: string[];
}

/**
 * Splits a comment section into comments. Numbered items of the first
 * numbering style are top-level comments; bulleted items are replies to the
 * closest item with a smaller indent; unmarked lines continue the current
 * item. A first line "author | date |" gives author and time; a short
 * name-like last line is taken as the signature. Without any markers each
 * paragraph-like line is one top-level comment. Linear in the section size.
 *
 * @example
 * parseComments(splitLines('  1. First comment here.\n    • A reply to it.')).length // 2
 */
export function parseComments(lines: readonly Line[], isProse: (l: Line) => boolean): Comment[] {
  const items: Item[] = [];
  let topStyle: { sep: string; indent: number } | null = null;
  const stack: Item[] = [];
  for (const line of lines) {
    const num = NUMBERED.exec(line.text);
    const bullet = num ? null : BULLET.exec(line.text);
    if (num && (!topStyle || (topStyle.sep === num[2] && Math.abs(topStyle.indent - line.indent) <= 1))) {
      topStyle ??= { sep: num[2], indent: line.indent };
      const it: Item = { marker: line.indent, parent: null, lines: [line], texts: [line.text.slice(num[0].length)] };
      items.push(it);
      stack.length = 0;
      stack.push(it);
    } else if (bullet) {
      while (stack.length && stack[stack.length - 1].marker >= line.indent) stack.pop();
      const parent = stack.length ? items.indexOf(stack[stack.length - 1]) + 1 : null;
      const it: Item = { marker: line.indent, parent, lines: [line], texts: [line.text.slice(bullet[0].length)] };
      items.push(it);
      stack.push(it);
    } else if (stack.length) {
      const cur = items[items.length - 1];
      cur.lines.push(line);
      cur.texts.push(line.text);
    }
  }
  if (items.length === 0) return flatComments(lines, isProse);
  return items.map((it, i) => toComment(it, i + 1));
}

/** Comments without list markers: each author-and-time line starts one; else each prose line is one. */
function flatComments(lines: readonly Line[], isProse: (l: Line) => boolean): Comment[] {
  const out: Comment[] = [];
  let cur: Comment | null = null;
  for (const line of lines) {
    const head = commentAuthorLine(line.text);
    if (head) {
      cur = { index: out.length + 1, parent: null, author: head.author, posted: head.posted, text: '' };
      out.push(cur);
    } else if (isProse(line)) {
      if (cur) cur.text += (cur.text ? '\n\n' : '') + line.text;
      else out.push({ index: out.length + 1, parent: null, author: null, posted: null, text: line.text });
    }
  }
  return out.filter((c) => c.text.length > 0).map((c, i) => ({ ...c, index: i + 1 }));
}

function toComment(it: Item, index: number): Comment {
  let pairs = it.texts.map((text, k) => ({ text, line: it.lines[k] }));
  let author: string | null = null;
  let posted: string | null = null;
  const first = pairs[0].text;
  if (first.length < 120) {
    const date = parseDate(first);
    const head = first.split(HEADER_SPLIT)[0].trim();
    if (date && head && looksLikeName(head) && first.indexOf(date.raw) > 0) {
      author = head;
      posted = postedAt(date);
      pairs = pairs.slice(1);
    }
  }
  if (!author && pairs.length >= 2) {
    const last = pairs[pairs.length - 1].text;
    if (last.length <= 40 && !/[.!?…]$/.test(last) && looksLikeName(last) && last.split(/\s+/).length >= 2) {
      author = last;
      pairs = pairs.slice(0, -1);
    }
  }
  let text = '';
  for (const p of pairs) text += (text ? (p.line.blankBefore ? '\n\n' : '\n') : '') + p.text;
  return { index, parent: it.parent, author, posted, text: text.trim() };
}
