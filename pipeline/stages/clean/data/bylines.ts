/**
 * Byline vocabulary: the words that introduce an author ("By", "Par", "Von"),
 * the words that join several authors, name particles that may stay lower
 * case, role words that end a name ("Senior Staff Technologist"), and the verbs
 * that open an author bio ("Jane Doe is a reporter", "writes for"). Lower
 * case. Adding a language is a data change.
 */
export const BYLINE_PREFIXES: readonly string[] = [
  'by', 'written by', 'words by', 'story by', 'story:', 'reporting by', 'text by', 'author', 'authors', 'posted by',
  'published by', 'par', 'écrit par', 'von', 'autor', 'autorin', 'por', 'escrito por', 'di', 'a cura di', 'door',
  'auteur', 'text', 'texto', 'testo', 'words', 'av', 'af', 'tekst', 'napisał', 'napisała', 'автор', 'текст', 'yazar',
  'propos recueillis par', 'entretien réalisé par', 'interview by', 'interviewed by', 'geschrieben von', 'scritto da',
  // "compiled by" (an editor's rewrite of agency or press material): "Oprac. Jan Kowalski"
  'compiled by', 'oprac.', 'opracowanie', 'opracował', 'opracowała',
  // an opinion piece's or a correspondent's label before the name
  'interview:', 'ein kommentar von', 'kommentar von', 'eine analyse von', 'analyse von', 'ein gastbeitrag von', 'gastbeitrag von',
  'eine kolumne von', 'commentary by', 'analysis by', 'opinion by', 'column by', 'un commento di', 'une analyse de',
  'un éditorial de', 'análisis de', 'opinión de', 'dal nostro inviato', 'dalla nostra inviata', 'dal nostro corrispondente',
  'dalla nostra corrispondente', 'de notre envoyé spécial', 'de notre envoyée spéciale', 'de notre correspondant',
  'de notre correspondante', 'from our correspondent', 'von unserem korrespondenten', 'de nuestro enviado especial',
  'do nosso enviado especial',
  // the writer who also took the photos, credited after the text ("Tekst i zdjęcia: Marta Kowalczyk")
  'text and photos', 'text and photos by', 'words and pictures by', 'story and photos by', 'words and photos by', 'texte et photos', 'text und fotos', 'text und bilder',
  'texto y fotos', 'testo e foto', 'texto e fotos', 'tekst i zdjęcia', 'tekst i foto',
  // a contributor's or an article's label ("Submitted by …", "Beitrag von …")
  'submitted by', 'contributed by', 'beitrag von', 'ein beitrag von', 'artikel von', 'article de', 'artículo de',
  // a newspaper chain's author box ("Author of the article: Stephanie Ruiz-Campbell"), a portal's reporter label, a match report's
  // writer and a French text credit ("Reported By: …", "Crónica de …", "Texte : …")
  'author of the article', 'authors of the article', 'reported by', 'crónica de', 'crónica:', 'texte',
  'article rédigé par', 'rédigé par', 'tekst og foto', 'tekst og bilete', 'text och foto', 'text och bild', 'tekst en foto',
  'von unserem mitarbeiter', 'von unserer mitarbeiterin', 'von unserem redakteur', 'von unserer redakteurin', 'ein bericht von', 'bericht von',
  // Indonesian, Turkish and Arabic labels ("Penulis: …", "Oleh …", "Yazan: …", "كتب: …", "بقلم …")
  'penulis', 'oleh', 'reporter', 'wartawan', 'yazan', 'muhabir', 'كتب', 'كتبت', 'بقلم',
  // Catalan, Hungarian, Croatian, Slovak, Romanian, Finnish, Swahili, Greek, Thai, Persian, Hindi, Vietnamese and Hebrew labels
  // ("Per Marta Vilanova i Pujol", "Szerző: Kovács Anna", "Na Rehema Mushi", "โดย …", "گزارش: …", "लेखक: …")
  'per', 'escrit per', 'szerző', 'írta', 'napisao', 'napisala', 'autori', 'autorka', 'kirjoittaja', 'teksti', 'na',
  'συντάκτης', 'κείμενο', 'โดย', 'ผู้เขียน', 'گزارش', 'نویسنده', 'خبرنگار', 'लेखक', 'रिपोर्ट', 'tác giả', 'מאת', 'כתב',
  // the Balkans, the Baltics and the Caucasus ("Piše: …", "Пише: …", "Nga …", "Müəllif: …", "Autorė: …")
  'piše', 'пише', 'autorka', 'nga', 'müəllif', 'autorė', 'autors', 'autore', 'авторы', 'avtor', 'avtorica', 'ავტორი', 'հեղինակ',
  'oleh', 'ni', 'muallif', 'লেখক', 'প্রতিবেদক', 'ලේඛක', 'ដោយ', 'ໂດຍ', 'لیکوال', 'مصنف', 'تحریر',
];

