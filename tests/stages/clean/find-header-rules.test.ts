import { describe, expect, it } from 'vitest';
import { bylineDate, findHeader, type HeaderLine, headlineText, publicationDate, relatedHeading, TITLE_WEIGHTS, titleScore } from '../../../pipeline/stages/clean/find-header.ts';
import { measureLines } from '../../../pipeline/stages/clean/line-features.ts';
import { shapeKind } from '../../../pipeline/stages/clean/line-kind.ts';
import { createPhraseMatcher } from '../../../pipeline/stages/clean/phrase-matcher.ts';
import { splitLines } from '../../../pipeline/stages/clean/split-lines.ts';

const matcher = createPhraseMatcher();
const BODY = 'The council said on Tuesday that the new bridge would open to traffic in the spring, after months of delays.';

/** Header search over `rows` followed by one body paragraph (the first paragraph is the last row). */
function run(rows: string[], bodyStart = rows.length) {
  const lines = splitLines((bodyStart === rows.length ? [...rows, BODY] : rows).join('\n'));
  const { feats } = measureLines(lines.map((l) => l.text));
  const hl: HeaderLine[] = lines.map((line, i) => {
    const hit = matcher.match(line.text) ?? shapeKind(line.text, feats[i]);
    return { line, f: feats[i], boiler: hit !== null, related: relatedHeading(hit?.kind, feats[i].words), caption: hit?.kind === 'caption' || hit?.kind === 'credit' };
  });
  const h = findHeader(hl, bodyStart, 40, lines.map((l) => l.text.toLowerCase()).join('\n'), true);
  const text = (i: number | null): string | null => (i === null ? null : lines[i].text);
  return { title: text(h.title), authors: h.bylines.map((b) => b.byline.authors), published: h.published === null ? null : h.dates.find((d) => d.index === h.published)?.date.iso ?? null };
}

