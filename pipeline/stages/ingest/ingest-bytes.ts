import { stableId } from '../../lib/hash.ts';
import type { IngestRecord, InputFormat, PageMeta, RejectRow } from '../../lib/types.ts';
import { decodeBytes } from './decode-bytes.ts';
import { extractHtml } from './html-extract.ts';

/** What ingest makes of one input: a record, or a reject naming the source and the rule. */
export type IngestOutcome = { ok: true; record: IngestRecord } | { ok: false; reject: RejectRow };

const EMPTY_META: PageMeta = { title: null, authors: [], published: null, site: null, lang: null };

const reject = (source: string, rule: string, message: string, id: string | null = null): IngestOutcome => ({
  ok: false,
  reject: { id, source, stage: 'ingest', rule, message: `${source}: ${message}` },
});

/** NFC, LF line endings. */
const normalise = (text: string): string => text.replace(/\r\n?/g, '\n').normalize('NFC');

interface DocInput {
  id: string;
  source: string;
  url: string | null;
  format: InputFormat;
  encoding: string;
  text: string | null;
  html: string | null;
}

function makeRecord(doc: DocInput): IngestOutcome {
  let text = doc.text === null ? '' : normalise(doc.text);
  let meta = EMPTY_META;
  if (doc.html !== null) {
    try {
      const extracted = extractHtml(normalise(doc.html));
      meta = extracted.meta;
      if (doc.text === null) text = normalise(extracted.text);
    } catch (error) {
      return reject(doc.source, 'html-unparseable', `HTML could not be parsed (${(error as Error).message})`, doc.id);
    }
  }
  if (text.trim().length === 0) {
    return reject(doc.source, 'empty-input', doc.html !== null ? 'HTML page has no text' : 'no text (empty or whitespace only)', doc.id);
  }
  return { ok: true, record: { id: doc.id, source: doc.source, url: doc.url, format: doc.format, encoding: doc.encoding, text, meta } };
}

/** One JSONL line as a record. */
function fromJsonLine(line: Uint8Array, raw: string, source: string, encoding: string): IngestOutcome {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return reject(source, 'invalid-json', `line is not valid JSON (${(error as Error).message})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return reject(source, 'invalid-record', 'line is not a JSON object');
  const rec = value as Record<string, unknown>;
  for (const key of ['id', 'url', 'text', 'html'] as const) {
    if (rec[key] !== undefined && rec[key] !== null && typeof rec[key] !== 'string') {
      return reject(source, 'invalid-record', `field "${key}" must be a string`);
    }
  }
  const given = typeof rec.id === 'string' ? rec.id.trim() : '';
  if (given && !/^[A-Za-z0-9._:-]{1,128}$/.test(given)) {
    return reject(source, 'invalid-record', 'field "id" must be 1-128 characters of A-Z a-z 0-9 . _ : -');
  }
  const text = typeof rec.text === 'string' ? rec.text : null;
  const html = typeof rec.html === 'string' ? rec.html : null;
  if (text === null && html === null) return reject(source, 'missing-content', 'record has neither "text" nor "html"');
  const id = given || stableId(line);
  return makeRecord({ id, source, url: typeof rec.url === 'string' ? rec.url : null, format: 'jsonl', encoding, text, html });
}

/**
 * Turns the raw bytes of one input file into records (one per file; one per line for JSONL).
 * Never throws: every problem becomes a reject naming the file (and line) and the rule.
 *
 * @example
 * ingestBytes('a.txt', 'txt', new TextEncoder().encode('Title\n\nBody.')); // [{ ok: true, record: {...} }]
 */
export function ingestBytes(source: string, format: InputFormat, bytes: Uint8Array): IngestOutcome[] {
  const id = stableId(bytes);
  if (bytes.length === 0) return [reject(source, 'empty-input', 'file is empty (0 bytes)', id)];
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return [reject(source, decoded.rule, decoded.message, id)];
  if (format !== 'jsonl') {
    const isHtml = format === 'html';
    return [makeRecord({ id, source, url: null, format, encoding: decoded.encoding, text: isHtml ? null : decoded.text, html: isHtml ? decoded.text : null })];
  }
  const out: IngestOutcome[] = [];
  const encoder = new TextEncoder();
  const lines = decoded.text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, '');
    if (raw.trim() === '') continue;
    out.push(fromJsonLine(encoder.encode(raw), raw, `${source}:${i + 1}`, decoded.encoding));
  }
  if (out.length === 0) out.push(reject(source, 'empty-input', 'JSONL file has no records', id));
  return out;
}
