import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { ingestBytes, INPUT_EXTENSIONS } from '../stages/ingest/index.ts';

/** The ingested text of an input, or why it cannot be shown. */
export type RawText = { ok: true; text: string; path: string } | { ok: false; why: string };

/**
 * Re-reads one input from the input folder and ingests it again, giving the exact text that
 * clean's `removed` offsets point into. `source` is the published source (`a.txt`, or
 * `feed.jsonl:3` for a JSONL record); `id` must match, so an input edited since the run is
 * reported instead of shown wrongly.
 *
 * @example
 * const raw = await rawText('seeds', '002_4734f408bfd39219.txt', 'ce67f0194ecdc18e');
 */
export async function rawText(inputRoot: string, source: string, id: string): Promise<RawText> {
  const file = source.replace(/:\d+$/, '');
  const format = INPUT_EXTENSIONS[extname(file).toLowerCase() as keyof typeof INPUT_EXTENSIONS];
  const path = resolve(join(inputRoot, file));
  if (!format) return { ok: false, why: `${source}: not an input format` };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, why: `${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); pass --input DIR` };
  }
  for (const o of ingestBytes(file, format, bytes)) {
    if (o.ok && o.record.id === id) return { ok: true, text: o.record.text, path };
  }
  return { ok: false, why: `${path} no longer holds input ${id} (changed since the run)` };
}

/** A removed span to mark: code-point offsets into the ingested text and its rule. */
export interface Mark {
  start: number;
  end: number;
  rule: string;
}

/** How marks are drawn: plain brackets, or ANSI colours on a terminal. */
export const MARK_STYLES = {
  plain: { open: '[-', close: (rule: string) => `-]{${rule}}` },
  color: { open: '\u001b[9;31m', close: (rule: string) => `\u001b[0m\u001b[2;33m{${rule}}\u001b[0m` },
} as const;
export type MarkStyle = keyof typeof MARK_STYLES;

/**
 * The text with every removed span wrapped and labelled with its rule (spans are code-point
 * offsets; overlapping or out-of-range spans are clipped, never dropped silently).
 *
 * @example
 * markRemoved('Share\nBody.', [{ start: 0, end: 5, rule: 'share-phrase' }]); // '[-Share-]{share-phrase}\nBody.'
 */
export function markRemoved(text: string, marks: readonly Mark[], style: MarkStyle = 'plain'): string {
  const cps = [...text];
  const s = MARK_STYLES[style];
  const out: string[] = [];
  let at = 0;
  for (const m of [...marks].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const start = Math.min(Math.max(m.start, at), cps.length);
    const end = Math.min(Math.max(m.end, start), cps.length);
    out.push(cps.slice(at, start).join(''), s.open, cps.slice(start, end).join(''), s.close(m.rule));
    at = end;
  }
  out.push(cps.slice(at).join(''));
  return out.join('');
}
