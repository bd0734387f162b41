import type { Prng } from './prng.ts';
import { FIRST_NAMES, LAST_NAMES } from './word-bank.ts';

/** A news site: the boilerplate it wraps every article in. */
export interface Site {
  name: string;
  domain: string;
  nav: string;
  share: string;
  footer: string;
  comments: boolean;
}

const SITE_WORDS = ['Daily', 'Global', 'Ledger', 'Wire', 'Herald', 'Observer', 'Post', 'Tribune', 'Courier', 'Times', 'Monitor', 'Dispatch', 'Chronicle', 'Report', 'Insider', 'Review'] as const;
const SECTIONS = ['Home', 'World', 'Politics', 'Business', 'Health', 'Tech', 'Sport', 'Opinion', 'Video', 'Climate'] as const;
const SHARE_LINES = ['Share this article: Facebook Twitter Email', 'Share', 'Tweet Share Pin Email', 'Share on Facebook | Share on Twitter', 'Click to share'] as const;
const COMMENT_TEXTS = [
  'This is exactly what I expected to happen.', 'Who is going to pay for all of this?', 'Great reporting, thank you.',
  'Nobody believes these promises any more.', 'Same story every year, nothing changes.', 'Finally some good news!',
  'The comments here are more informative than the article.', 'Follow the money.',
] as const;

/** The sites of a corpus (fixed for a seed). */
export function makeSites(rng: Prng, count: number): Site[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `The ${rng.pick(SITE_WORDS)} ${rng.pick(SITE_WORDS)}`;
    const domain = `${name.replace(/^The /, '').replace(/ /g, '').toLowerCase()}${i}.com`;
    return {
      name, domain, nav: rng.shuffle(SECTIONS).slice(0, rng.int(3, 6)).join(' | '), share: rng.pick(SHARE_LINES),
      footer: rng.pick([`© ${'{YEAR}'} ${name}, All rights reserved. Do not reproduce without permission.`,
        `Copyright ${'{YEAR}'} ${domain}. This article may be reposted with attribution.`, `© ${name} ${'{YEAR}'}`]),
      comments: rng.chance(0.4),
    };
  });
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-US', { month: 'short', day: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

/** A whole scraped page as a text dump (like seeds/): site chrome, headline, byline, date, body, footer, comments. */
export function renderPage(rng: Prng, site: Site, title: string, body: string[], published: number): string {
  const lines: string[] = [];
  if (rng.chance(0.7)) lines.push(site.nav);
  lines.push(title);
  if (rng.chance(0.8)) lines.push(`By ${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`);
  lines.push(`${DATE_FORMAT.format(new Date(published))} UTC`);
  if (rng.chance(0.3)) lines.push(site.share);
  body.forEach((p, i) => {
    lines.push(p);
    if (i === 2 && rng.chance(0.5)) lines.push('Advertisement');
  });
  if (rng.chance(0.5)) lines.push(site.share);
  lines.push(site.footer.replace('{YEAR}', String(new Date(published).getUTCFullYear())));
  if (site.comments) {
    const n = rng.int(0, 4);
    lines.push(`${n} Comments`);
    for (let i = 0; i < n; i++) lines.push(`${rng.pick(FIRST_NAMES)}${rng.int(1, 99)}\n${rng.pick(COMMENT_TEXTS)}`);
  }
  return `${lines.join('\n\n')}\n`;
}
