/**
 * chrono-node's casual English patterns and word lists, copied (longest alternatives first, as it orders them), and the
 * patterns that tell where its other readings, joins and refinements would apply next to a result.
 */
/** Full month names (the month name pattern reads only these alone). */
export const MONTH_NAMES = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
} as const;
/** chrono-node's month words (MONTH_DICTIONARY). */
export const MONTHS = {
  ...MONTH_NAMES, jan: 1, 'jan.': 1, feb: 2, 'feb.': 2, mar: 3, 'mar.': 3, apr: 4, 'apr.': 4, jun: 6, 'jun.': 6, jul: 7, 'jul.': 7,
  aug: 8, 'aug.': 8, sep: 9, 'sep.': 9, sept: 9, 'sept.': 9, oct: 10, 'oct.': 10, nov: 11, 'nov.': 11, dec: 12, 'dec.': 12,
} as const;
/** Full weekday names (0 = Sunday), the weekdays read here. */
export const WEEKDAY_NAMES = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 } as const;
// chrono-node's weekday words (WEEKDAY_DICTIONARY).
const WEEKDAYS = {
  ...WEEKDAY_NAMES, sun: 0, 'sun.': 0, mon: 1, 'mon.': 1, tue: 2, 'tue.': 2, wed: 3, 'wed.': 3, thurs: 4, 'thurs.': 4, thur: 4, 'thur.': 4,
  thu: 4, 'thu.': 4, fri: 5, 'fri.': 5, sat: 6, 'sat.': 6,
} as const;
/** The counts read here in "three days ago" and "the past few years" (chrono-node's number words). */
export const COUNTS = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, few: 3, several: 7 } as const;
// chrono-node's time units (TIME_UNIT_DICTIONARY) and ordinal words.
const UNITS = ['s', 'sec', 'second', 'seconds', 'm', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours', 'd', 'day', 'days', 'w',
  'week', 'weeks', 'mo', 'mon', 'mos', 'month', 'months', 'qtr', 'quarter', 'quarters', 'y', 'yr', 'year', 'years'] as const;
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth'] as const;

/** Word alternatives longest first, as chrono-node orders them. */
const alt = (words: readonly string[]): string => `(?:${[...words].sort((a, b) => b.length - a.length).join('|').replace(/\./g, '\\.')})`;
const re = (source: string, flags = 'gi'): RegExp => new RegExp(source, flags);
const MONTH = alt(Object.keys(MONTHS));
const UNIT = alt(UNITS);
const INTEGER = alt(Object.keys(COUNTS).slice(2, 14));
const ORD = `(?:${ORDINAL_WORDS.join('|')}|(?:twenty|thirty)[ -]${alt(ORDINAL_WORDS.slice(0, 9))}|[0-9]{1,2}(?:st|nd|rd|th)?)`;
const YEAR = '(?:[1-9][0-9]{0,3}\\s{0,2}(?:BE|AD|BC|BCE|CE)|[1-9][0-9]{3}|[0-9]{2}(?!\\w|:\\d|\\s+(?:am|pm|o\\s*clock|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))';
const NUMBER = `(?:${INTEGER}|[0-9]+|[0-9]+\\.[0-9]+|half(?:\\s{0,2}an?)?|an?\\b(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?)`;
const TIME_UNITS = ((one: string) => `(?:(?:about|around)\\s{0,3})?${one}(?:\\s{0,5},?(?:\\s*and)?\\s{0,5}${one}){0,10}`)(`${NUMBER}\\s{0,3}${UNIT}`);
const TIME_WORD = '(?:morning|afternoon|evening|night|midnight|midday|noon)';

/** Kinds of cue words: every match of the patterns below holds one (most start at one); digits and time words also tell which checks apply. */
export const [DIGIT, MONTH_WORD, MONTH_CUE, WEEKDAY_CUE, CASUAL_CUE, MODIFIER, AFTER, SUFFIX, TIME_CUE, ORDINAL, SPAN_START] = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];
const CUE_WORDS: Array<[number, string]> = [
  [MONTH_WORD, 'month'], [MONTH_CUE, 'jan feb mar apr may jun jul aug sep oct nov dec'], [WEEKDAY_CUE, 'sun mon tue wed thu fri sat weekend weekday'],
  [CASUAL_CUE, 'now today tonight tomorrow tmr yesterday overmorrow'], [MODIFIER, 'this last past next'], [AFTER, 'after'],
  [TIME_CUE, 'morning afternoon evening night noon midnight midday'],
  [ORDINAL, 'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth teenth tieth'],
];
// "three days ago": a suffix word that ends a word (maybe joined to the unit before it).
const SUFFIXES = ['henceforth', 'earlier', 'forward', 'before', 'later', 'ago', 'out', 'from(?= now)'];
/** The kind of each cue word (lower case); digits, "in", "for", "+" and "-" are not in it. */
export const CUE_OF = new Map([...CUE_WORDS.flatMap(([cue, words]) => words.split(' ').map((w) => [w, cue] as const)), ...SUFFIXES.map((w) => [w.replace('(?= now)', ''), SUFFIX] as const)]);
/** Cue words, longest first, so that the cue found at a place is the longest one there. */
export const CUES = new RegExp(`[0-9]+|${CUE_WORDS.flatMap(([, words]) => words.split(' ')).sort((x, y) => y.length - x.length).join('|')}|(?:${SUFFIXES.join('|')})(?![a-z])|\\b(?:within|in|for)|[+-]`, 'gi');

