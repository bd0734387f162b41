import { createReadStream } from 'node:fs';

const NEWLINE = 0x0a;
const QUOTE = 0x22;

/** Complete records read from a text file, one after the other in the file. */
export interface RecordRun {
  /** The records' bytes, each with its line end (the last record of a file may lack one). */
  bytes: Buffer;
  /** Index of the first record (counted from `RunOptions.first`). */
  first: number;
  /** Records in the run. */
  count: number;
  /** Byte offset of the first record in the file. */
  offset: number;
}

/** How `recordRuns` cuts a file. */
export interface RunOptions {
  /** CSV: a line end between double quotes belongs to the record (RFC 4180). JSONL: every LF ends a record. */
  quoted: boolean;
  /** Byte offset of the record to start at (default 0). */
  start?: number;
  /** Index given to the first record read (default 0; e.g. -1 for a CSV header). */
  first?: number;
  /** A run never crosses a record index that is a multiple of `align` (default 1: no alignment). */
  align?: number;
  /** Bytes read at a time (default 1 MiB): a run holds the records that end in one read, so it is about this size. */
  readBytes?: number;
}

/**
 * Reads a JSONL or CSV file as runs of complete records, in file order, without ever holding
 * more than one read (and the record it cuts in two): records end at LF, or for CSV at an LF
 * outside double quotes (a quoted cell may hold line ends; an escaped quote `""` leaves the
 * parity of quotes unchanged). A run ends before each record whose index is a multiple of
 * `align`, so the byte offset of every such record is the `offset` of a run and reading can
 * start there again. Bytes are not decoded: a record ends at an LF byte, never inside a UTF-8
 * sequence.
 *
 * @example
 * for await (const run of recordRuns('dist/sentences.csv', { quoted: true, first: -1, align: 8192 })) {
 *   parse(run.bytes.toString('utf8')); // the header alone, then data records 0–8191, …
 * }
 */
export async function* recordRuns(path: string, o: RunOptions): AsyncGenerator<RecordRun> {
  const align = o.align ?? 1;
  let index = o.first ?? 0;
  /** Bytes of the record cut by the last read, from file offset `carryOffset`. */
  let carry: Buffer = Buffer.alloc(0);
  let carryOffset = o.start ?? 0;
  /** How far into `carry` the record has been scanned, and whether that point is inside quotes. */
  let scanned = 0;
  let inQuotes = false;
  for await (const chunk of createReadStream(path, { start: o.start ?? 0, highWaterMark: o.readBytes ?? 1 << 20 })) {
    const buf = carry.length ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    let runStart = 0;
    let runCount = 0;
    let recordStart = 0;
    let pos = scanned;
    /** Where the next quote and LF are at or after `pos` (`buf.length`: none), looked up again once passed. */
    let nextQuote = -1;
    let nextNewline = -1;
    const find = (byte: number): number => {
      const at = buf.indexOf(byte, pos);
      return at < 0 ? buf.length : at;
    };
    for (;;) {
      let end = -1;
      if (!o.quoted) end = buf.indexOf(NEWLINE, pos);
      else {
        for (;;) {
          if (nextQuote < pos) nextQuote = find(QUOTE);
          if (inQuotes) {
            if (nextQuote === buf.length) break;
            inQuotes = false;
            pos = nextQuote + 1;
            continue;
          }
          if (nextNewline < pos) nextNewline = find(NEWLINE);
          if (nextNewline < nextQuote) { end = nextNewline; break; }
          if (nextQuote === buf.length) break;
          inQuotes = true;
          pos = nextQuote + 1;
        }
      }
      if (end < 0) { pos = buf.length; break; }
      if (runCount > 0 && index % align === 0) {
        yield { bytes: buf.subarray(runStart, recordStart), first: index - runCount, count: runCount, offset: carryOffset + runStart };
        runStart = recordStart;
        runCount = 0;
      }
      index++;
      runCount++;
      recordStart = end + 1;
      pos = end + 1;
    }
    if (runCount > 0) yield { bytes: buf.subarray(runStart, recordStart), first: index - runCount, count: runCount, offset: carryOffset + runStart };
    carry = buf.subarray(recordStart);
    carryOffset += recordStart;
    scanned = pos - recordStart;
  }
  if (carry.length > 0) yield { bytes: carry, first: index, count: 1, offset: carryOffset };
}
