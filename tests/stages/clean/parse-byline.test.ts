import { describe, expect, it } from 'vitest';
import { cjkByline, datelineByline, gluedNames, hanNameList, reporterByline, looksLikeName, nameBeforeRole, nameDateByline, nameListLine, otherCreditLine, parseByline, splitAuthors, unglueRole } from '../../../pipeline/stages/clean/parse-byline.ts';

describe('parseByline', () => {
  it.each([
    ['By kleyraustria', ['kleyraustria'], null],
    ['Penulis: Rina Kusumawati | Editor: Bambang Sutejo', ['Rina Kusumawati'], null],
    ['Written by Teodora Lind Reviewed by Caspar Whitby Dec 3 2026 Updated Dec 5 2026 4 Comments', ['Teodora Lind'], null],
    ['by Marguerite Oyelaran, Halvern University', ['Marguerite Oyelaran'], null],
    ['By Rhodri Vaughan Local Democracy Reporter', ['Rhodri Vaughan'], null],
    ['di Tommaso Ferrandi Sabato 5 Dicembre 2026, 12:40', ['Tommaso Ferrandi'], null],
    ['By Kelsey Pruitt & Ronan Bligh Published: 18:45, 5 Dec 2026', ['Kelsey Pruitt', 'Ronan Bligh'], null],
    ['Submitted by Lorraine Pelletier on Dec 3, 2026 at 2:05 PM', ['Lorraine Pelletier'], null],
    ['By Jess Moorcroft and Tuan Le', ['Jess Moorcroft', 'Tuan Le'], null],
    ['Par Jean Dupont Le 10 mars 2019', ['Jean Dupont'], null],
    ['Story and photos by Declan Ó Murchadha', ['Declan Ó Murchadha'], null],
    ['Beitrag von Theresa Gruber-Lechner', ['Theresa Gruber-Lechner'], null],
    ['December 3, 2026December 4, 2026 by Nattapong Srisuk', ['Nattapong Srisuk'], null],
    ['Por Renata Albuquerque LinsColaboração para o Portal', ['Renata Albuquerque Lins'], null],
    ['Yazan: Elif Yıldız', ['Elif Yıldız'], null],
    ['كتب: محمود عبد الرحيم', ['محمود عبد الرحيم'], null],
    ['Tekst i zdjęcia: Marta Kowalczyk', ['Marta Kowalczyk'], null],
    ['Oprac. Katarzyna Wrona | 03.12.2026 07:15 | Komentarze (0)', ['Katarzyna Wrona'], null],
    ['Story: Kayla Brennan; Photos: Dean Moretti', ['Kayla Brennan'], null],
    ['dal nostro inviato Matteo Ravasi', ['Matteo Ravasi'], null],
    ['Ein Kommentar von Jakob Wendland', ['Jakob Wendland'], null],
    ['Interview: Katharina Auer', ['Katharina Auer'], null],
    ['Por Ana Souza e Bruno Lima, Rede Sul — Porto Alegre', ['Ana Souza', 'Bruno Lima'], null],
    ['By Jane Doe, John Roe and Mary Poe', ['Jane Doe', 'John Roe', 'Mary Poe'], null],
    ['By Aoife Gilsenan Western Correspondent', ['Aoife Gilsenan'], null],
    ['us-russia-syriaBy Baran Hines', ['Baran Hines'], 'us-russia-syria'],
    ['priya_nair_90x90.jpgPriya Nair, DCT Bureau', ['Priya Nair'], 'priya_nair_90x90.jpg'],
    ['author-photo.PNGJane Doe and John Roe', ['Jane Doe', 'John Roe'], 'author-photo.PNG'],
    ['By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU', ['Daniel Kahn Gillmor'], null],
    ['By JEFFREY GETTLEMAN JAN. 13, 2017', ['Jeffrey Gettleman'], null],
    ['Written by Patrick Allan', ['Patrick Allan'], null],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe'], null],
    ['Par Martin Untersinger', ['Martin Untersinger'], null],
    ['By Marta Lindqvist and Peter Okafor Northstar Wire', ['Marta Lindqvist', 'Peter Okafor'], null],
    ['By Jane Doe, Bengaluru Metro Mirror', ['Jane Doe'], null],
    ['By Jane Doe and Emily Post', ['Jane Doe', 'Emily Post'], null],
    ['Author of the article: Stephanie Ruiz-Campbell', ['Stephanie Ruiz-Campbell'], null],
    // a role after a name's comma, then "and" the next name; a comma after the role starts its organisation
    ['By Shona Pickersgill, Senior Reporter and Dev Mistry', ['Shona Pickersgill', 'Dev Mistry'], null],
    ['By CALLUM DENHOLME, CHIEF REPORTER and PIPPA ROWNTREE FOR CLARIONONLINE', ['Callum Denholme', 'Pippa Rowntree'], null],
    ['By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project', ['Daniel Kahn Gillmor'], null],
    // a newsroom after one word is no person, a role after a name is
    ['By Jane Doe and KBVQ Staff', ['Jane Doe'], null],
    ['By Jane Doe Staff Writer', ['Jane Doe'], null],
    // labels of a portal's reporter, a match report's writer and a French text credit
    ['Reported By: Meera Kulkarni | Edited By: Arjun Rao', ['Meera Kulkarni'], null],
    ['Crónica de Paula Ordóñez · Estadio de La Peñuela', ['Paula Ordóñez'], null],
    ['Texte : Maude Lapierre-Tremblay', ['Maude Lapierre-Tremblay'], null],
    // a role in lower case before the name; a beat and a role after each name
    ['By state political reporter Callum Okafor-Reid', ['Callum Okafor-Reid'], null],
    ['By Fionnuala Brennan, Housing Correspondent & Cathal Mac Giolla, Economics Editor', ['Fionnuala Brennan', 'Cathal Mac Giolla'], null],
    ['Tekst og foto: Sigrid Nesheim', ['Sigrid Nesheim'], null],
    ['Von unserem Mitarbeiter Felix Brandt', ['Felix Brandt'], null],
    ['Ein Bericht von Miriam Kellermann und Jonas Albrecht', ['Miriam Kellermann', 'Jonas Albrecht'], null],
    ['Article rédigé par Claire Monge, Yanis Haddad - Hexagone Info France Médias Publics', ['Claire Monge', 'Yanis Haddad'], null],
    ['Rita Vasconcelos (texto) e Tiago Lemos (fotografia)', ['Rita Vasconcelos'], null],
    // the Hebrew "and" glued to the second name
    ['מאת איתי שרון ואורית בן דוד', ['איתי שרון', 'אורית בן דוד'], null],
    // Danish, Norwegian and Swedish joiners
    ['Af Mette Holm og Rasmus Kjær', ['Mette Holm', 'Rasmus Kjær'], null],
    ['Av Anna Berg och Erik Lund', ['Anna Berg', 'Erik Lund'], null],
    // an agency after a slash is no co-author
    ['Por Rubén Castañeda / Agencia Noticias del Bierzo (ANB)', ['Rubén Castañeda'], null],
    // the serial comma before the last name's "and"
    ['By Jane Doe, Emily Post, and Tom Lee', ['Jane Doe', 'Emily Post', 'Tom Lee'], null],
    ['Por Ana Souza, Bruno Lima e Carla Dias', ['Ana Souza', 'Bruno Lima', 'Carla Dias'], null],
    // a joiner that is a given name when capitalised joins only in lower case
    ['Oleh Nur Syafiqah Azman dan Wan Mohd Haziq Wan Ismail', ['Nur Syafiqah Azman', 'Wan Mohd Haziq Wan Ismail'], null],
    ['By Ana Dan Popescu', ['Ana Dan Popescu'], null],
    // every name with its outlet after it
    ['By Odalys Reinholt, Concord Press, and Tobias Fenwick, The Red River Courier', ['Odalys Reinholt', 'Tobias Fenwick'], null],
    ['By Jane Doe, CNN, and John Roe, The Associated Press', ['Jane Doe', 'John Roe'], null],
    ['By Gemma Thorne, Court Reporter', ['Gemma Thorne'], null],
    ['Details Geschrieben von Herta Pichler Kategorie: St. Veit Veröffentlicht: 02. Dezember 2026 Zugriffe: 412', ['Herta Pichler'], null],
    ['Details Written by Jane Doe Category: News', ['Jane Doe'], null],
    ['Propos recueillis par Léa Marchand Publié le 2 décembre 2026 à 18h30', ['Léa Marchand'], null],
    ['By Mick DonnellyColumnist', ['Mick Donnelly'], null],
    ['Reporting by Wanjiru Kamau in Nairobi and Otieno Baraka in Mombasa; Editing by Helen Stroud', ['Wanjiru Kamau', 'Otieno Baraka'], null],
    ['Von Anna Schmidt und Peter Müller', ['Anna Schmidt', 'Peter Müller'], null],
    ['Por María José de la Fuente', ['María José de la Fuente'], null],
    ['Le Monde | 04.05.2015 à 13h36 | Par Martin Untersinger', ['Martin Untersinger'], null],
    ['By Erin Cunningham March 18 at 3:57 PM Follow @erinmcunningham', ['Erin Cunningham'], null],
    ['By Alissa Wilkinson@alissamarie Updated Jul 24, 2018, 2:15pm EDT', ['Alissa Wilkinson'], null],
    // more languages
    ['Av Anna Svensson', ['Anna Svensson'], null],
    ['Автор: Иван Петров', ['Иван Петров'], null],
    ['Tekst: Jan Kowalski', ['Jan Kowalski'], null],
    ['Yazar: Ahmet Yılmaz', ['Ahmet Yılmaz'], null],
    ['Words: Jane Doe', ['Jane Doe'], null],
    // outlets after the names are not authors; a date cue ends a name
    ['By Jane Doe, CNN', ['Jane Doe'], null],
    ['By Jane Doe and John Roe, Associated Press', ['Jane Doe', 'John Roe'], null],
    ['BY JANE DOE Associated Press', ['Jane Doe'], null],
    ['Par Jean Dupont Publié le 10 mars 2019 à 14h00', ['Jean Dupont'], null],
    // a name glued to the date after it
    ['by Lucas Nolan22 Dec 2016651', ['Lucas Nolan'], null],
  ])('%s', (line, authors, glued) => {
    const b = parseByline(line);
    expect(b?.authors).toEqual(authors);
    expect(b?.gluedPrefix ?? null).toBe(glued);
  });

  it.each(['Average prices rose', 'Af the start', 'By the way, this is not a byline', 'By 2020, prices had doubled.', 'Bylaws were changed', 'Text messages show it', 'By KBVQ Staff', 'By Brand Desk'])('not a byline: %s', (line) => {
    expect(parseByline(line)).toBeNull();
  });

  it('reports where the byline starts after a glued file name', () => {
    expect(parseByline('us-russia-syriaBy Baran Hines')?.start).toBe(15);
  });

  it('reads name-and-date lines without "By"', () => {
    expect(nameDateByline('Dan Goodin - Apr 16, 2015 8:02 pm UTC')?.authors).toEqual(['Dan Goodin']);
    expect(nameDateByline('Privacy Policy - Apr 16, 2015')).toBeNull();
    expect(nameDateByline('Dan Goodin - a story about servers')).toBeNull();
    // a place and the day's date at the top of the page is no byline; a role after a comma is no name
    expect(nameDateByline('Guadalajara, Jal. · lunes 7 de diciembre de 2026')).toBeNull();
    expect(nameDateByline('Jane Doe, Staff Writer · March 3, 2019')?.authors).toEqual(['Jane Doe']);
    // the outlet after the name's comma, opened by an article or closed by an outlet's word
    expect(nameDateByline("Mathieu Després-Lavoie, Le Courrier de l'Estuaire December 3, 2026 | 5:30 a.m.")?.authors).toEqual(['Mathieu Després-Lavoie']);
    expect(nameDateByline('Jane Doe, Lakeshore Press - December 3, 2026')?.authors).toEqual(['Jane Doe']);
    expect(nameDateByline('Ciudad Juárez, Chih. · lunes 7 de diciembre de 2026')).toBeNull();
    // a name glued to the month is an outlet's label in a text dump
    expect(nameDateByline('Yahoo FinanceOctober 13, 2016')).toBeNull();
    // the date first, then the name and the comment count
    expect(nameDateByline('3 December 2026 | Owen Fairclough | 4 Comments')?.authors).toEqual(['Owen Fairclough']);
    expect(nameDateByline('3 December 2026 | Local News')).toBeNull();
    // "writes" between the name and the date
    expect(nameDateByline('Ólöf Sigurðardóttir skrifar 3. desember 2026 14:05')?.authors).toEqual(['Ólöf Sigurðardóttir']);
    expect(nameDateByline('Jane Doe, the best - December 3, 2026')).toBeNull();
    expect(nameDateByline('Joana Ferreira com Agência Tejo 5 dez 2026, 19:42')?.authors).toEqual(['Joana Ferreira']);
    expect(parseByline('Story highlights')).toBeNull();
    expect(parseByline('Dec. 3, 2026 — by Thaddeus R. Whitlock Jr.')?.authors).toEqual(['Thaddeus R. Whitlock Jr.']);
    expect(looksLikeName('Partager Tweeter WhatsApp Imprimer')).toBe(false);
    expect(looksLikeName('Digital E-Edition')).toBe(false);
  });

  it.each([
    ['Harriet Coombe Environment editor', 'Harriet Coombe'],
    ['Aoife Gilsenan Western Correspondent', 'Aoife Gilsenan'],
    ['Jane Doe Reporter', 'Jane Doe'],
    ['Mary Ann Smith Correspondent', 'Mary Ann Smith'],
    ['Jane Doe, Senior Reporter', null],
    ['Environment editor', null],
    ['Letters to the editor', null],
  ])('a name before its role: %s', (line, want) => {
    expect(nameBeforeRole(line)).toBe(want);
  });

  it.each<[string, string[] | null]>([
    ['【札幌＝佐藤美咲】道東中央バス（北見市）は4日、北浜線を来年3月で廃止すると発表した。', ['佐藤美咲']],
    ['【ワシントン＝山田太郎、鈴木花子】米政府は3日、新たな関税措置を発表した。', ['山田太郎', '鈴木花子']],
    ['本报北京12月3日电（记者 张三 李四）国家统计局3日发布数据。', ['张三', '李四']],
    ['〔記者林佩蓉／台中報導〕今年入冬後氣溫偏高，甜柿轉色較慢。', ['林佩蓉']],
    ['〔編輯部／台中報導〕今年入冬後氣溫偏高。', null],
    ['【速報】道東中央バスが北浜線を廃止', null],
    ['北浜線は北浜町役場前から北見駅前までの約48キロを結ぶ。', null],
  ])('the reporter in a dateline: %s', (paragraph, want) => {
    expect(datelineByline(paragraph)).toEqual(want);
  });

  it('splits author lists and recognises names', () => {
    expect(splitAuthors('Stella Kim, Jennifer Jett')).toEqual(['Stella Kim', 'Jennifer Jett']);
    expect(looksLikeName('RJ O’Guillory')).toBe(true);
    expect(looksLikeName('the dems candidate for potus')).toBe(false);
    expect(looksLikeName('Buy Now')).toBe(false);
    // a name is written in one script
    expect(looksLikeName('ชนิดา ศรีสวัสดิ์')).toBe(true);
    expect(looksLikeName('বাংলা Archive')).toBe(false);
    expect(looksLikeName('FR EN')).toBe(false);
    // a kicker, the name right before the date; names, then the place they write from
    expect(nameDateByline('Road Test · Andrés Kowalchuk · December 5, 2026')?.authors).toEqual(['Andrés Kowalchuk']);
    expect(nameDateByline('Jane Doe · 5 min read · Mar 5, 2019')?.authors).toEqual(['Jane Doe']);
    expect(nameListLine('Kavya Raman & Sidharth Menon | Mumbai')).toEqual(['Kavya Raman', 'Sidharth Menon']);
    expect(nameListLine('Climate Change | World')).toBeNull();
    expect(nameListLine('Climate Change | The World')).toBeNull();
    expect(looksLikeName('Key Highlights')).toBe(false);
    // names, then the photographer's credit after a pipe
    expect(nameListLine('Thabo Mokoena and Lerato Dlamini | Pictures: Sipho Ndlovu')).toEqual(['Thabo Mokoena', 'Lerato Dlamini']);
    // other credits than the author's
    expect(otherCreditLine('Traduzione dallo sloveno di Paolo Serra · Illustrazione di Nadia Colombo')).toBe(true);
    expect(otherCreditLine('Photographs by Ilse Varga')).toBe(true);
    expect(otherCreditLine('Graphics by Paolo Trentadue')).toBe(true);
    expect(otherCreditLine('By Jane Doe')).toBe(false);
    expect(looksLikeName('AJ Li')).toBe(false);
    expect(looksLikeName('AJ Smith')).toBe(true);
  });

  it.each<[string, string[] | undefined]>([
    // labels and joiners of more languages
    ['Per Marta Vilanova i Pujol | Girona', ['Marta Vilanova i Pujol']],
    ['Por José Ortega y Gasset', ['José Ortega y Gasset']],
    ['Por Juan Pérez y María López', ['Juan Pérez', 'María López']],
    ['Szerző: Kovács Anna | Fotó: Nagy Bence', ['Kovács Anna']],
    ['Na Rehema Mushi na Baraka Mollel', ['Rehema Mushi', 'Baraka Mollel']],
    ['Autor: Jan Novák a Petr Svoboda', ['Jan Novák', 'Petr Svoboda']],
    // caseless scripts: a role word run into what follows ends the name
    ['โดย ชนิดา ศรีสวัสดิ์ ผู้สื่อข่าวประจำจังหวัดเชียงใหม่', ['ชนิดา ศรีสวัสดิ์']],
    ['लेखक: अंकित मिश्र, संवाददाता, वाराणसी', ['अंकित मिश्र']],
    ['گزارش: نازنین رحیمی | عکس: علی رضایی', ['نازنین رحیمی']],
    // a name's footnote mark goes, a final initial keeps its full stop; a byline after the date and its am/pm
    ['Por Luana Barbosa Cordeiro*', ['Luana Barbosa Cordeiro']],
    ['Por Catalina Fuenzalida R. · hace 4 días', ['Catalina Fuenzalida R.']],
    ['By Jane Doe.', ['Jane Doe']],
    ['Текст: Олена Ковальчук. Фото: Ігор Савчук', ['Олена Ковальчук']],
    ['By Thaddeus R. Whitlock Jr. Photos: Jane Roe', ['Thaddeus R. Whitlock Jr.']],
    ['Posted on December 4, 2026 at 9:45 pm By Dilrukshi Perera', ['Dilrukshi Perera']],
    // names with their roles in brackets: the writers
    ['Aline Verhoeven (texte) et Jérôme Lambotte (photos)', ['Aline Verhoeven']],
    ['Jane Doe (text) and John Roe (Text), Mary Major (photos)', ['Jane Doe', 'John Roe']],
    ['Jérôme Lambotte (photos)', undefined],
    ['Piše: Amra Begić i Tarik Husić', ['Amra Begić', 'Tarik Husić']],
    ['Nga Erion Daci 05/12/2026 12:40', ['Erion Daci']],
    // a label that is an everyday word elsewhere needs names of two words
    ['Na Wiejskiej 4 w Warszawie', undefined],
    ['Per la prima volta a Roma', undefined],
  ])('bylines in more languages: %s', (line, authors) => {
    expect(parseByline(line)?.authors).toEqual(authors);
  });

  it.each<[string, string[]]>([
    // initials or a second given name in brackets inside a name are part of it, as printed
    ['By Richard (R.J.) Eskow', ['Richard (R.J.) Eskow']],
    ['Por Bruno (Henrique Zecchin) Rodrigues', ['Bruno (Henrique Zecchin) Rodrigues']],
    ['By Mary (Molly) Smith and John Doe', ['Mary (Molly) Smith', 'John Doe']],
    // an agency in brackets still ends the names
    ['By Jane Doe (Reuters) Berlin', ['Jane Doe']],
  ])('brackets in names: %s', (line, authors) => {
    expect(parseByline(line)?.authors).toEqual(authors);
  });

  it.each([
    // a month name inside a name is part of it; before a number it starts the date
    ['by Laura June Topolsky July 10, 2015', ['Laura June Topolsky']],
    ['By April Grant', ['April Grant']],
    ['By Tom Reed June 10', ['Tom Reed']],
    ['By Sam August and Mark May', ['Sam August', 'Mark May']],
  ])('month words in bylines: %s', (line, authors) => {
    expect(parseByline(line)?.authors).toEqual(authors);
  });

  it.each([
    ['Alex Perry 1 day ago', ['Alex Perry']],
    ['Maria Lopez - 3 hours ago', ['Maria Lopez']],
    ['James Akin • 8h', ['James Akin']],
    ['Jean Dupont il y a 2 heures', ['Jean Dupont']],
    ['Anna Schmidt vor 5 Minuten', ['Anna Schmidt']],
    ['Pablo Ruiz hace 2 horas', ['Pablo Ruiz']],
    ['Devi Harris, @devi', ['Devi Harris']],
    ['Ben Cole @bencole', ['Ben Cole']],
    ['Richard (R.J.) Eskow - 2 days ago', ['Richard (R.J.) Eskow']],
    ['Jane Doe / March 3, 2019', ['Jane Doe']],
    ['Jane Doe · 5 min read · Mar 5, 2019', ['Jane Doe']],
    ['Jane Doe | Updated | 2 hours ago', ['Jane Doe']],
    ['Jane Doe March 3, 2019 10:00 AM', ['Jane Doe']],
    ['Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC', ['Joe Wee']],
    ['Sarah Gooding March 9, 2017 13', ['Sarah Gooding']],
    ['Hamza Iqbal Qureshi Published December 2, 2026 11:20pm', ['Hamza Iqbal Qureshi']],
    ['Gaëlle Le Bihan Publié le 3 décembre 2026 à 18h45', ['Gaëlle Le Bihan']],
  ])('name lines with a relative time or a handle: %s', (line, authors) => {
    expect(nameDateByline(line)?.authors).toEqual(authors);
  });

  it.each(['Jane Doe · a long story about the harbour and the ships · Mar 5, 2019', 'Breaking News March 3, 2019', 'Jane Doe Updated March 3, 2019', 'Friday, March 3, 2019', 'Top Stories 3 days ago', 'Updated 8h', 'Privacy Policy • 8h', 'Jane Doe 8h', 'Follow us @example', 'Jane Doe 12 apples ago', 'Jane Doe, @'])('not a name line: %s', (line) => {
    expect(nameDateByline(line)).toBeNull();
  });

  it.each([
    ['Richard (R.J.) Eskow', true],
    ['Anna (Annie) Lee', false],
    ['(AP) Reuters', false],
  ])('bracketed initials in a name: %s', (s, want) => {
    expect(looksLikeName(s)).toBe(want);
  });

  it.each([
    ['2017-03-10 09:58:03来源：网易科学人作者：责任编辑：肖春芳', ['肖春芳']],
    ['作者：张三 来源：新华社', ['张三']],
    ['作者：张三来源：新华社 责任编辑：李四', ['张三']],
    ['文/张三', ['张三']],
    ['本报记者 张三 李四', ['张三', '李四']],
    ['[责任编辑:肖春芳]', ['肖春芳']],
    // the reporter and the intern, each after a label and a space
    ['江东新闻记者 陈晨 实习生 林欣', ['陈晨', '林欣']],
    // labels between pipes, the place filed from dropped; a photographer's label ends the field
    ['记者 | 黄子涵　实习记者 | 宋佳怡　发自深圳', ['黄子涵', '宋佳怡']],
    ['文｜周一鸣', ['周一鸣']],
    ['撰文：梁詠詩　攝影：葉俊朗', ['梁詠詩']],
    // a Taiwanese reporters' line (the photographer is no author) and a Japanese name and outlet in brackets
    ['記者何佳穎、攝影記者鄭文彬／高雄報導', ['何佳穎']],
    ['[山田理沙，テックジャーナル]', ['山田理沙']],
  ])('CJK info line: %s', (line, authors) => {
    expect(cjkByline(line)?.authors).toEqual(authors);
  });

  it.each([
    ['김서연 기자', ['김서연']],
    ['김서연 기자 kimsy@namhae.example', ['김서연']],
    ['김서연·이준호 기자', ['김서연', '이준호']],
    ['박민수 특파원', ['박민수']],
    ['佐藤美咲記者', ['佐藤美咲']],
    ['박민재 기자 mjpark@example.com 입력 2026.12.03 14:05 / 수정 2026.12.03 16:30 댓글 0', ['박민재']],
    // a label or the place filed from before the name, a link to the reporter's page after it, names each with the title
    ['기자명 홍성민 기자', ['홍성민']],
    ['김도현기자 기자 페이지', ['김도현']],
    ['세종=김도윤 기자, 이서현 기자', ['김도윤', '이서현']],
  ])('names before a reporter title: %s', (line, authors) => {
    expect(reporterByline(line)?.authors).toEqual(authors);
    expect(cjkByline(line)?.authors).toEqual(authors);
  });

  it.each(['기자', '오늘 기자회견이 열렸다', '관련 기사 보기', '김서연 기자가 취재했다', '김서연 기자 오늘 현장에서'])('no reporter byline: %s', (line) => {
    expect(reporterByline(line)).toBeNull();
  });

  it('reads a Japanese name printed with a space after 記者 as one name, and a simplified list as two', () => {
    expect(cjkByline('記者 藤井 翔太')?.authors).toEqual(['藤井 翔太']);
    expect(cjkByline('记者 张三 李四')?.authors).toEqual(['张三', '李四']);
  });

  it.each(['原文：这是一篇很长的文章内容', '2017-03-10 09:58 来源：网易科学人', '据新华社记者 张三 报道，今天天气很好', 'By Jane Doe', '孝义市西部采煤沉陷区的光伏电站，板下羊群在吃草。本报记者 王海涛摄'])('no CJK byline: %s', (line) => {
    expect(cjkByline(line)).toBeNull();
  });

  it.each([
    ['Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe, John Roe & Ann Lee', ['Jane Doe', 'John Roe', 'Ann Lee']],
    ['Jane Doe, Senior Reporter', ['Jane Doe']],
    ['JANE DOE, Staff Writer', ['Jane Doe']],
    ['• Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Sneha Kulkarni / Bengaluru Metro Mirror', ['Sneha Kulkarni']],
    ['Wanjiru Kamau | Meridian Wire', ['Wanjiru Kamau']],
    ['Kaylee Strand | The Fairbanks Sentinel', ['Kaylee Strand']],
    ['Dana Whitcombe | Staff Writer', ['Dana Whitcombe']],
    ['Priya Nandakumar, Owen Castellane · DBN News', ['Priya Nandakumar', 'Owen Castellane']],
    ['Antonia Rebollo DíezJoaquín Mérida', ['Antonia Rebollo Díez', 'Joaquín Mérida']],
    ['Priya Ramdhanie Education correspondent, Albion North West', ['Priya Ramdhanie']],
    ['Kate Mulvaney Regional Reporter Pictures: Trent Ashby', ['Kate Mulvaney']],
    ['Wilhelmina Okafor in London and Tomás Reyes-Harland in Amsterdam', ['Wilhelmina Okafor', 'Tomás Reyes-Harland']],
    // a role followed by its desk in lower-case words
    ['Anna Wiśniewska Dziennikarka działu Ekonomia', ['Anna Wiśniewska']],
    ['Jack Pemberton and Mia Kostova with APS', ['Jack Pemberton', 'Mia Kostova']],
    ['Mireille Fontaine, The Northern Press', ['Mireille Fontaine']],
    ['Jonah Whitfield, Camila Ortega, and Benedict Osei', ['Jonah Whitfield', 'Camila Ortega', 'Benedict Osei']],
    // two cards run together on one line
    ['Harriet Lowe Transport Correspondent Tomasz Brandt Political Reporter', ['Harriet Lowe', 'Tomasz Brandt']],
    ['Jane Doe Senior Reporter John Roe Chief Correspondent', ['Jane Doe', 'John Roe']],
  ])('bare author line: %s', (line, authors) => {
    expect(nameListLine(line)).toEqual(authors);
  });

  it.each(['Jane Doe', 'Trump and Clinton', 'Paris, The City of Light', 'Jane Doe and John Roe agree.', 'Privacy Policy and Terms', 'Smith, John', 'Letters to the Editor Send your views to the Editor', 'Jane Doe Reporter the team of sports', 'Remove Burned Grease and Food Gunk from Sponges with a Salt Water Soak'])('not a bare author line: %s', (line) => {
    expect(nameListLine(line)).toBeNull();
  });

  it.each(['Sarah MacArthur', 'Anna LaPorte Smith', 'Jane DoeReporter, Northstar', 'Rhodri VaughanLocal Democracy'])('no names run together: %s', (line) => {
    expect(gluedNames(line)).toBeNull();
  });

  it('reads no name in a sidebar heading or a CMS account, and no byline in a sentence with "by"', () => {
    expect(looksLikeName('Recent Obituaries')).toBe(false);
    expect(parseByline('Submitted by webdesk on Wed, 25/11/2026 - 16:20')).toBeNull();
    expect(parseByline('In 2026 by December the plan was done')).toBeNull();
  });

  it.each(['Sport | World News', 'Jane Doe | Opinion', 'News · Sport · Weather'])('no names before a separator without an outlet: %s', (line) => {
    expect(nameListLine(line)).toBeNull();
  });
});

describe('unglueRole', () => {
  it.each([
    ['Mick DonnellyColumnist', 'Mick Donnelly Columnist'],
    ['Jane DoeReporter, Northstar', 'Jane Doe Reporter, Northstar'],
    ['Ronald McDonald', 'Ronald McDonald'],
    ['Anna LaPorte', 'Anna LaPorte'],
    ['Hamish TreloarHealth reporter', 'Hamish Treloar Health reporter'],
    ['Inês ValadaresCronista', 'Inês Valadares Cronista'],
    ['Anna McHealth and friends', 'Anna McHealth and friends'],
  ])('%s -> %s', (text, want) => {
    expect(unglueRole(text)).toBe(want);
  });
});

describe('hanNameList', () => {
  it.each<[string, string[] | null]>([
    ['森田和也 石井里奈', ['森田和也', '石井里奈']],
    ['陈晨、林欣', ['陈晨', '林欣']],
    ['京都の注目ニュース', null],
    ['政治経済社会国際文化', null],
  ])('%s', (line, names) => expect(hanNameList(line)).toEqual(names));
});
