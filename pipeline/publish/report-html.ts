import { type DatasetStats, LENGTH_BIN_ORDER } from './dataset-stats.ts';
import type { Manifest } from './manifest.ts';
import { type BarChart, esc, svgBars } from './svg-bars.ts';
import type { Count } from './tally.ts';

/** How many rows the "top" charts show. */
export const TOP = 15;

const single = (id: string, title: string, caption: string, rows: Count[]): BarChart => ({ id, title, caption, series: ['count'], rows: rows.map(([l, n]) => [l, [n]]) });

/**
 * The charts of the report, in page order, from the dataset's aggregates. Each chart's
 * `rows` are what it draws: one mark per row and series with a value above zero.
 *
 * @example
 * reportCharts(manifest, stats).map((c) => c.id); // ['inputs', 'published', ...]
 */
export function reportCharts(manifest: Manifest, stats: DatasetStats): BarChart[] {
  const acc = manifest.accounting;
  const months = stats.months.byLabel((a, b) => (a === '(no date)' ? 1 : b === '(no date)' ? -1 : a < b ? -1 : a > b ? 1 : 0));
  const bins = LENGTH_BIN_ORDER.filter((b) => stats.lengthBefore.get(b) + stats.lengthAfter.get(b) > 0);
  const removed = stats.removedChars.top(TOP).map(([rule, chars]): Count => [`${rule} (${stats.removedSpans.get(rule)} span${stats.removedSpans.get(rule) === 1 ? '' : 's'})`, chars]);
  return [
    single('inputs', 'Where every input went', 'Each input ends in exactly one of articles, duplicates or rejects.',
      [['articles', acc.articles], ['duplicates', acc.duplicates], ['rejects', acc.rejects]]),
    single('published', 'Articles per publication month', 'Kept articles by the month of their publication date as printed on the page.', months),
    {
      id: 'length', title: 'Article length before and after cleaning', series: ['before cleaning', 'after cleaning'],
      caption: 'Articles per length bin, in characters: the ingested text (body plus everything clean removed) and the cleaned body.',
      rows: bins.map((b) => [b, [stats.lengthBefore.get(b), stats.lengthAfter.get(b)]]),
    },
    single('removed', 'Boilerplate removed, by rule', `Characters clean removed from kept articles per rule (top ${TOP}), with the number of spans.`, removed),
    single('clusters', 'Duplicate cluster sizes', 'Stories per cluster size: a kept article plus the inputs dropped as its copies (1 = no copy).',
      stats.clusterSizes().byLabel((a, b) => Number(a) - Number(b))),
    single('entities', 'Most mentioned entities', `Mentions per canonical entity, dates excluded (top ${TOP}).`, stats.entities.top(TOP)),
    single('speakers', 'Most quoted speakers', `Quotations per attributed speaker (top ${TOP}).`, stats.speakers.top(TOP)),
    single('languages', 'Languages', 'Kept articles per detected body language.', stats.languages.top()),
    single('quality', 'Quality flags', 'Articles per quality rule they break (flags, not drops).', stats.qualityFlags.top()),
    single('rejects', 'Rejects by rule', 'Inputs or records that failed, per stage and rule.', stats.rejects.top()),
    single('sites', 'Articles by site', `Kept articles per site (top ${TOP}).`, stats.sites.top(TOP)),
  ];
}

/**
 * report.html: one self-contained page (inline SVG, no script, no network) with the plots a
 * person would rather look at than read.
 *
 * @example
 * await writeFile('dist/report.html', reportHtml(manifest, stats));
 */
export function reportHtml(manifest: Manifest, stats: DatasetStats, title = 'newsprep dataset'): string {
  const acc = manifest.accounting;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}: report</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:sans-serif;max-width:720px;margin:2em auto;color:#222;padding:0 1em}h2{font-size:1.05em;margin:1.6em 0 .2em}
figure{margin:0}figcaption p{margin:.2em 0 .6em;color:#555;font-size:.9em}svg text{fill:#222}</style>
</head><body><h1>${esc(title)}: report</h1>
<p>${acc.inputs} inputs: ${acc.articles} articles, ${acc.duplicates} duplicates, ${acc.rejects} rejects; ${stats.sentences} sentences, ${stats.comments} reader comments. Pipeline ${esc(manifest.pipeline_version)}, schema ${esc(manifest.schema_version)}${manifest.created ? `, built ${esc(manifest.created)}` : ''}.</p>
${reportCharts(manifest, stats).map(svgBars).join('\n')}
</body></html>
`;
}
