import type { RemovedKind, RemovedSpan } from '../../lib/types.ts';
import type { PhraseHit, PhraseMatcher } from './phrase-matcher.ts';
import { cpLength, type Line } from './split-lines.ts';

/** A removed piece of one line (UTF-16 offsets relative to the line's trimmed text). */
export interface Part {
  from: number;
  to: number;
  rule: string;
  kind: RemovedKind;
}

const SENTENCE_END = /(?<=[.!?])\s+(?=\p{Lu}|["“])/u;

/**
 * Splits a removed line into sentence parts when a sentence is licence or
 * copyright boilerplate of its own ("… writes for X. This article may be
 * reposted …" is a bio part and a licence part).
 *
 * @example
 * sentenceParts('Jo writes here. This article may be reposted freely.', { rule: 'author-bio', kind: 'author-bio' }, matcher).map((p) => p.kind) // ['author-bio', 'licence']
 */
export function sentenceParts(text: string, base: PhraseHit, phrases: PhraseMatcher): Part[] {
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
 * Builds the removed spans of a document: every line not kept in the body,
 * split into its parts, with code-point offsets into the ingested text.
 * Consecutive lines removed by the same rule (with no kept line between)
 * merge into one span whose text is the exact slice of the ingested text.
 */
export function buildRemoved(text: string, lines: readonly Line[], kept: ReadonlySet<number>, partsOf: (i: number) => Part[]): RemovedSpan[] {
  const spans: Array<RemovedSpan & { u16Start: number; u16End: number; lastLine: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    if (kept.has(i)) continue;
    const line = lines[i];
    for (const p of partsOf(i)) {
      const last = spans[spans.length - 1];
      const raw = line.text.slice(p.from, p.to);
      const lead = raw.length - raw.trimStart().length;
      const trail = raw.length - raw.trimEnd().length;
      const u16Start = line.start + p.from + lead;
      const u16End = line.start + p.to - trail;
      const start = line.cpStart + cpLength(line.text.slice(0, p.from + lead));
      const end = start + cpLength(raw.trim());
      // no kept line lies between: the previous span ends on this line or the line before, all removed
      if (last && p.from === 0 && last.rule === p.rule && last.kind === p.kind && last.lastLine === i - 1) {
        last.end = end;
        last.u16End = u16End;
        last.lastLine = i;
      } else spans.push({ start, end, text: '', rule: p.rule, kind: p.kind, u16Start, u16End, lastLine: i });
    }
  }
  return spans.map(({ start, end, rule, kind, u16Start, u16End }) => ({ start, end, text: text.slice(u16Start, u16End), rule, kind }));
}
