import { cardName, nameWithRole, roleLine } from './author-card.ts';
import type { LineFeatures } from './line-features.ts';
import { bareDuration, creditLabelLine, factLine, figureTicker, INNER_SENTENCE_END, lowerLabel, nameAndPlace, sectionMenu, sectionPath, teaserAge, titleCaseSentences, twoShortSentences, viewCounter } from './headline-shapes.ts';
import { type Byline, bylineLabelled, cjkByline, creditAfterNames, hanNameList, looksLikeName, nameDateByline, nameListLine, otherCreditLine, parseByline, unglueRole } from './parse-byline.ts';
import { ARABIC_SCRIPT_FUNCTION_WORDS, NEWS_AGENCIES, PERSON_ROLE_WORDS } from './data/bylines.ts';
import { SUMMARY_HEADINGS } from './data/phrases.ts';
import { PUBLISHED_CUES, WEEKDAY_NAMES } from './data/dates.ts';
import { type ParsedDate, parseDate } from './parse-date.ts';
import type { Line } from './split-lines.ts';

const WEEKDAYS = new Set(WEEKDAY_NAMES);
/** Publication cues, longest first, as the words before a date end with them. */
const PUBLISHED_ENDINGS = [...PUBLISHED_CUES].sort((a, b) => b.length - a.length);

/** Per-line facts the header search needs. */
export interface HeaderLine {
  line: Line;
  f: LineFeatures;
  /** A boilerplate phrase or breadcrumb matched the line. */
  boiler: boolean;
  /** The line is a related-links or newsletter heading ("Sur le même sujet", "Trending now"). */
  related?: boolean;
  /** The line is a copyright line ("© 2026 The Crestline Times Company"): it names the site. */
  copyright?: boolean;
  /** The line is a photo caption or credit ("… Picture: Tom Fairhurst"). */
  caption?: boolean;
}

/** A newsletter line of this many words heads a box of teasers ("Get our morning briefing"); a shorter one ("Newsletters") is a menu item. */
const NEWSLETTER_HEADING_WORDS = 3;

/**
 * Whether a phrase hit makes a line a related-links or newsletter heading (`HeaderLine.related`).
 *
 * @example
 * relatedHeading('related-links', 3) // true: "Sur le même sujet"
 * relatedHeading('newsletter', 1) // false: "Newsletters" in a menu
 */
export function relatedHeading(kind: string | undefined, words: number): boolean {
  return kind === 'related-links' || (kind === 'newsletter' && words >= NEWSLETTER_HEADING_WORDS);
}

/** What the header search found (line indexes into the document's lines). */
export interface Header {
  title: number | null;
  /** A bare author line next to the title or date ("Sarah Archer", "Jane Doe and John Roe", "Jane Doe, Staff Writer"), when no "By" line exists. */
  nameLine: number | null;
  bylines: Array<{ index: number; byline: Byline }>;
  dates: Array<{ index: number; date: ParsedDate; fromByline: boolean }>;
  /** Index of the date used as the publication date, or null. */
  published: number | null;
}

/** With a byline, the title is searched this many lines above it. */
const TITLE_ABOVE_BYLINE = 6;

/** A "By" line (at most `MAX_LATE_BYLINE` characters) counts up to this many lines after the first paragraph. */
const LATE_BYLINE = 7;
const MAX_LATE_BYLINE = 80;
/** A date line up to this many lines under a late byline is its date. */
const LATE_DATE_AFTER_BYLINE = 2;

/** Max characters of a line that may be a title, byline or date line. */
const MAX_HEADER_LINE = 250;

/** True when a line is mostly a date ("Oct 04, 2016 06:00 AM EDT", "Published: 11 Mai 2017"). */
export function dateLine(text: string, monthFirst?: boolean): ParsedDate | null {
  if (text.length > 100) return null;
  const d = parseDate(text, monthFirst);
  return d && d.coverage >= 0.6 ? d : null;
}

/** A header line whose date covers little of it is a date line when at most this many words come before the date (a caption mentioning "October 2021" is not). */
const MAX_WORDS_BEFORE_DATE = 4;

/** The date sits at the start of the line ("AFP 30 avril 2015 à 07:19 (Mis à jour : …)", "Published March 5, 2021 · 14 min read"). */
export function leadsLine(text: string, d: ParsedDate): boolean {
  const at = text.indexOf(d.raw);
  if (at < 0) return false;
  const before = text.slice(0, at).split(/[\s,]+/).filter(Boolean);
  // a weekday before the date is part of it ("Submitted by webdesk on Wed, 25/11/2026")
  if (before.length && WEEKDAYS.has(before[before.length - 1].toLowerCase().replace(/\.$/, ''))) before.pop();
  // a publication cue right before the date marks it wherever it sits ("… Kategorie: St. Veit Veröffentlicht: 02. Dezember 2026")
  const cue = before.slice(-3).join(' ').toLowerCase().replace(/[:.]+$/, '');
  return before.length <= MAX_WORDS_BEFORE_DATE || PUBLISHED_ENDINGS.some((c) => cue === c || cue.endsWith(` ${c}`));
}

/** Longest line read as a date line. */
const MAX_DATE_LINE = 160;

/**
 * The date of the line right under a byline: its publication date when the date covers most
 * of the line or opens it, more may follow ("Pubblicato il 05/12/2026 - 17:45 Ultimo
 * aggiornamento: …", "6. Dezember 2026, 9:14 Uhr 312 Kommentare"); else null.
 *
 * @example
 * bylineDate('6. Dezember 2026, 9:14 Uhr 312 Kommentare', false)?.iso // '2026-12-06T09:14:00'
 */
export function bylineDate(text: string, monthFirst?: boolean): ParsedDate | null {
  const d = text.length <= MAX_DATE_LINE ? publicationDate(text, monthFirst) : null;
  return d && (d.coverage >= 0.6 || leadsLine(text, d)) ? d : null;
}

/**
 * The date of a header line, preferring a publication date over an update date printed
 * before it ("Last Updated: Mar 6, 2021 | Published: Mar 5, 2021" gives Mar 5).
 *
 * @example
 * publicationDate('Updated 9:20 AM, Mar 6, 2021 | Published: Mar 5, 2021')?.iso // '2021-03-05'
 */
