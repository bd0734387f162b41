import type { ColumnKind, TableSpec } from './columns.ts';
import type { Manifest } from './manifest.ts';
import { TABLES, type TableName } from './tables.ts';

const FRICTIONLESS_TYPES: Record<ColumnKind, string> = {
  string: 'string', dictionary: 'string', integer: 'integer', number: 'number', boolean: 'boolean',
  list: 'array', timestamp: 'string', date: 'date',
};

/** datapackage.json: a Frictionless Data Package describing the CSV tables. */
export function dataPackage(manifest: Manifest, specs: Record<TableName, TableSpec>): string {
  const pkg = {
    profile: 'tabular-data-package',
    name: 'newsprep-dataset',
    title: 'newsprep dataset',
    version: `${manifest.dataset_version}.${manifest.schema_version}`,
    created: manifest.created ?? undefined,
    resources: TABLES.map((t) => ({
      name: t,
      path: `${t}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: specs[t].description,
      hash: `sha256:${manifest.files[`${t}.csv`]?.sha256 ?? ''}`,
      dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\n', header: true },
      schema: {
        fields: specs[t].columns.map((c) => ({
          name: c.name,
          type: FRICTIONLESS_TYPES[c.kind],
          description: c.description,
          constraints: c.nullable ? undefined : { required: true },
        })),
        missingValues: [''],
      },
    })),
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
