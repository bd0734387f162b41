import { BAR_LABELS, BOILERPLATE_PHRASES, CAPTION_CREDIT_WORDS, SHARE_BUTTON_WORDS } from './data/phrases.ts';
import { alternation } from '../../lib/escape-regexp.ts';
import type { LineFeatures } from './line-features.ts';
import type { PhraseHit } from './phrase-matcher.ts';
import { REMOVAL_RULES, type RemovalRule } from './removal-rules.ts';
import { uiRow } from './ui-row.ts';

/** Breadcrumb separators: a short line holding one of these is navigation ("Main » Title"); » counts only without « (French quotes). */
const BREADCRUMB = /›|\s>\s|[^\s|]\|[^\s|]|^[^«]*»[^«]*$/u;
/** A breadcrumb that starts at the home page ("Inicio / Medio ambiente", "Home / World / Europe"). */
const HOME_CRUMB = /^(?:home|home page|inicio|accueil|startseite|portada|início|página inicial)\s*[/›>»|]\s*\S/iu;
/** An agency photo slug: three or more upper-case words joined by hyphens ("SWITZERLAND-GENEVA-U.S.-RUSSIA"). */
const PHOTO_SLUG = /\p{Lu}{2,}[\p{Lu}.]*-[\p{Lu}.]{2,}-[\p{Lu}.]{2,}/u;
/** Short menus separated by pipes ("« Vorige | Nächste »", "Log in | Register"). */
const PIPE_MENU = /\s\|\s/;
/** A longer menu between pipes ("Wiadomości | Region | Rolnictwo | Sport | …"): this many items or more, each of a few words. */
const MENU_ITEMS = 5;
const MENU_ITEM_WORDS = 3;
const menuOfItems = (text: string): boolean => {
  const items = text.split(' | ');
  return items.length >= MENU_ITEMS && items.every((x) => x.split(' ').length <= MENU_ITEM_WORDS);
};
/** A link card repeats its headline inside one line ("How to X How to X"): this many leading characters recur. */
const CARD_PREFIX = 20;
/** A caption's credit in a script without capitals: the photo word, a colon or dash, and the credit to the end (`CAPTION_CREDIT_WORDS`). */
const SCRIPT_CREDIT = new RegExp(`(?:^|[\\s.।۔,(])(?:${alternation(CAPTION_CREDIT_WORDS)})\\.?\\s*[:：\\-–—]\\s*\\S.{0,60}$`, 'iu');
/** Lines in a script without capitals (Indic, Arabic, Hebrew, Southeast Asian, Georgian, Armenian): the pre-test of `SCRIPT_CREDIT`. */
const CASELESS_SCRIPT = /[\u0530-\u08ff\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u10a0-\u10ff\u1780-\u17ff]/u;
/** A bar's label opening the line, then its items (`BAR_LABELS`). */
const BAR_LINE = new RegExp(`^(?:${alternation(BAR_LABELS)})\\s*\\S`, 'iu');
/** A slideshow counter ("1/50 United goin down", "3 / 12"): the slide's number and the total. */
export const GALLERY = /^(\d{1,3})\s?\/\s?(\d{1,3})(?:\s|$)/;
/** A news-ticker entry starting with a time ("13:18 Loi renseignement : …"). */
export const TICKER = /^(?:[01]?\d|2[0-3])[:h][0-5]\d\s+\S/;

/** A teaser cut short before its read-more link ("… As it… Read more Read more", "… Lire la suite »"). */
const TEASER = /(?:…|\.\.\.)\s*(?:read more|continue reading|keep reading|lire la suite|weiterlesen|leer más|leia mais|continua a leggere)(?:\s+(?:read more|continue reading))*\s*[»›>]?$/iu;
/** Words of a share-button row: the share table's one-word phrases and `SHARE_BUTTON_WORDS`. */
const SHARE_WORDS: ReadonlySet<string> = new Set([...(BOILERPLATE_PHRASES.share?.exact ?? []).filter((p) => !p.includes(' ')), ...SHARE_BUTTON_WORDS]);
/** A button's counter ("Share 12", "Komentarze (17)", "1.2K"). */
const COUNTER = /^\(?\d[\d.,]{0,6}[km]?\)?$/;
/** A reaction icon between the buttons ("👍", "💬", "↗"): no letter or digit. */
const ICON = /^[^\p{L}\p{N}]+$/u;
const isShareWord = (w: string): boolean => SHARE_WORDS.has(w) || COUNTER.test(w) || ICON.test(w);
/** A share row has at most this many words. */
const MAX_SHARE_ROW_WORDS = 10;

