/**
 * Boilerplate phrase lists: THE one place where clean learns what share
 * widgets, ads, navigation, copyright and licence lines, newsletter and cookie
 * notices and comment headings look like, in several languages.
 *
 * Lines are compared after `phraseKey` normalisation (lower case, curly
 * apostrophes straightened, digit runs folded to `0`, edge punctuation and
 * bullets stripped, whitespace collapsed). Three match modes:
 *
 * - `exact`: the whole normalised line equals the phrase (`share`, `0 comments`).
 * - `prefix`: the normalised line starts with the phrase followed by a word
 *   boundary, and the line is short (see `PHRASE_LIMITS`).
 * - `contains`: the phrase occurs in the first `PHRASE_LIMITS.containsMaxChars`
 *   characters of a line; keep these specific (`all rights reserved`). A line
 *   is searched word by word, words split at spaces and apostrophes, so a
 *   phrase starts at a whole word: `engagent que leurs auteurs`, not `n'engagent …`.
 *
 * Adding a language or a phrase is a data change here: add the lower-case
 * phrase to the right kind and mode. Kinds are `REMOVED_KINDS` values.
 */
import type { RemovedKind } from '../../../lib/types.ts';

/** Phrases of one removed kind, by match mode. */
export interface PhraseGroup {
  readonly exact?: readonly string[];
  readonly prefix?: readonly string[];
  readonly contains?: readonly string[];
}

/**
 * Words of a row of share buttons ("Share Tweet Share", "tweet share Reddit Pocket Flipboard Email"),
 * besides the one-word phrases of `share` below: a short line made only of such words is a share row.
 */
export const SHARE_BUTTON_WORDS: readonly string[] = [
  'pocket', 'flipboard', 'tumblr', 'telegram', 'messenger', 'sms', 'mail', 'copy', 'link', 'xing', 'vk',
  // save, send and font-size buttons, and the comment counter beside them ("Teilen Merken 47 Kommentare", "Stampa Invia A A+")
  'merken', 'speichern', 'invia', 'envoyer', 'enviar', 'senden', 'a', 'a+', 'a-', 'aa', 'kommentare', 'comments',
  'commentaires', 'comentarios', 'commenti', 'comentários', 'reacties', 'komentarze', 'komentáře', 'kommentieren',
  'comment', 'commenter', 'comentar', 'commentare', 'artikel',
  // share and print buttons in more languages, and X (the former Twitter)
  'like', 'likes', 'shares',
  'x', 'udostępnij', 'drukuj', 'tisk', 'paylaş', 'yazdır', 'bagikan', 'cetak', 'поделиться', 'печать', 'dela', 'jaa',
  '공유', '공유하기', '인쇄', '스크랩', '印刷',
  'courriel', 'kopírovat', 'odkaz', 'diskuse', 'viber', 'line', 'correu', 'comparteix', 'megosztás', 'κοινοποίηση', 'jaa', 'shiriki',
  'ibahagi', 'kopyahin', 'ចែករំលែក', 'ចម្លងតំណ', 'kongsi', 'bagikan', 'শেয়ার', 'શેર', 'शेअर', 'शेयर', 'பகிர்', 'බෙදාගන්න', 'ແບ່ງປັນ',
  'မျှဝေရန်', 'ulashish', 'хуваалцах', 'شریکول', 'شیئر',
  'distribuie', 'trimite', 'postează', 'поділитися', 'podijeli', 'zdieľať', 'แชร์', 'คัดลอกลิงก์', 'chia', 'sẻ', 'שתפו', 'اشتراک',
  'فيسبوك', 'واتساب', 'إكس', 'تويتر', 'طباعة', 'مشاركة', 'شارك', 'تلغرام', 'تيليجرام', 'لينكدإن', 'انستغرام',
  // the site's social accounts, a row of links like the share buttons ("Facebook Instagram X YouTube")
  'instagram', 'youtube', 'tiktok', 'threads', 'bluesky', 'mastodon', 'snapchat',
  // Nordic share, save and listen buttons ("Lyssna Dela Spara", "Deila Facebook Afrita hlekk", "Del Lagre Lytt")
  'lyssna', 'spara', 'del', 'lagre', 'lytt', 'gem', 'lyt', 'del artikel', 'deila', 'afrita', 'hlekk', 'kuuntele', 'tallenna',
  'deel', 'via', 'kopieer', 'delen',
];

/**
 * Section names of site menus ("News Sport Business Lifestyle Motoring Property"): a header line
 * made mostly of them is a menu, not a headline. Lower case, several languages.
 */
/**
 * Account and subscription links of a site's top bar, besides the `navigation` and `newsletter`
 * exact phrases below: a short line made only of such links is a link row ("Suscríbase Edición
 * impresa Ingresar", "Subscribe E-paper Sign in").
 */
export const ACCOUNT_LINKS: readonly string[] = [
  'e-paper', 'epaper', 'e-edition', 'print edition', 'digital edition', 'my account', 'account', 'sign out', 'log in', 'register',
  'suscríbase', 'suscribirse', 'edición impresa', 'edición digital', 'ingresar', 'iniciar sesión', 'mi cuenta', 'regístrate', 'registrarse', 'entrar',
  'assinar', 'assine já', 'edição impressa', 'edição digital', 'minha conta', 'cadastre-se', 'acessar',
  "s'abonner", 'abonnez-vous', 'se connecter', 'mon compte', 'journal papier', 'édition papier', 'édition numérique',
  'abonnieren', 'anmelden', 'abmelden', 'mein konto', 'e-paper lesen', 'abo',
  'abbonati', 'accedi', 'il mio account', 'edicola digitale', 'registrati',
  'follow us', 'suivez-nous', 'síguenos', 'seguici', 'siga-nos', 'folgen sie uns',
  // article tools ("Save Print this page Gift this article Share", "In bài Gửi email Cỡ chữ A- A+ Nghe đọc bài")
  // (with the other tools' labels, "Save", "Print this page", which the row reads from the `other` phrases)
  'gift this article', 'gift article', 'in bài', 'gửi email', 'cỡ chữ', 'nghe đọc bài', 'langganan', 'masuk', 'daftar',
];

