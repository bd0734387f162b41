export { generateCorpus, corpusDefaults, type CorpusOptions, type GeneratedArticle, type ArticleRole } from './corpus.ts';
export { writeCorpus, type WrittenCorpus } from './write-corpus.ts';
export { COPY_KINDS, COPY_MIX, type CopyKind, pickCopyKind, reformat, truncate, lightlyEdit } from './edits.ts';
export { makeSites, renderPage, type Site } from './page.ts';
export { pickCast, writeStory, headline, paragraph, type Cast, type Story, type Person } from './prose.ts';
export { Prng } from './prng.ts';
export { main } from './cli.ts';
export { scoreClusters, type ClusterScores } from './score-clusters.ts';
export { articleToCleanRecord } from './to-records.ts';
