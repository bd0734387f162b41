import { describe, expect, it } from 'vitest';
import { cleanDefaults, cleanStage } from '../../../pipeline/stages/clean/index.ts';
import { textRecord } from './seed-record.ts';

const clean = cleanStage.create(cleanDefaults);
const paras = [
  'Les députés ont adopté mardi à une large majorité le projet de loi sur le renseignement, après des semaines de débats souvent vifs.',
  'Le texte doit maintenant être examiné par le Sénat, où la majorité a promis de le voter sans le modifier en profondeur.',
  'Les opposants au projet ont annoncé leur intention de saisir le Conseil constitutionnel dès que le texte sera définitivement adopté.',
];

describe('author lines after the article', () => {
  it.each([
    ['the name alone', 'Martin Untersinger'],
    ['the name with a note in brackets', 'Martin Untersinger (avec Damien Leloup et Morgane Tual)'],
    ['the name in another case', 'MARTIN UNTERSINGER'],
  ])('removes %s as the author box', (_, line) => {
    const text = ['Le projet de loi sur le renseignement approuvé', 'Par Martin Untersinger', ...paras, line].join('\n\n');
    const res = clean(textRecord(text));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value.authors).toEqual(['Martin Untersinger']);
    expect(res.value.body.split('\n\n')).toEqual(paras);
    expect(res.value.removed.find((r) => r.text === line)?.rule).toBe('author-box');
  });

  it('keeps a sentence that starts with the name', () => {
    const last = 'Martin Untersinger (Le Monde) a contribué à cet article, avec des informations recueillies à Paris et à Bruxelles.';
    const res = clean(textRecord(['Le projet de loi sur le renseignement approuvé', 'Par Martin Untersinger', ...paras, last].join('\n\n')));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value.removed.find((r) => r.text === last)?.rule).not.toBe('author-box');
  });
});

describe('a wire story credit after the article', () => {
  const en = [
    'Tea auction prices climbed to a two-year high on Tuesday as a dry spell cut output across the main growing regions, brokers said.',
    'The average price of a kilogram of black tea rose to 3.12 dollars at the weekly auction, up from 2.95 dollars a week earlier.',
    'Exporters said buyers from Pakistan and Egypt were active, while demand from the United Kingdom remained subdued this month.',
  ];
  it('names the reporters when the header names nobody, and is removed as a byline', () => {
    const credit = 'Reporting by Wanjiru Kamau in Nairobi and Otieno Baraka in Mombasa; Editing by Helen Stroud';
    const res = clean(textRecord(['Kenyan tea prices climb to two-year high', ...en, credit].join('\n\n')));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value.authors).toEqual(['Wanjiru Kamau', 'Otieno Baraka']);
    expect(res.value.body.split('\n\n')).toEqual(en);
    expect(res.value.removed.find((r) => r.text === credit)?.rule).toBe('byline');
  });

  it('keeps the header byline over the credit', () => {
    const res = clean(textRecord(['Kenyan tea prices climb to two-year high', 'By Ann Lee', ...en, 'Reporting by Wanjiru Kamau; Editing by Helen Stroud'].join('\n\n')));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value.authors).toEqual(['Ann Lee']);
  });
});