/**
 * Labels that open a trending bar, a ticker or an alert bar over the header, its items run together on
 * one line ("Tendencias: Novenas Pico y placa …", "Top News HSI closes 142 points higher Cold front …",
 * "Aviso: Advertencia de inundaciones … Ver detalles"): such a line is navigation, however long.
 */
export const BAR_LABELS: readonly string[] = [
  'trending:', 'trending now:', 'trending topics:', 'hot topics:', 'top news', 'tendencias:', 'tendências:', 'em alta:',
  'temas del día:', 'tendances :', 'tendances:', 'im trend:', 'aviso:', 'alert:', 'weather alert:', 'travel alert:',
  'live updates:', 'flood updates:', 'storm updates:', 'election updates:',
  // a "just in" ticker and a broadcaster's live-stream bar ("Net binnen Spoorstaking …", "Kijk live Luister live Nu op de radio: …")
  'net binnen', 'just in:', "à l'instant", 'kijk live', 'luister live', 'watch live', 'listen live', 'écouter le direct', 'regarder le direct',
  // breaking-news bars ("SON DAKİKA Merkez Bankası …", "Breaking News Pesawat …", "فوری …")
  'son dakika', 'SON DAKİKA', 'breaking news', 'فوری', 'tin nóng', 'berita terkini', 'hot right now', 'trending now',
];

/** Labels of a source line ("Fuente: …", "Source: …", "Quelle: …", "来源：…"): such a line is no headline. */
export const SOURCE_LABELS: readonly string[] = [
  'source', 'sources', 'fuente', 'fuentes', 'quelle', 'quellen', 'fonte', 'fontes', 'bron', 'źródło', 'zdroj', 'kaynak', 'источник',
  'джерело', 'المصدر', '来源', '來源', '出典', '출처',
];

/** Words of a views counter, before or after its number ("1,284 views", "Переглядів: 3 812", "阅读 2.3万", "Okunma: 6.318"). */
export const VIEW_COUNT_WORDS: readonly string[] = [
  'views', 'view', 'reads', 'vues', 'lectures', 'aufrufe', 'visualizaciones', 'lecturas', 'visualizações', 'visualizzazioni',
  'letture', 'wyświetleń', 'wyświetlenia', 'odsłon', 'zobrazení', 'просмотров', 'просмотра', 'просмотры', 'переглядів',
  'перегляди', 'okunma', 'görüntülenme', 'مشاهدة', 'مشاهدات', 'قراءة', '阅读', '浏览', '閱讀', '瀏覽', '조회', '조회수',
];

/**
 * The word for "photo" or "picture" in scripts without capitals, as a caption's credit prints it after the
 * caption ("… চারঘাটের ইউসুফপুর গ্রামে। ছবি: প্রতিবেদক", "… انځور: سپین غر خبرونه"): a line holding one with a colon or
 * dash after it, and the credit after that, is a photo's caption.
 */
export const CAPTION_CREDIT_WORDS: readonly string[] = [
  'ছবি', 'তসবীর', 'તસવીર', 'ફોટો', 'तस्बिर', 'तस्वीर', 'फोटो', 'छायाचित्र', 'छाया', 'படம்', 'புகைப்படம்', 'ඡායාරූප', 'ඡායාරූපය',
  'រូបថត', 'ພາບ', 'ຮູບ', 'ဓာတ်ပုံ', 'ภาพ', 'انځور', 'تصویر', 'عکس', 'صورة', 'צילום', 'φωτογραφία', 'фото', 'нуотр', 'nuotr',
  'larawan', 'kuha ni', 'gambar', 'surat', 'гэрэл зураг', 'зураг', 'լուսանկարը', 'ფოტო', 'تصوير', 'عدسة', 'الصورة',
];

/**
 * Headings of a box of summary points under the headline ("Key Highlights", "Claves", "Das Wichtigste in Kürze"):
 * the points below are no headline. Lower case.
 */
export const SUMMARY_HEADINGS: readonly string[] = [
  'key highlights', 'key takeaways', 'key points', 'at a glance', 'what you need to know', 'claves', 'las claves', 'lo que debes saber',
  'lo que hay que saber', "l'essentiel", "ce qu'il faut retenir", 'das wichtigste in kürze', 'auf einen blick', 'i punti chiave',
  'pontos-chave', 'o que você precisa saber', 'खास बातें', 'główne wątki', 'hlavní body',
];

