import { type Data, type DataType, type Dictionary, type List, makeData, makeVector, Utf8, type Vector } from 'apache-arrow';
import type { ColumnKind } from './columns.ts';
import { type Cell, isoToMillis } from './values.ts';

const encoder = new TextEncoder();

/** Validity bitmap (bit set = value present) and the null count. */
function validity(values: readonly unknown[]): { nullBitmap: Uint8Array; nullCount: number } {
  const bitmap = new Uint8Array((values.length + 7) >> 3);
  let nullCount = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] === null || values[i] === undefined) nullCount++;
    else bitmap[i >> 3] |= 1 << (i & 7);
  }
  return { nullBitmap: nullCount ? bitmap : new Uint8Array(0), nullCount };
}

/**
 * UTF-8 data and offsets of strings, written straight into Arrow's buffers, sized exactly
 * (a lone surrogate counts and encodes as U+FFFD, 3 bytes, both ways), so a batch of long
 * texts is never allocated at three bytes per character and then copied.
 */
function utf8Data(values: ReadonlyArray<string | null>): Data<Utf8> {
  const offsets = new Int32Array(values.length + 1);
  let bytes = 0;
  for (const v of values) if (v) bytes += Buffer.byteLength(v, 'utf8');
  const data = new Uint8Array(bytes);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v) at += encoder.encodeInto(v, data.subarray(at)).written;
    offsets[i + 1] = at;
  }
  return makeData({ type: new Utf8(), length: values.length, ...validity(values), valueOffsets: offsets, data });
}

/** One dictionary shared by every record batch of a file: Arrow writes it once, never replaced. */
export interface FixedDictionary {
  codes: Map<string, number>;
  vector: Vector<Utf8>;
}

/** A dictionary of the given values (duplicates ignored, sorted, so it never depends on row order). */
export function fixedDictionary(values: Iterable<string>): FixedDictionary {
  const sorted = [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { codes: new Map(sorted.map((v, i) => [v, i])), vector: makeVector(utf8Data(sorted)) };
}

/**
 * One Arrow column built directly into typed buffers (no per-value builder), for a column
 * kind and its Arrow type (from `arrowType`).
 *
 * @example
 * const data = columnData('integer', new Int32(), [1, 2, null]);
 */
export function columnData(kind: ColumnKind, type: DataType, values: readonly Cell[], dictionary?: FixedDictionary): Data {
  const n = values.length;
  switch (kind) {
    case 'integer':
    case 'number': {
      const data = new (type.ArrayType as Int32ArrayConstructor | Float64ArrayConstructor)(n);
      for (let i = 0; i < n; i++) data[i] = (values[i] as number | null) ?? 0;
      return makeData({ type, length: n, ...validity(values), data } as never);
    }
    case 'boolean': {
      const data = new Uint8Array((n + 7) >> 3);
      for (let i = 0; i < n; i++) if (values[i] === true) data[i >> 3] |= 1 << (i & 7);
      return makeData({ type, length: n, ...validity(values), data } as never);
    }
    case 'timestamp':
    case 'date': {
      const data = new BigInt64Array(n);
      for (let i = 0; i < n; i++) if (values[i] !== null) data[i] = BigInt(isoToMillis(String(values[i])));
      if (kind === 'date') {
        const days = new Int32Array(n);
        for (let i = 0; i < n; i++) days[i] = Number(data[i] / 86_400_000n);
        return makeData({ type, length: n, ...validity(values), data: days } as never);
      }
      return makeData({ type, length: n, ...validity(values), data } as never);
    }
    case 'dictionary': {
      const dict = dictionary ?? fixedDictionary(values.filter((v): v is string => typeof v === 'string'));
      const indices = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const v = values[i];
        if (v === null) continue;
        const code = dict.codes.get(v as string);
        if (code === undefined) throw new Error(`value ${JSON.stringify(v)} is not in the column's dictionary`);
        indices[i] = code;
      }
      return makeData({ type: type as Dictionary, length: n, ...validity(values), data: indices, dictionary: dict.vector } as never);
    }
    case 'list': {
      const offsets = new Int32Array(n + 1);
      const items: string[] = [];
      for (let i = 0; i < n; i++) {
        const v = values[i] as string[] | null;
        if (v) items.push(...v);
        offsets[i + 1] = items.length;
      }
      return makeData({ type: type as List, length: n, ...validity(values), valueOffsets: offsets, child: utf8Data(items) } as never);
    }
    default:
      return utf8Data(values as Array<string | null>);
  }
}