// Readings of chrono-node not copied below: every match must lie inside a result read here. Bare numbers and time
// words only make times, which hold no date unless joined to one (checked next to each result).
/** chrono-node's "end of the month". */
export const END_OF_MONTH = re('\\b(?:last\\s+day|end)\\s+of\\s+(?:the\\s+)?month(?!\\w)');
/** Numbers chrono-node may read as dates: before a month ("2016 May"), with slashes, dots or dashes ("1/3", "2016-10-04"). */
export const NUMBERS = re(`\\d(?:\\s{0,2}(?:BE|AD|BC|BCE|CE))?(?:\\s*[-./,]?\\s*|\\s+of\\s+)(?:in)?${MONTH}|\\d\\/\\d|\\d[-.–]\\d+[-.–]\\d|\\d{4}[-./\\s–]\\d`);
/** chrono-node's "within/in/for/last/past/next ... days" readings (sticky); the plain ones are read by WITHIN and PERIOD. */
export const SPAN = re(`(?:\\b(?:within|in|for(?!\\s*the\\s*\\w)|this|last|past|next|after)|[+-])\\s*(?:(?:about|around|roughly|approximately|just)\\s*(?:~\\s*)?)?${TIME_UNITS}(?=\\W|$)`, 'iy');
/** chrono-node's "... days ago/later" readings; the plain ones are read by AGO. */
export const SPAN_AGO = re(`\\b${TIME_UNITS}\\s{0,5}(?:ago|before|earlier|later|after|from now|henceforth|forward|out)(?=\\W|$)`);

// chrono-node's parsers copied, in its order (which settles overlaps of equal length); those used at a place are sticky.
/** SlashDateFormatParser: "10/04/2016". */
export const SLASH = re('(?<!\\d)([0-3]{0,1}[0-9]{1})[\\/\\.\\-]([0-3]{0,1}[0-9]{1})(?:[\\/\\.\\-]([0-9]{4}|[0-9]{2}))?(?=\\W|$)');
/** ENMonthNameLittleEndianParser: "(on) 4 October 2016". */
export const LITTLE_ENDIAN = re(`\\b(?:on\\s{0,3})?(${ORD})(?:\\s{0,3}(?:to|\\-|\\–|until|through|till)\\s{0,3}(${ORD}))?(?:-|/|\\s{0,3}(?:of)?\\s{0,3})(${MONTH})(?:(?:-|/|,?\\s{0,3})(${YEAR}(?!\\w)))?(?=\\W|$)`);
/** ENMonthNameMiddleEndianParser: "October 4, 2016". */
export const MIDDLE_ENDIAN = re(`\\b(${MONTH})(?:-|/|\\s*,?\\s*)(${ORD})(?!\\s*(?:am|pm))\\s*(?:(?:to|\\-)\\s*(${ORD})\\s*)?(?:(?:-|/|\\s*,\\s*|\\s+)(${YEAR}))?(?=\\W|$)(?!\\:\\d)`, 'iy');
/** ENWeekdayParser: "(on) (last) Tuesday(,)". */
export const WEEKDAY = re(`(?<!\\w)(?:(?:\\,|\\(|\\（)\\s*)?(?:on\\s*?)?(?:(this|last|past|next)\\s*)?(${alt(Object.keys(WEEKDAYS))}|weekend|weekday)(?:\\s*(?:\\,|\\)|\\）))?(?:\\s*(?:of\\s*)?(this|last|past|next)\\s*week)?(?=\\W|$)`, 'iy');
// Counts up to 9999 (larger ones may make dates chrono-node finds invalid).
const COUNT = `(${alt(Object.keys(COUNTS))}|[0-9]{1,4})\\s{1,3}(days?|weeks?|months?|years?)`;
/** ENTimeUnitWithinFormatParser, plain: "in two weeks". */
export const WITHIN = re(`\\b(?:within|in|for)\\s+${COUNT}(?=\\W|$)`, 'iy');
/** ENTimeUnitAgoFormatParser and ENTimeUnitLaterFormatParser, plain: "three days ago", "a year later". */
export const AGO = re(`\\b${COUNT}\\s{1,5}(ago|before|earlier|later|after|from now|henceforth|forward|out)(?=\\W|$)`, 'iy');
/** ENCasualDateParser: "today", "yesterday". */
export const CASUAL = re('\\b(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\\s*night)(?=\\W|$)', 'iy');
/** ENMonthNameParser: "(in) October(,) (2016)"; the result starts after "in". */
export const MONTH_NAME = re(`\\b((?:in)\\s*)?(${MONTH})\\s*(?:(?:,|-|of)?\\s*(${YEAR})?)?(?=[^\\s\\w]|\\s+[^0-9]|\\s+$|$)`, 'iy');
/** ENRelativeDateFormatParser: "last week", "this month". */
export const RELATIVE = re(`\\b(this|last|past|next|after\\s*this)\\s*(${UNIT})(?=\\s*)(?=\\W|$)`, 'iy');
/** ENTimeUnitCasualRelativeFormatParser, plain: "the past five years". */
export const PERIOD = re(`\\b(this|last|past|next|after)\\s+${COUNT}(?=\\W|$)`, 'iy');

