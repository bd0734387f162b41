import type { TableSpec } from './columns.ts';
import type { TableName } from './tables.ts';

const keyOf = (row: unknown[], at: number[]): string | null => {
  const parts = at.map((i) => row[i]);
  return parts.some((v) => v === null || v === undefined) ? null : JSON.stringify(parts);
};

/**
 * Checks the declared keys of the published tables: every primary key is unique and not null,
 * and every foreign key whose values are all set names an existing row of the referenced table.
 * Rows are given in column order of each table's spec. Returns one problem per broken rule
 * (the first offending row of each), naming table, row and columns.
 *
 * @example
 * checkKeys(specs, { articles: articleRows, sentences: sentenceRows }); // -> [] when consistent
 */
export function checkKeys(specs: Record<TableName, TableSpec>, rows: Partial<Record<TableName, unknown[][]>>): string[] {
  const problems: string[] = [];
  const index = (t: string, fields: string[]): number[] => fields.map((f) => specs[t as TableName].columns.findIndex((c) => c.name === f));
  const keySets = new Map<string, Set<string>>();
  const keySet = (t: string, fields: string[]): Set<string> | null => {
    const id = `${t}:${fields.join(',')}`;
    const data = rows[t as TableName];
    if (!data || !(t in specs)) return null;
    if (!keySets.has(id)) {
      const at = index(t, fields);
      keySets.set(id, new Set(data.map((r) => keyOf(r, at)).filter((k): k is string => k !== null)));
    }
    return keySets.get(id)!;
  };
  for (const [t, spec] of Object.entries(specs) as Array<[TableName, TableSpec]>) {
    const data = rows[t];
    if (!data) continue;
    if (spec.primaryKey) {
      const at = index(t, spec.primaryKey);
      const seen = new Set<string>();
      const bad = data.findIndex((r) => {
        const k = keyOf(r, at);
        if (k === null || seen.has(k)) return true;
        seen.add(k);
        return false;
      });
      if (bad >= 0) problems.push(`${t}.jsonl: row ${bad + 1} repeats or lacks the primary key (${spec.primaryKey.join(', ')}) = ${keyOf(data[bad], at) ?? 'null'}`);
    }
    for (const fk of spec.foreignKeys) {
      const target = keySet(fk.reference.table, fk.reference.fields);
      if (!target) continue;
      const at = index(t, fk.fields);
      const bad = data.findIndex((r) => {
        const k = keyOf(r, at);
        return k !== null && !target.has(k);
      });
      if (bad >= 0) {
        problems.push(`${t}.jsonl: row ${bad + 1} (${fk.fields.join(', ')}) = ${keyOf(data[bad], at)} matches no row of ${fk.reference.table} (${fk.reference.fields.join(', ')})`);
      }
    }
  }
  return problems;
}
