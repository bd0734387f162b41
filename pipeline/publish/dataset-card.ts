import type { DatasetInfo } from '../lib/dataset-info.ts';
import { LIMITATIONS, LOADERS, STAGE_NOTES } from './card-text.ts';
import type { ColumnProfile } from './column-profile.ts';
import type { TableSpec } from './columns.ts';
import type { DatasetStats } from './dataset-stats.ts';
import type { Manifest } from './manifest.ts';
import { TABLES, type TableName } from './tables.ts';
import type { Count } from './tally.ts';

/** Everything the card is made from. */
export interface CardInput {
  manifest: Manifest;
  specs: Record<TableName, TableSpec>;
  dataset: DatasetInfo;
  /** Null counts and example values per table and column. */
  profiles: Record<TableName, Readonly<Record<string, ColumnProfile>>>;
  stats: DatasetStats;
}

/** A YAML scalar: JSON strings are valid YAML double-quoted scalars. */
const y = (s: string): string => JSON.stringify(s);
/** A Markdown table cell. */
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const clip = (s: string, n: number): string => {
  const cps = [...s];
  return cps.length > n ? `${cps.slice(0, n - 1).join('')}…` : s;
};
const example = (v: unknown): string => (v === null ? '' : `\`${clip(cell(typeof v === 'string' ? `"${v}"` : JSON.stringify(v)), 60).replace(/`/g, "'")}\``);
const pct = (n: number, of: number): string => (of === 0 ? '–' : `${Number(((100 * n) / of).toFixed(1))}%`);
const countList = (rows: Count[]): string => (rows.length ? rows.map(([l, n]) => `${l} ${n}`).join(', ') : 'none');

/** HF-style size category of a row count. */
function sizeCategory(n: number): string {
  const steps: Array<[number, string]> = [[1e3, 'n<1K'], [1e4, '1K<n<10K'], [1e5, '10K<n<100K'], [1e6, '100K<n<1M'], [1e7, '1M<n<10M']];
  return steps.find(([limit]) => n < limit)?.[1] ?? 'n>10M';
}

/** YAML front matter: the folder loads as a dataset with one config per table (Parquet files). */
function frontMatter(c: CardInput): string[] {
  const ids = c.dataset.licenses.map((l) => l.name?.toLowerCase()).filter((x): x is string => !!x);
  const languages = c.stats.languages.byLabel().map(([l]) => l).filter((l) => /^[a-z]{2,3}$/.test(l));
  return [
    '---',
    `pretty_name: ${y(c.dataset.title)}`,
    `license: ${ids.length === 1 ? y(ids[0]) : ids.length ? `[${ids.map(y).join(', ')}]` : y('unknown')}`,
    ...(languages.length ? ['language:', ...languages.map((l) => `  - ${l}`)] : []),
    'tags:', ...['news', ...c.dataset.keywords].map((k) => `  - ${y(k)}`),
    'size_categories:', `  - ${sizeCategory(c.manifest.accounting.articles)}`,
    'configs:',
    ...TABLES.flatMap((t) => [
      `  - config_name: ${t}`,
      ...(t === 'articles' ? ['    default: true'] : []),
      '    data_files:',
      '      - split: train',
      `        path: ${t}.parquet`,
    ]),
    '---',
  ];
}

function provenance(c: CardInput): string[] {
  const d = c.dataset;
  const out = ['## Sources and licence', ''];
  if (!d.sources.length && !d.licenses.length && !d.provenance) {
    out.push('The run\'s config gives no sources, licence or provenance for the inputs (its `dataset` section). Check the rights to the texts before you share this dataset.', '');
    return out;
  }
  if (d.provenance) out.push(d.provenance, '');
  for (const s of d.sources) out.push(`- source: ${s.title}${s.path ? ` (${s.path})` : ''}${s.email ? `, ${s.email}` : ''}`);
  for (const l of d.licenses) out.push(`- licence: ${[l.name, l.title].filter(Boolean).join(', ')}${l.path ? ` (${l.path})` : ''}`);
  if (!d.licenses.length) out.push('- licence: none given in the config; check the rights to the texts before you share this dataset');
  out.push('', 'The tables derived from the inputs (sentences, entities, quotes, comments) carry the inputs\' rights.', '');
  return out;
}

