/**
 * The annotate stage: language (article, paragraphs, comments), named entities
 * with canonical names and roles, dates normalised to ISO 8601, direct and
 * indirect quotes with speaker and cue, and quality signals with flags.
 * Keywords need the whole run: `assignKeywords` fills them afterwards.
 */
import type { AnnotatedRecord, DedupRecord, Entity, ParagraphLanguage, Quote } from '../../lib/types.ts';
import { type DocStage, drop, keep, type StageResult } from '../../lib/stage.ts';
import { type AnnotateOptions, resolveOptions } from './annotate-options.ts';
import { offsetMap } from './code-points.ts';
import { findDates } from './dates.ts';
import { docLayout } from './doc-layout.ts';
import { findEntities } from './entities.ts';
import { findIndirectQuotes } from './indirect-speech.ts';
import { createLanguageDetector } from './language.ts';
import { PersonIndex, canonicalPerson } from './people.ts';
import { qualityFlags, qualitySignals } from './quality.ts';
import { pairQuoteMarks } from './quote-marks.ts';
import { findDirectQuotes } from './quotes.ts';
import { referenceDay } from './reference-date.ts';
import { loadResources } from './resources.ts';
import { tokenize } from './tokenize.ts';

const OPENERS = '\n.!?:;“‘"«(—–-';
const SKIPPED = ' \u00a0\t"“”\'‘’«»(';
/** Character code -> 1 opener, 2 skipped (an opener wins), 0 other. */
const GAP_CLASS = new Map<number, number>();
for (const c of SKIPPED) GAP_CLASS.set(c.charCodeAt(0), 2);
for (const c of OPENERS) GAP_CLASS.set(c.charCodeAt(0), 1);

/** The gap before a token ends a sentence or opens a quote ("… said. “We", ": The"). */
function opensSentence(gap: string): boolean {
  for (let i = gap.length - 1; i >= 0; i--) {
    const k = GAP_CLASS.get(gap.charCodeAt(i));
    if (k === 1) return true;
    if (k !== 2) return false;
  }
  return false;
}

function create(options: Partial<AnnotateOptions>): (doc: DedupRecord) => StageResult<AnnotatedRecord> {
  const opts = resolveOptions(options);
  const res = loadResources();
  const detector = createLanguageDetector(res, { minLetters: opts.minLanguageLetters, modelChars: opts.languageModelChars });
  const known = new PersonIndex();
  for (const name of [...opts.knownPeople].sort()) known.add(canonicalPerson(name, res));
  const rules = res.qualityRules.map((r) => ({ ...r, value: opts.qualityThresholds[r.id] ?? r.value }));

  const annotate = (doc: DedupRecord): StageResult<AnnotatedRecord> => {
    if (typeof doc?.body !== 'string') return drop('annotate-no-body', `record ${String(doc?.id)} has no body string`);
    try {
      return annotateOne(doc);
    } catch (e) {
      // A defect in a rule must not stop the run: the record goes to rejects with the reason.
      return drop('annotate-failed', `record ${doc.id}: ${(e as Error).message}`);
    }
  };

  const annotateOne = (doc: DedupRecord): StageResult<AnnotatedRecord> => {
    const body = doc.body;
    const map = offsetMap(body);
    const layout = docLayout(doc, map);
    const tokens = tokenize(body, 0, body.length, res.tokenOptions);
    const starts = new Set(layout.sentences.map((s) => s.start));
    const sentenceInitial = tokens.map((t, i) => i === 0 || starts.has(t.start) || opensSentence(t.gap));

    let t = 0;
    const guesses = layout.paragraphs.map(([a, b]) => {
      const words: string[] = [];
      while (t < tokens.length && tokens[t]!.start < a) t++;
      for (; t < tokens.length && tokens[t]!.end <= b; t++) words.push(tokens[t]!.lower);
      return detector.detect(body.slice(a, b), words);
    });
    const article = detector.vote(guesses, body);
    const paragraph_languages: ParagraphLanguage[] = guesses.map((g, i) => ({
      index: doc.paragraphs?.[i]?.index ?? i, language: g.language, confidence: g.confidence,
    }));

    const reference = referenceDay(doc.published, doc.published_precision);
    // A paragraph in another language (a French dateline) is read with its own date parser.
    const dates = layout.paragraphs.flatMap(([a, b], i) => {
      const own = guesses[i]!;
      const language = own.language && own.confidence >= 0.5 ? own.language : article.language;
      return findDates(body, a, b, { language, reference });
    });
    const mentions = findEntities({ text: body, tokens, sentenceInitial, dates, known }, res);

    const pairs = pairQuoteMarks(body, layout.paragraphs);
    const direct = findDirectQuotes({ text: body, tokens, paragraphs: layout.paragraphs, mentions, pairs }, res, { minWords: opts.minQuoteWords });
    const quoted = direct.map((q) => [q.start, q.end] as const);
    const singleMarks = pairs.filter((p) => p.single).flatMap((p) => [p.open, p.close]);
    const indirect = opts.indirectSpeech
      ? findIndirectQuotes({ text: body, tokens, sentences: layout.sentences, mentions, quoted, singleMarks }, res, opts.minIndirectWords)
      : [];
    const quotes: Quote[] = [...direct, ...indirect].sort((a, b) => a.start - b.start || a.end - b.end).map((q) => ({
      start: map.toCodePoint(q.start), end: map.toCodePoint(q.end), text: q.text, speaker: q.speaker,
      speaker_mention: q.speaker_mention, cue: q.cue, kind: q.kind,
    }));
    const entities: Entity[] = mentions.map((m) => ({
      start: map.toCodePoint(m.start), end: map.toCodePoint(m.end), text: body.slice(m.start, m.end),
      label: m.label, canonical: m.canonical, role: m.role, normalized: m.normalized,
    }));

    const quality = qualitySignals(body, layout.paragraphs.map(([a, b]) => body.slice(a, b)), tokens, res);
    const words = doc.words > 0 ? doc.words : tokens.length;
    const comments = (doc.comments ?? []).map((c) => ({ ...c, language: detector.detect(c.text ?? '').language }));
    return keep({
      ...doc, comments, language: article.language, language_confidence: article.confidence, paragraph_languages,
      entities, quotes, keywords: [], quality, quality_flags: qualityFlags(quality, words, rules),
    });
  };
  return Object.freeze(annotate);
}

/**
 * The annotate stage (per document). Keywords stay empty until `assignKeywords` runs over the run.
 *
 * @example
 * const run = annotateStage.create(annotateDefaults);
 * const result = run(dedupRecord);
 * if (result.ok) console.log(result.value.entities, result.value.quotes);
 */
export const annotateStage: DocStage<DedupRecord, AnnotatedRecord, AnnotateOptions> = Object.freeze({
  name: 'annotate',
  version: '1',
  inputSchema: 'newsprep:stages/dedup',
  outputSchema: 'newsprep:stages/annotate',
  create,
});