export const SECTION_WORDS: readonly string[] = [
  'news', 'sport', 'sports', 'business', 'lifestyle', 'motoring', 'property', 'opinion', 'politics', 'world', 'local',
  'national', 'entertainment', 'culture', 'travel', 'health', 'science', 'tech', 'technology', 'money', 'weather',
  'video', 'videos', 'podcasts', 'life', 'style', 'food', 'arts', 'books', 'music', 'film', 'tv', 'showbiz', 'celebrity',
  'soaps', 'royals', 'puzzles', 'games', 'crime', 'education', 'environment', 'economy', 'markets', 'jobs', 'cars',
  'homes', 'obituaries', 'latest', 'savings', 'mortgages', 'pensions', 'deals', 'newsletter', 'newsletters', 'reviews',
  'fashion', 'beauty', 'travel', 'football', 'cricket', 'rugby', 'golf', 'tennis', 'racing', 'comment', 'analysis',
  'actualités', 'économie', 'politique', 'société', 'monde', 'sports', 'faits', 'divers', 'nachrichten', 'politik',
  'wirtschaft', 'kultur', 'panorama', 'wissen', 'reise', 'noticias', 'deportes', 'economía', 'cultura', 'política',
  'sociedad', 'internacional', 'opinión', 'notizie', 'economia', 'politica', 'cronaca', 'spettacoli', 'esteri',
  'notícias', 'esportes', 'mundo', 'entretenimento', 'brasil', 'nieuws', 'binnenland', 'buitenland', 'economie',
  'wiadomości', 'region', 'kraj', 'świat', 'gospodarka', 'kultura', 'zprávy', 'domácí', 'zahraničí', 'ekonomika',
  'eat', 'drink', 'shop', 'home', 'dining', 'outdoors', 'events', 'lokales', 'leute', 'veranstaltungen', 'regionales', 'meinung',
  'gesellschaft', 'gesundheit', 'freizeit', 'ratgeber', 'karriere', 'immobilien', 'reisen', 'wetter', 'leben', 'actualidad',
  'sucesos', 'ocio', 'gente', 'motor', 'tecnología', 'salud', 'comunidad', 'vídeos', 'lifestyles', 'classifieds', 'e-edition',
  'subscribe', 'sections', 'menu',
  // Turkish, Russian, Ukrainian, Polish, Czech and Arabic menus
  'gündem', 'dünya', 'ekonomi', 'spor', 'magazin', 'yaşam', 'sağlık', 'teknoloji', 'siyaset', 'kültür', 'sanat', 'eğitim',
  'son', 'dakika', 'yurt', 'hava', 'durumu', 'programlar', 'yayın', 'akışı',
  'новости', 'политика', 'экономика', 'общество', 'мир', 'спорт', 'культура', 'происшествия', 'бизнес', 'технологии',
  'наука', 'здоровье', 'регионы', 'финансы', 'недвижимость', 'авто', 'новини', 'політика', 'економіка', 'суспільство',
  'світ', 'регіони', 'україна', 'погода', 'гроші', 'технології', 'opinie', 'magazyn', 'ekonomia', 'zdrowie', 'nauka',
  'polityka', 'społeczeństwo', 'regiony', 'věda', 'zdraví', 'počasí', 'politika', 'أخبار', 'سياسة', 'اقتصاد', 'رياضة',
  'ثقافة', 'مجتمع', 'دولي', 'محليات', 'منوعات', 'صحة', 'تكنولوجيا',
];

/**
 * Headings over the next article appended below the one read (infinite scroll): the article
 * ends there whatever follows. Compared as phrase keys (lower case, edge punctuation off).
 */
export const NEXT_ARTICLE_HEADINGS: readonly string[] = [
  'next story', 'next article', 'read next story', 'up next story', 'articolo successivo', 'prossimo articolo',
  'nächster artikel', 'article suivant', 'siguiente noticia', 'siguiente artículo', 'próxima notícia', 'próximo artigo',
  'volgend artikel', 'další článek',
];

/**
 * Labels of a photo widget's buttons ("View Photos", "Caption", "Buy Photo", "Enlarge this image",
 * "toggle caption"): each is also an `other` phrase below. The lines between two of them are the
 * photo's caption (see mark-photo-caption.ts).
 */
export const PHOTO_WIDGET_LABELS: readonly string[] = [
  'view photos', 'view photo', 'buy photo', 'caption', 'enlarge this image', 'toggle caption', 'hide caption',
];

/** Size limits for phrase matching (characters of the trimmed line). */
export const PHRASE_LIMITS = {
  /** `exact` and `prefix` phrases only match lines up to this length. */
  prefixMaxChars: 120,
  /** Caption and credit prefixes ("Media caption …", "Photo: …") also match lines up to this length. */
  captionPrefixMaxChars: 400,
  /** `contains` phrases are looked for in the first this-many characters of a line. */
  containsMaxChars: 400,
  /** Lines longer than this are never matched at all (they are prose). */
  containsScanMaxChars: 1500,
} as const;

