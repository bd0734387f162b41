import type { TableSpec } from './columns.ts';
import type { Manifest } from './manifest.ts';
import { TABLES, type TableName } from './tables.ts';

const LOADERS = `## Loading

\`\`\`python
import pandas as pd
articles = pd.read_csv("articles.csv", keep_default_na=False, na_values=[""], dtype={"id": str})
articles = pd.read_json("articles.jsonl", lines=True, dtype={"id": str}, precise_float=True)
articles = pd.read_parquet("articles.parquet")

import pyarrow.feather, pyarrow.parquet
articles = pyarrow.feather.read_table("articles.arrow")   # Arrow IPC file
articles = pyarrow.parquet.read_table("articles.parquet")

import polars as pl
articles = pl.read_ipc("articles.arrow")
articles = pl.read_parquet("articles.parquet")
articles = pl.read_csv("articles.csv", infer_schema_length=0)

import duckdb
duckdb.sql("SELECT site, count(*) FROM 'articles.parquet' GROUP BY site").show()
duckdb.sql("SELECT * FROM read_csv('articles.csv', all_varchar=true)").show()
duckdb.sql("SELECT * FROM read_json('articles.jsonl')").show()
\`\`\`

In CSV, list columns (\`authors\`, \`keywords\`, \`quality_flags\`) hold a JSON array and an empty cell
is null. Offsets (\`start\`, \`end\`) count Unicode code points, so \`body[start:end]\` works in
Python. Dates are ISO 8601 strings in CSV/JSONL and UTC timestamps in Arrow/Parquet
(\`published_precision\` says whether the date is a full date-time, a day, a month or a year).
`;

/**
 * The dataset card (README.md of the published folder): what each table and column means,
 * how the data was made, and how to load it.
 */
export function datasetCard(manifest: Manifest, specs: Record<TableName, TableSpec>): string {
  const acc = manifest.accounting;
  const parts = [
    '# newsprep dataset',
    '',
    'News articles cleaned, segmented, deduplicated and annotated by newsprep. Every input is',
    'accounted for exactly once: in `articles`, `duplicates` or `rejects`.',
    '',
    `- inputs: ${acc.inputs}; articles: ${acc.articles}; duplicates: ${acc.duplicates}; rejects: ${acc.rejects}`,
    `- pipeline ${manifest.pipeline_version}, schema ${manifest.schema_version}, dataset layout ${manifest.dataset_version}`,
    `- config hash \`${manifest.config_hash.slice(0, 16)}\`, input fingerprint \`${manifest.input_fingerprint.slice(0, 16)}\``,
    '',
    '## How it was made',
    '',
    '`ingest -> clean -> segment -> deduplicate -> annotate -> publish`. Each stage validates its',
    'output against a JSON Schema; records that fail go to `rejects` with the rule that failed.',
    'Per-stage counters are in `manifest.json`, with the size and SHA-256 of every file.',
    '`report.html` plots the main distributions.',
    '',
    LOADERS,
    '## Tables',
    '',
  ];
  for (const t of TABLES) {
    const spec = specs[t];
    parts.push(`### ${t} (${manifest.tables[t]?.rows ?? 0} rows)`, '', spec.description, '', '| column | type | meaning |', '|---|---|---|');
    for (const c of spec.columns) parts.push(`| ${c.name} | ${c.kind}${c.nullable ? ' (nullable)' : ''} | ${c.description} |`);
    parts.push('');
  }
  return `${parts.join('\n')}\n`;
}
