import Papa from 'papaparse';
import type { TableSpec } from './columns.ts';
import { READ_ROWS } from './read-binary.ts';
import { type RecordRun, recordRuns } from './record-runs.ts';
import { comparable, fromCsvCell, type Row } from './values.ts';

/** Rows of a JSONL or CSV file, in file order. */
export interface TextBatch {
  /** Index of the first row (0 for the first data row of the file). */
  first: number;
  /** Byte offset of the first row in the file: reading can start there again (`openTextTable`'s `from`). */
  offset: number;
  /** The rows in comparable form (cells in the spec's column order). */
  rows: unknown[][];
  /** JSONL only: the rows as published objects (for schema validation). */
  objects?: Row[];
}

/** A JSONL or CSV file opened for reading a run of records at a time. */
export interface TextTable {
  /** Column names: the keys of the first JSONL row (the spec's when there is none), or the CSV header. */
  columns: string[];
  /** The rows, in batches that never cross a multiple of `READ_ROWS` rows. */
  batches(): AsyncGenerator<TextBatch>;
  /** Stops reading; safe to call more than once. */
  close(): Promise<void>;
}

/** Where to start reading again: a row index and its byte offset (a `TextBatch`'s `first` and `offset`). */
export interface TextStart {
  row: number;
  offset: number;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A run's text; a byte order mark that starts the file is not part of it. */
function textOf(run: RecordRun): string {
  const text = decoder.decode(run.bytes);
  return run.offset === 0 && text.startsWith('\ufeff') ? text.slice(1) : text;
}

/** The records of a run: its text cut at line ends, without the empty piece after the last one. */
function jsonlLines(run: RecordRun): string[] {
  const text = textOf(run);
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

function parseJsonl(lines: string[], first: number): Row[] {
  return lines.map((line, i) => {
    try {
      return JSON.parse(line) as Row;
    } catch (error) {
      throw new Error(`line ${first + i + 1} is not valid JSON (${(error as Error).message})`);
    }
  });
}

/** The cells of a run's CSV records, numbered in messages from the run's `first` (-1: the header). */
function csvRecords(run: RecordRun): string[][] {
  const text = textOf(run);
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, newline: '\n', delimiter: ',' });
  if (parsed.errors.length) throw new Error(`CSV row ${run.first + (parsed.errors[0].row ?? 0) + 1}: ${parsed.errors[0].message}`);
  const data = parsed.data;
  if (text.endsWith('\n') && data.length && data[data.length - 1].length === 1 && data[data.length - 1][0] === '') data.pop();
  if (data.length !== run.count) throw new Error(`CSV rows ${run.first + 1}–${run.first + run.count}: quotes do not pair up`);
  return data;
}

/** The first run, closing the file when reading it fails. */
async function firstRun(runs: AsyncGenerator<RecordRun>): Promise<IteratorResult<RecordRun>> {
  try {
    return await runs.next();
  } catch (error) {
    await runs.return(undefined);
    throw error;
  }
}

/** Runs `read`; when it throws, the file is closed first. */
function closing<T>(runs: AsyncGenerator<RecordRun>, read: () => T): T {
  try {
    return read();
  } catch (error) {
    void runs.return(undefined);
    throw error;
  }
}

const parseJsonlRun = (run: RecordRun, runs: AsyncGenerator<RecordRun>): Row[] => closing(runs, () => parseJsonl(jsonlLines(run), run.first));

async function openJsonl(spec: TableSpec, path: string, from: TextStart | null): Promise<TextTable> {
  const runs = recordRuns(path, { quoted: false, start: from?.offset ?? 0, first: from?.row ?? 0, align: READ_ROWS });
  let head: { run: RecordRun; objects: Row[] } | null = null;
  let columns = spec.columns.map((c) => c.name);
  if (!from) {
    const next = await firstRun(runs);
    if (!next.done) {
      const objects = parseJsonlRun(next.value, runs);
      if (objects.length) columns = Object.keys(objects[0]);
      head = { run: next.value, objects };
    }
  }
  const expected = columns.join(',');
  const batch = (run: RecordRun, objects: Row[]): TextBatch => {
    if (!from) {
      objects.forEach((o, i) => {
        const keys = Object.keys(o).join(',');
        if (keys !== expected) throw new Error(`line ${run.first + i + 1} has columns ${keys}, expected ${expected}`);
      });
    }
    const rows = objects.map((o) => spec.columns.map((c) => comparable(c.kind, o[c.name] ?? null)));
    return { first: run.first, offset: run.offset, rows, objects };
  };
  return {
    columns,
    async* batches() {
      if (head) yield batch(head.run, head.objects);
      head = null;
      for await (const run of runs) yield batch(run, parseJsonl(jsonlLines(run), run.first));
    },
    close: async () => { await runs.return(undefined); },
  };
}

async function openCsv(spec: TableSpec, path: string, from: TextStart | null): Promise<TextTable> {
  const runs = recordRuns(path, { quoted: true, start: from?.offset ?? 0, first: from?.row ?? -1, align: READ_ROWS });
  let columns = spec.columns.map((c) => c.name);
  if (!from) {
    const next = await firstRun(runs);
    columns = next.done ? [] : closing(runs, () => csvRecords(next.value)[0]);
  }
  const batch = (run: RecordRun): TextBatch => {
    const rows = csvRecords(run).map((cells, i) => {
      if (cells.length !== spec.columns.length) throw new Error(`CSV row ${run.first + i + 1} has ${cells.length} cells, expected ${spec.columns.length}`);
      return spec.columns.map((c, j) => comparable(c.kind, fromCsvCell(c.kind, c.nullable, cells[j])));
    });
    return { first: run.first, offset: run.offset, rows };
  };
  return {
    columns,
    async* batches() {
      for await (const run of runs) yield batch(run);
    },
    close: async () => { await runs.return(undefined); },
  };
}

/**
 * Opens a published JSONL or CSV file for reading its rows a run of records at a time
 * (`recordRuns`, about 1 MiB each), so a file of any size is read in the memory of one run:
 * the column names first (the first JSONL row's keys, or the CSV header), then the rows in
 * comparable form, JSONL rows also as the objects published. Every JSONL row must have the
 * first row's keys in the same order, every CSV record one cell per column of the spec; a
 * row that does not parse throws, naming its line (JSONL) or row (CSV). With `from` (a
 * batch's `first` and `offset` from an earlier read) reading starts at that row: nothing is
 * read before it and the columns are the spec's.
 *
 * @example
 * const file = await openTextTable('csv', specs.sentences, 'dist/sentences.csv');
 * for await (const batch of file.batches()) digest.add(batch.rows);
 * await file.close();
 */
export function openTextTable(format: 'jsonl' | 'csv', spec: TableSpec, path: string, from: TextStart | null = null): Promise<TextTable> {
  return format === 'jsonl' ? openJsonl(spec, path, from) : openCsv(spec, path, from);
}
