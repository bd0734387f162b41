import type { DatasetInfo } from '../lib/dataset-info.ts';
import type { ColumnKind, ColumnSpec, TableSpec } from './columns.ts';
import type { Manifest } from './manifest.ts';
import { TABLES, type TableName } from './tables.ts';

/** Table Schema field type per column kind (CSV cells; lists are JSON arrays, timestamps keep their printed precision). */
const FIELD_TYPES: Record<ColumnKind, string> = {
  string: 'string', dictionary: 'string', integer: 'integer', number: 'number', boolean: 'boolean',
  list: 'array', timestamp: 'string', date: 'date',
};

function field(c: ColumnSpec): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (!c.nullable) constraints.required = true;
  if (c.values) constraints.enum = c.values;
  if (c.minimum !== null) constraints.minimum = c.minimum;
  if (c.maximum !== null) constraints.maximum = c.maximum;
  return {
    name: c.name,
    type: FIELD_TYPES[c.kind],
    ...(c.kind === 'date' ? { format: 'default' } : {}),
    description: c.kind === 'timestamp' ? `${c.description} ISO 8601 date-time at the precision printed.` : c.description,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

const one = (fields: string[]): string | string[] => (fields.length === 1 ? fields[0] : fields);

/**
 * datapackage.json: a Frictionless Tabular Data Package describing every CSV table with a
 * Table Schema (types, constraints, primary and foreign keys, descriptions from schemas/),
 * with the licences and sources the config gives.
 *
 * @example
 * await writeFile('dist/datapackage.json', dataPackage(manifest, specs, datasetDefaults));
 */
export function dataPackage(manifest: Manifest, specs: Record<TableName, TableSpec>, dataset: DatasetInfo): string {
  const pkg = {
    profile: 'tabular-data-package',
    name: dataset.name,
    title: dataset.title,
    ...(dataset.description ? { description: dataset.description } : {}),
    ...(dataset.homepage ? { homepage: dataset.homepage } : {}),
    version: `${manifest.dataset_version}.${manifest.schema_version}`,
    ...(manifest.created ? { created: manifest.created } : {}),
    ...(dataset.keywords.length ? { keywords: dataset.keywords } : {}),
    ...(dataset.licenses.length ? { licenses: dataset.licenses } : {}),
    ...(dataset.sources.length ? { sources: dataset.sources } : {}),
    resources: TABLES.map((t) => ({
      name: t,
      path: `${t}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: specs[t].description,
      bytes: manifest.files[`${t}.csv`]?.bytes ?? 0,
      hash: `sha256:${manifest.files[`${t}.csv`]?.sha256 ?? ''}`,
      dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\n', header: true },
      schema: {
        fields: specs[t].columns.map(field),
        missingValues: [''],
        ...(specs[t].primaryKey ? { primaryKey: one(specs[t].primaryKey!) } : {}),
        ...(specs[t].foreignKeys.length ? {
          foreignKeys: specs[t].foreignKeys.map((fk) => ({
            fields: one(fk.fields),
            reference: { resource: fk.reference.table === t ? '' : fk.reference.table, fields: one(fk.reference.fields) },
          })),
        } : {}),
      },
    })),
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