export function publicationDate(text: string, monthFirst?: boolean): ParsedDate | null {
  const d = parseDate(text, monthFirst);
  if (!d?.update) return d;
  const at = text.indexOf(d.raw);
  const rest = at >= 0 ? text.slice(at + d.raw.length) : '';
  const later = rest ? parseDate(rest, monthFirst) : null;
  if (later && !later.update) return later;
  // "Updated December 3, 2026 — 7.10pm, first published at 5.42pm": the same day, at the first time
  const first = d.precision === 'datetime' ? FIRST_PUBLISHED_TIME.exec(rest) : null;
  if (first) {
    let h = Number(first[1]) % (first[3] ? 12 : 24);
    if (first[3]?.toLowerCase() === 'p') h += 12;
    const iso = `${d.iso.slice(0, 11)}${String(h).padStart(2, '0')}:${first[2]}:00${d.iso.slice(19)}`;
    return { ...d, iso, raw: `${d.raw}${rest.slice(0, first.index + first[0].length)}`, update: false };
  }
  return d;
}

/** A publication cue and a time alone after an update's date ("…, first published at 5.42pm"): hours, minutes, a or p. */
const FIRST_PUBLISHED_TIME = new RegExp(`(?:${PUBLISHED_CUES.map((c) => c.replace(/\s+/g, '\\s+')).join('|')})\\s+(?:at\\s+|à\\s+|um\\s+|a las\\s+|alle\\s+)?([01]?\\d|2[0-3])[.:h]([0-5]\\d)\\s*(?:([ap])\\.?m\\.?)?(?![\\d.:/])`, 'iu');

/** Headlines do not end with a preposition or article ("… is sponsored by"). */
const DANGLING = /\s(?:by|of|the|a|an|to|for|with|and|or|in|on|at|from|de|du|des|la|le|von|der|die|das|del|el|di|da|do)$/i;

/** Ends like a sentence (a final period that is not an ellipsis or an abbreviation such as "U.S."). */
const SENTENCE_PERIOD = /(?<![.\s]\p{L})(?<!\.\.)\.$/u;


/** A headline has letters: a run of 4+ letters, or two words with letters (not a price or a stock quote such as "-35.56 (-0.69%)"). */
const LETTER_WORDS = /\p{L}{2}.*?(?:\s|[\u3000-\u303f])\S*\p{L}|\p{L}{4}/u;

/** A clock time: 18:45, 9:05 (not a ratio inside a longer number). */
const CLOCK_TIME = /(?<![\d:])\d{1,2}:[0-5]\d(?![\d:])/;

/** A photo caption ends with its credit in brackets ("… election. (Thomas Coex/AFP/Getty Images)"). */
const CAPTION_CREDIT = /\([^()]*\/[^()]*\)$/u;

/** A section name glued to the headline by a pipe without spaces ("New York|Manhole Fires and Burst Pipes …"). */
const GLUED_SECTION = /^[^|\s][^|]{0,30}?\|(?=\S[^|]*(?:\s\S+){3}$)/u;

/**
 * The headline of a title line: without a section name glued in front by a
 * pipe (adjacent links in a text dump).
 *
 * @example
 * headlineText('New York|Manhole Fires and Burst Pipes Again') // 'Manhole Fires and Burst Pipes Again'
 */
