import { describe, expect, it } from 'vitest';
import { U64Table } from '../../pipeline/lib/u64-table.ts';

describe('U64Table', () => {
  it('finds keys again across growth and keeps payloads', () => {
    const t = new U64Table(4);
    for (let i = 0; i < 5000; i++) {
      const s = t.slot(i * 7919, 0xffffffff - i);
      t.value[s] = i + 1;
    }
    expect(t.size).toBe(5000);
    const values = t.value;
    // Looking up existing keys never grows the table, so `values` stays valid.
    for (let i = 0; i < 5000; i++) expect(values[t.slot(i * 7919, 0xffffffff - i)]).toBe(i + 1);
    expect(t.value).toBe(values);
    expect(t.size).toBe(5000);
  });

  it('tells keys apart by either half', () => {
    const t = new U64Table();
    const a = t.slot(1, 2);
    expect(t.slot(2, 1)).not.toBe(a);
    expect(t.slot(1, 3)).not.toBe(a);
    expect(t.slot(1, 2)).toBe(a);
    expect(t.tag[a]).toBe(-1);
  });
});