/**
 * Role words of caseless scripts that may run into the words after them ("ผู้สื่อข่าวประจำจังหวัด…",
 * reporter for the province of …): a word that opens with one ends the name before it.
 */
export const CASELESS_ROLE_OPENINGS: readonly string[] = ['ผู้สื่อข่าว', 'นักข่าว', 'บรรณาธิการ', 'संवाददाता', 'रिपोर्टर', 'संपादक', 'خبرنگار', 'כתב', 'כתבת'];

/**
 * Roles printed in brackets after each name of a credit line ("Aline Verhoeven (texte) et Jérôme
 * Lambotte (photos)"): the writers are the authors, the others are not.
 */
export const BRACKET_ROLES = {
  text: ['texte', 'textes', 'text', 'texts', 'words', 'testo', 'texto', 'textos', 'tekst', 'teksti', 'reportage', 'reporting'],
  other: ['photos', 'photo', 'fotos', 'foto', 'bilder', 'bild', 'illustration', 'illustrations', 'images', 'vidéo', 'video', 'infographie', 'grafik',
    'fotografia', 'fotografía', 'fotografie', 'photographie', 'imagem', 'imagen'],
} as const;

/**
 * Byline labels that are also everyday words of other languages (Catalan "Per" is Italian "for", Swahili
 * "Na" is Polish "on"): a line they open is a byline only when every name has two words or more.
 */
export const WEAK_BYLINE_PREFIXES: readonly string[] = ['per', 'na', 'nga', 'ni'];

/**
 * Credit lines that close a wire story and name its reporters ("Reporting by Jane Doe in Nairobi;
 * Editing by John Roe"): the authors when the header names none. Only the first credit counts
 * (editors are not authors).
 */
export const CLOSING_CREDIT_PREFIXES: readonly string[] = [
  'reporting by', 'additional reporting by', 'reported by', 'writing by', 'compiled by',
];

/** Words that put the next word as a place in running text ("en Madrid", "de Burela", "in Leeds"): see trailing-place.ts. */
export const PLACE_CONTEXT_WORDS: readonly string[] = [
  'in', 'at', 'from', 'near', 'en', 'de', 'desde', 'à', 'aus', 'nach', 'bei', 'da', 'di', 'em', 'no', 'na', 'a',
];

/** Prepositions that put a place after an author's name ("Jane Doe in Nairobi"): the name ends, the next author may follow. */
export const PLACE_PREPOSITIONS: readonly string[] = ['in', 'at', 'from', 'en', 'à', 'aus', 'desde', 'da'];

/**
 * Labelled fields of CJK info lines ("来源：网易 作者：张三 责任编辑：李四", "文/张三", "记者 张三"):
 * author labels, editor labels (the editor in charge is read as the author only
 * when the line names no author, as Chinese portals print the editor where other
 * sites print a byline) and other field labels that end a value.
 */
export const CJK_BYLINE_LABELS = {
  author: ['作者', '记者', '記者', '撰文', '文字', '文', '筆者', '通讯员', '通訊員', '实习生', '實習生', '实习记者', '實習記者', '首席记者', '首席記者'],
  /** Author labels that may stand before the name with a space and no colon ("记者 陈晨 实习生 林欣"). */
  spaced: ['记者', '記者', '实习生', '實習生', '实习记者', '實習記者', '首席记者', '首席記者', '通讯员', '通訊員'],
  editor: ['责任编辑', '責任編輯', '责编', '编辑', '編輯', '編集'],
  other: ['来源', '來源', '出处', '稿源', '时间', '時間', '发布时间', '发稿时间', '日期', '原标题', '配信', '摄影', '攝影', '图', '圖', '视频', '視頻'],
} as const;