/** A row that opens with this many share-button words may end with other widget labels ("… Copier le lien Ajouter à mes articles"). */
const SHARE_ROW_LEAD = 3;
/** ... and has at most this many words. */
const MAX_LED_SHARE_ROW_WORDS = 14;

/**
 * True when every word of a short line is a share-button word ("Share Tweet Share"), or
 * the line opens with `SHARE_ROW_LEAD` of them ("Share Facebook Twitter LinkedIn … Font Size").
 */
function isShareRow(text: string, f: LineFeatures): boolean {
  if (f.words < 2 || f.words > MAX_LED_SHARE_ROW_WORDS || f.terminal) return false;
  const words = text.toLowerCase().split(/[\s|·•/]+/u).filter(Boolean).map((w) => (w.endsWith(':') && w.length > 1 ? w.slice(0, -1) : w));
  if (words.length >= SHARE_ROW_LEAD && words.slice(0, SHARE_ROW_LEAD).every(isShareWord)) return true;
  return f.words <= MAX_SHARE_ROW_WORDS && words.length >= 2 && words.every(isShareWord) && words.some((w) => SHARE_WORDS.has(w));
}

/** The signature line of an embedded social post ("— Kelsey R. (@kelsey_builds) March 20, 2023"). */
const POST_SIGNATURE = /^[—–-]\s?[^()]{1,60}\(@[\w.]{1,30}\)\s+\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}$/u;

