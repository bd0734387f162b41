import type { JsonSchema } from '../lib/schemas.ts';

/** How a column is stored in Arrow and Parquet (CSV and JSONL carry the JSON value). */
export const COLUMN_KINDS = {
  string: 'string', integer: 'integer', number: 'number', boolean: 'boolean', list: 'list',
  timestamp: 'timestamp', date: 'date', dictionary: 'dictionary',
} as const;
export type ColumnKind = (typeof COLUMN_KINDS)[keyof typeof COLUMN_KINDS];

/** One published column. */
export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
  description: string;
  /** The closed set of values of an enum column (its fixed Arrow dictionary), else null. */
  values: string[] | null;
  /** Inclusive bounds of a numeric column, when the schema gives them. */
  minimum: number | null;
  maximum: number | null;
}

/** A reference from some columns of one table to the key columns of another (or the same). */
export interface ForeignKey {
  fields: string[];
  reference: { table: string; fields: string[] };
}

/** A published table: its name and columns in order, and its keys (from `x-primary-key` / `x-foreign-keys`). */
export interface TableSpec {
  name: string;
  description: string;
  columns: ColumnSpec[];
  /** Columns whose values together are unique per row, or null when the table has no key. */
  primaryKey: string[] | null;
  /** Columns that must match a row of another table (null values match nothing and are allowed). */
  foreignKeys: ForeignKey[];
}

interface PropertySchema {
  type?: string | string[];
  enum?: unknown[];
  description?: string;
  minimum?: number;
  maximum?: number;
  'x-arrow'?: 'timestamp' | 'date' | 'dictionary';
}

/**
 * Derives a table's columns from its JSON Schema: property order is column order; `x-arrow`
 * overrides the type; an `enum` becomes a dictionary column; `integer` is int32, `number` float64,
 * an array of strings list<utf8>, anything else utf8.
 *
 * @example
 * tableSpec(registry.schema('newsprep:tables/duplicates')).columns.map((c) => c.name);
 */
export function tableSpec(schema: JsonSchema): TableSpec {
  const props = schema.properties as Record<string, PropertySchema>;
  const columns = Object.entries(props).map(([name, p]): ColumnSpec => {
    const types = Array.isArray(p.type) ? p.type : [p.type ?? 'string'];
    const base = types.find((t) => t !== 'null') ?? 'string';
    let kind: ColumnKind = COLUMN_KINDS.string;
    if (p['x-arrow']) kind = p['x-arrow'];
    else if (p.enum) kind = COLUMN_KINDS.dictionary;
    else if (base === 'integer') kind = COLUMN_KINDS.integer;
    else if (base === 'number') kind = COLUMN_KINDS.number;
    else if (base === 'boolean') kind = COLUMN_KINDS.boolean;
    else if (base === 'array') kind = COLUMN_KINDS.list;
    const values = p.enum ? p.enum.filter((v): v is string => typeof v === 'string') : null;
    return {
      name, kind, nullable: types.includes('null'), description: p.description ?? '', values,
      minimum: p.minimum ?? null, maximum: p.maximum ?? null,
    };
  });
  return {
    name: String(schema.title), description: String(schema.description ?? ''), columns,
    primaryKey: (schema['x-primary-key'] as string[] | undefined) ?? null,
    foreignKeys: (schema['x-foreign-keys'] as ForeignKey[] | undefined) ?? [],
  };
}
