import type { TableSpec } from './columns.ts';
import type { TableName } from './tables.ts';

const keyOf = (row: unknown[], at: number[]): string | null => {
  const parts = at.map((i) => row[i]);
  return parts.some((v) => v === null || v === undefined) ? null : JSON.stringify(parts);
};

/**
 * Checks the declared keys of the published tables one table at a time, keeping only the key
 * sets that other tables refer to (so a table's rows can be released once it is checked): every
 * primary key is unique and not null, and every foreign key whose values are all set names a
 * row of the referenced table, which must have been added before (or be the table itself).
 * Rows are given in column order of the table's spec. Each broken rule gives one problem (its
 * first offending row), naming table, row and columns.
 *
 * @example
 * const keys = new KeyChecker(specs);
 * keys.add('articles', articleRows); keys.add('sentences', sentenceRows); keys.problems; // []
 */
export class KeyChecker {
  readonly problems: string[] = [];
  private readonly sets = new Map<string, Set<string>>();
  private readonly wanted: Set<string>;

  constructor(private readonly specs: Record<TableName, TableSpec>) {
    this.wanted = new Set(Object.values(specs).flatMap((s) => s.foreignKeys.map((fk) => `${fk.reference.table}:${fk.reference.fields.join(',')}`)));
  }

  private index(t: TableName, fields: string[]): number[] {
    return fields.map((f) => this.specs[t].columns.findIndex((c) => c.name === f));
  }

  /** Checks one table's rows and remembers the key sets other tables refer to. */
  add(t: TableName, data: readonly unknown[][]): this {
    const spec = this.specs[t];
    if (spec.primaryKey) {
      const at = this.index(t, spec.primaryKey);
      const seen = new Set<string>();
      const bad = data.findIndex((r) => {
        const k = keyOf(r, at);
        if (k === null || seen.has(k)) return true;
        seen.add(k);
        return false;
      });
      if (bad >= 0) this.problems.push(`${t}.jsonl: row ${bad + 1} repeats or lacks the primary key (${spec.primaryKey.join(', ')}) = ${keyOf(data[bad], at) ?? 'null'}`);
    }
    for (const id of this.wanted) {
      const [table, fields] = id.split(':');
      if (table !== t) continue;
      const at = this.index(t, fields.split(','));
      this.sets.set(id, new Set(data.map((r) => keyOf(r, at)).filter((k): k is string => k !== null)));
    }
    for (const fk of spec.foreignKeys) {
      const target = this.sets.get(`${fk.reference.table}:${fk.reference.fields.join(',')}`);
      if (!target) continue;
      const at = this.index(t, fk.fields);
      const bad = data.findIndex((r) => {
        const k = keyOf(r, at);
        return k !== null && !target.has(k);
      });
      if (bad >= 0) {
        this.problems.push(`${t}.jsonl: row ${bad + 1} (${fk.fields.join(', ')}) = ${keyOf(data[bad], at)} matches no row of ${fk.reference.table} (${fk.reference.fields.join(', ')})`);
      }
    }
    return this;
  }
}

/**
 * Checks the keys of whole tables (see `KeyChecker`), tables taken in the spec order, where a
 * referenced table comes before the tables that refer to it.
 *
 * @example
 * checkKeys(specs, { articles: articleRows, sentences: sentenceRows }); // -> [] when consistent
 */
export function checkKeys(specs: Record<TableName, TableSpec>, rows: Partial<Record<TableName, unknown[][]>>): string[] {
  const keys = new KeyChecker(specs);
  for (const t of Object.keys(specs) as TableName[]) if (rows[t]) keys.add(t, rows[t]);
  return keys.problems;
}
