import type { TableSpec } from './columns.ts';
import type { Row } from './values.ts';

/** What the dataset card says about one column beyond its schema. */
export interface ColumnProfile {
  /** Rows where the column is null (an empty list is not null). */
  nulls: number;
  rows: number;
  /** The first non-empty value in published order, else the first non-null one (e.g. `[]`), else null. */
  example: unknown;
}

const isEmpty = (v: unknown): boolean => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * Profiles a table's columns row by row (null count and an example value), so a streamed
 * publish can feed it batch by batch.
 *
 * @example
 * const p = new TableProfiler(spec); p.add(rows); p.result().id.example; // '0de4903d27fcfa0d'
 */
export class TableProfiler {
  private readonly profiles: Record<string, ColumnProfile>;

  constructor(private readonly spec: TableSpec) {
    this.profiles = Object.fromEntries(spec.columns.map((c) => [c.name, { nulls: 0, rows: 0, example: null }]));
  }

  /** Adds a batch of rows (in published order). */
  add(rows: readonly Row[]): this {
    for (const c of this.spec.columns) {
      const p = this.profiles[c.name];
      for (const row of rows) {
        const v = row[c.name] ?? null;
        p.rows++;
        if (v === null) p.nulls++;
        else if (p.example === null || (isEmpty(p.example) && !isEmpty(v))) p.example = v;
      }
    }
    return this;
  }

  /** Profiles by column name. */
  result(): Readonly<Record<string, ColumnProfile>> {
    return this.profiles;
  }
}
