import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { usageError } from '../lib/exit-codes.ts';
import type { Row } from '../publish/values.ts';

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

/**
 * Renders one article through every stage, as text: where it came from, what clean removed
 * and why, its sentences, entities, quotes, comments and duplicate links. An id that is only a
 * duplicate or a reject is shown as such.
 *
 * @example
 * console.log(await inspectArticle('dist', '0de4903d27fcfa0d'));
 */
export async function inspectArticle(dir: string, id: string): Promise<string> {
  const t = Object.fromEntries(await Promise.all(
    ['articles', 'duplicates', 'sentences', 'entities', 'quotes', 'comments', 'removed', 'rejects'].map(async (n) => [n, await readJsonl(dir, n)] as const),
  )) as Record<string, Row[]>;
  const out: string[] = [];
  const article = t.articles.find((r) => r.id === id);
  const dupOf = t.duplicates.filter((r) => r.id === id);
  const rejected = t.rejects.filter((r) => r.id === id);
  if (!article && !dupOf.length && !rejected.length) throw usageError(`no article, duplicate or reject with id ${id} in ${dir}`);
  for (const d of dupOf) out.push(`${d.source}: duplicate (${d.method}, similarity ${Number(d.similarity).toFixed(3)}) of ${d.duplicate_of}`);
  for (const r of rejected) out.push(`${r.source}: rejected at ${r.stage} by ${r.rule}: ${r.message}`);
  if (!article) return `${out.join('\n')}\n`;
  const of = (name: string): Row[] => t[name].filter((r) => r.article_id === id);
  out.push(
    `# ${article.title ?? '(no title)'}`,
    `id ${article.id}  source ${article.source}  format ${article.format}  encoding ${article.encoding}`,
    `site ${article.site ?? '-'}  authors ${JSON.stringify(article.authors)}  published ${article.published ?? '-'} (${article.published_precision ?? '-'}; raw ${JSON.stringify(article.published_raw)})`,
    `language ${article.language ?? '-'} (${Number(article.language_confidence).toFixed(2)})  ${article.paragraphs} paragraphs, ${article.sentences} sentences, ${article.words} words`,
    `keywords ${JSON.stringify(article.keywords)}  quality flags ${JSON.stringify(article.quality_flags)}`,
    '',
    `## clean: removed ${of('removed').length} spans (${article.boilerplate_chars} chars)`,
    ...of('removed').map((r) => `  [${r.start}-${r.end}] ${r.kind} by ${r.rule}: ${clip(r.text, 80)}`),
    '',
    `## segment: sentences`,
    ...of('sentences').map((s) => `  p${s.paragraph} s${s.index} [${s.start}-${s.end}]${Number(s.repeated) ? ` (in ${s.repeated} other)` : ''}: ${clip(s.text)}`),
    '',
    `## deduplicate`,
    ...(t.duplicates.filter((d) => d.duplicate_of === id).map((d) => `  ${d.source} (${d.id}) is a ${d.method} duplicate, similarity ${Number(d.similarity).toFixed(3)}`)),
    '',
    `## annotate: entities`,
    ...of('entities').map((e) => `  [${e.start}-${e.end}] ${e.label} ${JSON.stringify(e.text)} -> ${e.canonical}${e.role ? ` (role: ${e.role})` : ''}${e.normalized ? ` = ${e.normalized}` : ''}`),
    '',
    `## annotate: quotes`,
    ...of('quotes').map((q) => `  [${q.start}-${q.end}] ${q.kind} ${q.speaker ?? '?'} (${q.speaker_mention ?? '-'}; ${q.cue ?? '-'}): ${clip(q.text, 80)}`),
    '',
    `## comments (${article.comment_count})`,
    ...of('comments').map((c) => `  #${c.index}${c.parent ? ` reply to #${c.parent}` : ''} ${c.author ?? '-'} ${c.posted ?? ''}: ${clip(c.text, 70)}`),
  );
  return `${out.join('\n')}\n`;
}
