import { type CopyKind, lightlyEdit, pickCopyKind, reformat, truncate } from './edits.ts';
import { makeSites, renderPage, type Site } from './page.ts';
import { Prng } from './prng.ts';
import { type Cast, headline, pickCast, writeStory } from './prose.ts';

/** Options of {@link generateCorpus}. */
export interface CorpusOptions {
  /** Number of articles to generate. */
  articles: number;
  /** Seed: the same seed and options give the same corpus. */
  seed: number;
  /** Mean body length in words (each story draws 60–140 % of it). */
  words: number;
  /** Files per shard folder. */
  shardSize: number;
}

export const corpusDefaults: Readonly<CorpusOptions> = Object.freeze({ articles: 1000, seed: 1, words: 600, shardSize: 1000 });

/** Roles of a generated article (closed set): the story itself, a syndicated copy, or a hard negative. */
export type ArticleRole = 'original' | 'negative' | CopyKind;

/** One generated article with its planted truth. */
export interface GeneratedArticle {
  /** 0-based position in the corpus. */
  index: number;
  /** Path relative to the corpus folder, e.g. shard-0000/0000042.txt. */
  file: string;
  /** Planted cluster: all copies of one story share it. */
  cluster: string;
  role: ArticleRole;
  site: string;
  title: string;
  /** The article's own paragraphs joined by "\n\n" (what clean should find). */
  body: string;
  /** ISO 8601 UTC. */
  published: string;
  /** The whole page as written to the .txt file. */
  text: string;
}

/** Share of stories that get syndicated copies, and of stories that are hard negatives of the previous one. */
const SYNDICATED = 0.45;
const HARD_NEGATIVE = 0.25;
/** A hard negative reuses up to this many paragraphs of the story before it. */
const REUSED_PARAGRAPHS = 2;
const HOUR = 3_600_000;
const START = Date.UTC(2015, 0, 1);

/**
 * Streams a corpus with planted syndication: each story is published on one
 * site, and some are copied to other sites (re-headlined, truncated to
 * 60–80 %, lightly edited, or only re-formatted), each copy wrapped in that
 * site's boilerplate. Hard negatives are new stories on the same topic, cast
 * and site as the story before them that reuse one or two of its paragraphs
 * (follow-up stories repeating background).
 *
 * @example
 * for (const article of generateCorpus({ ...corpusDefaults, articles: 10 })) console.log(article.file, article.cluster);
 */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedArticle> {
  const sites = makeSites(new Prng(options.seed, 0), 40);
  let index = 0;
  let previous: { cast: Cast; site: Site; paragraphs: string[] } | null = null;
  for (let story = 0; index < options.articles; story++) {
    const rng = new Prng(options.seed, 1, story);
    const prior: { cast: Cast; site: Site; paragraphs: string[] } | null = previous;
    const negative: boolean = prior !== null && rng.chance(HARD_NEGATIVE);
    const cast: Cast = negative && prior ? prior.cast : pickCast(rng);
    const site: Site = negative && prior ? prior.site : rng.pick(sites);
    const base = writeStory(rng, cast, rng.int(Math.round(options.words * 0.6), Math.round(options.words * 1.4)));
    if (negative && prior) {
      // A follow-up story reuses one or two background paragraphs of the earlier one.
      for (let k = rng.int(1, REUSED_PARAGRAPHS); k > 0 && base.paragraphs.length > 1; k--) {
        base.paragraphs[rng.int(1, base.paragraphs.length - 1)] = rng.pick(prior.paragraphs);
      }
    }
    const published = START + rng.int(0, 4 * 365 * 24) * HOUR;
    const copies = rng.chance(SYNDICATED) ? (rng.chance(0.85) ? rng.int(1, 4) : rng.int(5, 20)) : 0;
    const make = (role: ArticleRole, s: Site, title: string, paragraphs: string[], at: number): GeneratedArticle => {
      const file = `shard-${String(Math.floor(index / options.shardSize)).padStart(4, '0')}/${String(index).padStart(7, '0')}.txt`;
      return {
        index: index++, file, cluster: `c${story}`, role, site: s.name, title, body: paragraphs.join('\n\n'),
        published: new Date(at).toISOString(), text: renderPage(rng, s, title, paragraphs, at),
      };
    };
    yield make(negative ? 'negative' : 'original', site, base.title, base.paragraphs, published);
    for (let c = 0; c < copies && index < options.articles; c++) {
      const kind = pickCopyKind(rng);
      const other = rng.pick(sites);
      let paragraphs = base.paragraphs;
      let title = base.title;
      if (kind === 'format') paragraphs = reformat(rng, paragraphs);
      if (kind === 'retitle') title = headline(rng, cast);
      if (kind === 'truncate' || kind === 'truncate-edit') paragraphs = truncate(paragraphs, 0.6 + 0.2 * rng.next());
      if (kind === 'edit' || kind === 'truncate-edit') paragraphs = lightlyEdit(rng, cast, paragraphs, 0.01 + 0.02 * rng.next());
      yield make(kind, other, title, paragraphs, published + rng.int(-6, 72) * HOUR);
    }
    previous = { cast, site, paragraphs: base.paragraphs };
  }
}
