import { describe, expect, it } from 'vitest';
import { bareName, dateLine, findHeader, type HeaderLine, publicationDate } from '../../../pipeline/stages/clean/find-header.ts';
import { measureLines } from '../../../pipeline/stages/clean/line-features.ts';
import { createPhraseMatcher } from '../../../pipeline/stages/clean/phrase-matcher.ts';
import { splitLines } from '../../../pipeline/stages/clean/split-lines.ts';

const matcher = createPhraseMatcher();
const header = (text: string, bodyStart: number) => {
  const lines = splitLines(text);
  const { feats } = measureLines(lines.map((l) => l.text));
  const hl: HeaderLine[] = lines.map((line, i) => ({ line, f: feats[i], boiler: matcher.match(line.text) !== null }));
  return findHeader(hl, bodyStart, 40, lines.map((l) => l.text.toLowerCase()).join('\n'));
};
const body = 'The council said on Tuesday that the new bridge would open to traffic in the spring, after months of delays.';

describe('findHeader', () => {
  it('takes the headline above the byline and the date after it', () => {
    const h = header(['Lundi, 21 Janvier 2019', 'Latest news', 'Bridge will open in spring, council says', 'By Ann Lee', '11 Mai 2017', body].join('\n'), 5);
    expect(h.title).toBe(2);
    expect(h.bylines.map((b) => b.byline.authors)).toEqual([['Ann Lee']]);
    expect(h.published).toBe(4);
    expect(h.dates.map((d) => d.index)).toEqual([0, 4]);
  });

  it('never takes a page-header date at the top as the publication date', () => {
    const h = header(['Monday, 21 January 2019', 'Bridge will open in spring, council says', body].join('\n'), 2);
    expect(h.title).toBe(1);
    expect(h.published).toBeNull();
  });

  it('prefers a bare author name line next to the title when there is no byline', () => {
    const h = header(['Menu', 'Why neon is the ultimate symbol of the century', 'Sarah Archer', '1:39 PM ET', body].join('\n'), 4);
    expect(h.title).toBe(1);
    expect(h.nameLine).toBe(2);
  });

  it.each([
    ['with its place after a dash', 'Elif Yıldız - İzmir'],
    ['with its outlet after a pipe (a line that reads like a two-item menu)', 'Wanjiru Kamau | Meridian Wire'],
  ])('takes a bare author name line %s', (_, line) => {
    const h = header(['Menu', 'Cable damage slows internet across the region', line, 'December 3, 2026 14:05', body].join('\n'), 4);
    expect(h.title).toBe(1);
    expect(h.nameLine).toBe(2);
  });

  it('takes the date next to a byline above the title', () => {
    const h = header(['Menu', 'Biology', 'Ecology', 'December 3, 2026', 'by Marguerite Oyelaran', 'edited by Lisbet Crane, reviewed by Tomasz Reuben', 'Bumblebees avoid flowers visited by sick nestmates', body].join('\n'), 7);
    expect(h.title).toBe(6);
    expect(h.published).toBe(3);
  });

  it('reads date lines', () => {
    expect(dateLine('Published: 11 Mai 2017')?.iso).toBe('2017-05-11');
    expect(dateLine('The meeting on 11 May 2017 was long and nobody agreed on anything at all in the end.')).toBeNull();
  });
});

describe('publicationDate', () => {
  it.each<[string, string | null, boolean]>([
    ['Updated 9:20 AM, Mar 6, 2021 | Published: Mar 5, 2021', '2021-03-05', false],
    // the update's day at the first publication's time
    ['Updated December 3, 2026 — 7.10pm, first published at 5.42pm', '2026-12-03T17:42:00', false],
    ['Updated December 4 2026 - 3:30pm, first published 11:00am', '2026-12-04T11:00:00', false],
    ['Updated December 3, 2026 — 7.10pm', '2026-12-03T19:10:00', true],
  ])('%s', (line, iso, update) => {
    const d = publicationDate(line, true);
    expect(d?.iso ?? null).toBe(iso);
    expect(d?.update).toBe(update);
  });
});

describe('findHeader with a date between the headline and its standfirst', () => {
  it('takes the headline over the date and the standfirst right over the body', () => {
    const rows = ['Стрічка.UA', 'Усі новини', 'Суспільство', 'У Житомирі запустили перший міський маршрут електробусів', '03.12.2026 о 14:05 | Оновлено: 03.12.2026 о 17:20 Переглядів: 3 812',
      'Чотири машини курсуватимуть новим маршрутом від вокзалу до мікрорайону Маликова, проїзд коштуватиме стільки ж, скільки в тролейбусі',
      'Житомирське міське транспортне підприємство у четвер, 3 грудня, випустило на маршрут чотири електробуси, які курсуватимуть від залізничного вокзалу до мікрорайону Маликова.'];
    const h = header(rows.join('\n'), 6);
    expect(h.title).toBe(3);
    expect(h.published).toBe(4);
  });
  it('takes no newsroom byline for the headline', () => {
    const rows = ['Oman opens Gulf’s largest solar-powered desalination plant', 'By Gulfwave Staff and News Agencies', 'Published On 5 Dec 2026',
      'The plant in Sohar will supply drinking water to about 900,000 people, the energy ministry said on Saturday, and run on power from a new solar farm.'];
    expect(header(rows.join('\n'), 3).title).toBe(0);
  });
});

describe('findHeader with the authors above the headline', () => {
  const body = 'Пермская сеть магазинов у дома «Семь полок» договорилась о покупке екатеринбургской сети «Хлебный двор», сообщили в компании в четверг.';
  it('reads a list of names right above the headline', () => {
    const rows = ['Деловой курьер', 'Бизнес / Ритейл', 'Екатерина Смолина, Дмитрий Ершов', '«Семь полок» покупает уральскую сеть «Хлебный двор»', '03.12.2026, 22:30', body];
    const h = header(rows.join('\n'), 5);
    expect(h.title).toBe(3);
    expect(h.nameLine).toBe(2);
  });
  it('reads one name with its follow button right above the headline', () => {
    const rows = ['Деловой курьер', 'Бизнес / Ритейл', 'Lillian Cheung-Ramos + FOLLOW', '«Семь полок» покупает уральскую сеть «Хлебный двор»', '03.12.2026, 22:30', body];
    expect(header(rows.join('\n'), 5).nameLine).toBe(2);
  });
  it('reads no single name above the headline (a kicker may read so)', () => {
    const rows = ['Деловой курьер', 'Бизнес / Ритейл', 'WEST END WENDY', '«Семь полок» покупает уральскую сеть «Хлебный двор»', '03.12.2026, 22:30', body];
    expect(header(rows.join('\n'), 5).nameLine).toBeNull();
  });
});

describe('bareName', () => {
  it.each<[string, string]>([
    ['Mathilde Rével (Correspondante à Berlin)', 'Mathilde Rével'],
    ['Michał Zieliński (PAP)', 'Michał Zieliński'],
    ['Marc Lenoir (avec AWP)', 'Marc Lenoir'],
    ['Ilse Wouters en Belga', 'Ilse Wouters'],
    ['Aino Salonen SP', 'Aino Salonen'],
    ['Jane Doe III', 'Jane Doe III'],
    ['Jane Doe and John Roe', 'Jane Doe and John Roe'],
    ['الباحة - سارة الغامدي', 'سارة الغامدي'],
    ['Elif Yıldız - İzmir', 'Elif Yıldız'],
  ])('%s', (text, want) => expect(bareName(text)).toBe(want));
});
