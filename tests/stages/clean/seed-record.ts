import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { IngestRecord } from '../../../pipeline/lib/types.ts';

/** Builds the IngestRecord of a text file the way ingest does for a UTF-8 `.txt` input. */
export function textRecord(text: string, id = 'test', source = 'test.txt'): IngestRecord {
  return {
    id,
    source,
    url: null,
    format: 'txt',
    encoding: 'utf-8',
    text: text.normalize('NFC'),
    meta: { title: null, authors: [], published: null, site: null, lang: null },
  };
}

/** Reads a seed or fixture file (UTF-8, NFC) into an IngestRecord. */
export function seedRecord(path: string): IngestRecord {
  const name = basename(path);
  const text = new TextDecoder('utf-8').decode(readFileSync(path));
  return textRecord(text, name.replace(/\.txt$/, '').split('_')[1] ?? name, name);
}
