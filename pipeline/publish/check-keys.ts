import type { TableSpec } from './columns.ts';
import { KeyHashSet } from './key-hash-set.ts';
import type { TableName } from './tables.ts';

const keyOf = (row: readonly unknown[], at: number[]): string | null => {
  const parts = at.map((i) => row[i]);
  return parts.some((v) => v === null || v === undefined) ? null : JSON.stringify(parts);
};

/** A foreign key of a table, with the column positions it reads. */
interface Reference {
  /** `table:fields` of the referenced key set. */
  target: string;
  targetTable: string;
  at: number[];
  text: string;
  /** `table (fields)` of the referenced key, for messages. */
  referenced: string;
  /** Rows whose key was not (yet) in the referenced set while that table was still open, in row order. */
  waiting: Array<{ row: number; key: string }>;
  reported: boolean;
}

/** What is known of one table while its rows go by. */
interface TableState {
  rows: number;
  ended: boolean;
  /** Primary key positions, or null when the table has none. */
  pk: number[] | null;
  /** The referenced key set that doubles as the whole-table set of the primary key, if any. */
  pkSet: KeyHashSet | null;
  /** Run-based check: first key column value of the current run (JSON), its keys, and the values of closed runs. */
  runFirst: string | null;
  runFirstValue: unknown;
  runKeys: Set<string>;
  closedFirsts: KeyHashSet;
  pkReported: boolean;
  refs: Reference[];
}

const before = (a: unknown, b: unknown): boolean => (typeof a === typeof b ? (a as string) < (b as string) : String(a) < String(b));

/**
 * Checks the declared keys of the published tables batch by batch, in bounded memory: every
 * primary key is unique and not null, and every foreign key whose values are all set names a
 * row of the referenced table (or of the table itself). Rows are given in column order of the
 * table's spec, in published order; `add` may be called for several tables in turn
 * (interleaved), each call continuing its table's row count. `end` says a table is complete.
 * Each broken rule gives one problem (its first offending row), naming table, row and columns.
 *
 * Memory: key sets that other tables refer to (e.g. `articles.id`) are kept as 64-bit hashes
 * (`KeyHashSet`). A primary key is checked per run of rows with the same first key column
 * value (every published table is sorted by `id` or `article_id`): only that run's keys are
 * held, plus the hashes of the first column values of closed runs, so a value that comes back
 * after other values is noticed. For a one-column key that is a repeat; for a longer key it
 * is reported as rows not grouped by their first key column, whose key cannot be checked in
 * one pass. A primary key that other tables refer to is checked against that table's
 * referenced key set instead, in any order. A foreign key value not (yet) in its referenced
 * set while that table is still open waits until the table ends; none waits when referenced
 * rows come before the rows that refer to them.
 *
 * @example
 * const keys = new KeyChecker(specs);
 * keys.add('articles', articleRows).add('sentences', sentenceRows.slice(0, 10)).add('sentences', sentenceRows.slice(10));
 * keys.end('articles').end('sentences').problems; // []
 */
export class KeyChecker {
  readonly problems: string[] = [];
  private readonly sets = new Map<string, KeyHashSet>();
  /** By table: the referenced key sets its rows fill (set id and column positions). */
  private readonly fills = new Map<string, Array<{ id: string; at: number[] }>>();
  private readonly tables = new Map<string, TableState>();

  constructor(private readonly specs: Record<TableName, TableSpec>) {
    for (const s of Object.values(specs)) {
      for (const fk of s.foreignKeys) {
        const id = `${fk.reference.table}:${fk.reference.fields.join(',')}`;
        const list = this.fills.get(fk.reference.table) ?? [];
        if (!list.some((f) => f.id === id)) list.push({ id, at: this.index(fk.reference.table as TableName, fk.reference.fields) });
        this.fills.set(fk.reference.table, list);
      }
    }
  }

  private index(t: TableName, fields: string[]): number[] {
    return fields.map((f) => this.specs[t].columns.findIndex((c) => c.name === f));
  }

  /** The state of a table, begun on first use (its referenced key sets start empty). */
  private state(t: TableName): TableState {
    let s = this.tables.get(t);
    if (s) return s;
    const spec = this.specs[t];
    for (const f of this.fills.get(t) ?? []) this.sets.set(f.id, new KeyHashSet());
    const pkId = spec.primaryKey ? `${t}:${spec.primaryKey.join(',')}` : null;
    s = {
      rows: 0, ended: false,
      pk: spec.primaryKey ? this.index(t, spec.primaryKey) : null,
      pkSet: pkId ? this.sets.get(pkId) ?? null : null,
      runFirst: null, runFirstValue: null, runKeys: new Set(), closedFirsts: new KeyHashSet(), pkReported: false,
      refs: spec.foreignKeys.map((fk) => ({
        target: `${fk.reference.table}:${fk.reference.fields.join(',')}`, targetTable: fk.reference.table,
        at: this.index(t, fk.fields), text: `(${fk.fields.join(', ')})`, waiting: [], reported: false,
        referenced: `${fk.reference.table} (${fk.reference.fields.join(', ')})`,
      })),
    };
    this.tables.set(t, s);
    return s;
  }

