import type { TableSpec } from './columns.ts';
import { TABLES, type TableName } from './tables.ts';
import type { Row } from './values.ts';

/** Dictionary values per table and column, as `DatasetPublisher.open` takes them. */
export type OpenDictionaries = Partial<Record<TableName, Record<string, string[]>>>;

/**
 * The distinct values of every dictionary column without an enum (its fixed Arrow dictionary
 * must be known before the first batch), found in the rows given; tables not given are left out.
 *
 * @example
 * dictionariesOf(specs, { rejects: rejectRows }) // { rejects: { rule: ['empty-input', ...] } }
 */
export function dictionariesOf(specs: Record<TableName, TableSpec>, tables: Partial<Record<TableName, readonly Row[]>>): OpenDictionaries {
  const out: OpenDictionaries = {};
  for (const t of TABLES) {
    const rows = tables[t];
    if (!rows) continue;
    const open = specs[t].columns.filter((c) => c.kind === 'dictionary' && c.values === null);
    out[t] = Object.fromEntries(open.map((c) => {
      const values = new Set<string>();
      for (const r of rows) if (typeof r[c.name] === 'string') values.add(r[c.name] as string);
      return [c.name, [...values].sort()];
    }));
  }
  return out;
}
