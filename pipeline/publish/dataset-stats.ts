import type { TableName } from './tables.ts';
import { Tally } from './tally.ts';
import type { Row } from './values.ts';

/** Upper bounds (exclusive, code points) of the article length bins; the last bin is open. */
export const LENGTH_BINS = [500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000] as const;

/** The label of the length bin of `chars`: `<500`, `500–999`, …, `≥50k`. */
export function lengthBin(chars: number): string {
  const k = (n: number): string => (n >= 1000 ? `${n / 1000}k` : String(n));
  const i = LENGTH_BINS.findIndex((b) => chars < b);
  if (i === 0) return `<${k(LENGTH_BINS[0])}`;
  if (i < 0) return `≥${k(LENGTH_BINS[LENGTH_BINS.length - 1])}`;
  return `${k(LENGTH_BINS[i - 1])}–<${k(LENGTH_BINS[i])}`;
}

/** The order of length bins, for sorting bin labels. */
export const LENGTH_BIN_ORDER = [0, ...LENGTH_BINS].map((n) => lengthBin(n));

/** The tallies of `DatasetStats`, by field name. */
const TALLIES = [
  'languages', 'sites', 'months', 'lengthBefore', 'lengthAfter', 'qualityFlags', 'removedSpans', 'removedChars', 'removedKinds',
  'duplicatesByMethod', 'copiesOf', 'entityLabels', 'entities', 'speakers', 'quoteKinds', 'rejects',
] as const;

/** `DatasetStats` as plain data (what `toJSON` gives and `merge` takes): it crosses threads. */
export interface DatasetStatsData {
  tallies: Record<(typeof TALLIES)[number], Array<[string, number]>>;
  articles: number;
  comments: number;
  sentences: number;
}

/** Aggregates of a published dataset that the card and the report show. */
export class DatasetStats {
  readonly languages = new Tally();
  readonly sites = new Tally();
  /** Articles per publication month (`YYYY-MM`), `(no date)` when unknown. */
  readonly months = new Tally();
  /** Articles per length bin of the ingested text (body plus everything clean took out). */
  readonly lengthBefore = new Tally();
  /** Articles per length bin of the cleaned body. */
  readonly lengthAfter = new Tally();
  readonly qualityFlags = new Tally();
  readonly removedSpans = new Tally();
  /** Code points removed per clean rule. */
  readonly removedChars = new Tally();
  readonly removedKinds = new Tally();
  readonly duplicatesByMethod = new Tally();
  /** Duplicates per kept article id (articles without any are counted in `articles`). */
  readonly copiesOf = new Tally();
  readonly entityLabels = new Tally();
  /** Mentions per canonical entity (dates excluded). */
  readonly entities = new Tally();
  readonly speakers = new Tally();
  readonly quoteKinds = new Tally();
  readonly rejects = new Tally();
  articles = 0;
  comments = 0;
  sentences = 0;

  /**
   * Adds a batch of a table's rows.
   *
   * @example
   * const stats = new DatasetStats(); stats.add('articles', rows.articles);
   */
  add(table: TableName, rows: readonly Row[]): this {
    for (const r of rows) this.addRow(table, r);
    return this;
  }

  private addRow(table: TableName, r: Row): void {
    switch (table) {
      case 'articles': {
        this.articles++;
        this.languages.add(String(r.language ?? '(unknown)'));
        this.sites.add(String(r.site ?? '(unknown)'));
        this.months.add(typeof r.published === 'string' && r.published.length >= 7 ? r.published.slice(0, 7) : '(no date)');
        const chars = Number(r.chars);
        this.lengthAfter.add(lengthBin(chars));
        this.lengthBefore.add(lengthBin(chars + Number(r.boilerplate_chars)));
        for (const f of (r.quality_flags as string[] | null) ?? []) this.qualityFlags.add(f);
        break;
      }
      case 'duplicates':
        this.duplicatesByMethod.add(String(r.method));
        this.copiesOf.add(String(r.duplicate_of));
        break;
      case 'removed':
        this.removedSpans.add(String(r.rule));
        this.removedChars.add(String(r.rule), Number(r.end) - Number(r.start));
        this.removedKinds.add(String(r.kind));
        break;
      case 'entities':
        this.entityLabels.add(String(r.label));
        if (r.label !== 'DATE') this.entities.add(String(r.canonical));
        break;
      case 'quotes':
        this.quoteKinds.add(String(r.kind));
        if (r.speaker !== null) this.speakers.add(String(r.speaker));
        break;
      case 'rejects':
        this.rejects.add(`${r.stage}: ${r.rule}`);
        break;
      case 'comments':
        this.comments++;
        break;
      case 'sentences':
        this.sentences++;
        break;
      default:
        break;
    }
  }

  /** The aggregates as plain data. */
  toJSON(): DatasetStatsData {
    const tallies = Object.fromEntries(TALLIES.map((k) => [k, this[k].entries()])) as DatasetStatsData['tallies'];
    return { tallies, articles: this.articles, comments: this.comments, sentences: this.sentences };
  }

  /**
   * Adds aggregates gathered elsewhere (another thread published some tables): the result is the
   * same as if their rows had been added here.
   *
   * @example
   * stats.merge(statsOfSentences.toJSON());
   */
  merge(data: DatasetStatsData): this {
    for (const k of TALLIES) this[k].merge(data.tallies[k]);
    this.articles += data.articles;
    this.comments += data.comments;
    this.sentences += data.sentences;
    return this;
  }

  /** Clusters per size (kept article plus its duplicates): `1` is an article with no copy. */
  clusterSizes(): Tally {
    const sizes = new Tally();
    const withCopies = this.copiesOf.top();
    const single = this.articles - withCopies.length;
    if (single > 0) sizes.add('1', single);
    for (const [, n] of withCopies) sizes.add(String(n + 1));
    return sizes;
  }
}