describe('findHeader: headline rules', () => {
  it.each([
    {
      name: 'a headline followed by a longer standfirst wins over the standfirst',
      rows: ['Menu', 'Harbour plan approved after long fight', 'City officials say the new harbour plan will bring jobs, though residents fear the noise of night shipping', 'Copy link', '12 May 2017 at 10:30'],
      title: 'Harbour plan approved after long fight',
    },
    {
      name: 'a menu of section names, a section path and a fact line of labelled values are not the headline',
      rows: [
        'News Sport Business Lifestyle Motoring Property', 'Opinión / Cartas al director', 'Harrowgate Athletic 3-2 Millbrook Rovers: Okafor double sinks Rovers',
        'Brindley Park · Attendance: 6,412 · Referee: Howard Tillotson', 'By Callum Reddaway', 'Saturday 5 December 2026 17:48 GMT',
      ],
      title: 'Harrowgate Athletic 3-2 Millbrook Rovers: Okafor double sinks Rovers',
    },
    {
      name: 'byline and date above the headline: the headline over its standfirst over the body wins over the masthead above the byline',
      rows: [
        'Primera Plana Puerto Rico', 'Noticias Gobierno Pueblos Agricultura Negocios Deportes Opinión', 'Por Gabriel Santiago Rivera | Especial para Primera Plana',
        'jueves, 3 de diciembre de 2026 - 5:45 p.m.', 'Agricultura', 'Caficultores de Lares prueban secadoras solares tras una cosecha marcada por la lluvia',
        'Un grupo de nueve fincas comparte tres secadoras de túnel construidas con materiales locales', 'Facebook X WhatsApp Email',
      ],
      title: 'Caficultores de Lares prueban secadoras solares tras una cosecha marcada por la lluvia',
    },
    {
      name: "a newsroom's byline gives its date, though it names no person",
      rows: ['Ventana Xela', 'Mercado de la zona 3 de Xela estrena sistema de alarmas contra incendios', 'Por Redacción Ventana Xela 04 de diciembre de 2026 a las 07:20h Lectura: 3 min'],
      title: 'Mercado de la zona 3 de Xela estrena sistema de alarmas contra incendios',
      published: '2026-12-04T07:20:00',
    },
    {
      name: "a bar at the top of the page opening with the day's date is not the headline",
      rows: [
        'Aller au contenu', "Lundi 7 décembre 2026 Newsletters Le magazine en kiosque S'abonner Se connecter", 'Presse-Monde', 'Irlande · Environnement',
        "Les ostréiculteurs de la baie de Galway suspendus à une nouvelle norme sur l'eau",
        "Une directive sur la qualité des eaux conchylicoles, qui entre en vigueur en mars, pourrait obliger des dizaines d'exploitants à purifier leurs huîtres",
        'Publié le 4 décembre 2026 à 05h30 Traduit de l’anglais Lecture 3 min.',
      ],
      title: "Les ostréiculteurs de la baie de Galway suspendus à une nouvelle norme sur l'eau",
    },
    {
      name: 'the last item of a menu printed one item per line is not the headline, though a date follows it',
      rows: ['Climate crisis', 'The long read', 'Business', 'Science', 'Global development', 'Monday 7 December 2026', 'The long read', 'The last of the herring words'],
      title: 'The last of the herring words',
    },
    {
      name: 'the points of a summary box under its heading are not the headline',
      rows: [
        'Harbourline Logistics to spend ₹2,400 crore on inland container depots as port volumes rise', 'Key Highlights',
        'Six depots planned along the western dedicated freight corridor', 'First two to begin operations by March 2028',
        'Kavya Raman & Sidharth Menon | Mumbai', 'Dec 4, 2026, 07:42 PM IST',
      ],
      title: 'Harbourline Logistics to spend ₹2,400 crore on inland container depots as port volumes rise',
    },
    {
      name: 'the role line of an author card is not the headline',
      rows: [
        'Otago Ledger', "Why Canterbury's braided rivers are running dry earlier each summer", 'Fenella Orr-Castillo',
        'Senior Lecturer in Hydrology, University of Otago', '3 December 2026, 10:20am', 'Facebook X Email Copy link',
      ],
      title: "Why Canterbury's braided rivers are running dry earlier each summer",
    },
    {
      name: 'names with their roles, a date, then the headline right over the standfirst and body: the headline, not a teaser above',
      rows: [
        'La Gazette de Meuse', 'En bref Tram de Liège : horaires adaptés pendant les fêtes', 'Publicité', 'Week-end · Reportage',
        'Aline Verhoeven (texte) et Jérôme Lambotte (photos)', 'Publié le 4/12/2026 à 18:00 - Mis à jour le 5/12/2026 à 09:14',
        'Sur le terril, la nature a repris ses quartiers',
        "À Seraing, un ancien terril charbonnier de nonante mètres est devenu l'un des sites naturels les plus riches de la province",
      ],
      title: 'Sur le terril, la nature a repris ses quartiers',
      authors: [['Aline Verhoeven']],
    },
    {
      name: 'a trending bar, an alert bar, a ticker of figures and teasers with their age are not the headline',
      rows: [
        'Tendencias: Novenas Pico y placa Real Santandereano Prima de diciembre', 'Aviso: Advertencia de inundaciones costeras hasta las 6:00 p.m. Ver detalles',
        'Dólar oficial: Bs 6,96 venta · UFV: 2,71043', 'Vecinos del cerro San Cristóbal estrenan escaleras con barandas y alumbrado solar', 'Lo último',
        'Corte de agua en San Juan de Lurigancho este martes: zonas y horarios hace 2 horas', 'Metropolitano suma una nueva ruta expresa desde el lunes hace 4 horas',
        'Renzo Huamaní Salas', 'Actualizado el 01/12/2026 08:10 p. m.',
      ],
      title: 'Vecinos del cerro San Cristóbal estrenan escaleras con barandas y alumbrado solar',
    },
    {
      name: 'a headline of two title-case sentences ending with a full stop is a headline; a lower-case label line is not',
      rows: ['in: News, Season 3, Trailers', 'I Gave Up My Car for a Year. The Money Was the Least Interesting Part.', 'What happened when I sold a dying hatchback', 'Naomi Brandvold', '9 min read · Dec 3, 2026'],
      title: 'I Gave Up My Car for a Year. The Money Was the Least Interesting Part.',
    },
    {
      name: "a video's title over its running time is not the headline",
      rows: [
        'Weather', 'Ice storm leaves more than 400,000 without power across the Ohio Valley', 'By Dana Whitcombe and Marcus Oyelaran, ANC',
        'Published 9:47 AM EST, Thu December 3, 2026', 'Video', 'Drone video shows ice-coated transmission towers along Ohio River', 'ANC Weather', '02:41',
        'Drone video shows ice-coated transmission towers along Ohio River02:41',
      ],
      title: 'Ice storm leaves more than 400,000 without power across the Ohio Valley',
    },
    {
      name: 'death notices, a staff list and a list of teaser headlines are not the headline',
      rows: [
        'Death Notices', 'Bridget (Bridie) Kilbride, Ballinacree', 'Professor Irene Quaye, Faculty Adviser', 'Primary school roof works finish early',
        'Shinty club AGM elects new captain', 'Broadband mast approved for Kilbrannan', 'Glenarlie harbour trust agrees new fees for visiting yachts',
        'Details Written by Morag Lindsay Category: News Published: 03 December 2026',
      ],
      title: 'Glenarlie harbour trust agrees new fees for visiting yachts',
    },
    {
      name: 'a byline right over the first paragraph anchors the headline, even just after a related box',
      rows: [
        'The Student Voice of Dunmore State University since 1948', 'News', 'Sports', 'Opinion', 'Campus Life', 'Arts', 'Print Editions',
        'Editorial Board', 'Most Viewed', 'Parking permit prices rise 12% next fall',
        'Volleyball falls in regional semifinal', 'News', 'Dining hall to stay open until midnight during finals after student petition',
        'By Marcus Delacroix, News Editor', 'December 2, 2026',
      ],
      title: 'Dining hall to stay open until midnight during finals after student petition',
    },
    {
      name: 'a headline of two short sentences in sentence case is a headline; a masthead with the day\'s date is no byline',
      rows: ['Market LedgerMonday, December 7, 2026', 'Sports', 'Harbor City finally found a quarterback. Now it needs a plan.', 'By Dana Whitcombe', 'December 5, 2026 11:48 PM ET'],
      title: 'Harbor City finally found a quarterback. Now it needs a plan.',
      authors: [['Dana Whitcombe']],
    },
    {
      name: 'a date line is never the headline, even with words after its date',
      rows: ['czwartek, 3 grudnia 2026 r., godz. 14:05', 'Spółdzielnia z Lipowca zrobi własny ser. Rolnicy chcą uniezależnić się od skupu'],
      title: 'Spółdzielnia z Lipowca zrobi własny ser. Rolnicy chcą uniezależnić się od skupu',
    },
    {
      name: 'a photo caption between the headline and its standfirst does not make the standfirst the headline',
      rows: [
        'ANALYSIS', "Why the valley line's timetable still doesn't work", 'A two-carriage train waits at the station on a weekday morning. Picture: Tom Fairhurst',
        'Eighteen months after the reopening, half-empty trains and missed connections tell a story of a railway designed around the wrong journeys',
        'Rosalind Achterberg, Transport Editor', '3rd December 2026',
      ],
      title: "Why the valley line's timetable still doesn't work",
    },
    {
      name: 'a menu of capitalised words and an event banner are not the headline; a three-word headline over its standfirst is',
      rows: [
        'STACKLINE LIVE 2027 · Early-bird passes end Dec 18 · Register', 'Stackline Weekly',
        'Cloud Data Centers Networking Security AI Infrastructure Careers Events Webinars White Papers', 'December 7, 2026', 'Data Centers',
        'Cold storage wars', 'Tape is back. Three archive vendors are racing to sell exabyte-scale cold storage to cloud operators',
        'By Priya Natarajan, Senior Editor, Infrastructure', 'Published December 1, 2026', '7 min read',
      ],
      title: 'Cold storage wars',
    },
    {
      name: 'a score box\'s scorers and the masthead\'s date line are not the headline',
      rows: [
        'Terrace Report Mon 07 Dec 2026', 'Scottish Championship · Match report', "Dunmore Athletic 2-1 Kinross Thistle: Okafor's late header settles derby",
        'Dunmore Athletic2-1Kinross Thistle', "Baillie 38'", "Okafor 88'", 'HT 1-0', "McGlashan 61' (pen)", 'By Callum Reid at Glenview Park', 'Saturday 5 December 2026, 17:12',
      ],
      title: "Dunmore Athletic 2-1 Kinross Thistle: Okafor's late header settles derby",
    },
    {
      name: 'glued menu items, a glued video duration and the author\'s role line are not the headline',
      rows: [
        'TrendingWinter weatherBudget talksCollege football playoffHoliday travel', 'Meteorologist explains the Arctic blast heading east03:04',
        "Town's last bank branch to become community banking hub", 'Rhiannon Pugh', 'Mid Wales reporter, BBS Wales News', '5 December 2026',
      ],
      title: "Town's last bank branch to become community banking hub",
    },
    {
      name: 'a long headline over shorter summary points and the byline beats the points',
      rows: [
        'Latest Headlines', 'Prince Harry',
        "Victorian pier to close for TWO YEARS after storms leave its iron legs corroded - as traders warn seaside town will 'go dark'",
        'Sandmere Pier will shut from January 4 while 38 of its 112 columns are replaced',
        "Repair bill is expected to top £9.5million, almost double spring's estimate", 'By Gemma Lockyer',
        'Published: 14:22 GMT, 4 December 2026 | Updated: 09:10 GMT, 5 December 2026',
      ],
      title: "Victorian pier to close for TWO YEARS after storms leave its iron legs corroded - as traders warn seaside town will 'go dark'",
    },
    {
      name: 'a list of related headlines over the headline is not its summary (not ordered longest first)',
      rows: [
        'Login', 'Google is reportedly acquiring Lytro for around $40 million', "'Hyper Light Drifter' is another indie game coming to Switch",
        "Samsung's commercial-grade Galaxy Tab Active 2 is available in the US", 'Xbox One X review: A console that keeps up with gaming PCs',
        'But only hardcore gamers will appreciate it.', 'Devindra Hardawar, @devindra', '11.03.17 in Gadgetry',
      ],
      title: 'Xbox One X review: A console that keeps up with gaming PCs',
    },
    {
      name: 'the last step of the breadcrumb printed over the headline is the section, not the headline',
      rows: ['Accueil › Opinions › Courrier des lecteurs', 'Courrier des lecteurs', '« Rendez-nous la ligne 14 »', 'Publié le mercredi 2 décembre 2026 à 06h45'],
      title: '« Rendez-nous la ligne 14 »',
    },
    {
      name: 'a standfirst without a date or byline after it still marks the headline',
      rows: ['Sections', 'Harbour plan approved after long fight', 'City officials say the new harbour plan will bring jobs, though residents fear the noise of night shipping', '0'],
      title: 'Harbour plan approved after long fight',
    },
    {
      name: 'headlines in a related-stories block lose to the article headline',
      rows: [
        'Trending now', '1.', 'Mayor opens new library in the old town', 'on City Desk', '2.', 'Storm closes schools across the region', 'on City Desk',
        '3.', 'Council votes to keep the night buses', 'on City Desk', 'Written by Ann Lee', 'Why the ferry timetable keeps changing', 'Follow',
        'Harbour plan approved after long fight over jobs', '36', 'Ann Lee', 'Share', 'Tags: harbour', 'Comments', 'Print',
      ],
      title: 'Harbour plan approved after long fight over jobs',
    },
    {
      name: 'a byline inside a related block does not anchor the headline; the dated headline wins',
      rows: ['News', 'Harbour plan approved after long fight', 'AFP 12 mai 2017 à 10:30', 'Facebook', 'Twitter', 'Related stories', 'Interview', 'Mayor opens new library', 'By Tom Reed'],
      title: 'Harbour plan approved after long fight',
      published: '2017-05-12T10:30:00',
    },
    {
      name: 'a headline printed twice nearby beats a short label above the byline',
      rows: ['Harbour plan approved after long fight over jobs', 'Sign In', 'Local', 'Harbour plan approved after long fight over jobs', 'Share on Facebook', 'Share on Twitter', 'Share via Email', 'More Options', 'Resize Text', 'Print Article', 'Comments', 'By Ann Lee'],
      title: 'Harbour plan approved after long fight over jobs',
    },
    {
      name: 'a photo caption ending in a bracketed credit is never the headline',
      rows: ['World', 'Harbour plan approved after long fight', 'Share', 'Comments', 'The mayor speaks at the harbour on Tuesday following the vote in the city council (Jane Roe/AFP/Getty Images)', 'By Ann Lee'],
      title: 'Harbour plan approved after long fight',
    },
    {
      name: 'a section label repeated from the menu is not the headline above the byline',
      rows: ['Local', 'Nation & World', 'Sports', 'Opinion', 'Nation & World', 'EU delays tariffs on farm machinery as talks drag on', 'By Marta Lindqvist', 'Published March 5, 2021'],
      title: 'EU delays tariffs on farm machinery as talks drag on',
      published: '2021-03-05',
    },
    {
      name: 'a "Newsletters" menu item does not make the headline below it a teaser',
      rows: ['Podcasts', 'Newsletters', 'Donate', 'What the mud remembers', 'At the bottom of a small mountain lake, a team of geologists is reading six thousand years of fires and floods.', 'Nadia Ferreira, Science Correspondent', 'March 30, 2022'],
      title: 'What the mud remembers',
      published: '2022-03-30',
    },
    {
      name: 'a headline beats the two-sentence subtitle under it',
      rows: ['Esteri', 'Ue, accordo sui fondi per le reti elettriche transfrontaliere', 'Stanziati 6,5 miliardi fino al 2027. Ora il negoziato con il Parlamento', '05 marzo 2021 - 11:47'],
      title: 'Ue, accordo sui fondi per le reti elettriche transfrontaliere',
    },
    {
      name: 'a caption that mentions a month is not the date line',
      rows: ['World', 'Harbour plan approved after long fight', 'Workers at the harbour in October 2021. Photograph: Jane Roe for City Desk', 'Ann Lee, Staff Writer', 'March 30, 2022 · 14 min read'],
      title: 'Harbour plan approved after long fight',
      published: '2022-03-30',
    },
    {
      name: 'the publication date printed after an update date on one line',
      rows: ['Harbour plan approved after long fight', 'Ann Lee', 'Last Updated: Mar 6, 2021, 09:20 AM | Published: Mar 5, 2021, 10:42 PM'],
      title: 'Harbour plan approved after long fight',
      published: '2021-03-05T22:42:00',
    },
    {
      name: 'a weekday between the words before a date and the date is part of the date',
      rows: ['Harbour plan approved after long fight', 'Submitted by webdesk on Wed, 25/11/2026 - 16:20', 'Reporter', 'Ann Lee'],
      title: 'Harbour plan approved after long fight',
      published: '2026-11-25T16:20:00',
    },
    {
      name: "a masthead over the day's date is not the headline; a date after a publication cue counts anywhere in its line",
      rows: ['Talbote', 'Die Zeitung für das obere Murtal', 'Montag, 7. Dezember 2026', 'Suchen ...', 'Startseite', 'Gemeinden', 'St. Veit', 'Nachruf: Franz Leitgeb, der Bürgermeister, der die Brücke baute', 'Drucken', 'Details Geschrieben von Herta Pichler Kategorie: St. Veit Veröffentlicht: 02. Dezember 2026 Zugriffe: 412'],
      title: 'Nachruf: Franz Leitgeb, der Bürgermeister, der die Brücke baute',
      published: '2026-12-02',
    },
    {
      name: 'without a byline, too: the masthead over the date of the day loses to the headline',
      rows: ['Talbote', 'Die Zeitung für das obere Murtal', 'Montag, 7. Dezember 2026', 'Suchen ...', 'Startseite', 'Gemeinden', 'St. Veit', 'Nachruf: Franz Leitgeb, der Bürgermeister, der die Brücke baute', 'Drucken', 'Kategorie: St. Veit Rubrik: Leute Veröffentlicht: 02. Dezember 2026 Zugriffe: 412'],
      title: 'Nachruf: Franz Leitgeb, der Bürgermeister, der die Brücke baute',
      published: '2026-12-02',
    },
    {
      name: 'a stock quote is never the headline',
      rows: ['Nasdaq', '5,153.58', '-35.56 (-0.69%)', 'Harbour plan approved after a long fight over jobs', 'Ann Lee', 'Editor'],
      title: 'Harbour plan approved after a long fight over jobs',
    },
    {
      name: 'a name with a handle under the headline counts as its byline',
      rows: ['Mayor opens new library in the old town', 'Storm closes schools across the region', 'Harbour plan approved after long fight', 'But the residents are not happy.', 'Ann Lee, @annlee', 'Comments'],
      title: 'Harbour plan approved after long fight',
    },
    {
      name: 'a headline, then a standfirst of about its length, then the byline: the headline wins',
      rows: ['Business News', 'The seven secrets that hotel owners do not want you to know', 'Hotel bosses spill the beans on cost cutting and poor hygiene', 'Hazel Sheffield', 'Friday 25 December 2015', '0 comments'],
      title: 'The seven secrets that hotel owners do not want you to know',
    },
    {
      name: 'a teaser with its own byline above the article header does not anchor the headline',
      rows: ['Home', 'News', 'Mayor opens new library in the old town', 'By Tom Reed', 'Harbour plan approved after long fight over jobs', 'By Jane Doe', 'March 5, 2019', 'Share on Facebook'],
      title: 'Harbour plan approved after long fight over jobs',
      published: '2019-03-05',
    },
    {
      name: 'in a related block the next longer line is another story, not a standfirst',
      rows: ['Home', 'News', 'Trending', 'Mayor opens new library in the old town', 'Storm closes schools across the region', 'Council votes to keep the night buses', 'Harbour plan approved after long fight over jobs', 'By Jane Doe', 'March 5, 2019'],
      title: 'Harbour plan approved after long fight over jobs',
    },
    {
      name: 'a line with a clock time is a dateline, not the headline',
      rows: ['テクノロジー', 'トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」', 'CNET Japan 3/9(木) 18:45配信', 'ツイート'],
      title: 'トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」',
    },
  ])('$name', ({ rows, title, published, authors }: { rows: string[]; title: string; published?: string; authors?: string[][] }) => {
    const h = run(rows);
    expect(h.title).toBe(title);
    if (published) expect(h.published).toBe(published);
    if (authors) expect(h.authors).toEqual(authors);
  });
});

