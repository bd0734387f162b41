import { RELATIVE_TIME } from './data/dates.ts';
import { SECTION_WORDS, SOURCE_LABELS, VIEW_COUNT_WORDS } from './data/phrases.ts';
import { NEWSROOM_WORDS } from './data/bylines.ts';
import { alternation } from '../../lib/escape-regexp.ts';
import { looksLikeName } from './parse-byline.ts';

/**
 * Shapes of header lines that tell a headline from what is printed around it: two-sentence
 * headlines, section menus and paths, name-and-place lines, label and fact lines, a video's
 * running time. Each is a predicate on one line's text; `find-header.ts` weighs them.
 */

/** A sentence ends inside the line: a period (not after an initial or an abbreviation such as "U.S.") and a capital. */
export const INNER_SENTENCE_END = /(?<![.\s]\p{L})(?<!\b(?:Mr|Mrs|Ms|Dr|St|Sr|Jr|Prof|Gen|Gov|Sen|Rep|No|vs))\.\s+\p{Lu}/u;

/** A headline of two short sentences in title case ("A Wyoming Town Traded Coal for Data Centers. Now It Is Arguing Over Water."): most words capitalised. */
const TITLE_CASE_SHARE = 0.6;
const MAX_TITLE_SENTENCE_WORDS = 24;
export function titleCaseSentences(text: string, words: number): boolean {
  // (two whole sentences: the line ends with a full stop, the inner one is no ellipsis)
  if (words > MAX_TITLE_SENTENCE_WORDS || !/[^.]\.$/.test(text) || !INNER_SENTENCE_END.test(text) || !/[^.]\.\s+\p{Lu}/u.test(text)) return false;
  let caps = 0;
  let all = 0;
  for (const w of text.split(' ')) {
    if (!/\p{L}/u.test(w)) continue;
    all++;
    if (/^[\p{Lu}\d"“‘']/u.test(w)) caps++;
  }
  return caps >= all * TITLE_CASE_SHARE;
}

/** Two short sentences ("Harbor City finally found a quarterback. Now it needs a plan."): a headline in sentence case. */
const MAX_SHORT_SENTENCES_WORDS = 16;
export function twoShortSentences(text: string, words: number): boolean {
  if (words > MAX_SHORT_SENTENCES_WORDS || !/[^.]\.$/.test(text)) return false;
  const parts = text.split(/(?<=[^.\s]{2})\.\s+(?=\p{Lu})/u);
  return parts.length === 2 && parts.every((p) => p.split(' ').length >= 3);
}

const SECTIONS: ReadonlySet<string> = new Set(SECTION_WORDS);
/** A menu of section names ("News Sport Business Lifestyle Motoring Property"): three or more, and most of the words. */
export function sectionMenu(text: string, words: number): boolean {
  if (words < 3) return false;
  let hits = 0;
  for (const w of text.toLowerCase().split(/[\s,&|/·•]+/u)) if (SECTIONS.has(w)) hits++;
  return hits >= 3 && hits * 5 >= words * 3;
}
/** "Bridget (Bridie) Kilbride, Ballinacree", "Annika Soderberg, Editor-in-Chief": a name, a comma and a word or two. */
const NAME_AND_PLACE = /^([^,]{3,40}),\s*\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)?$/u;
/** A title before a name ("Professor Irene Quaye"). */
const HONORIFIC = /^(?:Professor|Prof\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame|Rev\.?)\s+/u;
export function nameAndPlace(text: string): boolean {
  const m = text.length <= 80 ? NAME_AND_PLACE.exec(text) : null;
  return m !== null && looksLikeName(m[1].replace(HONORIFIC, '').replace(/\s*\([^)]*\)/g, ''));
}

/** A line opening with a lower-case label and a colon ("in: News, Season 3", "tags: …"). */
const LOWER_LABEL = /^\p{Ll}+:\s/u;
export const lowerLabel = (text: string): boolean => LOWER_LABEL.test(text);

/** A video's running time alone on a line ("02:41", "1:02:15"). */
const BARE_DURATION = /^\d{1,2}:\d{2}(?::\d{2})?$/;
export const bareDuration = (text: string | undefined): boolean => text !== undefined && BARE_DURATION.test(text);

/** A label and its value inside a fact line ("Attendance: 6,412", "Referee: Howard Tillotson"). */
const FACT_LABEL = /(?:^|[\s·•|])\p{Lu}\p{Ll}+:\s/gu;
/** A figure's label in a market or weather ticker: a capitalised word, maybe one lower-case word after it, or capitals ("Dólar oficial:", "UFV:"). */
const FIGURE_LABEL = /(?:^|[\s·•|])\p{Lu}\p{L}*(?:\s\p{Ll}+)?:\s/gu;
const HAS_DIGIT = /\d/;
/**
 * Two or more labelled values on one line: a fact line, not a headline ("Brindley Park · Attendance: 6,412 · Referee: …";
 * a ticker of figures: "Dólar oficial: Bs 6,96 venta · UFV: 2,71043").
 */