/** Headings printed in brackets as a closing byline is ("【関連記事】", "【写真特集】"): no names. */
export const CJK_BRACKET_HEADING_WORDS: readonly string[] = [
  '関連記事', '関連ニュース', '写真特集', '動画', '速報', '独自', '詳報', '特集', '解説', '社説', '図解', '号外', '注目記事', 'おすすめ',
  '相关新闻', '相关阅读', '延伸閱讀', '延伸阅读', '相關新聞', '热点新闻', '熱門新聞', '编者按', '編者按',
];

/** Links printed after a Korean reporter's name and title ("김도현기자 기자 페이지", "… 구독"). */
export const CJK_REPORTER_LINKS: readonly string[] = ['기자 페이지', '기자페이지', '구독', '기사 더보기', '다른 기사 보기'];

/**
 * Reporter titles printed after the name in CJK bylines ("김서연 기자", "佐藤美咲記者",
 * "김서연·이준호 기자 kimsy@…"): the names before them are the authors.
 */
export const CJK_REPORTER_TITLES: readonly string[] = [
  '기자', '특파원', '선임기자', '전문기자', '객원기자', '인턴기자', '수습기자', '논설위원', '편집위원', '대기자',
  '記者', '特派員', '編集委員', '論説委員', '记者', '特派记者', '特约记者',
];

/**
 * Credits printed after the authors on the byline line that name other people: reviewers,
 * editors, photographers ("Written by Jane Doe Reviewed by John Roe"). The authors end there.
 */
export const OTHER_CREDIT_CUES: readonly string[] = [
  'reviewed by', 'medically reviewed by', 'fact checked by', 'fact-checked by', 'edited by', 'photos by', 'photo by',
  'graphics by', 'graphic by', 'design by', 'maps by', 'data by', 'data visualisation by', 'data visualization by',
  'photography by', 'illustrations by', 'illustration by', 'video by', 'produced by', 'revisado por', 'editado por',
  'fotos de', 'édité par', 'relu par', 'photos de', 'redigiert von', 'fotos von', 'a cura di', 'foto di',
  // a translator's and an illustrator's credit ("Traduzione dallo sloveno di …", "Translated from the Malayalam by …")
  'translated by', 'translated from', 'translation by', 'traduit par', 'traduit de', 'traduction de', 'übersetzt von', 'übersetzung von',
  'traducción de', 'traducido por', 'tradução de', 'traduzido por', 'traduzione di', 'traduzione dallo', 'traduzione dal', 'tradotto da',
  'illustrazione di', 'illustrazioni di', 'illustrations de', 'illustration de', 'illustriert von', 'illustrationen von', 'ilustración de',
  'ilustraciones de', 'ilustração de', 'ilustrações de', 'photographs by', 'pictures by',
  // a photographer's label after the names ("Thabo Mokoena and Lerato Dlamini | Pictures: Sipho Ndlovu")
  'pictures:', 'picture:', 'photos:', 'photo:', 'photographs:', 'fotos:', 'foto:', 'bilder:', 'images:', 'image:',
];

/** Words joining several author names. */
export const AUTHOR_JOINERS: readonly string[] = ['and', '&', 'und', 'et', 'y', 'e', 'en', 'with', 'avec', 'mit', 'con', 'com', 'i', 'és', 'na', 'și', 'ja', 'a', 'και', 'و', 'og', 'och'];

/**
 * Joiners that are given names when capitalised ("dan" in Malay and Indonesian: "Oleh Nur Syafiqah Azman dan Wan
 * Mohd Haziq", but "Dan Whitley"): they join names only in lower case.
 */
export const LOWER_CASE_JOINERS: readonly string[] = ['dan'];

/** Lower-case particles allowed inside a personal name. */
export const NAME_PARTICLES: readonly string[] = [
  'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ten', 'ter',
  'bin', 'al', 'el', 'ibn', 'y', 'e', 'st', 'mc', 'mac', "o'",
];