describe('titleScore: standfirst and byline', () => {
  /** Score of the first row, the rows then one body paragraph. */
  const score = (rows: string[]): number => {
    const lines = splitLines([...rows, BODY].join('\n'));
    const { feats } = measureLines(lines.map((l) => l.text));
    const hl: HeaderLine[] = lines.map((line, i) => ({ line, f: feats[i], boiler: matcher.match(line.text) !== null }));
    return titleScore(hl[0], hl, 0, rows.length, lines.map((l) => l.text.toLowerCase()).join('\n'));
  };
  it.each([
    ['a long byline', 'Par Alexandre Hervaud et Jérémy Piette — 24 novembre 2017 à 18:42', TITLE_WEIGHTS.followedByByline],
    ['a standfirst', 'City officials say the new harbour plan will bring jobs and also noise', TITLE_WEIGHTS.followedByDek],
  ])('a headline followed by %s', (_, next, bonus) => {
    const base = score(['Harbour plan approved after long fight', 'Photo: Jane Roe']);
    expect(score(['Harbour plan approved after long fight', next])).toBeCloseTo(base + bonus);
  });
});

describe("titleScore: the site's name", () => {
  it('is never a weather widget ("Saguenay -9 °C"), but may name a temperature', () => {
    const rows = ['Saguenay -9 °C', 'Leeds 4°', 'Heatwave to bring 40°C to the south by Friday', 'Lundi 7 décembre 2026'];
    const lines = splitLines([...rows, BODY].join('\n'));
    const { feats } = measureLines(lines.map((l) => l.text));
    const hl: HeaderLine[] = lines.map((line, i) => ({ line, f: feats[i], boiler: false }));
    const haystack = lines.map((l) => l.text.toLowerCase()).join('\n');
    expect(titleScore(hl[0], hl, 0, rows.length, haystack)).toBe(-Infinity);
    expect(titleScore(hl[1], hl, 1, rows.length, haystack)).toBe(-Infinity);
    expect(titleScore(hl[2], hl, 2, rows.length, haystack)).toBeGreaterThan(0);
    const more = ['Marlow, KS 34°F Cloudy', 'Ngqura port volumes up 6% in November1 hour ago', 'Gqeberha taxi rank upgrade stalls as contractor walks off site'];
    const ml = splitLines([...more, BODY].join('\n'));
    const mf = measureLines(ml.map((l) => l.text)).feats;
    const mh: HeaderLine[] = ml.map((line, i) => ({ line, f: mf[i], boiler: false }));
    const mhay = ml.map((l) => l.text.toLowerCase()).join('\n');
    expect(titleScore(mh[0], mh, 0, more.length, mhay)).toBe(-Infinity);
    expect(titleScore(mh[1], mh, 1, more.length, mhay)).toBeLessThan(titleScore(mh[2], mh, 2, more.length, mhay) - 1);
  });

  it('loses the bonus of its copies and a point when the copyright line prints it', () => {
    const rows = ['The Crestline Evening Times', 'Science', 'Bumblebees are holding on better than expected', 'Share'];
    const after = ['A bumblebee on catmint in a garden. Credit...Paul Okonjo for The Crestline Evening Times', '© 2026 The Crestline Evening Times Company'];
    const lines = splitLines([...rows, BODY, ...after].join('\n'));
    const { feats } = measureLines(lines.map((l) => l.text));
    const hl: HeaderLine[] = lines.map((line, i) => ({ line, f: feats[i], boiler: false, copyright: i === lines.length - 1 }));
    const haystack = lines.map((l) => l.text.toLowerCase()).join('\n');
    const site = lines[lines.length - 1].text.toLowerCase();
    const repeated = titleScore(hl[0], hl, 0, rows.length, haystack);
    expect(titleScore(hl[0], hl, 0, rows.length, haystack, site)).toBeCloseTo(repeated - TITLE_WEIGHTS.repeatedInLonger - TITLE_WEIGHTS.siteName);
    // the headline is not in the copyright line: unchanged
    expect(titleScore(hl[2], hl, 2, rows.length, haystack, site)).toBe(titleScore(hl[2], hl, 2, rows.length, haystack));
  });
});

