import { describe, expect, it } from 'vitest';
import { bareDuration, creditLabelLine, factLine, figureTicker, lowerLabel, nameAndPlace, sectionMenu, sectionPath, teaserAge, titleCaseSentences, twoShortSentences, viewCounter } from '../../../pipeline/stages/clean/headline-shapes.ts';

const words = (t: string): number => t.split(/\s+/).length;

describe('headline shapes', () => {
  it.each<[string, boolean, boolean]>([
    ['A Wyoming Town Traded Coal for Data Centers. Now It Is Arguing Over Water.', true, true],
    ['I Gave Up My Car for a Year. The Money Was the Least Interesting Part of It, Really.', true, false],
    ['Harbor City finally found a quarterback. Now it needs a plan.', false, true],
    ['Rail strike called off after a late pay offer. Unions will ballot members again.', false, true],
    ['$150K Pearl Oscar Dress ... STOLEN!!!!', false, false],
    ['The council met on Tuesday and agreed, after a long debate about the costs, to fund the new bridge next year.', false, false],
  ])('two sentences: %s', (text, titleCase, short) => {
    expect(titleCaseSentences(text, words(text))).toBe(titleCase);
    expect(twoShortSentences(text, words(text))).toBe(short);
  });

  it.each<[string, boolean]>([
    ['News Sport Business Lifestyle Motoring Property', true],
    ['Bills Savings Mortgages Pensions Credit cards Deals Newsletter', true],
    ['Eat & Drink Arts Home Travel Best of Brennan Events Shop', true],
    ['Sport minister opens new stadium in the north', false],
    ['Son Dakika Gündem Yurt Dünya Ekonomi Spor Magazin Hava Durumu Programlar Yayın Akışı', true],
    ['Новини Політика Економіка Суспільство Світ Спорт', true],
  ])('section menu: %s', (text, want) => expect(sectionMenu(text, words(text))).toBe(want));

  it.each<[string, boolean]>([
    ['Opinión / Cartas al director', true],
    ['News / Local', true],
    ['Trump / Clinton debate drew a record audience last night', false],
  ])('section path: %s', (text, want) => expect(sectionPath(text, words(text))).toBe(want));

  it.each<[string, boolean]>([
    ['Bridget (Bridie) Kilbride, Ballinacree', true],
    ['Professor Irene Quaye, Faculty Adviser', true],
    ['Bridge opens, finally', false],
  ])('name and place: %s', (text, want) => expect(nameAndPlace(text)).toBe(want));

  it('reads label lines, fact lines and running times', () => {
    expect(lowerLabel('in: News, Season 3, Trailers')).toBe(true);
    expect(lowerLabel('In the news: a trailer')).toBe(false);
    expect(factLine('Brindley Park · Attendance: 6,412 · Referee: Howard Tillotson')).toBe(true);
    expect(factLine('Ferry cuts: islanders say the timetable fails them')).toBe(false);
    // a ticker of figures: two-word and capital labels count when the line holds figures
    expect(factLine('Dólar oficial: Bs 6,96 venta · UFV: 2,71043')).toBe(true);
    expect(factLine('Trump: Biden is wrong on 2 counts, says aide')).toBe(false);
    expect(bareDuration('02:41')).toBe(true);
    expect(bareDuration('1:02:15')).toBe(true);
    expect(bareDuration('Kickoff 19:30')).toBe(false);
    expect(bareDuration(undefined)).toBe(false);
  });

  it.each<[string, boolean]>([
    ['Metropolitano suma una nueva ruta expresa desde el lunes hace 4 horas', true],
    ['Fire crews called to barn blaze near Colchester 41 min ago', true],
    ['Les pompiers maîtrisent le feu il y a 2 heures', true],
    ['The 24 hours that changed the harbour', false],
    ['Council gives traders 3 days to move their stalls', false],
  ])('a teaser with its age: %s', (text, want) => expect(teaserAge(text)).toBe(want));
});

/** Lines that are never the headline, one table per shape: the line and whether the shape reads it so. */
const NO_HEADLINE: Array<[string, (text: string) => boolean, Array<[string, boolean]>]> = [
  ['figureTicker', (t) => figureTicker(t, words(t)), [
    ['USD 92,41 ▲ EUR 97,80 ▼ Brent 71,30 ▲ IMOEX 2 914 ▼', true],
    ['S&P/NZX 50 12,884.31 +0.42% NZD/USD 0.5962 NZD/AUD 0.9118 OCR 3.25%', true],
    ['Dow falls 500 points as oil jumps 4% on supply fears', false],
    ['Stocks ▲ as rate cut hopes grow', false],
  ]],
  ['viewCounter', viewCounter, [
    ['4.532 مشاهدة تعليقات الزوار (6)', true],
    ['1,284 views', true],
    ['Okunma: 6.318', true],
    ['Views of the harbour from 12 new flats', false],
    ['3,000 readers write in about the bridge', false],
  ]],
  ['creditLabelLine', creditLabelLine, [
    ['Redacción · Fuente: Cooperativa Platanera del Valle de Aridane', true],
    ['Source: Continental Press Agency', true],
    ['来源：江城日报', true],
    ['Sources say the mayor will resign before the new year', false],
    ['Redacción de la ley divide al Congreso', false],
  ]],
  ['factLine', factLine, [
    ['Brindley Park · Attendance: 6,412 · Referee: Howard Tillotson', true],
    ['کد خبر: ۴۸۲۷۱۹۳ تاریخ انتشار: چهارشنبه ۱۱ آذر ۱۴۰۵ - ۱۲:۴۷ سرویس: اقتصادی بازدید: ۲۳۴۵', true],
    ['Ukraine: Ukraine was conspicuously absent from the talks', false],
  ]],
];

describe.each(NO_HEADLINE)('%s', (_, shape, cases) => {
  it.each(cases)('%s', (text, want) => expect(shape(text)).toBe(want));
});