/** Role words naming a person's job: a comma part ending in one ("…, Local Democracy Reporter") is a role, not a name. */
export const PERSON_ROLE_WORDS: readonly string[] = [
  'editor', 'editors', 'correspondent', 'reporter', 'reporters', 'writer', 'writers', 'columnist', 'contributor',
  'photographer', 'analyst', 'producer', 'journalist', 'correspondant', 'correspondante', 'korrespondent', 'korrespondentin',
  'redakteur', 'redakteurin', 'journaliste', 'periodista', 'giornalista', 'jornalista', 'corresponsal', 'corrispondente',
  'cronista', 'colunista', 'columnista', 'chroniqueur', 'chroniqueuse', 'kolumnist', 'kolumnistin', 'editorialista',
  // a guest writer's card ("Senior Lecturer in Hydrology, University of Otago", "Scrittrice", "Reportera")
  'lecturer', 'professor', 'researcher', 'scientist', 'economist', 'historian', 'novelist', 'poet', 'author',
  // (and a research institute's: "Senior Fellow, Food Security Programme", "Research Associate")
  'fellow', 'associate',
  'scrittrice', 'scrittore', 'écrivain', 'écrivaine', 'schriftsteller', 'schriftstellerin', 'escritor', 'escritora',
  'reportera', 'reportero', 'redactora', 'redactor', 'journalistin', 'toimittaja', 'novinář', 'novinářka', 'dziennikarz',
  'dziennikarka', 'reporterka', 'repórter', 'reportér', 'reportérka', 'riporter', 'újságíró', 'újságírónő', 'verslaggever',
];

