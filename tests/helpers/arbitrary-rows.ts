import fc from 'fast-check';
import type { ColumnSpec, TableSpec } from '../../pipeline/publish/columns.ts';
import type { Cell, Row } from '../../pipeline/publish/values.ts';

/** Text with the characters that break naive writers: commas, quotes, CR/LF, emoji, RTL, NUL-free. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('a,b', 'say "hi"', 'line1\nline2', 'cr\r\nlf', '😀 emoji', 'שלום עולם', 'NA', 'null', 'NaN', '0042', ' lead', '=1+1', '\ufeffbom'),
).filter((s) => s.length > 0 && !s.includes('\u0000'));

const iso = fc.oneof(
  fc.integer({ min: 1990, max: 2030 }).map(String),
  fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => `${d.toISOString().slice(0, 19)}+02:00`),
);

function cell(c: ColumnSpec, enumValues: string[] | undefined): fc.Arbitrary<Cell> {
  let base: fc.Arbitrary<Cell>;
  if (enumValues) base = fc.constantFrom(...enumValues);
  else if (c.kind === 'integer') base = fc.integer({ min: 0, max: 2 ** 31 - 1 });
  else if (c.kind === 'number') base = fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true });
  else if (c.kind === 'list') base = fc.array(text, { maxLength: 3 });
  else if (c.kind === 'timestamp') base = iso;
  else if (c.kind === 'dictionary') base = fc.constantFrom('en', 'fr', 'de', 'said', 'rule-a');
  else if (c.name === 'id' || c.name === 'article_id' || c.name === 'duplicate_of') base = fc.stringMatching(/^[0-9a-f]{16}$/);
  else base = text;
  return c.nullable ? fc.option(base, { nil: null }) : base;
}

/** Arbitrary rows of a table, valid against its schema's column kinds. */
export function arbitraryRows(spec: TableSpec, schema: Record<string, unknown>, maxLength = 12): fc.Arbitrary<Row[]> {
  const props = schema.properties as Record<string, { enum?: Array<string | null> }>;
  const record = Object.fromEntries(spec.columns.map((c) => [c.name, cell(c, props[c.name].enum?.filter((v): v is string => v !== null))]));
  return fc.array(fc.record(record) as fc.Arbitrary<Row>, { maxLength });
}
