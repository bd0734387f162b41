import type { Manifest } from './manifest.ts';
import type { Row } from './values.ts';

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** Counts of a value, sorted by count (desc) then value. */
function tally(values: Iterable<string>, limit = 20): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
}

/** A horizontal bar chart as inline SVG. */
function bars(title: string, data: Array<[string, number]>): string {
  if (!data.length) return `<h2>${esc(title)}</h2><p>No data.</p>`;
  const max = Math.max(...data.map((d) => d[1]));
  const h = 22;
  const rows = data.map(([label, n], i) => {
    const w = Math.max(1, Math.round((n / max) * 360));
    return `<text x="190" y="${i * h + 15}" text-anchor="end">${esc(label.slice(0, 28))}</text>`
      + `<rect x="200" y="${i * h + 3}" width="${w}" height="${h - 6}" fill="#3b6ea5"/>`
      + `<text x="${206 + w}" y="${i * h + 15}">${n}</text>`;
  });
  return `<h2>${esc(title)}</h2><svg width="640" height="${data.length * h + 6}" font-family="sans-serif" font-size="12">${rows.join('')}</svg>`;
}

/** Word counts in bins of 200 words. */
function histogram(words: number[]): Array<[string, number]> {
  const bins = new Map<number, number>();
  for (const w of words) bins.set(Math.floor(w / 200), (bins.get(Math.floor(w / 200)) ?? 0) + 1);
  return [...bins].sort((a, b) => a[0] - b[0]).map(([b, n]) => [`${b * 200}–${b * 200 + 199}`, n]);
}

/** report.html: the plots a person would rather look at than read. */
export function reportHtml(manifest: Manifest, tables: Record<string, Row[]>): string {
  const a = tables.articles ?? [];
  const acc = manifest.accounting;
  const sections = [
    bars('Where every input went', [['articles', acc.articles], ['duplicates', acc.duplicates], ['rejects', acc.rejects]]),
    bars('Articles by site', tally(a.map((r) => String(r.site ?? '(unknown)')))),
    bars('Articles by language', tally(a.map((r) => String(r.language ?? '(unknown)')))),
    bars('Article length (words)', histogram(a.map((r) => Number(r.words)))),
    bars('Duplicates by method', tally((tables.duplicates ?? []).map((r) => String(r.method)))),
    bars('Rejects by rule', tally((tables.rejects ?? []).map((r) => `${r.stage}: ${r.rule}`))),
    bars('Removed spans by kind', tally((tables.removed ?? []).map((r) => String(r.kind)))),
    bars('Entities by label', tally((tables.entities ?? []).map((r) => String(r.label)))),
    bars('Most mentioned entities', tally((tables.entities ?? []).filter((r) => r.label !== 'DATE').map((r) => String(r.canonical)))),
    bars('Quotes by speaker', tally((tables.quotes ?? []).map((r) => String(r.speaker ?? '(unknown)')))),
    bars('Quality flags', tally(a.flatMap((r) => (r.quality_flags as string[] | null) ?? []))),
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsprep dataset report</title>
<style>body{font-family:sans-serif;max-width:720px;margin:2em auto;color:#222}h2{font-size:1.05em;margin-top:1.6em}</style>
</head><body><h1>newsprep dataset report</h1>
<p>${acc.inputs} inputs: ${acc.articles} articles, ${acc.duplicates} duplicates, ${acc.rejects} rejects. Pipeline ${esc(manifest.pipeline_version)}, schema ${esc(manifest.schema_version)}.</p>
${sections.join('\n')}
</body></html>
`;
}
