import { describe, expect, it } from 'vitest';
import { authorBoxName, isAuthorLine, isBioOf, looksLikeBio, siteFromBio, siteFromCopyright } from '../../../pipeline/stages/clean/find-bio.ts';

describe('bios and sites', () => {
  it('recognises author boxes and bios', () => {
    expect(authorBoxName('• Andy Wolf', 'Andy Wolf is an Appalachian native.')).toBe('Andy Wolf');
    expect(authorBoxName('• Andy Wolf', 'Kerry said that both countries agreed.')).toBeNull();
    expect(isBioOf('Baran Hines writes for ActivistPost.com.', 'Baran Hines')).toBe(true);
    expect(isBioOf('Baran Hines said nothing.', 'Baran Hines')).toBe(false);
    // The byline's case of a name particle need not be the bio's.
    expect(isBioOf('Mark di Stefano is a breaking news reporter for BuzzFeed News.', 'Mark Di Stefano')).toBe(true);
    expect(isBioOf('Mark', 'Mark Di Stefano')).toBe(false);
    expect(isAuthorLine('Martin Untersinger (avec Damien Leloup et Morgane Tual)', 'Martin Untersinger')).toBe(true);
    expect(isAuthorLine('MARTIN UNTERSINGER', 'Martin Untersinger')).toBe(true);
    expect(isAuthorLine('Martin Untersinger (Le Monde) a contribué à cet article.', 'Martin Untersinger')).toBe(false);
    expect(looksLikeBio('Jane Doe is a freelance journalist based in Paris.')).toBe(true);
    expect(looksLikeBio('Jane Doe is leaving the company next year.')).toBe(false);
  });

  it.each([
    ['© 2024 VCPOST, All rights reserved. Do not reproduce without permission.', 'VCPOST'],
    ['Copyright © 2015 BBC. The BBC is not responsible for the content of external sites.', 'BBC'],
    ['© 2010-2019 Example Media Ltd - All rights reserved', 'Example Media Ltd'],
    ['All rights reserved.', null],
  ])('site from %s', (line, site) => {
    expect(siteFromCopyright(line)).toBe(site);
  });

  it('reads the site from a bio', () => {
    expect(siteFromBio('Baran Hines writes for ActivistPost.com. He is the founder of WTFRLY.com.')).toBe('ActivistPost.com');
  });
});
