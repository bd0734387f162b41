import { describe, expect, it } from 'vitest';
import { lineFeatures } from '../../../pipeline/stages/clean/line-features.ts';
import { positionKind, shapeKind, TICKER } from '../../../pipeline/stages/clean/line-kind.ts';

describe('line shapes', () => {
  it.each([
    ['Main » US, Russia agree to increased diplomacy on Syria', 'breadcrumb'],
    ['Mac & i > News > 2015 > KW 15', 'breadcrumb'],
    ['« Vorige | Nächste »', 'pipe-menu'],
    ['SWITZERLAND-GENEVA-U.S.-RUSSIA-TRUCE IN SYRIA- Sergey Lavrov', 'caption-slug'],
    ['Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian', 'credit-line'],
    ['1/50 United goin down', 'gallery-counter'],
    [`Zimbabwean opposition leader Morgan Tsvangirai, right, meets church leaders Bishop Trevor Manhanga, centre, and Father Fidelis Mukonori in 2006. Father Mukonori is said to be mediating in the current crisis Credit: DESMOND KWANDE/ AFP`, 'credited-caption'],
    [`Ein Sprecher des Ministeriums bestätigte am Montag, dass die Gespräche über die Finanzierung der neuen Anlage in der kommenden Woche fortgesetzt werden sollen, Foto: Marta Kowalska`, 'credited-caption'],
    [`The agency said the photograph: a blurred image of the launch site taken from a satellite, had been released to show how far the construction had come since the spring.`, null],
    [`Officials at the ministry said they had reviewed every image: the first showed the convoy leaving the base, the second the trucks arriving at the border crossing in the north.`, null],
    ['How to Defeat the Urge to Binge Shop How to Defeat the Urge to Binge Shop', 'link-card'],
    ['Népal : «Plus les heures passent, moins on est utiles»', null],
    ['The minister said the talks would continue next week.', null],
    ['Share Tweet Share', 'share-buttons'],
    ['Udostępnij Facebook X Drukuj Komentarze (17)', 'share-buttons'],
    ['Facebook Instagram X YouTube', 'share-buttons'],
    ['SON DAKİKA Merkez Bankası faiz kararını açıkladı Ankara\'da doğal gaz kesintisi uyarısı', 'bar-line'],
    ['Breaking News Pesawat Perintis Tertunda di Bandara Sentani Akibat Cuaca · Festival Danau Sentani 2027 Digelar Juni', 'bar-line'],
    ['Energy bill credit: how to get money back from your supplier before winter peaks', null],
    ['Hannie du Toit at her 80th birthday celebration in 2021. Photo: supplied', 'credit-line'],
    ['Picture: iStock', 'credit-line'],
    // credits in Spanish and Portuguese
    ['Crédito: Jhonny Tovar', 'credit-line'],
    ['Un medidor portátil registra la humedad del grano. Crédito: Gabriel Santiago Rivera / Especial para Primera Plana', 'credit-line'],
    // a caption closed by its photographer after a dash, or "for" the outlet; an illustration's credit
    ['Le terril du Bois-Saint-Jean, vu depuis les anciennes cités ouvrières de Seraing. - Photo Jérôme Lambotte', 'credited-caption'],
    ['Vance takes a bearing on a column of smoke near Green Ridge in August. Ilse Varga for The Halyard', 'credited-caption'],
    ['Solar panels stretch across the desert behind the new desalination plant in Sohar, Oman [File: Gulfwave]', 'credited-caption'],
    ['Новий електробус на зупинці біля залізничного вокзалу. Фото: Житомирська міська рада', 'credited-caption'],
    ['Illustration by Noor Abouelela for Red River Review', 'credit-line'],
    ['The council voted for the plan. Mayor Jane Doe for one was pleased.', null],
    // a caption's credit in scripts without capitals
    ['ডুমস রোড পরের কারিগররা কাজ করছেন। ছবি: নিলেশ রানা', 'credited-caption'],
    ['د جلال‌آباد د مېوې په منډۍ کې د مالټو ډېری. انځور: سپین غر خبرونه', 'credited-caption'],
    ['फेवातालको बाराही घाटमा पर्यटक पर्खिरहेका डुंगा । तस्बिर : गण्डकी', 'credited-caption'],
    ['Ibahagi Facebook Twitter Messenger Viber Kopyahin ang link', 'share-buttons'],
    // a trending or ticker bar opened by its label, however long
    ['Top News HSI closes 142 points higher Cold front to bring temperatures down to 14C this weekend East Rail delays after signalling fault', 'bar-line'],
    ['Flood updates: Follow the latest on evacuations and road closures in Kelantan, Terengganu and Pahang', 'bar-line'],
    ['Tendencias: Novenas Pico y placa Real Santandereano Prima de diciembre', 'bar-line'],
    ['Top news anchors are leaving the network.', null],
    // the account links of a top bar
    ['Suscríbase Edición impresa Ingresar', 'link-row'],
    // share rows in more languages, a label with its colon among the buttons
    ['Sdílet: Facebook X E-mail Kopírovat odkaz Diskuse (23)', 'share-buttons'],
    ['Partager Facebook Courriel Imprimer', 'share-buttons'],
    ['แชร์ Facebook LINE X คัดลอกลิงก์', 'share-buttons'],
    ['Subscribe E-paper Sign in', 'link-row'],
    ["How Market Street will look when the works are finished (artist's impression)", 'credited-caption'],
    ['The Orchard Hill water tower, seen from Depot Road on Monday. (Courier photo)', 'credited-caption'],
    ['Carla Whitcombe checks her bus at the Port Harlan garage before dawn. Hannah Pruitt/Lakeshore Sentinel', 'credited-caption'],
    ['👍 1.2K 💬 418 comments ↗ 96 shares', 'share-buttons'],
    ['Like Comment Share', 'share-buttons'],
    ['12 34', null],
    ['The committee met again on Tuesday (pictured) and agreed the plan.', null],
    ['Wiadomości | Region | Rolnictwo | Sport | Kultura | Ogłoszenia | Nekrologi | Pogoda', 'pipe-menu'],
    ['The mayor | who had promised a new bridge | said the plan was dead | and the council agreed | after a long night', null],
    ['いかだから引き上げたカキの身入りを確かめる養殖業者＝宮城県石巻市で2026年12月1日、大西美帆撮影', 'credit-line'],
    ['완도항 여객선터미널에서 노화도행 여객선에 오르는 주민들. 사진=남해신문 DB', 'credit-line'],
    ['和平區果園裡仍有不少甜柿尚未轉色。（記者林佩蓉攝）', 'credit-line'],
    ['县水产技术总合中心的观测显示，石巻湾11月的平均水温为15.8度。', null],
    ['tweet share Reddit Pocket Flipboard Email', 'share-buttons'],
    ['Partager Facebook Twitter E-mail Copier le lien Ajouter à mes articles', 'share-buttons'],
    ['Share Facebook Twitter LinkedIn WhatsApp Email Print Font Size', 'share-buttons'],
    ['Facebook, Twitter and email were down for most of the afternoon.', null],
    ['Un train régional en gare de Clermont-Ferrand, en février 2021. Photo Julien Marchand / Le Courrier du Matin', 'credited-caption'],
    ['The photo Jane Roe took in 2019 / reprinted here shows the old bridge.', null],
    ['Un arrocero muestra la costra de sal en un campo del Marjal de Vilanova. JORGE AMAT', 'credited-caption'],
    ['Przychodnia przy ul. Kolejowej. Fot. Tomasz Kubica', 'credited-caption'],
    ['Operai al lavoro su una condotta a Rocca Cismara. (Foto Zanella)', 'credited-caption'],
    ['The slip on Rārangi Coast Rd has closed one lane since the storm in July. Photo / Tasman Ledger', 'credited-caption'],
    ['He said the council would vote again (photo finish, he called it) next week.', null],
    ['Teilen Merken 47 Kommentare', 'share-buttons'],
    ['Artikel teilen Merken Drucken Kommentieren', 'share-buttons'],
    ['The birthing center at Mercy Valley Hospital in Ashford will stop delivering babies on Feb. 1. Ledger file photo', 'credited-caption'],
    ['Der Anleger in Wendhusen im Sommer 2019. (Archivbild)', 'credited-caption'],
    ['Ein leeres Klassenzimmer in einer Gesamtschule in Gelsenkirchen © Marit Sölle/Wochenpost', 'credited-caption'],
    ['Ein Nachtzug im Hamburger Hauptbahnhof: Die Verbindung endet im Juni. (Quelle: Jens Arnholt/fotoraum)', 'credited-caption'],
    ['The council kept the file photo of the old pier on its website for years.', null],
    ['Stampa Invia A A+ Condividi', 'share-buttons'],
    ['12 47', null],
    ["Le puntate dell'inchiesta: 1. Le sorgenti (1 dicembre) · 2. Il prezzo (2 dicembre) · 4. I pozzi (4 dicembre) · 5. Il futuro (5 dicembre)", 'pipe-menu'],
    ['About Kessler Ridge Foods', 'about-company'],
    ['About Us', null],
    ['About the author', null],
    ['Bomberos trabajan en la zona del incendio, este martes en Madrid. EFE/JUAN LÓPEZ', 'credited-caption'],
    ['The agreement was signed by the two ministers in Geneva on Monday. NATO', null],
    ['The two ministers signed the agreement on Monday, said the UN AND EU envoys.', null],
    ['— Kelsey R. (@kelsey_builds) March 20, 2023', 'post-signature'],
    ['— and then, he said (@ the door), it was over.', null],
    ['Inicio / Medio ambiente', 'breadcrumb'],
    ['Home › World › Europe', 'breadcrumb'],
    ['Home / office work is here to stay, the survey found.', null],
    ['Email the author', null],
    ['Print edition', null],
    ['Ever come home from a day of shopping and wondered why on earth you purchased certain items? As it… Read more Read more', 'teaser'],
    ['Le gouvernement a présenté mercredi son projet de loi sur les retraites, qui prévoit... Lire la suite »', 'teaser'],
    ['He paused… Read more books, he told the students, and you will understand.', null],
  ])('%s -> %s', (line, rule) => {
    expect(shapeKind(line, lineFeatures(line))?.rule ?? null).toBe(rule);
  });

  it('recognises ticker entries and falls back by position', () => {
    expect(TICKER.test('13:18 Loi renseignement : le Conseil refuse')).toBe(true);
    expect(TICKER.test('2013 was a good year')).toBe(false);
    expect(positionKind(true, false)).toEqual({ kind: 'navigation', rule: 'before-main-text' });
    expect(positionKind(false, true)).toEqual({ kind: 'other', rule: 'after-main-text' });
  });
});