  /** Checks a batch of one table's rows and remembers the keys other tables refer to. */
  add(t: TableName, data: readonly unknown[][]): this {
    const s = this.state(t);
    const first = s.rows;
    s.rows += data.length;
    if (s.pk) this.checkPrimary(t, s, data, first);
    for (const f of this.fills.get(t) ?? []) {
      const set = this.sets.get(f.id)!;
      if (set === s.pkSet) continue; // filled by checkPrimary
      for (const row of data) {
        const k = keyOf(row, f.at);
        if (k !== null) set.add(k);
      }
    }
    for (const ref of s.refs) this.checkForeign(t, ref, data, first);
    return this;
  }

  private repeated(t: TableName, s: TableState, row: number, key: string | null): void {
    if (s.pkReported) return;
    s.pkReported = true;
    this.problems.push(`${t}.jsonl: row ${row} repeats or lacks the primary key (${this.specs[t].primaryKey!.join(', ')}) = ${key ?? 'null'}`);
  }

  private checkPrimary(t: TableName, s: TableState, data: readonly unknown[][], first: number): void {
    const at = s.pk!;
    if (s.pkSet) {
      // Every key goes into the referenced set, also after a problem: other tables look them up.
      for (let i = 0; i < data.length; i++) {
        const k = keyOf(data[i], at);
        if (k === null || !s.pkSet.add(k)) this.repeated(t, s, first + i + 1, k);
      }
      return;
    }
    for (let i = 0; i < data.length && !s.pkReported; i++) {
      const k = keyOf(data[i], at);
      if (k === null) { this.repeated(t, s, first + i + 1, null); break; }
      const value = data[i][at[0]];
      const head = JSON.stringify(value);
      if (head !== s.runFirst) {
        if (s.runFirst !== null) s.closedFirsts.add(s.runFirst);
        s.runKeys.clear();
        const back = s.runFirst !== null && before(value, s.runFirstValue);
        s.runFirst = head;
        s.runFirstValue = value;
        if (back && s.closedFirsts.has(head)) {
          if (at.length === 1) { this.repeated(t, s, first + i + 1, k); break; }
          s.pkReported = true;
          const name = this.specs[t].columns[at[0]].name;
          this.problems.push(`${t}.jsonl: row ${first + i + 1} has ${name} = ${head} again after other values: rows are not grouped by ${name}, so the primary key (${this.specs[t].primaryKey!.join(', ')}) cannot be checked`);
          break;
        }
      }
      if (s.runKeys.has(k)) { this.repeated(t, s, first + i + 1, k); break; }
      s.runKeys.add(k);
    }
  }

  private checkForeign(t: TableName, ref: Reference, data: readonly unknown[][], first: number): void {
    if (ref.reported) return;
    const target = this.tables.get(ref.targetTable);
    const set = this.sets.get(ref.target);
    for (let i = 0; i < data.length; i++) {
      const k = keyOf(data[i], ref.at);
      if (k === null || (set && set.has(k))) continue;
      if (target?.ended) { this.broken(t, ref, first + i + 1, k); return; }
      ref.waiting.push({ row: first + i + 1, key: k });
    }
  }

  private broken(t: TableName, ref: Reference, row: number, key: string): void {
    ref.reported = true;
    ref.waiting = [];
    this.problems.push(`${t}.jsonl: row ${row} ${ref.text} = ${key} matches no row of ${ref.referenced}`);
  }

  /**
   * Takes the keys of a table published elsewhere (another thread) as given: `set` holds its
   * referenced key (`fields`), and the table counts as complete, so foreign keys into it are
   * checked at once. Call before adding rows of tables that refer to it.
   *
   * @example
   * keys.provide('articles', ['id'], KeyHashSet.from(articleIds)).add('sentences', rows);
   */
  provide(t: TableName, fields: readonly string[], set: KeyHashSet): this {
    const s = this.state(t);
    this.sets.set(`${t}:${fields.join(',')}`, set);
    s.ended = true;
    return this;
  }

  /** The key set of a referenced key (`articles`, `['id']`), once the table's rows went by; null when none is kept. */
  keySet(t: TableName, fields: readonly string[]): KeyHashSet | null {
    return this.sets.get(`${t}:${fields.join(',')}`) ?? null;
  }

  /** Declares a table complete (a table never added is empty): foreign keys waiting for it are settled. */
  end(t: TableName): this {
    const s = this.state(t);
    s.ended = true;
    s.runKeys.clear();
    for (const [name, other] of this.tables) {
      for (const ref of other.refs) {
        if (ref.targetTable !== t || ref.reported) continue;
        const set = this.sets.get(ref.target)!;
        const bad = ref.waiting.find((w) => !set.has(w.key));
        if (bad) this.broken(name as TableName, ref, bad.row, bad.key);
        ref.waiting = [];
      }
    }
    return this;
  }

  /** Ends every table added and not yet ended; foreign keys into tables never seen are not checked. */
  endAll(): this {
    for (const [t, s] of this.tables) if (!s.ended) this.end(t as TableName);
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
  for (const t of Object.keys(specs) as TableName[]) if (rows[t]) keys.add(t, rows[t]).end(t);
  return keys.endAll().problems;
}