export function headlineText(text: string): string {
  const m = GLUED_SECTION.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/** Weights of the headline score (one place; tuned on news pages, not per site). */
export const TITLE_WEIGHTS = {
  /** Base score minus this share per line of distance from the first paragraph (1 / 40). */
  distancePerLine: 1 / 40,
  /** Per word, up to `wordsCap` words: headlines are 5-15 words. */
  perWord: 0.15,
  wordsCap: 12,
  /** Per word beyond `longAfter` words (standfirsts, captions). */
  perLongWord: 0.2,
  longAfter: 16,
  /** Ends with ":", "," or ";". */
  openEnd: 1.5,
  /** One or two words; three words. */
  twoWords: 1,
  threeWords: 0.5,
  /** Reads like a personal name ("Sarah Archer"). */
  nameLike: 1.5,
  /** Mostly upper case (section labels, shouting teasers). */
  upperCase: 0.5,
  /** A line at the top of the page (see `pageTopLines`) that is mostly a date: the masthead's date line. */
  mastheadDate: 1,
  /** Two or more words glued together, or a glued video duration: a dump of a menu or player. */
  glued: 2,
  /** A role line ("Mid Wales reporter, BBS Wales News"): the author's job, not a headline. */
  roleLine: 3,
  /** Directly followed by two or more shorter summary points and then the byline or date. */
  followedByHighlights: 2,
  /** Summary points under a headline: lines of at least `highlightWords` words, at most `maxHighlights` of them, each this many times shorter than the headline. */
  headlineOverHighlights: 1.15,
  highlightWords: 6,
  maxHighlights: 4,
  /** A run of `menuWords`+ capitalised words without one stop word ("Cloud Data Centers Networking Security AI …"): a menu. */
  menuLike: 3,
  menuWords: 7,
  /** Three or more parts between " · ", " • " or " | " ("EVENT 2027 · Early-bird passes end Dec 18 · Register"): a banner or info line. */
  segmented: 2,
  /** Ends with a preposition or article. */
  dangling: 1,
  /** Holds a clock time ("CNET Japan 3/9(木) 18:45配信", "Updated 12:41 PM"): a dateline, not a headline. */
  clockTime: 1.5,
  /** Repeated as most of a longer line (breadcrumb, comment heading); repeated as an identical line. */
  repeatedInLonger: 1.5,
  repeatedIdentical: 0.5,
  /** ... an identical copy of a line of `longRepeatWords`+ words (a headline printed twice: sticky header, mobile copy). */
  repeatedIdenticalLong: 1.5,
  longRepeatWords: 5,
  /** ... when the copy is at most this many lines away (related-story lists repeat headlines far apart). */
  copyReach: 12,
  /** Followed by a byline or a date line (minus `followDecay` per line between); by a bare name line. */
  followedByByline: 2.5,
  followedByName: 1.5,
  followDecay: 0.5,
  /** Printed in the page's copyright line: the site's name (masthead), not a headline; its repeats earn nothing. */
  siteName: 1,
  /** Two sentences ("Stanziati 6,5 miliardi. Ora il negoziato …"): a standfirst more than a headline. */
  twoSentences: 1,
  /** Lines of up to this many words that are mostly a date are never the headline. */
  dateLineWords: 12,
  /** A line of at most `shortWords` words with a copy elsewhere (an identical line, a breadcrumb's last step) is a section name (menu and label), not a repeated headline. */
  shortRepeated: 0.5,
  shortWords: 3,
  /** Lines at the top of the page (0-based index up to this) whose date is the day's, not a byline's. */
  pageTopLines: 2,
  /** Directly followed by a standfirst (a longer line of 8+ words); the byline/date search then starts after it. */
  followedByDek: 1,
  /** A related-links heading sits at most `relatedReach` lines above (a list of other stories' headlines). */
  afterRelated: 1.5,
  relatedReach: 10,
  /** With a "By" line, the best line above it is the title unless the best line of the whole window scores this much more. */
  anchorMargin: 1,
} as const;

/** A scorer and the match minute ("Okafor 88'", "McGlashan 61' (pen)"), in a score box. */
const MATCH_MINUTE = /\b\d{1,3}(?:\+\d{1,2})?['’′]/u;
/** A social handle closing a name line ("Callum Redfern Football Reporter @CallumRedfern"). */
export const TRAILING_HANDLE = /\s+@[\w.]{2,30}$/u;
/**
 * A bare name line without what may surround the name: a bullet before it, a follow button, a
 * handle, a place or an agency in brackets after it, a role glued to it ("• Jane Doe", "Naomi Brandvold·Follow",
 * "Elif Yıldız - İzmir", "Michał Zieliński (PAP)"). Cheap tests guard each pattern: every header line is asked.
 */
export function bareName(text: string): string {
  let t = text;
  const c = t.charCodeAt(0);
  if (c === 0x2022 || c === 0xb7 || c === 0x7c || c === 0x2d) t = t.replace(/^(?:[•·|-]\s*)/, '');
  t = withoutFollow(t);
  if (t.includes('@')) t = t.replace(TRAILING_HANDLE, '');
  if (t.includes(' - ') || t.includes(' – ') || t.includes(' — ') || t.includes(' / ')) {
    // (in Arabic script the place or the outlet comes first: "الباحة - سارة الغامدي", "صدى المغرب - ياسين الإدريسي")
    const arabic = ARABIC_PLACE_FIRST.exec(t);
    t = arabic ? arabic[1] : t.replace(PLACE_AFTER_NAME, '');
  }
  if (t.endsWith(')')) t = t.replace(BRACKET_AGENCY, '').replace(BRACKET_ROLE, '');
  else if (AGENCY_AFTER_NAME.test(t)) {
    // (only an agency: a second name after "and" is no agency)
    const bare = t.replace(AGENCY_AFTER_NAME, '');
    const tail = t.slice(bare.length).trim().split(/\s+/).pop() ?? '';
    if (((tail === tail.toUpperCase() && !ROMAN_SUFFIX.test(tail)) || AGENCY_NAMES.has(tail.toLowerCase())) && looksLikeName(bare)) t = bare;
  }
  return unglueRole(t);
}

/** A place after a pipe ("… | Olomouc"): one or two capitalised words. */
const PIPE_PLACE = /\s\|\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?$/u;
/** An agency's or an editor's initials in brackets after a name ("Michał Zieliński (PAP)", "Jana Novak (dpa)"). */
const BRACKET_AGENCY = /\s\((?:(?:avec|with|mit|con|com)\s+)?(?:\p{Lu}{2,6}|\p{L}{2,5}(?:\/\p{L}{2,5})?)\)$/u;
/** The writer's role in brackets after a name ("Mathilde Rével (Correspondante à Berlin)"). */
const BRACKET_ROLE = new RegExp(`\\s\\((?:\\p{L}+\\s)?(?:${PERSON_ROLE_WORDS.join('|')})(?:\\s[^()]{1,30})?\\)$`, 'iu');
/** An agency or a paper's short name in capitals after a name in mixed case ("Aino Salonen SP", "Ilse Wouters en Belga"). */
const AGENCY_AFTER_NAME = /(?<=\p{Ll})\s(?:\p{Lu}{2,4}|(?:en|und|et|and|y|e|og|och|ja)\s\p{Lu}[\p{L}]{2,9})$/u;

/** A bare name with what surrounds it (a place, an outlet: `bareName`): "صدى المغرب - ياسين الإدريسي", "Elif Yıldız - İzmir". */
function nameWithPlace(text: string): boolean {
  const t = bareName(text);
  return t !== text && t.includes(' ') && looksLikeName(t);
}

/** Function words of Arabic, Persian and Urdu (`ARABIC_SCRIPT_FUNCTION_WORDS`): a line holding one is no name. */
const ARABIC_FUNCTION: ReadonlySet<string> = new Set(ARABIC_SCRIPT_FUNCTION_WORDS);

/** A place or an outlet of one to three words, a dash and a name of two to four words, in Arabic script. */
const ARABIC_PLACE_FIRST = /^[\p{sc=Arabic}]+(?:\s[\p{sc=Arabic}]+){0,2}\s[-–—]\s([\p{sc=Arabic}]+(?:\s[\p{sc=Arabic}]+){1,3})$/u;

/** A generation's numeral closing a name ("Jane Doe III"). */
const ROMAN_SUFFIX = /^(?:II|III|IV|VI|VII|VIII)$/;
/** News agencies named after a writer ("… en Belga"). */
const AGENCY_NAMES: ReadonlySet<string> = new Set(NEWS_AGENCIES);

/** The place after a bare name line ("Elif Yıldız - İzmir", "Jane Doe / Leeds"). */
const PLACE_AFTER_NAME = /\s[-–—/]\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?$/u;

/** Share of a top line a date must cover for the line to be the masthead's date line. */
const MASTHEAD_DATE_COVERAGE = 0.4;
/** A weather widget: a place and its temperature, perhaps the sky after it ("Saguenay -9 °C", "Leeds 4°", "Marlow, KS 34°F Cloudy"). */
const WEATHER = /[-−]?\d{1,2}\s?°\s?[CF]?(?:\s+\p{L}+){0,2}$/u;
/** A lower-case letter run into a capital: two words glued together by a text dump. */
const GLUED_WORDS = /\p{Ll}\p{Lu}/gu;
/** A video's duration or a teaser's age glued to its title ("… heading east03:04", "… near Colchester41 min ago"). */
const GLUED_DURATION = /\p{L}\d{1,2}:\d{2}$|\p{Ll}\d{1,3}\s?(?:secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?)\s+ago$/u;
/** A person's role, then the outlet after a comma ("Mid Wales reporter, BBS Wales News"): group 1 is the role word. */
const ROLE_LINE = /^[\p{L} .'’-]{0,40}?\b(\p{L}+),\s/u;
const PERSON_ROLES: ReadonlySet<string> = new Set(PERSON_ROLE_WORDS);
/** A separator between the parts of a banner, menu or info line. */
const SEGMENT_SEPARATOR = /\s[·•|]\s/g;
/** Every word starts with a capital or a digit. */
const MENU_WORDS = /^[\p{Lu}\d][^\s]*(?:\s+[\p{Lu}\d&][^\s]*)+$/u;

/** A short headline-like line (a teaser in a list): words, no full stop, no boilerplate. */
const teaserLike = (h: HeaderLine | undefined): boolean => !!h && !h.boiler && !h.f.terminal && h.f.words >= 3 && h.f.words <= 15 && h.f.urlDensity === 0;
/** Teasers of one list are of about one length: within these shares of the line's length. */
const LIST_LENGTH_RATIO = [0.6, 1.6] as const;
/**
 * A line after two teaser-like lines and before the article's headline (a line of about its length
 * with the byline or date under it), all of about its length: the last item of a list of
 * headlines printed above the article ("Latest"), not its headline.
 */
function teaserInList(lines: readonly HeaderLine[], i: number): boolean {
  const c = lines[i]?.f.chars ?? 0;
  const alike = (h: HeaderLine | undefined): boolean => teaserLike(h) && h!.f.chars >= c * LIST_LENGTH_RATIO[0] && h!.f.chars <= c * LIST_LENGTH_RATIO[1];
  if (!(teaserLike(lines[i]) && alike(lines[i - 2]) && alike(lines[i - 1]) && alike(lines[i + 1]) && !infoLine(lines[i + 1]) && !infoLine(lines[i - 1]))) return false;
  // (the headline's byline may come after a share row: "Print Email")
  let k = i + 2;
  while (k < i + 4 && lines[k]?.boiler) k++;
  return infoLine(lines[k]);
}

const SUMMARY: ReadonlySet<string> = new Set(SUMMARY_HEADINGS);
/** A summary box's heading stands at most this many lines above (its points come one per line). */
const MAX_SUMMARY_POINTS = 5;
/** A heading of a summary box stands a few lines above line `i`, no long paragraph between. */
function underSummaryHeading(lines: readonly HeaderLine[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - MAX_SUMMARY_POINTS); k--) {
    const t = lines[k].line.text;
    if (t.length <= 40 && SUMMARY.has(t.toLowerCase().replace(/[\s:：.]+$/u, ''))) return true;
    if (lines[k].f.terminal && lines[k].f.words > 25) return false;
  }
  return false;
}

/** Three of the four lines above are short labels (menu items of one to three words, no final punctuation). */
function menuColumn(lines: readonly HeaderLine[], i: number): boolean {
  let items = 0;
  for (let k = Math.max(0, i - 4); k < i; k++) if (lines[k].f.words >= 1 && lines[k].f.words <= W.shortWords && !lines[k].f.terminal) items++;
  return items >= 3;
}

const HAS_DIGIT = /\d/;
/** Nothing but a weekday (and punctuation) before the date in the line ("Lundi 7 décembre 2026 …"). */
const onlyWeekdayBefore = (text: string, d: ParsedDate): boolean =>
  text.slice(0, text.indexOf(d.raw)).split(/[\s,.]+/).every((w) => !w || WEEKDAYS.has(w.toLowerCase()));
/** A bare name line (with a role, handle or follow button around the name) is at most this long. */
const MAX_NAME_LINE = 100;
/** A byline with its date line, at most this many lines above the first paragraph, belongs to the article. */
const BYLINE_OVER_BODY = 3;
/** A menu of section names has few stop words ("Bills & Utilities", "News and Sport": under this density). */
const SECTION_MENU_STOPS = 0.2;

/** Only removed lines (a share row, a caption) separate line `k` from the first paragraph `anchor`. */
function bodyAfter(lines: readonly HeaderLine[], k: number, anchor: number): boolean {
  if (anchor <= k) return false;
  for (let j = k + 1; j < anchor; j++) if (!lines[j].boiler && !lines[j].caption) return false;
  return true;
}

/** A standfirst is at least this many times longer (in characters) than the headline above it ... */
const DEK_RATIO = 1.2;
/** ... or this many times, when a byline, date or name line follows it (headline, standfirst, byline), or the body does. */
const DEK_RATIO_BEFORE_BYLINE = 0.8;

/** A follow button and its count after an author's name ("Tan Wei Ling Follow 1,284 followers"). */
export const FOLLOW_WIDGET = /(?:\s+|\s?[·•|+]\s?)(?:Follow|FOLLOW|Folgen|FOLGEN|Suivre|SUIVRE|Seguir|SEGUIR|Segui|SEGUI)(?:\s+[\d.,]+\s*[KkMm]?\s+\p{L}+)?$/u;
/** The name line without its follow button (`FOLLOW_WIDGET`); a cheap test first, as every header line is asked. */
export const withoutFollow = (text: string): string =>
  text.includes('Fol') || text.includes('FOL') || text.includes('Sui') || text.includes('SUI') || text.includes('Seg') || text.includes('SEG') ? text.replace(FOLLOW_WIDGET, '') : text;

/** A headline-like line that may be a summary point under the headline (words, no boilerplate, no byline or date). */
function summaryLine(h: HeaderLine | undefined): boolean {
  return h !== undefined && !h.boiler && !h.related && h.f.words >= W.highlightWords && h.f.chars <= MAX_HEADER_LINE && h.f.urlDensity === 0 && !infoLine(h) && !glued(h.line.text);
}

/** Menu items or a video's duration run together by a text dump ("TrendingWinter weatherBudget talks", "… east03:04"). */
function glued(text: string): boolean {
  return (text.match(GLUED_WORDS) ?? []).length >= 2 || GLUED_DURATION.test(text);
}

/**
 * How many summary points follow the headline candidate at `i` before a byline or date line: two
 * to `maxHighlights` lines, each clearly shorter than the headline (`headlineOverHighlights`; a list
 * of related headlines is not so ordered), the line above `i` not one of them; 0 when the lines
 * below are not such a run.
 */
function highlightsAfter(lines: readonly HeaderLine[], i: number): number {
  const h = lines[i];
  if (!h || h.f.words < W.highlightWords) return 0;
  let run = HIGHLIGHTS.get(h);
  if (run === undefined) {
    let k = i + 1;
    if (!glued(h.line.text) && !summaryLine(lines[i - 1])) {
      while (k < lines.length && k <= i + W.maxHighlights && summaryLine(lines[k]) && lines[k].f.chars * W.headlineOverHighlights <= h.f.chars) k++;
    }
    run = k - i - 1 >= 2 && infoLine(lines[k]) ? k - i - 1 : 0;
    HIGHLIGHTS.set(h, run);
  }
  return run;
}
/** Memo of `highlightsAfter` (every headline candidate asks about the lines above it). */
const HIGHLIGHTS = new WeakMap<HeaderLine, number>();

/** A bare author line: a name ("Sarah Archer"), a list of names or a name with its role. */
function nameLine(h: HeaderLine): boolean {
  const t = withoutFollow(h.line.text);
  const words = t === h.line.text ? h.f.words : t.split(/\s+/).length;
  return (t.length <= 40 && words >= 2 && words <= 4 && looksLikeName(t.replace(/^[•·|-]\s*/, ''))) || nameListLine(t) !== null;
}

/** Memo of `infoLine` (each line is asked about by several headline candidates). */
const INFO = new WeakMap<HeaderLine, boolean>();
/** Memo of each header line's `dateLine`. */
const DATE = new WeakMap<HeaderLine, ParsedDate | null>();
function dateOf(h: HeaderLine): ParsedDate | null {
  let d = DATE.get(h);
  if (d === undefined) {
    d = dateLine(h.line.text);
    DATE.set(h, d);
  }
  return d;
}

/** A CJK byline read as a late byline (from the start of the line). */
function cjkLate(t: string): Byline | null {
  const b = cjkByline(t);
  return b && { ...b, start: 0 };
}

/** Two dates a lifetime apart, joined by a dash ("June 14, 1934 – November 30, 2026", "1934–2026"). */
const LIFESPAN = /\b(1[89]\d\d|20\d\d)\b[^–—-]{0,30}\s?[–—-]\s?[^–—-]{0,30}\b(19\d\d|20\d\d)\b/u;
const lifespan = (t: string): boolean => {
  const m = t.length <= MAX_DATE_LINE ? LIFESPAN.exec(t) : null;
  return m !== null && Number(m[2]) - Number(m[1]) >= 2;
};

/** A credit line that may stand between a late byline and its date: another credit or a name with its role. */
const lateCredit = (t: string): boolean => t.length <= MAX_LATE_BYLINE && (otherCreditLine(t) || nameWithRole(t) !== null);

/** A byline, name-date, CJK info, date or bare author-name line. */
function infoLine(h: HeaderLine | undefined): boolean {
  if (!h) return false;
  let v = INFO.get(h);
  if (v === undefined) {
    const t = h.line.text;
    v = t.length <= MAX_HEADER_LINE && (nameLine(h) || parseByline(t) !== null || nameDateByline(t) !== null || cjkByline(t) !== null || dateOf(h) !== null);
    INFO.set(h, v);
  }
  return v;
}

const W = TITLE_WEIGHTS;

/** Another line within `copyReach` lines has the same text (case ignored). */
function copyNearby(lines: readonly HeaderLine[], i: number): boolean {
  const t = lines[i].line.text;
  for (let k = Math.max(0, i - W.copyReach); k < Math.min(lines.length, i + W.copyReach + 1); k++) {
    const o = lines[k].line.text;
    if (k !== i && o.length === t.length && o.toLowerCase() === t.toLowerCase()) return true;
  }
  return false;
}

/**
 * Headline score of line `i` (higher is better; -Infinity when the line cannot
 * be a title): `anchor` is the first paragraph, `haystack` every short line,
 * lower-cased, joined by newlines, `siteText` the page's copyright lines, lower-cased
 * (a line they print is the site's name). Weights are `TITLE_WEIGHTS`.
 */
export function titleScore(h: HeaderLine, lines: readonly HeaderLine[], i: number, anchor: number, haystack: string, siteText = ''): number {
  const { f, line } = h;
  if (h.boiler || f.chars < 10 || f.chars > MAX_HEADER_LINE || f.words < 2 || f.words > 35 || f.urlDensity > 0) return -Infinity;
  if ((SENTENCE_PERIOD.test(line.text) && !titleCaseSentences(line.text, f.words) && !twoShortSentences(line.text, f.words)) || !LETTER_WORDS.test(line.text) || CAPTION_CREDIT.test(line.text)) return -Infinity;
  if (f.words <= 6 && WEATHER.test(line.text)) return -Infinity;
  if (f.words <= 5 && MATCH_MINUTE.test(line.text)) return -Infinity;
  // a fact line of labelled values ("Brindley Park · Attendance: 6,412 · Referee: Howard Tillotson")
  if (factLine(line.text) || figureTicker(line.text, f.words) || viewCounter(line.text)) return -Infinity;
  // a lower-case label and its values ("in: News, Season 3, Trailers") is no headline
  if (lowerLabel(line.text)) return -Infinity;
  // a teaser with its age ("… hace 4 horas") is an item of a list; a photographer's or translator's credit is no headline
  if (teaserAge(line.text) || otherCreditLine(line.text)) return -Infinity;
  // a newsroom's byline ("By Gulfwave Staff and News Agencies") names no author, and is no headline either
  if ((f.words <= W.shortWords + 3 && bylineLabelled(line.text)) || creditLabelLine(line.text)) return -Infinity;
  // a point of a summary box under its heading ("Key Highlights" / "Six depots planned …")
  if (underSummaryHeading(lines, i)) return -Infinity;
  // the role line of an author card, under the name ("Fenella Orr-Castillo" / "Senior Lecturer in Hydrology, University of Otago")
  if (i > 0 && roleLine(line.text) && cardName(lines[i - 1].line.text)) return -Infinity;
  // a date line is no headline
  if (f.words <= W.dateLineWords && HAS_DIGIT.test(line.text) && dateOf(h) !== null) return -Infinity;
  let s = 1 - Math.abs(anchor - i) * W.distancePerLine + Math.min(f.words, W.wordsCap) * W.perWord - Math.max(0, f.words - W.longAfter) * W.perLongWord;
  if (/[:,;]$/.test(line.text)) s -= W.openEnd;
  if (f.words <= 2) s -= W.twoWords;
  else if (f.words === 3) s -= W.threeWords;
  if (looksLikeName(line.text) || nameListLine(line.text) || nameAndPlace(line.text) || (f.words <= 6 && nameWithPlace(line.text))) s -= W.nameLike;
  // one of a list of teaser headlines (a "Latest" box right above the article's own headline)
  if (teaserInList(lines, i)) s -= W.afterRelated;
  if (f.upperRatio > 0.8 && f.words > 3) s -= W.upperCase;
  if ((f.words >= W.menuWords && f.stopDensity === 0 && MENU_WORDS.test(line.text)) || (f.stopDensity < SECTION_MENU_STOPS && sectionMenu(line.text, f.words))) s -= W.menuLike;
  if (sectionPath(line.text, f.words)) s -= W.segmented;
  // the last item of a menu printed one item per line ("Climate crisis" / "The long read" / "Business" / "Global development")
  if (f.words <= 2 && menuColumn(lines, i)) s -= W.menuLike;
  if ((line.text.match(SEGMENT_SEPARATOR) ?? []).length >= 2) s -= W.segmented;
  if (glued(line.text)) s -= W.glued;
  // a video's title over its running time ("Drone video shows …", "ANC Weather", "02:41")
  if (bareDuration(lines[i + 1]?.line.text) || bareDuration(lines[i + 2]?.line.text)) s -= W.glued;
  // a role line under the name ("Mid Wales reporter, BBS Wales News")
  const role = ROLE_LINE.exec(line.text);
  if (role && PERSON_ROLES.has(role[1].toLowerCase())) s -= W.roleLine;
  if (DANGLING.test(line.text)) s -= W.dangling;
  if (CLOCK_TIME.test(line.text)) s -= W.clockTime;
  // the masthead's date line at the top of the page ("Terrace Report Mon 07 Dec 2026")
  else if (i <= W.pageTopLines) {
    // (or the bar opening with the day's date: "Lundi 7 décembre 2026 Newsletters Le magazine en kiosque S'abonner")
    const d = HAS_DIGIT.test(line.text) ? parseDate(line.text) : null;
    if (d && (d.coverage >= MASTHEAD_DATE_COVERAGE || onlyWeekdayBefore(line.text, d))) s -= W.mastheadDate;
  }
  if (INNER_SENTENCE_END.test(line.text) && !titleCaseSentences(line.text, f.words)) s -= W.twoSentences;
  const key = line.text.toLowerCase();
  // the site's name, as the copyright line prints it ("The Crestline Times" in "© 2026 The Crestline Times Company"):
  // its other copies (credits "for The Crestline Times", the footer) are no sign of a headline
  if (key.length >= 4 && siteText.includes(key)) s -= W.siteName;
  else if (key.length >= 12) {
    // repeated as most of a longer line (breadcrumb, "14 Comments on …") is a strong sign; an identical line less so
    let pos = haystack.indexOf(key);
    let inLonger = false;
    let copies = 0;
    while (pos >= 0 && copies < 4) {
      const before = pos === 0 || haystack.charCodeAt(pos - 1) === 10;
      const after = pos + key.length === haystack.length || haystack.charCodeAt(pos + key.length) === 10;
      if (!(before && after)) {
        const ls = haystack.lastIndexOf('\n', pos) + 1;
        const le = haystack.indexOf('\n', pos + key.length);
        if (key.length * 2 >= (le < 0 ? haystack.length : le) - ls) inLonger = true;
      }
      copies++;
      pos = haystack.indexOf(key, pos + 1);
    }
    if (copies >= 2 && f.words <= W.shortWords) s -= W.shortRepeated;
    else if (inLonger) s += W.repeatedInLonger;
    else if (copies >= 2) s += f.words >= W.longRepeatWords && !DANGLING.test(line.text) && copyNearby(lines, i) ? W.repeatedIdenticalLong : W.repeatedIdentical;
  }
  let inBlock = false;
  for (let k = Math.max(0, i - W.relatedReach); k < i; k++) {
    if (lines[k].related) {
      s -= W.afterRelated;
      inBlock = true;
      break;
    }
  }
  // headline, then a longer standfirst ("dek"), then the byline or date
  let skip = 0;
  // the photo's caption may sit between the headline and its standfirst (not the body's first paragraph)
  // ... and so may the date line, the standfirst then right over the body ("У Житомирі запустили …", "03.12.2026 о 14:05 |
  // Оновлено: …", standfirst, caption, first paragraph)
  const dateBetween = !inBlock && i + 2 < anchor && i + 1 > W.pageTopLines && lines[i + 1] !== undefined && !lines[i + 1].caption &&
    bodyAfter(lines, i + 2, anchor) && HAS_DIGIT.test(lines[i + 1].line.text) && bylineDate(lines[i + 1].line.text) !== null;
  const dekAt = (lines[i + 1]?.caption || dateBetween) && i + 2 < anchor ? i + 2 : i + 1;
  const next = lines[dekAt];
  // in a related block the longer line below is the next story, not a standfirst
  // (a short line counts only with the byline or date right under the standfirst: "Cold storage wars", dek, "By …")
  if (next && !inBlock && (f.words > W.shortWords || infoLine(lines[dekAt + 1])) && !next.boiler && !next.related && next.f.words >= 8 && next.f.chars <= MAX_HEADER_LINE && next.f.urlDensity === 0 && !infoLine(next)) {
    const ratio = next.f.chars / f.chars;
    if (ratio >= DEK_RATIO || (ratio >= DEK_RATIO_BEFORE_BYLINE && (infoLine(lines[dekAt + 1]) || bodyAfter(lines, dekAt, anchor)))) {
      s += W.followedByDek + (dateBetween ? W.followedByByline : 0);
      skip = dekAt - i;
    }
  }
  // headline, then two to four shorter summary points ("highlights"), then the byline or date: the first of the run
  const highlights = skip === 0 && !inBlock ? highlightsAfter(lines, i) : 0;
  if (highlights > 0) {
    s += W.followedByHighlights;
    skip = highlights;
  }
  // ... and the summary points themselves are not the headline
  for (let k = i - 1; k >= Math.max(0, i - W.maxHighlights); k--) {
    if (highlightsAfter(lines, k) >= i - k) {
      s -= W.followedByHighlights;
      break;
    }
  }
  for (let k = i + 1 + skip; k < Math.min(lines.length, i + 4 + skip); k++) {
    // the date in the page's first lines is the day the page was printed, under the masthead
    if (k <= W.pageTopLines && !nameLine(lines[k]) && dateLine(lines[k].line.text)) continue;
    if (infoLine(lines[k])) {
      s += (nameLine(lines[k]) ? W.followedByName : W.followedByByline) - (k - i - 1 - skip) * W.followDecay;
      break;
    }
  }
  return s;
}

/**
 * Looks for the title, bylines and date lines in the header window (up to
 * `window` lines before the first paragraph of the body, and a few lines into
 * it). `haystack` is every short line, lower-cased, joined by newlines: a title
 * repeated elsewhere (breadcrumb, comment heading, footer) scores higher.
 * `monthFirst` is the numeric date order (`parseDate`): true on English pages, false on
 * pages in a day-first language, unset otherwise. A short "By" line up to
 * `LATE_BYLINE` lines into the body is a byline too. With a byline outside a
 * related-stories block (the last one before the body: a teaser above the header
 * may carry its own), the title is the best line just above it unless a line
 * elsewhere in the window scores clearly higher. The publication date is the first non-update date after the title; a
 * date above the title counts only when it sits right above it (a page-header
 * date at the top of the page is never the publication date); an update date
 * ("Updated …", "Mis à jour …") is never the publication date.
 *
 * @example
 * // see tests/stages/clean/find-header.test.ts
 */
export function findHeader(lines: readonly HeaderLine[], bodyStart: number, window: number, haystack: string, monthFirst?: boolean): Header {
  const from = Math.max(0, bodyStart - window);
  const to = Math.min(lines.length, bodyStart + 3);
  const bylines: Header['bylines'] = [];
  const dates: Header['dates'] = [];
  // a short "By" line a few lines into the body is still the header (a standfirst read as the first paragraph)
  const bylineTo = Math.min(lines.length, bodyStart + LATE_BYLINE);
  // (and the date line under the last of those bylines)
  for (let i = from; i < Math.min(lines.length, bylineTo + LATE_DATE_AFTER_BYLINE); i++) {
    const t = lines[i].line.text;
    if (i >= to) {
      // (or a CJK byline: "[山田理沙，テックジャーナル]" under the date, after a standfirst read as the first paragraph)
      const late = t.length <= MAX_LATE_BYLINE && i < bylineTo ? (parseByline(t) ?? cjkLate(t)) : null;
      // ... or a name with its date ("Joana Ferreira com Agência Tejo 5 dez 2026, 19:42")
      const named = !late && t.length <= MAX_LATE_BYLINE && i < bylineTo ? nameDateByline(t) : null;
      if (late && late.start === 0) {
        bylines.push({ index: i, byline: late });
        // (with its date on the line: "Published by Cedar Valley Courier on Dec. 4, 2026.")
        const d = HAS_DIGIT.test(t) ? publicationDate(t, monthFirst) : null;
        if (d && !d.update) dates.push({ index: i, date: d, fromByline: true });
      }
      else if (named) {
        bylines.push({ index: i, byline: named });
        const d = parseDate(t, monthFirst);
        if (d) dates.push({ index: i, date: d, fromByline: true });
      }
      // ... and a date line right under a byline, even one inside the window ("By Jane Doe", "Reviewed by …", "December 3, 2026"),
      // or under another credit or a name with its role that a standfirst taken for the first paragraph pushed down
      // ("Brigid Tulloch, Health reporter", "Reviewed by Dr Sanjay Perera, GP", "3 December 2026 — 6:15pm")
      else if ((bylines.length && i - bylines[bylines.length - 1].index <= LATE_DATE_AFTER_BYLINE) || (i < bylineTo && lateCredit(lines[i - 1].line.text))) {
        const d = bylineDate(t, monthFirst);
        if (d) dates.push({ index: i, date: d, fromByline: false });
      }
      continue;
    }
    if (t.length > MAX_HEADER_LINE) continue;
    // (a name and a date in the page's first lines is the masthead and the day's date: "Market LedgerMonday, December 7, 2026")
    const b = parseByline(t) ?? (i <= W.pageTopLines && parseDate(t) !== null ? null : nameDateByline(t)) ?? cjkByline(t);
    if (b) {
      bylines.push({ index: i, byline: b });
      const d = parseDate(t, monthFirst);
      if (d) dates.push({ index: i, date: d, fromByline: true });
      continue;
    }
    // a newsroom's byline with its date ("Por Redacción Ventana Xela 04 de diciembre de 2026 a las 07:20h"): the date counts
    if (bylineLabelled(t)) {
      const d = parseDate(t, monthFirst);
      if (d && !d.update) {
        dates.push({ index: i, date: d, fromByline: true });
        continue;
      }
    }
    // a date line right under a byline may carry more after its date ("… 9:14 Uhr 312 Kommentare")
    const underByline = bylines.length > 0 && i - bylines[bylines.length - 1].index <= LATE_DATE_AFTER_BYLINE;
    // (the first lines of the body too: a standfirst taken for the first paragraph may come before the date line)
    // (a life's span under an obituary's headline, "June 14, 1934 – November 30, 2026", dates no article)
    const d = lifespan(t) ? null : underByline ? bylineDate(t, monthFirst) : t.length <= MAX_DATE_LINE ? publicationDate(t, monthFirst) : null;
    if (d && (underByline || d.coverage >= 0.6 || (lines[i].f.stopDensity < 0.25 && leadsLine(t, d)))) dates.push({ index: i, date: d, fromByline: false });
  }
  const special = new Set([...bylines.map((b) => b.index), ...dates.map((d) => d.index)]);
  const siteText = lines.filter((l) => l.copyright).map((l) => l.line.text.toLowerCase()).join('\n');
  // with a "By" line in the header, the headline sits just above it; else anywhere in the window
  // ... unless that line sits in a related-stories block (another story's byline)
  const inRelated = (k: number): boolean => {
    for (let j = Math.max(0, k - W.relatedReach); j < k; j++) if (lines[j].related) return true;
    return false;
  };
  // (a byline right above the first paragraph is the article's, even just after a related box)
  const dated = (k: number): boolean => dates.some((d) => d.index > k && d.index <= k + 2);
  const anchor = bylines.findLast((b) => b.index <= bodyStart + 1 && (!inRelated(b.index) || (bodyStart - b.index <= BYLINE_OVER_BODY && dated(b.index))));
  const scores = new Map<number, number>();
  const pickTitle = (lo: number, hi: number): { index: number | null; score: number } => {
    let found: number | null = null;
    let best = 0;
    for (let i = lo; i < hi; i++) {
      if (special.has(i)) continue;
      let s = scores.get(i);
      if (s === undefined) {
        s = titleScore(lines[i], lines, i, bodyStart, haystack, siteText);
        scores.set(i, s);
      }
      if (s > best || (s === best && found !== null && s > 0)) {
        best = s;
        found = i;
      }
    }
    return { index: found, score: best };
  };
  const free = pickTitle(from, Math.min(lines.length, bodyStart + 1));
  const near = anchor ? pickTitle(Math.max(from, anchor.index - TITLE_ABOVE_BYLINE), anchor.index) : null;
  // the line above the byline wins unless a line elsewhere in the window is clearly the better headline, or the best
  // line stands below the byline right over the body, or over a standfirst right over it (byline and date above the headline)
  const overBody = (i: number | null): boolean =>
    i !== null && anchor !== undefined && i > anchor.index && (bodyAfter(lines, i, bodyStart) || (lines[i + 1]?.f.words >= 8 && !lines[i + 1].boiler && bodyAfter(lines, i + 1, bodyStart)));
  // ... and a line below the byline right over the body (or over its standfirst) is the headline unless one elsewhere is clearly better
  let below: number | null = null;
  if (anchor !== undefined) {
    // (the first line of substance after the byline block: only date lines, boilerplate and a short kicker between)
    for (let i = anchor.index + 1; i <= bodyStart && i < lines.length; i++) {
      if (special.has(i) || lines[i].boiler) continue;
      const s = scores.get(i) ?? titleScore(lines[i], lines, i, bodyStart, haystack, siteText);
      if (s > 0 && overBody(i) && s >= free.score - W.anchorMargin) below = i;
      if (lines[i].f.words > W.shortWords) break;
    }
  }
  const title = below ?? (near && near.index !== null && near.score >= free.score - W.anchorMargin && !overBody(free.index) ? near.index : free.index);
  let published: number | null = null;
  const after = dates.filter((d) => title === null || d.index > title);
  const pick = after.find((d) => !d.date.update);
  if (pick) published = pick.index;
  else if (title !== null) {
    const above = dates.filter((d) => d.index < title! && d.index >= title! - 2 && d.index > 1 && !d.date.update);
    if (above.length) published = above[above.length - 1].index;
    // ... or one next to a byline above the title ("December 3, 2026", "by Jane Doe", "edited by …", headline)
    else published = dates.find((d) => d.index > 1 && !d.date.update && bylines.some((b) => Math.abs(b.index - d.index) === 1 && !inRelated(b.index)))?.index ?? null;
  }
  let nameLine: number | null = null;
  if (bylines.length === 0 && title !== null) {
    const near = [title + 1, title + 2, title + 3, ...dates.filter((d) => d.index > title).flatMap((d) => [d.index - 1, d.index + 1])];
    for (const k of near) {
      if (k < from || k >= to || k === title || special.has(k)) continue;
      // (a boilerplate line only as "name | outlet", which reads like a two-item menu)
      // (... or as names and another credit after them, which reads like a photo's credit)
      if (lines[k].boiler && !lines[k].line.text.includes(' | ') && !creditAfterNames(lines[k].line.text)) continue;
      if (lines[k].line.text.length > MAX_NAME_LINE) continue;
      // (a place after a pipe, right over the date line: "Tereza Vaňková | Olomouc", "16:40 1. prosince 2026")
      const overDate = dates.some((d) => d.index === k + 1);
      const bare = bareName(lines[k].line.text);
      const t = overDate ? bare.replace(PIPE_PLACE, '') : bare;
      const words = t.split(/\s+/).length;
      // (a name opens with a capital; in Arabic script, which has none, it holds no function word: "سارة الغامدي", while
      // "با آغاز فصل صادرات" is a kicker; Han names count right over the date line: "森田和也 石井里奈", "2026/12/05 19:42")
      if ((t.length <= 40 && words >= 2 && words <= 4 && !lines[k].f.terminal && looksLikeName(t) && (/^\p{Lu}/u.test(t) || (/^\p{sc=Arabic}/u.test(t) && !t.split(' ').some((w) => ARABIC_FUNCTION.has(w))))) || nameListLine(t) ||
        (overDate && hanNameList(t) !== null)) {
        nameLine = k;
        break;
      }
    }
    // ... or right above the headline, as a list of names or a name with its role (a bare name there may be a kicker:
    // "Екатерина Смолина, Дмитрий Ершов" over «Семь полок» покупает …)
    const above = title - 1;
    if (nameLine === null && above >= from && !special.has(above) && !lines[above].boiler && lines[above].line.text.length <= MAX_NAME_LINE) {
      const text = lines[above].line.text;
      const bare = bareName(text);
      const names = nameListLine(bare);
      // (... or one name with its follow button: "Lillian Cheung-Ramos + FOLLOW")
      if ((names && names.length >= 2) || (withoutFollow(text) !== text && bare.includes(' ') && looksLikeName(bare))) nameLine = above;
    }
  }
  return { title, nameLine, bylines, dates, published };
}