function stages(c: CardInput): string[] {
  const s = c.stats;
  const counters = (stage: string): string => {
    const k = c.manifest.stages[stage];
    return k ? Object.entries(k).map(([n, v]) => `${n} ${v}`).join(', ') : 'not run';
  };
  const removed = s.removedChars.top().map(([rule, chars]) => `| ${cell(rule)} | ${s.removedSpans.get(rule)} | ${chars} |`);
  const rejects = (stage: string): string => countList(s.rejects.top().filter(([l]) => l.startsWith(`${stage}: `)).map(([l, n]) => [l.slice(stage.length + 2), n]));
  return [
    '## How it was made', '',
    '`ingest -> clean -> segment -> deduplicate -> annotate -> publish`. Every record leaving a stage is checked against the stage\'s JSON Schema; a record that fails goes to `rejects` with the rule. Counters per stage are `total`, `kept` and `dropped_<rule>`.', '',
    '### ingest', '', STAGE_NOTES.ingest, '', `Counters: ${counters('ingest')}. Rejects by rule: ${rejects('ingest')}.`, '',
    '### clean', '', STAGE_NOTES.clean, '', `Counters: ${counters('clean')}. Rejects by rule: ${rejects('clean')}.`,
    `Removed spans by kind: ${countList(s.removedKinds.top())}.`, '',
    ...(removed.length ? ['| rule | spans | characters |', '|---|---:|---:|', ...removed, ''] : ['No span was removed.', '']),
    '### segment', '', STAGE_NOTES.segment, '', `Counters: ${counters('segment')}. ${s.sentences} sentences.`, '',
    '### deduplicate', '', STAGE_NOTES.dedup, '', `Counters: ${counters('dedup')}. Duplicates by method: ${countList(s.duplicatesByMethod.top())}. Cluster sizes (size clusters): ${countList(s.clusterSizes().byLabel((a, b) => Number(a) - Number(b)))}.`, '',
    '### annotate', '', STAGE_NOTES.annotate, '', `Counters: ${counters('annotate')}. Entity mentions by label: ${countList(s.entityLabels.top())}. Quotes by kind: ${countList(s.quoteKinds.top())}. Quality flags: ${countList(s.qualityFlags.top())}.`, '',
    '### publish', '', STAGE_NOTES.publish, '',
  ];
}

function tables(c: CardInput): string[] {
  const out = ['## Tables', ''];
  for (const t of TABLES) {
    const spec = c.specs[t];
    const rows = c.manifest.tables[t]?.rows ?? 0;
    out.push(`### ${t}`, '', `${spec.description} ${rows} rows. Files: \`${t}.parquet\`, \`${t}.arrow\`, \`${t}.csv\`, \`${t}.jsonl\`.`, '');
    if (spec.primaryKey) out.push(`Primary key: (${spec.primaryKey.join(', ')}).`);
    for (const fk of spec.foreignKeys) out.push(`Foreign key: (${fk.fields.join(', ')}) → ${fk.reference.table} (${fk.reference.fields.join(', ')}).`);
    if (spec.primaryKey || spec.foreignKeys.length) out.push('');
    out.push('| column | type | null rate | example | meaning |', '|---|---|---:|---|---|');
    for (const col of spec.columns) {
      const p = c.profiles[t][col.name];
      const type = `${col.kind}${col.values ? ` (${col.values.join(', ')})` : ''}${col.nullable ? ', nullable' : ''}`;
      out.push(`| ${col.name} | ${cell(type)} | ${pct(p.nulls, p.rows)} | ${example(p.example)} | ${cell(col.description)} |`);
    }
    out.push('');
  }
  return out;
}

/**
 * The dataset card (README.md of the published folder): what the dataset is, how each stage
 * worked and what it removed, every column of every table (type, meaning, example, null rate),
 * known limitations, sources and licence from the config, and how to load it. Its YAML front
 * matter declares one config per table so the folder also loads as a dataset repository.
 *
 * @example
 * await writeFile('dist/README.md', datasetCard({ manifest, specs, dataset, profiles, stats }));
 */
export function datasetCard(c: CardInput): string {
  const m = c.manifest;
  const acc = m.accounting;
  const parts = [
    ...frontMatter(c), '',
    `# ${c.dataset.title}`, '',
    c.dataset.description ?? 'News articles cleaned, segmented, deduplicated and annotated by newsprep.',
    '', 'Every input is accounted for exactly once: in `articles`, `duplicates` or `rejects`.', '',
    `- inputs: ${acc.inputs}; articles: ${acc.articles}; duplicates: ${acc.duplicates}; rejects: ${acc.rejects}`,
    `- pipeline ${m.pipeline_version}, schema ${m.schema_version}, dataset layout ${m.dataset_version}${m.created ? `, built ${m.created}` : ''}`,
    `- config hash \`${m.config_hash.slice(0, 16)}\`, input fingerprint \`${m.input_fingerprint.slice(0, 16)}\``,
    ...(c.dataset.homepage ? [`- homepage: ${c.dataset.homepage}`] : []),
    '- `manifest.json` has the size and SHA-256 of every file; `datapackage.json` describes the CSV tables; `report.html` plots the main distributions.',
    '',
    ...provenance(c),
    '## Loading', '', LOADERS, '',
    ...stages(c),
    ...tables(c),
    '## Known limitations', '', ...LIMITATIONS.map((l) => `- ${l}`), '',
  ];
  return `${parts.join('\n')}\n`;
}
