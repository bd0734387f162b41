import type { SchemaRegistry } from '../lib/schemas.ts';
import { type TableSpec, tableSpec } from './columns.ts';

/** Every published table, in the order the dataset card lists them. */
export const TABLES = [
  'articles', 'duplicates', 'sentences', 'paragraphs', 'entities', 'quotes', 'comments', 'removed', 'rejects',
] as const;
export type TableName = (typeof TABLES)[number];

/** The specs of every published table, from `schemas/tables/`. */
export function tableSpecs(registry: SchemaRegistry): Record<TableName, TableSpec> {
  return Object.fromEntries(TABLES.map((t) => [t, tableSpec(registry.schema(`newsprep:tables/${t}`))])) as Record<TableName, TableSpec>;
}