/** The boilerplate phrase table, by removed kind. */
export const BOILERPLATE_PHRASES: Readonly<Partial<Record<RemovedKind, PhraseGroup>>> = {
  share: {
    exact: [
      'share', 'shares', 'share this', 'share this article', 'share this story', 'share this page', 'share on facebook',
      'share on twitter', 'share via email', 'tweet', 'email', 'e-mail', 'print', 'facebook', 'twitter', 'pinterest',
      'linkedin', 'whatsapp', 'reddit', 'google+', 'copy link', 'copy the link', 'partager', 'partager sur facebook',
      'teilen', 'artikel teilen', 'compartir', 'condividi', 'compartilhar', 'compartilhe', 'sdílet', 'imprimir',
      'drucken', 'imprimer', 'stampa', 'sdílet článek', 'delen', 'deel dit artikel', '分享', '分享到', 'シェア', 'facebook twitter', 'facebook twitter email', 'share to facebook',
      'share to twitter', 'share to pinterest', 'share to kinja', 'go to permalink',
    ],
    prefix: [
      'share full article', "offrir l'article", 'offrir cet article', 'artikel verschenken', 'regalar artículo', 'regala articolo',
      'share this', 'share on', 'share to', 'share via', 'share article', 'click to share', 'partager sur',
      'partager cet article', 'auf facebook teilen', 'compartir en', 'condividi su', 'compartilhe no', 'tweet this',
    ],
  },
  advertisement: {
    exact: [
      'advertisement', 'advertisements', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content',
      'promoted content', 'paid content', 'paid post', 'supported by', 'publicité', 'anzeige', 'werbung', 'publicidad',
      'pubblicità', 'publicidade', 'reklama', 'advertentie', '广告', '廣告', '広告', 'real time analytics', 'ads by google', 'promoted stories',
      'from around the web', 'around the web', 'recommended by', 'report this ad', 'story continues below advertisement',
      'article continues below advertisement', 'advertisement continue reading below', 'continue reading below',
      // the advertisement label in more languages
      'publicitate', 'tangazo', 'โฆษณา', 'quảng cáo', 'διαφήμιση', 'hirdetés', 'oglas', 'publicitat', 'mainos', 'פרסומת', 'تبلیغات', 'विज्ञापन',
    ],
    // a subscription offer or paywall notice, an affiliate-link disclosure
    contains: [
      'abonnez-vous', "je m'abonne", 'déjà abonné', 'vous est offert', 'already a subscriber',
      'subscribe for full access', 'to continue reading, subscribe', 'plus-angebot', 'jetzt abonnieren',
      'bereits abonnent', 'ya eres suscriptor', 'suscríbete', 'sei già abbonato', 'abbonati a', 'já é assinante',
      'assine já', 'may earn a commission', 'earn a commission when you buy', 'affiliate commission',
      'we may earn a commission', 'matérias gratuitas', 'assine por', 'kostenlose artikel',
      // an app promotion between paragraphs
      'download the app', 'download our app', 'app herunterladen', "télécharger l'application",
      "téléchargez l'application", 'descarga la app', 'descargue la app', "scarica l'app", 'baixe o app', 'baixe o aplicativo',
      // a label over a partner's or sponsor's story
      'partner content', 'média partenaire', 'contenu partenaire', 'partnerinhalt', 'contenido patrocinado', 'in partnership with',
      // an ad slot's placeholder, a registration nag
      'advertisement has not loaded', 'article continues below', 'story continues below', 'by registering for free',
      'sign in if you have an account', 'sign-in if you have an account',
      // a subscriber-only label, a paywall check, an affiliate disclosure
      'réservé aux abonnés', 'exklusiv für abonnenten', 'nur für abonnenten', 'exclusivo para suscriptores', 'riservato agli abbonati',
      'exclusivo para assinantes', 'for subscribers only', 'subscriber exclusive', 'verify access', 'in reader mode',
      'independently researches and recommends', 'how we make money',
      'réservée aux abonnés', 'accédez à tous nos articles', 'reserved for subscribers', 'reservado para suscriptores',
      // a donation appeal ("Independent journalism needs your support"); a phrase's longest word should be a rare one,
      // as it gates the word-by-word search (see createPhraseMatcher)
      // affiliate disclosures and price boxes in more languages ("… peut percevoir une rémunération …", "Voir l'offre")
      'percevoir une rémunération', 'percevoir une commission', "voir l'offre", 'recibir una comisión', 'erhalten wir eine provision',
      'ricevere una commissione', 'receber uma comissão',
      'journalism needs your support', 'reader-funded newsroom', 'support our journalism', 'support independent journalism',
      'donate now', 'unterstützen sie unseren journalismus', 'soutenez notre journalisme', 'apoya nuestro periodismo',
      'sostieni il nostro giornalismo', 'apoie nosso jornalismo',
      // a metered paywall's count ("You have 1 free premium article left this month", "… or log in to keep reading")
      'free premium article', 'premium article left', 'articles left this month', 'article left this month', 'or log in to keep reading',
      'subscribe to keep reading', 'log in to continue reading', 'this is a premium article', 'brought to you by',
    ],
    prefix: [
      // a paywall cut ("Il vous reste 68.41% de cet article à lire.")
      'il vous reste',
      'advertisement -', 'promoted content by', 'sponsored by', 'you can skip this ad', 'skip ad', 'ads by',
      'is sponsored by', 'paid content by', 'presented by',
    ],
  },
  navigation: {
    exact: [
      'home', 'menu', 'main menu', 'search', '首页', '返回顶部', '上一篇', '下一篇', 'sections', 'skip to content', 'skip to main content', 'skip navigation',
      'jump to navigation', 'post navigation', 'navigation', 'site navigation', 'latest news', 'breaking news',
      'top stories', 'back to top', 'previous', 'next', 'previous article', 'previous post',
      'next post', 'older posts', 'newer posts', 'more', 'show more', 'load more', 'loading', 'loading...',
      'read more', 'continue reading', 'continue reading the main story', 'log in', 'login', 'sign in',
      'sign up', 'register', 'subscribe', 'subscribe now', 'log out', 'my account', 'close', 'close menu',
      'accessibility links', 'accueil', 'startseite', 'inicio', 'portada', 'página inicial', 'suivant', 'précédent',
      'weiter', 'zurück', 'siguiente', 'anterior', 'successivo', 'precedente', 'lire la suite', 'weiterlesen',
      'leer más', 'leia mais', 'continua a leggere', 'view more trending stories', 'go to home page', 'see all',
      'view all', 'all news', 'related blogs', 'top of page', 'back to home', 'skip to',
      'toggle navigation', 'open navigation', 'close navigation', 'search this site', 'you are here',
    ],
    prefix: [
      'skip to', 'jump to', 'go to', 'back to', 'return to', 'you are here',
      // skip links in more languages ("Salta al contingut", "Ugrás a tartalomra", "ข้ามไปยังเนื้อหา")
      'ir al contenido', 'saltar al contenido', 'pular para o conteúdo', 'aller au contenu', 'passer au contenu', 'zum inhalt', 'vai al contenuto',
      'naar inhoud', 'salta al contingut', 'ugrás a tartalomra', 'μετάβαση στο περιεχόμενο', 'ruka hadi kwenye maudhui', 'דלג לתוכן',
      'सामग्री पर जाएं', 'پرش به محتوا', 'bỏ qua nội dung', 'chuyển đến nội dung', 'preskočiť na obsah', 'preskoči na sadržaj',
      'sari la conținut', 'siirry sisältöön', 'перейти до вмісту', 'перейти к содержанию', 'przejdź do treści', 'přeskočit na obsah',
      'перейти до основного вмісту', 'перейти к основному содержанию', 'перейти к основному контенту', 'přeskočit na hlavní obsah',
      'przejdź do głównej treści', 'içeriğe geç', 'ana içeriğe geç', 'içeriğe atla', 'انتقل إلى المحتوى', 'تخطي إلى المحتوى',
      'direkt zum inhalt', 'zum hauptinhalt', 'メインコンテンツへ移動', '本文へ移動', '跳到主要内容', '跳转到主要内容', '본문 바로가기',
      'direct naar de inhoud', 'ga naar de inhoud', 'naar de hoofdinhoud', 'ir para o conteúdo', 'saltar para o conteúdo', 'gå til innhold',
      'gå till innehållet', 'hoppa till innehållet', 'hoppa till huvudinnehållet', 'gå til indhold', 'spring til indhold', 'siirry pääsisältöön',
      'hoppa yfir', 'fara í efni', 'salta al contenuto', 'aller directement au contenu', 'přejít na článek', 'přejít na obsah', 'skip to article',
      'go to article', 'zum artikel springen',
      'ข้ามไปยังเนื้อหา', 'အကြောင်းအရာသို့ ကျော်ရန်', 'langsung ke konten', 'langkau ke kandungan', 'lumaktaw sa nilalaman', 'kontentga o‘tish',
      'মূল বিষয়বস্তুতে যান', 'முதன்மை உள்ளடக்கத்திற்குச் செல்', 'ข้ามไปที่เนื้อหา', 'ຂ້າມໄປຫາເນື້ອໃນ', 'រំលងទៅមាតិកា', 'vous êtes ici', 'sie sind hier',
      'estás en', 'ti trovi in', 'você está em', 'follow us', 'suivez-nous', 'folgen sie uns', 'síguenos',
      'seguici', 'siga-nos', 'see next articles', 'see previous articles', 'view more', 'view all', 'see all',
      'read more about',
      // a breaking-news ticker in the page's chrome ("ÚLTIMA HORA Se registra sismo …", "BREAKING: …")
      'breaking:', 'breaking news:', 'última hora', 'dernière minute', 'eilmeldung', "ultim'ora", 'ultima ora', 'urgente:', 'ข่าวด่วน', 'عاجل', 'срочно', 'терміново', 'महत्वपूर्ण खबर', 'ब्रेकिंग न्यूज़',
    ],
  },
  'related-links': {
    exact: [
      ...NEXT_ARTICLE_HEADINGS,
      'more coverage', 'more notices', 'schlagworte',
      'related', 'related articles', 'related stories', 'related posts', 'related content', 'related coverage',
      'related news', 'related topics', 'related links', 'related reading', 'further reading', 'see also',
      'you may also like', 'you might also like', 'you may be interested in', 'recommended', 'recommended for you',
      'recommended stories', 'most read', 'most popular', 'most viewed', 'most shared', 'most watched', 'trending',
      'trending now', 'trending stories', 'popular', 'popular stories', "editor's picks", 'editors picks',
      'what to read next', 'more like this', 'dans la même rubrique', 'à lire aussi', 'sur le même sujet',
      'les plus lus', 'à la une', 'mehr zum thema', 'das könnte sie auch interessieren', 'meistgelesen', 'noticias relacionadas',
      'te puede interesar', 'lo más leído', 'articoli correlati', 'potrebbe interessarti', 'notícias relacionadas',
      'mais lidas', 'veja também', 'artículos relacionados', 'artigos relacionados', 'articles connexes', 'articles liés',
      'ähnliche artikel', 'verwandte artikel', 'gerelateerde artikelen', 'articoli simili', 'tags', 'topics', 'filed under', 'filed to', 'mots-clés', 'schlagwörter',
      'etiquetas', 'tag', 'související', 'související články', 'právě se děje', 'nejčtenější', 'gerelateerd', 'meest gelezen', 'lees ook', '相关新闻', '相关阅读', '相关文章', '推荐阅读', '延伸阅读', '热门推荐', '関連記事', 'recommended by outbrain', 'more for you', 'recommended related news',
      'recommended reads', 'related videos', 'post recommended', 'read next', 'up next',
      'more stories', 'more news', 'latest stories', 'latest articles', 'also on', 'elsewhere on the web',
      'also this week', 'more partner stories',
      // "latest news" lists in more languages
      'najnovije', 'najnovejše', 'најново', 'најнови вести', 'najnowsze', 'последние новости', 'останні новини', 'lajmet e fundit',
      'jaunākās ziņas', 'naujausios', 'viimased uudised', 'უახლესი', 'վերջին լուրեր', 'son xəbərlər', 'соңғы жаңалықтар',
      'berita terkini', 'berita berkaitan', 'pinakabagong balita', 'lo último', 'últimas noticias', 'dernières infos',
      // related and most-read headings in more languages
      'tin liên quan', 'xem nhiều', 'ข่าวยอดนิยม', 'ข่าวที่เกี่ยวข้อง', 'cele mai citite', 'articole similare', 'legolvasottabb', 'kapcsolódó cikkek', 'najčitanije', 'povezani članci', 'najčítanejšie', 'súvisiace články', 'el més llegit', 'notícies relacionades', 'luetuimmat', 'aiheeseen liittyvät', 'δημοφιλή', 'σχετικά άρθρα', 'הנקראים ביותר', 'כתבות נוספות', 'پربازدیدترین', 'اخبار مرتبط', 'संबंधित खबरें', 'habari zinazohusiana', 'zilizosomwa zaidi', 'найпопулярніше',
    ],
    prefix: [
      'more from', 'more in', 'more on', 'more about', 'mehr aus', 'mehr zu', 'plus de', 'más de', 'altro da', 'mais de', 'schlagworte:', 'related',
      'le puede interesar', 'te puede interesar', 'también le puede interesar', 'le recomendamos', 'te recomendamos', 'ti potrebbe interessare',
      'potrebbe interessarti', 'das könnte sie auch interessieren', 'vous pourriez aimer', 'você pode gostar',
      'zobacz też', 'zobacz także', 'czytaj też', 'czytaj także', 'przeczytaj też', 'przeczytaj także', 'bekijk ook',
      'related:', 'read also', 'read more:', 'see also:', 'noticia relacionada', 'notícia relacionada', 'notizia correlata', 'lire aussi', 'à lire aussi', 'voir aussi', 'lesen sie auch',
      'mehr zum thema', 'lea también', 'leer también', 'leggi anche', 'leia também', 'leia mais:', 'tags:', 'čtěte také', 'přečtěte si také', 'lees ook', '相关新闻', '相关阅读', '推荐阅读', '延伸阅读', '関連記事',
      'filed under', 'filed to:', 'topics:', 'more:', 'trending on', 'most read', 'most popular', 'most viewed',
      'most shared', 'most commented', 'related coverage', 'related stories', 'related articles', 'recommended for',
      'more stories', 'next up in', 'up next in', 'auch interessant', 'siehe auch', 'also read', 'mirá también',
      'ver también', 'vea también', 'lee también', 'veja também', 'leia também:', 'leggi anche:', 'themen:', 'thèmes :', 'sujets :', 'temas:', 'argomenti:', 'assuntos:',
      // tags and "more" boxes in more forms ("Mots-clés : …", "Etiquetas: …", "Leé también …", "Más noticias de Interior")
      'mots-clés', 'etiquetas:', 'tags :', 'palabras clave:', 'leé también', 'más noticias de', 'mais notícias de', 'more partner stories',
      'lue myös', 'čítajte aj', 'pročitajte i', 'olvassa el ezt is', 'citește și', 'διαβάστε επίσης', 'читайте також', 'xem thêm',
      'soma pia', 'llegiu també', 'בשיתוף', 'بیشتر بخوانید', 'यह भी पढ़ें', 'อ่านข่าวที่เกี่ยวข้อง', 'lees ook:',
      // read-more teasers in Swahili
      'soma zaidi',
      // topics and "on this subject" lists ("Témata: Volby do Senátu …", "Zum Thema")
      'témata:', 'thèmes:', 'temi:', 'zum thema',
      // "more news" boxes of Dutch, Nordic and Portuguese sites ("Meer nieuws uit de regio", "Mer från …", "Flere nyheder")
      'meer nieuws', 'meer over', 'ook interessant', 'mer från', 'mer om', 'läs också', 'läs mer', 'les også', 'flere nyheder',
      'flere nyheter', 'læs også', 'lue lisää', 'mais notícias', 'leia mais',
    ],
  },
  newsletter: {
    exact: [
      'newsletter', 'newsletters', 'get updates', 'email address', 'your email address', 'enter your email',
      'recevoir la newsletter', 'la newsletter', 'newsletter abonnieren', 'boletín', 'boletines',
      'unirme al canal', 'únete al canal', 'unite acá',
    ],
    prefix: [
      'sign up for', 'sign up to', 'subscribe to our', 'subscribe to the', 'get our newsletter', 'join our newsletter',
      'inscrivez-vous', 'abonnez-vous', "s'abonner", 'newsletter abonnieren', 'suscríbete', 'iscriviti', 'assine',
      'get the latest', 'get breaking news', 'receive our', 'receba a newsletter', 'recibe la newsletter',
      'recibe nuestro boletín', 'ricevi la newsletter', 'recevez la newsletter', 'recevoir notre newsletter', "l'infolettre", 'infolettre',
    ],
    contains: [
      'sign up for our newsletter', 'subscribe to our newsletter', 'sign up for the newsletter',
      'by signing up you agree', 'unsubscribe at any time',
      'à notre newsletter', 'unseren newsletter', 'nuestro boletín', 'nostra newsletter', 'nossa newsletter',
      'our weekly newsletter', 'our daily newsletter', 'our free newsletter', 'send you this newsletter',
      'we will use your email', 'see our privacy notice', 'unser newsletter',
      // a newsletter platform's subscribe pitches ("Thanks for reading …! Subscribe for free to receive new posts …")
      'subscribe for free to receive', 'reader-supported publication', 'receive new posts and support my work',
      // a newsletter box's pitch ("… free to your inbox every weekday at 6am")
      'free to your inbox', 'to your inbox every', 'in your inbox every', 'straight to your inbox',
      'consider becoming a free or paid subscriber', 'newsletter in your inbox', 'newsletter straight to your inbox',
      // an invitation to a messaging channel ("Únete a nuestro canal de WhatsApp", "Sumate al canal de WhatsApp de …")
      'canal de whatsapp', 'canal do whatsapp', 'whatsapp channel', 'canal de telegram', 'telegram channel', 'whatsapp-kanal',
      'chaîne whatsapp', 'canale whatsapp',
    ],
  },
  cookie: {
    contains: [
      'we use cookies', 'this site uses cookies', 'this website uses cookies', 'uses cookies to', 'use of cookies',
      'cookie policy', 'accept cookies', 'utilisation de cookies', 'utilise des cookies', 'verwendet cookies',
      'verwendung von cookies', 'utiliza cookies', 'uso de cookies', 'utilizza cookie', 'usa cookies',
      'používá cookies', 'utilizamos cookies', 'usamos cookies', 'nous utilisons des cookies', 'wir verwenden cookies',
      'utilizziamo cookie', 'utilizziamo i cookie', 'we gebruiken cookies', 'używamy plików cookie', 'wykorzystuje pliki cookie',
      'gebruikt cookies', 'maakt gebruik van cookies', 'använder cookies', 'bruger cookies', 'bruker informasjonskapsler', 'bruker cookies',
      'soubory cookie', 'súbory cookie', 'we value your privacy', 'vážíme si vašeho soukromí', 'nous respectons votre vie privée',
      'wir respektieren ihre privatsphäre', 'valoramos tu privacidad', 'rispettiamo la tua privacy',
      'notar vafrakökur',
      // a consent dialog's standard purposes, in its usual translations
      'store and/or access information on a device', 'almacenamos o accedemos a información en un dispositivo',
      'almacenar la información en un dispositivo', 'stocker et/ou accéder à des informations',
      'informationen auf einem gerät speichern', 'archiviare e/o accedere a informazioni', 'armazenar e/ou aceder a informações',
      'armazenar e/ou acessar informações', 'use precise geolocation data', 'datos de localización geográfica precisa',
      'données de géolocalisation précises', 'genaue standortdaten', 'dati di geolocalizzazione precisi',
      'dados de geolocalização precisos', 'personalised advertising and content', 'personalized advertising and content',
      'personalised ads and content', 'personalized ads and content', 'publicidad y contenido personalizados',
      'publicité et contenu personnalisés', 'personalisierte werbung und inhalte', 'annunci e contenuti personalizzati',
      'anúncios e conteúdos personalizados', 'change your preferences at any time', 'cambiar sus preferencias en cualquier momento',
      'modifier vos préférences à tout moment', 'ihre einstellungen jederzeit', 'modificare le tue preferenze in qualsiasi momento',
      'alterar as suas preferências a qualquer momento',
      // an embed blocked until cookies are accepted
      'no has aceptado las cookies', 'have not accepted cookies', "haven't accepted cookies", "n'avez pas accepté les cookies",
      'blocked by your privacy settings', 'bloqueado por tu configuración de privacidad', 'bloqué par vos paramètres',
      'accept cookies and', 'aceptar cookies y', 'accepter les cookies et',
      // a consent banner's heading ("Cookies on the Ashcombe Borough Council website")
      'cookies on the', 'cookies on this',
      // in more languages
      'folosește cookie-uri', 'utilizează cookie-uri', 'käyttää evästeitä', 'používa cookies', 'koristi kolačiće', 'sütiket használ', 'utilitza galetes', 'χρησιμοποιεί cookies', 'використовує файли cookie', 'sử dụng cookie',
    ],
    prefix: ['accept additional cookies', 'reject additional cookies'],
    exact: [
      'manage preferences', 'manage consent', 'manage cookies', 'cookie settings', 'gestionar preferencias',
      'gestionar consentimiento', 'gérer mes préférences', 'paramètres des cookies', 'einstellungen verwalten',
      'gestisci preferenze', 'gerir preferências',
    ],
  },
  copyright: {
    prefix: ['©', '(c) 0', 'copyright', 'copyright ©', '© copyright'],
    contains: [
      'all rights reserved', 'tous droits réservés', 'alle rechte vorbehalten', 'todos los derechos reservados',
      'tutti i diritti riservati', 'todos os direitos reservados', 'všechna práva vyhrazena', '版权所有', '著作権',
    ],
  },
  licence: {
    contains: [
      'may be reposted', 'may be republished', 'may be reproduced', 'free to republish', 'republish this article',
      'creative commons', 'do not reproduce', 'reproduction interdite', 'reproduction prohibited',
      'reuse content', 'reprints and permissions', 'syndication rights',
    ],
  },
  comments: {
    exact: [
      'join the conversation', 'join the discussion', 'leave a reply', 'leave a comment', 'post a comment',
      'add a comment', 'comments', 'reader comments', 'show comments', 'view comments', 'no comments', 'discussion',
      'commentaires', 'réagir', 'kommentare', 'kommentar schreiben', 'comentarios', 'deja un comentario', 'commenti',
      'lascia un commento', 'comentários', 'deixe um comentário', 'diskuse', 'show all threads', '0 comments',
      '0 comment', '0 responses', '0 replies', '0 reactions', 'comment on this story', 'have your say',
      'enviá tu comentario', 'envía tu comentario', 'escribe tu comentario', 'deja tu comentario', 'ajouter un commentaire',
      'scrivi un commento', 'escreva seu comentário', 'schreiben sie einen kommentar',
    ],
    contains: ['son de exclusiva responsabilidad de sus autores'],
    prefix: [
      '0 comments on', '0 responses to', '0 thoughts on', '0 replies to', 'one comment on', 'one response to',
      'one thought on', 'comments on', 'responses to', 'thoughts on', 'you must be logged in to post a comment',
      'your email address will not be published',
    ],
  },
  credit: {
    exact: ['image credit', 'photo credit', 'image credits', 'photo credits', 'credit', 'credits'],
    prefix: [
      'image credit', 'photo credit', 'image:', 'photo:', 'photograph:', 'photo by', 'photos by', 'image by',
      'picture:', 'foto:', 'bild:', 'crédit photo', 'crédits photo', 'getty images', 'main image:', 'image source',
      'source image',
      // an editor's or a medical reviewer's credit under the byline ("Reviewed by Dr Sanjay Perera, GP")
      'reviewed by', 'medically reviewed by', 'fact checked by', 'fact-checked by', 'edited by', 'révision médicale',
      'medizinisch geprüft von', 'revisado por',
      // photo credits in more languages
      'ảnh:', 'picha:', 'picha na', 'fotó:', 'φωτογραφία:', 'фото:', 'צילום:', 'عکس:', 'फोटो:', 'ภาพ:',
    ],
  },
  caption: {
    prefix: ['media caption', 'image caption', 'caption:', 'légende', 'video:', 'watch:', 'photo gallery'],
  },
  // a heading over the author's box at the end of the article ("About the author"): it ends the article
  'author-bio': {
    exact: [
      'about the author', 'about the writer', 'about the authors', 'sobre el autor', 'sobre la autora', 'sobre o autor',
      'sobre a autora', "à propos de l'auteur", "à propos de l'autrice", 'über den autor', 'über die autorin',
      "sull'autore", "sull'autrice", 'over de auteur', 'o autorze', 'o autorovi',
      'about the contributors', 'about the contributor', 'contributors', 'sobre los autores', 'sobre as autoras', 'sobre os autores',
      'à propos des auteurs', 'über die autoren', 'über die autorinnen', 'gli autori', 'the authors', 'the author',
      // in more languages
      'despre autor', 'a szerzőről', 'o autoru', 'kirjoittajasta', "sobre l'autor", 'σχετικά με τον συγγραφέα', 'про автора', 'על הכותב', 'درباره نویسنده', 'लेखक के बारे में',
    ],
  },
  other: {
    exact: [
      'print this page', 'print this article', 'print article', 'print story', 'imprimer l\'article', 'artikel drucken', 'imprimir artículo', 'stampa articolo', 'font size', 'text size', 'listen', 'listen to this article', 'save',
      'save for later', 'bookmark', 'report', 'report an error', 'reply', 'like', 'follow', 'followed', 'unfollow',
      'invite manually', 'x', 'close this overlay', 'view mobile version', 'javascript is disabled', 'view photos',
      // a blog's trackback block and a site's call for stories ("TrackBack URL for this entry:", "Send Us a Story")
      'trackback', 'trackbacks', 'pingbacks', 'send us a story', 'send us your story', 'send us your news',
      'submit a story', 'submit your story', 'got a story?', 'got a news tip?',
      'view photo', 'buy photo', 'caption', 'enlarge this image', 'toggle caption', 'hide caption', 'expand',
      'please enable javascript',
    ],
    prefix: [
      'listen to this article', 'reporting from', 'artikel anhören', 'écouter cet article', 'escuchar nota', 'ascolta l\'articolo', 'ouvir notícia',
      'found an error', 'spotted an error',
      // a report's download row ("Download the full report (PDF) Data (XLSX) Share …")
      'download the full report', 'download the report', 'download pdf', 'download (pdf)', 'download the pdf',
      // a public body's beta banner ("Beta This is a new service. Help us improve it and give your feedback.")
      'beta this is a new service', 'this is a new service',
      // weblogs linking to the entry ("Listed below are links to weblogs that reference …", "Tracked on …")
      'listed below are links to weblogs that reference', 'trackback url for this entry', 'tracked on',
      // an agency credit under a local rewrite ("With files from Dominion Press")
      'with files from', 'with files by',
      // a radio station's live widget ("On Air Now: Morning Edition")
      'on air now', 'listen live', 'now on air',
      // a reading-time line ("Temps de lecture : 4 min.", "Lesezeit: 3 Minuten")
      'temps de lecture', 'lesezeit', 'tiempo de lectura', 'tempo de leitura', 'tempo di lettura', 'reading time',
      'estimated reading time', 'leestijd', 'czas czytania', 'doba čtení',
      'please enable javascript', '责任编辑', '編集：', 'your browser does not support', 'this video is not available',
      // a web video player's accessibility text ("This is a modal window. This modal can be closed by …")
      'this is a modal window', 'beginning of dialog window', 'end of dialog window',
    ],
    // a section's disclaimer over opinion pieces and readers' letters
    contains: [
      'engagent que leurs auteurs', 'engage que son auteur', 'the views expressed in', 'views expressed are',
      'las opiniones expresadas', 'le opinioni espresse', 'as opiniões expressas', 'geben nicht die meinung der redaktion',
      // a print-edition note under the article
      'fehler gefunden', 'signaler une erreur',
      // a reporter's contact line after the article ("Contact Jane Doe at … or follow him on X at @jdoe.")
      'or follow him on', 'or follow her on', 'or follow them on',
      // a news-tip box ("Know something we should cover? Email …", "¿Tenés una denuncia? Mandanos un WhatsApp …")
      'know something we should cover', 'submit a news tip', 'send us a news tip', 'got a story for us', 'mandanos un whatsapp',
      'envíanos tu denuncia', 'envianos tu denuncia', 'envoyez-nous vos informations', 'schicken sie uns ihre hinweise',
      // a public notice printed in a box ("Notice is hereby given that …")
      'notice is hereby given',
      'first published in print', 'appeared in print', 'in the print edition', 'erschien zuerst in der printausgabe',
      'paru dans l’édition papier', "paru dans l'édition papier", 'publicado en la edición impresa',
      // print-issue and republication notes ("A version of this article appears in the January 2027 print edition of …",
      // "Ce reportage a été publié dans le numéro de janvier …", "This article was first published in Lithuanian by …")
      'print edition of', 'a version of this article appears', 'this article appears in', 'this story appears in',
      'this article was first published', 'this story was first published', 'this article was originally published',
      'this story was originally published', 'originally appeared in', 'publié dans le numéro', 'paru dans le numéro', 'en kiosque le',
      'erschien in der ausgabe', 'erschienen in der ausgabe', 'ist in der ausgabe', 'pubblicato sul numero', 'publicado en el número',
      'publicado na edição', 'in edicola dal', 'traduit de l’anglais par', "traduit de l'anglais par", 'translated from the',
      // a members' appeal after the article ("Stories like this take months. … is funded by its members.")
      'funded by its members', 'funded by our members', 'we don’t have a paywall', "we don't have a paywall", 'consider supporting us',
      'become a member for',
      // "Follow us on Google News"
      'pe google news', 'on google news', 'sur google news', 'en google news', 'auf google news', 'no google news', 'su google news',
    ],
  },
} as const;