// Checks next to a result (sticky ones run at its start or end).
/** ENEndOfPeriodRefiner's "end of" or "last day of" before a result. */
export const END_OF = /(?<=\b(?:last\s+day|end)\s+of\s+(?:the\s+)?)/iy;
/** "from 4 Oct": chrono-node reads "from 4" as a time, which overlaps the date and may outlast it. */
export const AT_FROM = /(?<=(?:at|from)\s*)\d/iy;
/** A time (or time zone offset) after a result, which chrono-node would join to it ("Tuesday at 5"). */
export const TIME_NEXT = re(`^\\W*(?:\\b(?:T|at|after|before|on|of|to|until|through|till)\\W*)?(?:(?:at|from)\\s*)?(?:\\d|(?:GMT|UTC)\\W*[+-]|(?:this\\s{0,3})?${TIME_WORD}(?!\\w))`, 'i');
/** A time before a result: a number or time word, then at most short words (am, o'clock, a time zone, "on") up to it. */
export const TIME_BEFORE = re(`(?:\\d|${TIME_WORD}(?!\\w))(?:[\\s,()+\\-–:.'’∙]|\\d|(?:[a-z]{1,4}|before|after|until|through|(?:a\\.m\\.|p\\.m\\.|am?|pm?)?\\s*o\\W*clock|at\\s*night|in\\s*the\\s*(?:morning|afternoon))(?!\\w))*$`, 'i');
/** A time word that chrono-node joins to the date before it ("Tuesday night"). */
export const TIME_JOIN = re(`\\s*(T|at|after|before|on|of|,|-|\\.|∙|:)?\\s*(?<!\\w)(?:this)?\\s{0,3}${TIME_WORD}(?=\\W|$)`, 'iy');
/** ExtractTimezoneOffsetRefiner: an offset after a result ("May +2"), even at the start of another result. */
export const OFFSET_NEXT = /\s*(?:\(?(?:GMT|UTC)\s?)?[+-]\d/iy;
/** ENExtractYearSuffixRefiner: a number after a month without a year may be read as its year ("October 4 20165 months"). */
export const NUMBER_NEXT = /\s*\d/y;
/** "am", "p.m." or "o'clock" after a number. */
export const AM_PM_NEXT = /\s*(?:[ap](?![a-z])|[ap]\.|am|pm|o\W*clock)/iy;
/** ExtractTimezoneAbbrRefiner's time zone word after a result. */
export const TIMEZONE_NEXT = /\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/iy;
/** More units after a span ("the past two years and three months"), which chrono-node reads as one. */
export const MORE_UNITS_NEXT = re(`\\s{0,5},?(?:\\s*and)?\\s{0,5}(?:(?:about|around)\\s{0,3})?${NUMBER}\\s{0,3}${UNIT}(?=\\W|$)`, 'iy');
/** Words before "three days ago" that chrono-node would read into it ("about", "a few", "two years and"). */
export const COUNT_BEFORE = re(`(?<=(?:(?<!\\w)(?:${UNIT}|about|around|roughly|approximately|just|within|in|for|this|last|past|next|after|and|half|couple|of|the|an?)\\W*|[~+-]\\s*))`, 'iy');
/** ENMergeRelativeFollowByDateRefiner: "two days before" counts from a following date. */
export const RELATIVE_TO_NEXT = /\s+(?:before|from|after|since)$/i;
/** The end of a sentence or text. */
export const ENDS = /\s*(?:[.;:!?]|$)/y;
/** ENMergeDateRangeRefiner's gap between two results. */
export const RANGE_GAP = /^\s*(?:to|-|–|until|through|till)\s*$/i;
/** ENMergeDateTimeRefiner's gap between a date and a time. */
export const DATE_TIME_GAP = /^\s*(?:T|at|after|before|on|of|,|-|\.|∙|:)?\s*$/i;
/** A year read here: four digits, no era. */
export const PLAIN_YEAR = /^[1-9][0-9]{3}$/;
