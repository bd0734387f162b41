export { decodeBytes, ENCODINGS, type Decoded, type Encoding } from './decode-bytes.ts';
export { extractHtml, renderText, type HtmlExtract } from './html-extract.ts';
export { ingestBytes, type IngestOutcome } from './ingest-bytes.ts';
export { ingestPath, ingestRead, type IngestedFile, type InputRead, readInput } from './ingest-path.ts';
export { compareSource, INPUT_EXTENSIONS, listInputs, type InputFile } from './list-inputs.ts';
