import { offsetMap } from '../stages/annotate/code-points.ts';

/** A record with a body and sentences (code-point offsets into it), as segment and annotate make. */
interface WithSentences {
  body: string;
  sentences: Array<{ start: number; end: number; text?: string }>;
}

const hasSentences = (v: unknown): v is WithSentences =>
  typeof v === 'object' && v !== null && typeof (v as WithSentences).body === 'string' && Array.isArray((v as WithSentences).sentences);

/**
 * A record as a saved part holds it: each sentence's `text` is left out when it is exactly
 * `body[start:end]` (always, for segment's sentences), since the body holds it already; about a
 * third of a record's bytes, so parts are smaller to write, read and parse. The record given is
 * not changed. `unpackRecord` puts the texts back.
 *
 * @example
 * JSON.stringify(packRecord(record)); // sentences without text
 */
export function packRecord<T>(value: T): T {
  if (!hasSentences(value)) return value;
  const map = offsetMap(value.body);
  const sentences = value.sentences.map((s) => {
    if (s.text !== value.body.slice(map.toUtf16(s.start), map.toUtf16(s.end))) return s;
    const { text: _text, ...rest } = s;
    return rest;
  });
  return { ...value, sentences };
}

/**
 * Puts back the sentence texts `packRecord` left out (in place), and returns the record.
 *
 * @example
 * const record = unpackRecord(JSON.parse(line));
 */
export function unpackRecord<T>(value: T): T {
  if (!hasSentences(value)) return value;
  let map: ReturnType<typeof offsetMap> | null = null;
  const list = value.sentences;
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    if (s.text !== undefined) continue;
    map ??= offsetMap(value.body);
    const text = value.body.slice(map.toUtf16(s.start), map.toUtf16(s.end));
    // The text goes back where segment put it, right after `end`, so the record's keys keep their order.
    const back: Record<string, unknown> = {};
    for (const k of Object.keys(s)) {
      back[k] = (s as Record<string, unknown>)[k];
      if (k === 'end') back.text = text;
    }
    list[i] = back as typeof s;
  }
  return value;
}