describe('findHeader: byline rules', () => {
  it.each([
    { name: 'a short "By" line a few lines into the body', rows: ['Harbour plan approved after long fight', BODY, 'Advertisement', 'Photo: Jane Roe', 'Share', 'By Ann Lee and Tom Reed', BODY], authors: [['Ann Lee', 'Tom Reed']], bodyStart: 1 },
    { name: 'a date line right under a byline is its date, also past the header window', rows: ['Harbour plan approved after long fight', BODY, 'Written by Ann Lee', 'Medically reviewed by Tom Reed, MD', 'Published November 30, 2026', BODY], authors: [['Ann Lee']], bodyStart: 1, published: '2026-11-30' },
    { name: 'a date line after a standfirst taken for the first paragraph, then the byline', rows: ['Die Stadt muss Farbe bekennen', 'Bei der Grundsteuer duckt sich der Rat weg. Das ist bequem, aber es wird teuer und niemand will es zugeben.', '13.12.2026 – 19:12 Uhr 2 Min. Teilen Merken', 'Ein Kommentar von Jens Thormählen', BODY], authors: [['Jens Thormählen']], bodyStart: 1, published: '2026-12-13T19:12:00' },
    { name: 'a commentary label before the name, and the date line under it with more after the date', rows: ['Die Länder vergraulen ihren eigenen Nachwuchs', BODY, 'Ein Kommentar von Jakob Wendland', '6. Dezember 2026, 9:14 Uhr 312 Kommentare', BODY], authors: [['Jakob Wendland']], bodyStart: 1, published: '2026-12-06T09:14:00' },
    { name: 'a late name-and-date line with the agency after the name', rows: ['Hospital Central do Alentejo volta a derrapar', BODY, BODY, BODY, BODY, 'Joana Ferreira com Agência Tejo 5 dez 2026, 19:42', BODY], authors: [['Joana Ferreira']], bodyStart: 1, published: '2026-12-05T19:42:00' },
    { name: 'a date line right under a late byline is its date', rows: ['Harbour plan approved after long fight', BODY, 'Photo: Jane Roe', BODY, 'By Ann Lee and Tom Reed', 'Photographs by Jane Roe', 'December 3, 2026', BODY], authors: [['Ann Lee', 'Tom Reed']], bodyStart: 1, published: '2026-12-03' },
    { name: 'a date line under the last late byline, past the lines read for bylines', rows: ['The last of the herring words', BODY, BODY, BODY, BODY, BODY, BODY, 'by Tamsin Holloway-Grieve', 'Photographs by Kit Brannagh', 'Sat 5 Dec 2026 06.00 GMT', BODY], authors: [['Tamsin Holloway-Grieve']], bodyStart: 1, published: '2026-12-05T06:00:00Z' },
    { name: 'a name with a relative time', rows: ['Harbour plan approved after long fight', 'Ann Lee 1 day ago'], authors: [['Ann Lee']] },
    { name: 'a name with a compact time after a bullet', rows: ['Harbour plan approved after long fight', 'Ann Lee • 8h'], authors: [['Ann Lee']] },
  ])('$name', ({ rows, authors, bodyStart, published }) => {
    const h = run(rows, bodyStart);
    expect(h.authors).toEqual(authors);
    if (published) expect(h.published).toBe(published);
  });

  it.each([
    { rows: ['News', 'Harbour plan approved after long fight over jobs', 'Jane Doe and John Roe', 'March 5, 2019'] },
    { rows: ['News', 'Harbour plan approved after long fight over jobs', 'Jane Doe, Senior Reporter', 'March 5, 2019'] },
  ])('a bare author line is never the headline: $rows.2', ({ rows }) => {
    const h = run(rows);
    expect(h.title).toBe(rows[1]);
    expect(h.published).toBe('2019-03-05');
  });

  it('ignores a long "By" sentence and "By" lines far into the body', () => {
    const rows = ['Harbour plan approved after long fight', BODY, 'Share', 'By the end of the year the council expects the first ships to dock at the new quay and the old one to close.', BODY];
    expect(run(rows, 1).authors).toEqual([]);
    const far = ['Harbour plan approved after long fight', BODY, BODY, BODY, BODY, BODY, BODY, BODY, BODY, 'By Ann Lee'];
    expect(run(far, 1).authors).toEqual([]);
  });
});

describe('headlineText', () => {
  it.each([
    ['Local News|Harbour plan approved after long fight', 'Harbour plan approved after long fight'],
    ['New York|Harbour plan approved after long fight', 'Harbour plan approved after long fight'],
    ['Harbour plan approved after long fight', 'Harbour plan approved after long fight'],
    // spaced pipes are a site suffix or a menu, not a glued section; a short rest is not a headline
    ['Harbour plan approved | City Times', 'Harbour plan approved | City Times'],
    ['Home|News|Sport', 'Home|News|Sport'],
    ['Sport|Results today', 'Sport|Results today'],
  ])('%s', (line, want) => {
    expect(headlineText(line)).toBe(want);
  });
});

describe('bylineDate', () => {
  it.each<[string, string | null]>([
    ['6. Dezember 2026, 9:14 Uhr 312 Kommentare', '2026-12-06T09:14:00'],
    ['Pubblicato il 05/12/2026 - 17:45 Ultimo aggiornamento: 06/12/2026 - 08:10', '2026-12-05T17:45:00'],
    ['The county council finance committee met on 6 December 2026 to discuss the budget.', null],
  ])('%s', (line, iso) => {
    expect(bylineDate(line, false)?.iso ?? null).toBe(iso);
  });
});
