import type { RemovedKind } from '../../lib/types.ts';
import { REPAIR_RULES } from './repairs.ts';

/** A removal rule: the id recorded in `removed[].rule` and the kind it gives. */
export interface RemovalRule {
  readonly rule: string;
  readonly kind: RemovedKind;
}

/**
 * Every rule that removes a span from the body, with its kind: THE list of
 * rule ids clean writes to `removed` (besides `<kind>-phrase`, one per kind of
 * `BOILERPLATE_PHRASES`). The dataset card can document `removed.rule` from it.
 */
export const REMOVAL_RULES = {
  /** The article headline. */
  title: { rule: 'title', kind: 'title' },
  /** Another line identical to the headline (end of page, print header). */
  titleRepeat: { rule: 'title-repeat', kind: 'title' },
  /** A "By …" line (also "Par", "Von", "Por", "Di", "Door", "Written by"). */
  byline: { rule: 'byline', kind: 'byline' },
  /** A bare author-name line next to the headline. */
  authorName: { rule: 'author-name', kind: 'byline' },
  /** The name line of an author box followed by the author's bio. */
  authorBox: { rule: 'author-box', kind: 'byline' },
  /** An author bio ("Jane Doe is a reporter …", "… writes for …"). */
  authorBio: { rule: 'author-bio', kind: 'author-bio' },
  /** An image or file name glued to a byline ("us-russia-syriaBy …"). */
  gluedFileName: { rule: REPAIR_RULES.gluedFileName, kind: 'credit' },
  /** The line that gave the publication date. */
  dateline: { rule: 'dateline', kind: 'dateline' },
  /** Any other date line in the header (page-header date, update date). */
  pageDate: { rule: 'page-date', kind: 'dateline' },
  /** The heading of the reader-comment section. */
  commentHeading: { rule: 'comment-heading', kind: 'comments' },
  /** The reader-comment section (its rows are in `comments`). */
  commentSection: { rule: 'comment-section', kind: 'comments' },
  /** A breadcrumb ("Main » Section » Title"). */
  breadcrumb: { rule: 'breadcrumb', kind: 'navigation' },
  /** A short menu separated by pipes ("« Previous | Next »"). */
  pipeMenu: { rule: 'pipe-menu', kind: 'navigation' },
  /** A trending, ticker or alert bar opened by its label ("Tendencias: …", "Top News …"; `BAR_LABELS` in data/phrases.ts). */
  barLine: { rule: 'bar-line', kind: 'navigation' },
  /** A row of a top bar's account and subscription links ("Suscríbase Edición impresa Ingresar"; see ui-row.ts). */
  linkRow: { rule: 'link-row', kind: 'navigation' },
  /** An agency photo slug ("SWITZERLAND-GENEVA-U.S.-RUSSIA-TRUCE …"). */
  captionSlug: { rule: 'caption-slug', kind: 'caption' },
  /** A slideshow counter ("1/50 …"). */
  galleryCounter: { rule: 'gallery-counter', kind: 'caption' },
  /** A slide's caption or credit between the counters of a slideshow (see mark-gallery.ts). */
  galleryCaption: { rule: 'gallery-caption', kind: 'caption' },
  /** A photo's caption between two labels of its widget ("View Photos" … "Buy Photo"; see mark-photo-caption.ts). */
  photoCaption: { rule: 'photo-caption', kind: 'caption' },
  /** A photo credit ("Photograph: …", "(AP Photo/…)", "Getty Images"). */
  creditLine: { rule: 'credit-line', kind: 'credit' },
  /** A photo caption of any length that ends with its credit ("… on Thursday Credit: STR/AFP"). */
  creditedCaption: { rule: 'credited-caption', kind: 'caption' },
  /** A row of share buttons ("Share Tweet Share", "tweet share Reddit Pocket Flipboard Email"). */
  shareButtons: { rule: 'share-buttons', kind: 'share' },
  /** The signature line of an embedded social post ("— Name (@handle) March 20, 2023"). */
  postSignature: { rule: 'post-signature', kind: 'other' },
  /** A teaser cut short with a read-more link ("… As it… Read more"). */
  teaser: { rule: 'teaser', kind: 'related-links' },
  /** A link card repeating its headline ("How to X How to X"). */
  linkCard: { rule: 'link-card', kind: 'related-links' },
  /** A linked headline below a related-links heading (see mark-related-box.ts). */
  relatedBox: { rule: 'related-box', kind: 'related-links' },
  /** A news-ticker entry ("13:18 Headline …") on a page with several. */
  tickerItem: { rule: 'ticker-item', kind: 'related-links' },
  /** A press release's closing "About Company" heading (the company's boilerplate follows it). */
  aboutCompany: { rule: 'about-company', kind: 'other' },
  /** A live blog entry's time stamp ("23:40" above the entry's heading and text). */
  liveEntryTime: { rule: 'live-entry-time', kind: 'dateline' },
  /** A line repeated across many pages of the site (corpus pre-pass). */
  repeatedLine: { rule: 'repeated-line', kind: 'other' },
  /** A paragraph printed a second time in the article (a hidden mobile copy of the whole text). */
  repeatedParagraph: { rule: 'repeated-paragraph', kind: 'other' },
  /** Boilerplate before the main text (menus, headers). */
  beforeMainText: { rule: 'before-main-text', kind: 'navigation' },
  /** Boilerplate after the main text (footers, link lists). */
  afterMainText: { rule: 'after-main-text', kind: 'other' },
  /** A line inside the main text without enough prose (labels, link lines). */
  lowTextDensity: { rule: 'low-text-density', kind: 'other' },
} as const satisfies Record<string, RemovalRule>;