/** Roles that close a German compound naming a reporter's desk ("Regionalredakteurin", "Auslandskorrespondent"). */
export const GERMAN_ROLE_ENDINGS: readonly string[] = ['redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'reporter', 'reporterin', 'journalist', 'journalistin'];

/**
 * Beats and ranks printed between a name and its role ("Harriet Coombe Environment editor",
 * "Aoife Gilsenan Western Correspondent"): the word before the role is not part of the name.
 */
export const BEAT_WORDS: readonly string[] = [
  'environment', 'environmental', 'political', 'politics', 'health', 'science', 'technology', 'tech', 'western', 'eastern',
  'northern', 'southern', 'foreign', 'diplomatic', 'security', 'defence', 'defense', 'legal', 'home', 'affairs',
  'transport', 'energy', 'climate', 'data', 'investigations', 'investigative', 'economics', 'economic', 'economy',
  'business', 'finance', 'financial', 'markets', 'education', 'crime', 'court', 'courts', 'sports', 'sport', 'arts',
  'culture', 'music', 'film', 'food', 'travel', 'fashion', 'royal', 'parliamentary', 'industry', 'city', 'consumer',
  'money', 'property', 'motoring', 'local', 'democracy', 'social', 'media', 'world', 'europe', 'europa', 'africa',
  'asia', 'agriculture', 'farming', 'rural', 'regional', 'national', 'international', 'digital', 'weather', 'religion',
  'football', 'cricket', 'rugby', 'tennis', 'golf', 'basketball', 'baseball', 'hockey', 'racing', 'motorsport',
  'chief', 'senior', 'deputy', 'assistant', 'associate', 'staff', 'special', 'general', 'managing', 'executive',
];

/** Words that mark a role or organisation, not a name: a byline name stops before them. */
export const ROLE_WORDS: readonly string[] = [
  'editor', 'editors', 'correspondent', 'reporter', 'reporters', 'writer', 'writers', 'staff', 'senior', 'technologist',
  'contributor', 'contributing', 'columnist', 'chief', 'associate', 'press', 'news', 'bureau', 'special', 'project',
  'desk', 'team', 'agency', 'agencies', 'photographer', 'photography', 'reporting', 'analyst', 'producer', 'director',
  'manager', 'professor', 'fellow', 'journalist', 'rédaction', 'redaktion', 'redacción', 'redazione', 'redação',
  'envoyé', 'spécial', 'correspondant', 'korrespondent', 'updated', 'published', 'posted', 'share', 'comments',
  'follow', 'email', 'twitter', 'the', 'for', 'at', 'in', 'on', 'from', 'of', 'le', 'am', 'el', 'il',
  // date cues that follow a name on one line ("Par Jean Dupont Publié le 10 mars"), wire-service names
  'publié', 'publiée', 'veröffentlicht', 'aktualisiert', 'publicado', 'publicada', 'actualizado', 'pubblicato',
  'aggiornato', 'associated', 'via', 'last',
  // a contributor's label after the name ("Renata Lins Colaboração para o Portal")
  'colaboração', 'colaborador', 'colaboradora', 'colaboración', 'collaborazione', 'collaboration',
  // (every person's job in PERSON_ROLE_WORDS ends a name too: parse-byline reads both lists)
];

/**
 * Last words of a news outlet's name ("Northstar Wire", "Bengaluru Metro Mirror", "Diario del Sur"
 * ends otherwise): a byline part of three or more words ending in one of these is the outlet the
 * author writes for, not a co-author ("By Jane Doe and John Roe Northstar Wire" → John Roe).
 */
export const OUTLET_WORDS: readonly string[] = [
  'news', 'press', 'wire', 'bureau', 'agency', 'service', 'mirror', 'times', 'post', 'herald', 'tribune', 'journal',
  'gazette', 'chronicle', 'telegraph', 'express', 'daily', 'media', 'network', 'zeitung', 'nachrichten', 'presse',
  'agentur', 'rundschau', 'diario', 'noticias', 'prensa', 'agencia', 'giornale', 'notizie', 'agenzia', 'jornal',
  'notícias', 'agência', 'quotidien', 'dépêche',
];

/**
 * Articles opening an outlet's name after a name and a comma ("Mathieu Després-Lavoie, Le Courrier de
 * l'Estuaire December 3, 2026", "Jane Doe, The Lakeshore Sentinel · 5 min read").
 */
export const OUTLET_ARTICLES: readonly string[] = ['The', 'Le', 'La', 'Les', "L'", 'L’', 'Der', 'Die', 'Das', 'El', 'Il', 'Lo', 'De', 'Het'];

/** Verbs (after a name) that start an author bio paragraph: "Andy Wolf is an Appalachian native…". */
export const BIO_VERBS: readonly string[] = [
  'is', 'was', 'writes', 'has', 'covers', 'reports', 'joined', 'lives', 'resides', 'holds', 'teaches', 'serves',
  'est', 'écrit', 'ist', 'schreibt', 'es', 'escribe', 'è', 'scrive', 'é', 'escreve',
];

/** Words that mark a bio paragraph even without a known author name. */
export const BIO_WORDS: readonly string[] = [
  'journalist', 'reporter', 'writer', 'editor', 'correspondent', 'columnist', 'contributor', 'author of', 'freelance',
  'writes for', 'founder of', 'you can follow', 'follow him', 'follow her', 'journaliste', 'journalist', 'periodista',
  'giornalista', 'jornalista',
];

/** Phrases (in a bio) that introduce the site an author writes for: "writes for ActivistPost.com". */
export const SITE_CUES: readonly string[] = ['writes for', 'reporter for', 'editor at', 'editor of', 'writer at', 'writer for', 'correspondent for', 'écrit pour', 'schreibt für', 'escribe para', 'scrive per', 'escreve para'];

/** Function words of Arabic, Persian and Urdu: a short line in Arabic script holding one is a phrase (a kicker), not a name. */
export const ARABIC_SCRIPT_FUNCTION_WORDS: readonly string[] = [
  'با', 'در', 'از', 'به', 'و', 'که', 'برای', 'این', 'آن', 'را', 'تا', 'بر', 'هم', 'یک', 'في', 'على', 'من', 'إلى', 'عن', 'مع', 'بعد',
  'قبل', 'هذا', 'هذه', 'التي', 'الذي', 'كيف', 'ما', 'لا', 'کی', 'کے', 'میں', 'سے', 'اور', 'کا', 'نے', 'کو', 'پر', 'ہے',
];

/** News agencies that a byline may name after a writer ("Ilse Wouters en Belga", "Erik Sandin/TT"). */
export const NEWS_AGENCIES: readonly string[] = [
  'ap', 'afp', 'reuters', 'dpa', 'efe', 'ansa', 'apa', 'sda', 'ats', 'belga', 'anp', 'tt', 'ntb', 'ritzau', 'stt', 'lusa', 'pap',
  'ctk', 'mti', 'tass', 'ria', 'kyodo', 'xinhua', 'yonhap', 'bernama', 'antara', 'ani', 'pti', 'ians', 'europa press', 'aap',
];

/** "Writes" after a writer's name and before the date ("Ólöf Sigurðardóttir skrifar 3. desember 2026 14:05"). */
export const WRITES_VERBS: readonly string[] = ['writes', 'skrifar', 'skriver', 'schreibt', 'écrit', 'scrive', 'escribe', 'escreve', 'schrijft', 'kirjoittaa', 'pisze'];

/**
 * Words closing a byline that names a newsroom, not a person ("By KBVQ Staff", "By Brand Desk", "Por Redacción"):
 * the words before such a last word are the outlet's name, no author.
 */
export const NEWSROOM_WORDS: readonly string[] = ['staff', 'desk', 'team', 'newsroom', 'redaktion', 'rédaction', 'redacción', 'redazione', 'redação', 'redactie'];

/** Interface and section words that never occur in a personal name ("Buy Now", "Privacy Policy", "Tech Insider"). */
export const NOT_NAME_WORDS: readonly string[] = [
  // a summary box's heading over the bullets ("Key Highlights", "At a glance")
  'highlights', 'takeaways', 'glance',
  // the Vietnamese weekday's first word ("Thứ Năm, 3/12/2026": Thursday), never a name's
  'thứ', 'chủ',
  // a CMS account posting for the newsroom ("Submitted by webdesk")
  'webdesk', 'newsdesk', 'admin', 'administrator', 'webmaster', 'webredaktion', 'redaccion', 'redacao',
  // sidebar headings that read like two capitalised words ("Recent Obituaries", "Legal Notices")
  'recent', 'obituaries', 'obituary', 'notices', 'classifieds', 'calendar', 'events', 'announcements', 'horoscopes',
  // institutions printed after a name ("by Jane Doe, Halvern University")
  'university', 'universität', 'université', 'universidad', 'università', 'universidade', 'institute', 'institut',
  'instituto', 'istituto', 'college', 'hospital', 'laboratory', 'foundation', 'ministry', 'department',
  // share and print buttons, e-paper links ("Partager Tweeter WhatsApp Imprimer", "E-Edition")
  'partager', 'tweeter', 'imprimer', 'tweet', 'print', 'whatsapp', 'facebook', 'twitter', 'linkedin', 'teilen', 'drucken',
  'compartir', 'imprimir', 'condividi', 'stampa', 'compartilhar', 'e-edition', 'epaper', 'e-paper',
  'buy', 'now', 'privacy', 'policy', 'profile', 'log', 'login', 'logout', 'out', 'sign', 'video', 'videos', 'available',
  'edition', 'insider', 'tech', 'terms', 'service', 'services', 'menu', 'home', 'subscribe', 'more', 'view', 'photo',
  'photos', 'gallery', 'search', 'my', 'your', 'our', 'not', 'all', 'new', 'latest', 'top', 'world', 'politics',
  'business', 'sport', 'sports', 'culture', 'opinion', 'live', 'watch', 'read', 'listen', 'contact', 'about', 'help',
  'follow', 'followed', 'unfollow', 'share', 'comments', 'comment', 'reply', 'advertisement', 'sponsored', 'trends',
  'strategy', 'marketing', 'security', 'national', 'international', 'industry', 'economy', 'science', 'health',
  'entertainment', 'lifestyle', 'travel', 'weather', 'today', 'yesterday', 'breaking', 'story', 'stories', 'media',
  'data', 'magazine', 'blog', 'blogs', 'podcast', 'podcasts', 'newsletter', 'cookies', 'settings', 'account',
  'register', 'next', 'previous', 'back', 'close', 'open', 'show', 'hide', 'page', 'section', 'staff', 'foreign',
];