describe('author cards in the header', () => {
  const en = [
    'Dry-season farmers south of the city are replacing diesel water pumps with solar ones as the price of fuel keeps climbing this year.',
    'At the two largest markets, where farmers buy seed and equipment, dealers said panels now sell faster than any other item in stock.',
    'A farmer who grows tomatoes on three hectares said he spent close to half of his income on diesel during the last dry season alone.',
  ];
  const title = 'Farmers turn to solar pumps as diesel prices bite';
  it('reads a card above the headline and the date under it', () => {
    const text = ['Oluwaseun Adebayo-Martins', 'Agriculture Correspondent, Kano', '2026-12-03 14:22', 'Home » Agriculture', title, ...en].join('\n\n');
    const res = clean(textRecord(text));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value).toMatchObject({ title, authors: ['Oluwaseun Adebayo-Martins'], published: '2026-12-03T14:22:00' });
    expect(res.value.body.split('\n\n')).toEqual(en);
    // the name and role lines, one removed span
    expect(res.value.removed.filter((r) => r.rule === 'author-name').map((r) => r.text)).toEqual(['Oluwaseun Adebayo-Martins\n\nAgriculture Correspondent, Kano']);
  });
  it('reads a second card under a byline with its role line', () => {
    const text = [title, 'Siobhán Kearney', 'Health Correspondent', 'Declan Fitzmaurice', 'Data Journalist', 'Thu 03 Dec 2026 at 07:00', ...en].join('\n\n');
    const res = clean(textRecord(text));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value.authors).toEqual(['Siobhán Kearney', 'Declan Fitzmaurice']);
    expect(res.value.published).toBe('2026-12-03T07:00:00');
    expect(res.value.body.split('\n\n')).toEqual(en);
  });
  it('reads a second name on its own line under a name with its role, over the date', () => {
    const text = [title, 'Rachel Goh Senior Transport Correspondent', 'Derek Lim Jun Hao', 'Published Dec 4, 2026, 11:52 AM', ...en].join('\n\n');
    const res = clean(textRecord(text));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value.authors).toEqual(['Rachel Goh', 'Derek Lim Jun Hao']);
    // ... but not a place or an outlet under two names without a role
    const two = clean(textRecord([title, 'By Dario Velasquez and Hannah Pruitt', 'Lakeshore Sentinel', 'Published Dec 4, 2026, 11:52 AM', ...en].join('\n\n')));
    if (!two.ok) throw new Error(two.diagnostic.message);
    expect(two.value.authors).toEqual(['Dario Velasquez', 'Hannah Pruitt']);
  });

  it.each([
    [['Ilse Vandermeer, Senior Fellow, Food Security Programme', 'Tomasz Rydel, Research Associate'], ['Ilse Vandermeer', 'Tomasz Rydel']],
    [['Kari NygårdJournalist', 'Sindre HolmJournalist'], ['Kari Nygård', 'Sindre Holm']],
  ])('reads cards printed one per line, each a name with its role %#', (cards, authors) => {
    const text = [title, ...cards, '3 December 2026', ...en].join('\n\n');
    const res = clean(textRecord(text));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value.authors).toEqual(authors);
    expect(res.value.body.split('\n\n')).toEqual(en);
  });

  it('reads the date under a reviewer\'s credit below a late name with its role', () => {
    const dek = 'But researchers say many of those most at risk still do not have a preventer inhaler at home.';
    const text = [title, dek, 'Brigid Tulloch, Health reporter', 'Reviewed by Dr Sanjay Perera, GP', '3 December 2026 — 6:15pm', ...en].join('\n\n');
    const res = clean(textRecord(text));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value.authors).toEqual(['Brigid Tulloch']);
    expect(res.value.published).toBe('2026-12-03T18:15:00');
    expect(res.value.removed.find((r) => r.text === 'Reviewed by Dr Sanjay Perera, GP')?.kind).toBe('credit');
  });

  it.each([
    ['a place after a pipe, over the date line', 'Tereza Vaňková | Olomouc', '16:40 1. prosince 2026', ['Tereza Vaňková']],
    ['an agency in brackets after the name', 'Michał Zieliński (PAP)', '3 grudnia 2026, 14:05', ['Michał Zieliński']],
    ['the agency the story was written with, in brackets', 'Marc Lenoir (avec AWP)', 'Publié le 01/12/2026 à 19:30', ['Marc Lenoir']],
  ])('reads a bare name line with %s', (_, line, date, authors) => {
    const res = clean(textRecord([title, line, date, ...en].join('\n\n')));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value.authors).toEqual(authors);
  });
  it('reads no name from a section and a place after a pipe under the headline without a date', () => {
    const res = clean(textRecord([title, 'Climate Change | World', ...en].join('\n\n')));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value.authors).toEqual([]);
  });

  it('reads an Arabic header: the place, a dash and the name, and the Gregorian date beside the Hijri one', () => {
    const ar = [
      'افتتحت جمعية النحالين التعاونية بمنطقة الباحة أمس سوق عسل الشتاء بمشاركة مئة وعشرين منتجا من مختلف محافظات المنطقة، ويستمر السوق أسبوعين.',
      'وقال رئيس مجلس إدارة الجمعية إن السوق يعرض أنواعا من العسل المحلي، وإن الأسعار هذا العام أقل من العام الماضي بسبب وفرة الإنتاج.',
      'وأوضح أن الجمعية خصصت جناحا للنحالين الشباب الذين بدأوا العمل في السنوات الأخيرة، إلى جانب ورش تدريبية يومية للزوار والأسر.',
    ];
    const text = ['محليات', 'نحالو الباحة يفتتحون سوق عسل الشتاء بمشاركة 120 منتجاً', 'الباحة - سارة الغامدي', 'الخميس 22 جمادى الآخرة 1448هـ - 3 ديسمبر 2026م', 'فيسبوك واتساب إكس طباعة', ...ar].join('\n\n');
    const res = clean(textRecord(text));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value.title).toBe('نحالو الباحة يفتتحون سوق عسل الشتاء بمشاركة 120 منتجاً');
    // ... but a kicker holding a function word is no name
    const kicker = clean(textRecord(['محليات', 'نحالو الباحة يفتتحون سوق عسل الشتاء بمشاركة 120 منتجاً', 'في ذروة موسم العسل', ...ar].join('\n\n')));
    if (!kicker.ok) throw new Error(kicker.diagnostic.message);
    expect(kicker.value.authors).toEqual([]);
    expect(res.value.authors).toEqual(['سارة الغامدي']);
    expect(res.value.published).toBe('2026-12-03');
    expect(res.value.body.split('\n\n')).toEqual(ar);
  });

  it('takes the date of a blog\'s entry line over a date above the headline', () => {
    const text = ['Kemp Valley Courier', 'Monday 7 December 2026', title, 'Leave a reply', ...en, 'Share this:', 'Twitter', 'Facebook', 'Like this:',
      'This entry was posted in Parish Council on 4 December 2026 by Rosalind Tweedale.'].join('\n\n');
    const res = clean(textRecord(text));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value.authors).toEqual(['Rosalind Tweedale']);
    expect(res.value.published).toBe('2026-12-04');
  });

  it('reads no publication date from a life\'s span, and the date of a "Published by … on …" line at the foot', () => {
    const text = ['Eleanor Mae Fitch', 'June 14, 1934 – November 30, 2026', 'Cedar Falls, Iowa', ...en, 'Published by Cedar Valley Courier on Dec. 4, 2026.'].join('\n\n');
    const res = clean(textRecord(text));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value.published).toBe('2026-12-04');
  });

  it('does not read a name over a sentence as a card', () => {
    const text = [title, 'Oluwaseun Adebayo-Martins', 'The correspondent was in Kano', ...en].join('\n\n');
    const res = clean(textRecord(text));
    if (!res.ok) throw new Error(res.diagnostic.message);
    expect(res.value.removed.some((r) => r.text === 'The correspondent was in Kano' && r.rule === 'author-name')).toBe(false);
  });
});
