/**
 * The fixed prose of the dataset card, as data: how each stage works and the dataset's known
 * limitations. Counts and rules come from the run; this file says what they mean.
 */
export const STAGE_NOTES = {
  ingest: 'Reads .txt, .html/.htm and .jsonl inputs; detects the encoding (BOM, UTF-8, UTF-16, Windows-1252 fallback), normalises to NFC and LF, and gives each input an id: the first 16 hex digits of the SHA-256 of its bytes. HTML pages go through Readability; their meta tags and JSON-LD give title, authors, date and site.',
  clean: 'Separates the article body from everything else on the page: title, byline, dates, share/ad/navigation lines, copyright and licence lines, author bios, captions and credits, related-story blocks, and reader comments (kept in `comments`). Lines are classified by length, stop-word density, link density and a table of boilerplate phrases in several languages; lines repeated across a site\'s pages are boilerplate too. Every removed span is in `removed` with the rule that removed it. Kept text is repaired (mojibake, invisible characters, doubled quotes, space runs).',
  segment: 'Splits the body into paragraphs (blank lines) and sentences with offsets; abbreviations (U.S., Mr., Sept., U.N.) never end a sentence.',
  dedup: 'Finds exact copies (hash of the normalised body) and near copies (MinHash signatures, LSH candidates, verified Jaccard similarity of word shingles) across the whole corpus. One article per cluster is kept: earliest published, then longest body, then smallest id; the others are in `duplicates` with the id they copy. Sentences repeated in other articles are counted in `sentences.repeated`.',
  annotate: 'Detects the language of articles, paragraphs and comments; finds named entities (people, organisations, places, nationalities, events, dates) with a canonical name; attributes quotations to speakers with their cue verb; normalises date mentions to ISO 8601; picks keywords by TF-IDF over the run; computes quality signals (Gopher/C4-style) and flags, never drops, articles that break them.',
  publish: 'Writes every table as JSONL, CSV, Arrow IPC and Parquet into a new folder, re-reads and checks it (schemas, rows in all formats, keys, checksums), then swaps it in: readers never see a half-written dataset.',
} as const;

/** What a user of the dataset should know before trusting a number from it. */
export const LIMITATIONS = [
  'Body extraction is rule-based. From HTML it keeps Readability\'s article text; from plain-text dumps it keeps the best run of article-like lines, and short articles or pages with unusual layouts can lose a paragraph or keep a stray line. `removed` lists every span taken out, so a suspicious article can be checked.',
  'Title, authors and date read from plain-text dumps are less reliable than those read from HTML metadata; `published_raw` keeps the date text as found.',
  'Dates printed without a time zone are kept as local time as printed (no offset); `published_precision` says whether a date is a full date-time, a day, a month or a year.',
  'Entities and quotes come from rules and word lists, not a trained model: uncommon names can be missed or mislabelled, and speakers of quotes that only use a pronoun far from the name can be unknown (null).',
  'Language detection is unreliable for very short texts (a few words); `language_confidence` says how sure it is.',
  'A near copy is found only when enough of its text is shared (see the dedup threshold in the config); heavily rewritten versions of a wire story stay separate articles. `duplicates.duplicate_of` can name an article of an earlier run that is no longer among the inputs.',
  'Keywords are TF-IDF over this run\'s corpus: the same article can get other keywords in a larger or smaller dataset.',
] as const;

/** Loading one-liners, checked against the published dataset by the test suite. */
export const LOADERS = `\`\`\`python
import pandas as pd
articles = pd.read_parquet("articles.parquet")
articles = pd.read_csv("articles.csv", keep_default_na=False, na_values=[""], dtype={"id": str})
articles = pd.read_json("articles.jsonl", lines=True, dtype={"id": str}, precise_float=True)

import polars as pl
articles = pl.read_ipc("articles.arrow")
articles = pl.read_parquet("articles.parquet")

import pyarrow.feather, pyarrow.parquet
articles = pyarrow.feather.read_table("articles.arrow")   # Arrow IPC file
articles = pyarrow.parquet.read_table("articles.parquet")

import duckdb
duckdb.sql("SELECT site, count(*) FROM 'articles.parquet' GROUP BY site").show()
duckdb.sql("SELECT * FROM read_csv('articles.csv', all_varchar=true)").show()
\`\`\`

In CSV, list columns hold a JSON array and an empty cell is null. Offsets (\`start\`, \`end\`) count
Unicode code points, so \`body[start:end]\` works in Python. Dates are ISO 8601 strings in CSV and
JSONL and UTC timestamps in Arrow and Parquet. Column descriptions are also in the Arrow and
Parquet field metadata (\`description\`) and in \`datapackage.json\`.`;