/** A caption ending with "Photo First Last / Outlet" or "Photo / Outlet" (a credit without a colon). */
const SLASH_CREDIT = /(?:^|[\s.,;(|–—-])(?:[Pp]hoto|[Pp]hotograph|[Ff]oto|[Ii]mage|[Bb]ild)s?\s+(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s?)?\/\s?\p{Lu}[^\s.!?:;]*(?:\s+[^\s.!?:;]+){0,5}$/u;

/** A caption closed by the photographer and the outlet after a slash ("… before dawn. Hannah Pruitt/Lakeshore Sentinel"). */
const NAME_SLASH_CREDIT = /[.!?]["”»]?\s+\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}\s?\/\s?\p{Lu}[\p{L}&'’.-]*(?:\s\p{Lu}[\p{L}&'’.-]*){0,4}$/u;
/** A caption closed by its photographer after a dash ("… vu depuis les anciennes cités. - Photo Jérôme Lambotte"). */
const DASH_CREDIT = /[.!?]["”»]?\s[-–—]\s(?:Photos?|Fotos?|Bild|Illustration)\s*:?\s\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}$/u;
/** A caption closed by its photographer "for" the outlet ("… on top of the mountain. Ilse Varga for The Halyard"). */
const FOR_OUTLET_CREDIT = /[.!?]["”»]?\s+\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}\sfor\s\p{Lu}[\p{L}&'’.-]*(?:\s\p{Lu}[\p{L}&'’.-]*){0,4}$/u;
/** A caption closed by its labelled credit in square brackets ("… in Sohar, Oman [File: Gulfwave]", "… [Photo: Reuters]"). */
const SQUARE_CREDIT = /\s\[(?:file|photo|photos|image|picture|credit|foto|fotos|bild|video)(?:\s+photo)?\s*:\s*[^\[\]]{2,40}\]$/iu;
/** A caption closed by its credit in brackets ("… a Rocca Cismara. (Foto Zanella)", "(Photo: AFP)"). */
const BRACKET_CREDIT = /[.!?]["”»]?\s+\((?:foto|photo|fot|ph|bild|image|quelle)s?\.?:?\s+[^()]{2,40}\)$/iu;
/** A caption closed by its photographer or agency in capitals after the sentence ("… de Vilanova. JORGE AMAT", "… en Madrid. EFE/JUAN LÓPEZ"). */
const CAPS_CREDIT = /[.!?]["”»]?\s+\p{Lu}{2,}(?:(?:\s|\s?\/\s?)\p{Lu}[\p{Lu}.'’-]+){1,3}$/u;
/** Longest line read as a caption closed by a credit in capitals. */
const MAX_CAPS_CREDIT_CHARS = 300;

/** A press release's "About Kessler Ridge Foods" heading: "About" and a name of capitalised words. */
const ABOUT_COMPANY = /^(?:About|À propos de|A propos de|Über|Acerca de|Sobre|Informazioni su)\s+\p{Lu}[\p{L}\d&.,'’-]*(?:\s+[\p{Lu}\d&][\p{L}\d&.,'’-]*){0,5}$/u;

/** A caption closed by a photo note without a name ("… on Feb. 1. Ledger file photo", "… (Archivbild)"). */
const PHOTO_NOTE = /[.!?]["”»]?\s+(?:\(?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:file|archive|staff|courtesy|handout|stock)\s+(?:photo|image|picture)s?\)?|\((?:archivbild|archivfoto|photo d'archive|foto de archivo|foto d'archivio|foto de arquivo)\))\.?$/iu;

/** A caption closed by a bracketed note on what the picture is ("… when the works are finished (artist's impression)"). */
const PICTURE_NOTE = /\((?:(?:\p{Lu}[\p{L}'’.&-]*\s+){1,3}(?:photo|photograph|picture|image|file photo)|artist['’]s (?:impression|rendering)|computer[- ]generated image|file (?:photo|image|picture)|archive (?:photo|image|picture)|stock (?:photo|image)|handout(?: photo)?|illustration|pictured|(?:photo|picture|image) (?:supplied|courtesy of [^()]{2,40}))\)\.?$/iu;

/** Cheap pre-test of `PHOTO_NOTE`: its last characters close a bracket or name a photo, image or picture. */
const photoNoteEnd = (text: string): boolean => {
  const tail = text.slice(-12).toLowerCase();
  return tail.includes(')') || tail.includes('photo') || tail.includes('image') || tail.includes('picture');
};

/**
 * A CJK photo caption: closed by its credit ("…、大西美帆撮影", "…（新华社记者 张三 摄）", "… 제공") or
 * holding a photo label ("사진=남해신문 DB", "写真：…", "图/…", "图片来源：…").
 */
const CJK_CREDIT = /(?:撮影|提供|摄|摄影|攝|攝影|供图|제공)[)）]?$|사진\s*=|(?:写真|摄影|图片来源|圖片來源)\s*[:：＝=]|^图\s*[/／]/u;
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
/** Cheap pre-test of `CJK_CREDIT`: the line ends in a CJK character or bracket, or holds a label's sign. */
const cjkCreditHint = (text: string): boolean =>
  text.charCodeAt(text.length - 1) >= 0x3000 || text.includes('=') || text.includes('：') || text.includes(':') || text.includes('/') || text.includes('／');

/** A list of links on one line, its items between " · " or " • " ("Le puntate: 1. … · 2. … · 4. …"): at least this many separators. */
const LIST_SEPARATOR = /\s[·•]\s/g;
const MIN_LIST_SEPARATORS = 3;

/** Credit markers inside a line ("Photograph: Jane Doe", "(AP Photo/…)", "Getty Images"). */
const CREDIT_WORDS = ['photograph', 'photo', 'image', 'picture', 'credit', 'foto', 'bild', 'crédito', 'fotografía', 'fotografia', 'imagen', 'imagem', 'illustration', 'photography', 'фото'];
/** The credit words in lower case, capitalised and in capitals (the name after them must be capitalised, so no `i` flag). */
const CREDIT_WORD = CREDIT_WORDS.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]).join('|');
/** A capitalised name or agency after a credit word ("Jane Doe", "AFP", "iStock"), or one or two words closing the line ("Photo: supplied", "Foto: jr"). */
const CREDIT_NAME = '(?:\\p{Lu}|i\\p{Lu}|\\p{Ll}+(?:\\s\\p{Ll}+)?\\)?$)';
const CREDIT = new RegExp(`\\b(?:${CREDIT_WORD})[sS]?\\s*(?:by|By|BY|:)\\s*${CREDIT_NAME}`, 'u');
const AGENCY_CREDIT = /\((?:ap|afp|reuters|epa|getty)[^)]{0,40}\)|getty images|\/\s?(?:ap|afp|reuters|epa)\b/iu;

/**
 * A caption ending with its credit: a credit marker and a name or agency (capital first, at most
 * eight words, no sentence punctuation) closing the line ("… on Thursday Credit: STR/AFP",
 * "… in 2006. Photograph: Jane Doe/Reuters", Polish "… Kolejowej. Fot. Tomasz Kubica", "… in
 * Gelsenkirchen © Marit Sölle/Wochenpost"). Article prose
 * ends with punctuation, not a name.
 */
/** (Holds a colon, "fot." or "©": callers test `hasCreditMark` first, which is far cheaper.) */
const TRAILING_CREDIT = new RegExp(`(?:^|[\\s.,;(|–—-])(?:(?:${CREDIT_WORD})[sS]?\\s*:|[Ff]ot\\.|FOT\\.|©)\\s*${CREDIT_NAME}[^\\s.!?:;]*(?:\\s+[^\\s.!?:;]+){0,7}\\)?$`, 'u');
const hasCreditMark = (text: string): boolean => text.includes(':') || text.includes('ot.') || text.includes('©');
/** Longest line read as a credited caption (longer is a paragraph that happens to end so). */
const MAX_CAPTION_CHARS = 600;

/**
 * Kind of a non-body line from its shape alone: breadcrumb, caption slug,
 * credit. Returns null when the shape says nothing.
 *
 * @example
 * shapeKind('Main » US, Russia agree', features) // { kind: 'navigation', rule: 'breadcrumb' }
 */
export function shapeKind(text: string, f: LineFeatures): PhraseHit | null {
  if (text.length > MAX_CAPTION_CHARS) return null;
  if (TEASER.test(text)) return REMOVAL_RULES.teaser;
  if (!f.terminal && BAR_LINE.test(text)) return REMOVAL_RULES.barLine;
  if (text.length <= MAX_CAPS_CREDIT_CHARS && CASELESS_SCRIPT.test(text) && SCRIPT_CREDIT.test(text)) return REMOVAL_RULES.creditedCaption;
  if (text.length > 200) return hasCreditMark(text) && TRAILING_CREDIT.test(text) ? REMOVAL_RULES.creditedCaption : null;
  if (isShareRow(text, f)) return REMOVAL_RULES.shareButtons;
  if (GALLERY.test(text)) return REMOVAL_RULES.galleryCounter;
  if (!f.terminal && f.words <= 8 && uiRow(text)) return REMOVAL_RULES.linkRow;
  if (text.length >= 2 * CARD_PREFIX && !f.terminal && text.indexOf(text.slice(0, CARD_PREFIX), CARD_PREFIX) > 0) return REMOVAL_RULES.linkCard;
  if (!/[.!?]["”’»]?$/.test(text) && PIPE_MENU.test(text) && (f.words <= 6 || menuOfItems(text))) return REMOVAL_RULES.pipeMenu;
  if (f.words <= 20 && !f.terminal && HOME_CRUMB.test(text)) return REMOVAL_RULES.breadcrumb;
  if (f.words <= 20 && BREADCRUMB.test(text) && (!f.terminal || /[»›]/.test(text)) && !/«/.test(text)) return REMOVAL_RULES.breadcrumb;
  if (!f.terminal && f.words >= 2 && PHOTO_SLUG.test(text)) return REMOVAL_RULES.captionSlug;
  if (f.words <= 25 && (CREDIT.test(text) || AGENCY_CREDIT.test(text))) return REMOVAL_RULES.creditLine;
  if (!f.terminal && cjkCreditHint(text) && CJK_CHAR.test(text) && CJK_CREDIT.test(text)) return REMOVAL_RULES.creditLine;
  if ((hasCreditMark(text) && TRAILING_CREDIT.test(text)) || (text.includes('/') && (SLASH_CREDIT.test(text) || NAME_SLASH_CREDIT.test(text)))) return REMOVAL_RULES.creditedCaption;
  if (text.length <= MAX_CAPS_CREDIT_CHARS && !f.terminal && (DASH_CREDIT.test(text) || (text.includes(' for ') && FOR_OUTLET_CREDIT.test(text)))) return REMOVAL_RULES.creditedCaption;
  if (text.length <= MAX_CAPS_CREDIT_CHARS && (CAPS_CREDIT.test(text) || (text.endsWith(')') && BRACKET_CREDIT.test(text)) || (text.endsWith(']') && SQUARE_CREDIT.test(text)) || (photoNoteEnd(text) && PHOTO_NOTE.test(text)) || (text.endsWith(')') && PICTURE_NOTE.test(text)))) return REMOVAL_RULES.creditedCaption;
  if (!f.terminal && (text.match(LIST_SEPARATOR) ?? []).length >= MIN_LIST_SEPARATORS) return REMOVAL_RULES.pipeMenu;
  if (POST_SIGNATURE.test(text)) return REMOVAL_RULES.postSignature;
  if (f.words <= 7 && ABOUT_COMPANY.test(text) && !/^\S+\s+(?:Us|Me)$/.test(text)) return REMOVAL_RULES.aboutCompany;
  return null;
}

/** Fallback kind of a removed line by its position relative to the main text. */
export function positionKind(before: boolean, after: boolean): RemovalRule {
  if (before) return REMOVAL_RULES.beforeMainText;
  if (after) return REMOVAL_RULES.afterMainText;
  return REMOVAL_RULES.lowTextDensity;
}