export const factLine = (text: string): boolean =>
  text.includes(': ') && ((text.match(FACT_LABEL) ?? []).length >= 2 || (HAS_DIGIT.test(text) && (text.match(FIGURE_LABEL) ?? []).length >= 2) ||
    (ANY_DIGIT.test(text) && (text.match(LABEL_COLON) ?? []).length >= MIN_INFO_LABELS));
/** A digit of any script (Persian "۴", Arabic-Indic "٤"). */
const ANY_DIGIT = /\p{Nd}/u;
/** An info bar of labelled values in any script ("کد خبر: ۴۸۲۷۱۹۳ تاریخ انتشار: … سرویس: اقتصادی بازدید: ۲۳۴۵"): this many labels' colons. */
const LABEL_COLON = /\S:\s/gu;
const MIN_INFO_LABELS = 3;

/** A market ticker's up and down marks, and its figures. */
const TICK_MARKS = /[▲▼△▽↑↓⬆⬇]/gu;
const FIGURES = /(?<![\p{L}\d])[-+−]?\d[\d.,]*%?(?![\p{L}\d])/gu;
/**
 * A market ticker: figures with their up and down marks ("USD 92,41 ▲ EUR 97,80 ▼ Brent 71,30 ▲"), or four figures and more
 * making half the words ("S&P/NZX 50 12,884.31 +0.42% NZD/USD 0.5962"). Never the headline.
 */
export function figureTicker(text: string, words: number): boolean {
  if (!HAS_DIGIT.test(text)) return false;
  const marks = (text.match(TICK_MARKS) ?? []).length;
  const figures = (text.match(FIGURES) ?? []).length;
  return (marks >= 2 && figures >= 2) || (figures >= 4 && figures * 2 >= words);
}

/** A views counter opening the line ("4.532 مشاهدة تعليقات الزوار (6)", "1,284 views", "Переглядів: 3 812"), never the headline (`VIEW_COUNT_WORDS`). */
const VIEW_COUNT = new RegExp(`^(?:[\\d.,\\s]*\\d\\s*(?:${alternation(VIEW_COUNT_WORDS)})|(?:${alternation(VIEW_COUNT_WORDS)})\\s*:?\\s*\\d)`, 'iu');
export const viewCounter = (text: string): boolean => HAS_DIGIT.test(text) && VIEW_COUNT.test(text);

/**
 * A newsroom's or a source's credit line ("Redacción · Fuente: Cooperativa Platanera …", "Source: Continental Press Agency"):
 * a newsroom word opening the line before a separator, or a source label (`SOURCE_LABELS`). Never the headline.
 */
const NEWSROOM_OPENING = new RegExp(`^(?:${alternation(NEWSROOM_WORDS)})\\s*[·|,–—-]`, 'iu');
const SOURCE_LABEL = new RegExp(`(?:^|\\s[·|]\\s)(?:${alternation(SOURCE_LABELS)})\\s*[:：]`, 'iu');
export const creditLabelLine = (text: string): boolean =>
  NEWSROOM_OPENING.test(text) || ((text.includes(':') || text.includes('：')) && SOURCE_LABEL.test(text));

/** A teaser's age at the end of the line ("… desde el lunes hace 4 horas", "… 2 hours ago"): an item of a list, never the headline. */
const TEASER_AGE = new RegExp(
  `\\s(?:(?:${alternation(RELATIVE_TIME.before)})\\s+\\d{1,3}\\s?(?:${alternation(RELATIVE_TIME.units)})|\\d{1,3}\\s?(?:${alternation(RELATIVE_TIME.units)})\\.?\\s+(?:${alternation(RELATIVE_TIME.after)}))$`,
  'iu',
);
export const teaserAge = (text: string): boolean => TEASER_AGE.test(text);

/** A section path of two or three short parts ("Opinión / Cartas al director", "News / Local"). */
const SECTION_PATH = /^[^/>|]{2,30}(?:\s[/>|]\s[^/>|]{2,30}){1,2}$/u;
const shortParts = (text: string): boolean => text.split(/\s[/>|]\s/u).every((p) => p.split(' ').length <= 3 && !/[.!?:]$/.test(p));
/** A section path: at most nine words, in two or three short parts between " / ", " > " or " | ". */
export const sectionPath = (text: string, words: number): boolean =>
  words <= 9 && (text.includes(' / ') || text.includes(' > ') || text.includes(' | ')) && SECTION_PATH.test(text) && shortParts(text);
