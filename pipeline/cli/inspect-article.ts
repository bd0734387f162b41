import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { usageError } from '../lib/exit-codes.ts';
import { recordedInput } from '../executors/input-record.ts';
import type { Row } from '../publish/values.ts';
import { type Mark, markRemoved, type MarkStyle, rawText } from './raw-text.ts';

/** Options of `inspect`. */
export interface InspectOptions {
  /** Input folder to read the raw text from; default: the input of the last run on `dir` (recorded in its work folder). */
  input?: string;
  /** How removed spans are marked in the raw text (`plain` brackets or terminal `color`). */
  style?: MarkStyle;
}

async function readJsonl(dir: string, table: string): Promise<Row[]> {
  let text: string;
  try {
    text = await readFile(join(dir, `${table}.jsonl`), 'utf8');
  } catch {
    throw usageError(`${dir} is not a published dataset (${table}.jsonl missing)`);
  }
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
}

const clip = (s: unknown, n = 100): string => {
  const t = String(s ?? '').replace(/\s+/g, ' ');
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

/** The raw text with removed spans marked, read again from the input folder. */
async function rawSection(dir: string, article: Row, marks: Mark[], o: InspectOptions): Promise<string[]> {
  const root = o.input ?? (await recordedInput(dir));
  const head = `## raw text, removed spans marked ${o.style === 'color' ? '(struck through, rule in braces)' : '[-like this-]{rule}'}`;
  if (!root) return [head, '  (no run on this folder here left a record of its inputs; pass --input DIR)'];
  const raw = await rawText(root, String(article.source), String(article.id));
  if (!raw.ok) return [head, `  (${raw.why})`];
  return [`${head}, from ${raw.path}`, markRemoved(raw.text, marks, o.style ?? 'plain')];
}

/**
 * Renders one article through every stage, as text: the raw text with what clean removed
 * marked and the rule that removed it, its metadata, sentences, entities, quotes, comments and
 * duplicate links. `id` may also be the article's source path. An id that is only a duplicate
 * or a reject is shown as such.
 *
 * @example
 * console.log(await inspectArticle('dist', 'ce67f0194ecdc18e'));
 */
export async function inspectArticle(dir: string, idOrSource: string, o: InspectOptions = {}): Promise<string> {
  const t = Object.fromEntries(await Promise.all(
    ['articles', 'duplicates', 'sentences', 'entities', 'quotes', 'comments', 'removed', 'rejects'].map(async (n) => [n, await readJsonl(dir, n)] as const),
  )) as Record<string, Row[]>;
  const out: string[] = [];
  const id = [...t.articles, ...t.duplicates, ...t.rejects].find((r) => r.source === idOrSource)?.id ?? idOrSource;
  const article = t.articles.find((r) => r.id === id);
  const dupOf = t.duplicates.filter((r) => r.id === id);
  const rejected = t.rejects.filter((r) => r.id === id);
  if (!article && !dupOf.length && !rejected.length) throw usageError(`no article, duplicate or reject with id ${id} in ${dir}`);
  for (const d of dupOf) out.push(`${d.source}: duplicate (${d.method}, similarity ${Number(d.similarity).toFixed(3)}) of ${d.duplicate_of}`);
  for (const r of rejected) out.push(`${r.source}: rejected at ${r.stage} by ${r.rule}: ${r.message}`);
  if (!article) return `${out.join('\n')}\n`;
  const of = (name: string): Row[] => t[name].filter((r) => r.article_id === id);
  const copies = t.duplicates.filter((d) => d.duplicate_of === id);
  const marks = of('removed').map((r) => ({ start: Number(r.start), end: Number(r.end), rule: String(r.rule) }));
  out.push(
    `# ${article.title ?? '(no title)'}`,
    `id ${article.id}  source ${article.source}  format ${article.format}  encoding ${article.encoding}`,
    `site ${article.site ?? '-'}  authors ${JSON.stringify(article.authors)}  published ${article.published ?? '-'} (${article.published_precision ?? '-'}; raw ${JSON.stringify(article.published_raw)})`,
    `language ${article.language ?? '-'} (${Number(article.language_confidence).toFixed(2)})  ${article.paragraphs} paragraphs, ${article.sentences} sentences, ${article.words} words`,
    `keywords ${JSON.stringify(article.keywords)}  quality flags ${JSON.stringify(article.quality_flags)}`,
    '',
    ...(await rawSection(dir, article, marks, o)),
    '',
    `## clean: removed ${of('removed').length} spans (${article.boilerplate_chars} chars)`,
    ...of('removed').map((r) => `  [${r.start}-${r.end}] ${r.kind} by ${r.rule}: ${clip(r.text, 80)}`),
    '',
    `## segment: sentences`,
    ...of('sentences').map((s) => `  p${s.paragraph} s${s.index} [${s.start}-${s.end}]${Number(s.repeated) ? ` (in ${s.repeated} other)` : ''}: ${clip(s.text)}`),
    '',
    `## deduplicate`,
    ...(copies.length ? copies.map((d) => `  ${d.source} (${d.id}) is a duplicate (${d.method}, similarity ${Number(d.similarity).toFixed(3)})`) : ['  no other input is a copy of this article']),
    '',
    `## annotate: entities`,
    ...of('entities').map((e) => `  [${e.start}-${e.end}] ${e.label} ${JSON.stringify(e.text)} -> ${e.canonical}${e.role ? ` (role: ${e.role})` : ''}${e.normalized ? ` = ${e.normalized}` : ''}`),
    '',
    `## annotate: quotes`,
    ...of('quotes').map((q) => `  [${q.start}-${q.end}] ${q.kind} ${q.speaker ?? '?'} (${q.speaker_mention ?? '-'}; ${q.cue ?? '-'}): ${clip(q.text, 80)}`),
    '',
    `## comments (${of('comments').length} found, ${article.comment_count} declared)`,
    ...of('comments').map((c) => `  #${c.index}${c.parent ? ` reply to #${c.parent}` : ''} ${c.author ?? '-'} ${c.posted ?? ''}: ${clip(c.text, 70)}`),
  );
  return `${out.join('\n')}\n`;
}
