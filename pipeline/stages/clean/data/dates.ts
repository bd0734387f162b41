/**
 * Calendar words for date parsing: month and weekday names (full and short
 * forms) in English, French, German, Spanish, Italian, Portuguese, Dutch,
 * Czech, Polish, Russian, Ukrainian, Turkish, Romanian, Finnish, Indonesian, Arabic, Catalan,
 * Croatian, Slovak, Hungarian, Greek, Swahili, Hindi, Hebrew, Thai (its Buddhist-era years too), the languages
 * of Central and Eastern Europe, the Balkans and the Caucasus, of South and Southeast Asia,
 * Persian (solar months, `JALALI_MONTH_NAMES`) and the Scandinavian languages (CJK dates use the 年/月/日 and 년/월/일 marks, see `CJK_DATE_MARKS`),
 * time-zone abbreviations with their UTC offsets, and the words that introduce
 * a publication or update date. Lower case, accents kept. Adding a language is
 * a data change: add its names to these tables.
 */

/** Month names by month number (1-12), every language mixed; dots are stripped before lookup. */
export const MONTH_NAMES: Readonly<Record<number, readonly string[]>> = {
  1: ['january', 'jan', 'janvier', 'janv', 'januar', 'jänner', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari', 'leden', 'ledna',
    'stycznia', 'styczeń', 'января', 'январь', 'янв', 'січня', 'ocak', 'ianuarie', 'tammikuuta', 'يناير',
    'gener', 'siječnja', 'siječanj', 'januára', 'január', 'ιανουαρίου', 'ιανουάριος', 'ιαν', 'जनवरी', 'ינואר', 'มกราคม', 'ม.ค.',
    'януари', 'јануари', 'јануар', 'студзеня', 'jaanuar', 'janvāris', 'janvārī', 'janvāra', 'sausio', 'janar', 'იანვარი', 'հունվարի', 'yanvar', 'қаңтар', 'জানুয়ারি', 'ஜனவரி', 'जानेवारी', 'જાન્યુઆરી', 'ජනවාරි', 'جنوری', 'ဇန်နဝါရီ', 'មករា', 'ມັງກອນ', 'جانفي'],
  2: ['february', 'feb', 'février', 'fevrier', 'févr', 'fevr', 'februar', 'febrero', 'febbraio', 'fevereiro', 'fev', 'februari', 'únor', 'února',
    'lutego', 'luty', 'февраля', 'февраль', 'фев', 'лютого', 'şubat', 'subat', 'februarie', 'helmikuuta', 'فبراير', 'شباط',
    'febrer', 'febr', 'veljače', 'veljača', 'februára', 'február', 'φεβρουαρίου', 'φεβρουάριος', 'φεβ', 'फ़रवरी', 'फरवरी', 'פברואר', 'กุมภาพันธ์', 'ก.พ.',
    'февруари', 'фебруар', 'лютага', 'veebruar', 'februāris', 'februārī', 'februāra', 'vasario', 'shkurt', 'თებერვალი', 'փետրվարի', 'fevral', 'ақпан', 'pebrero', 'ফেব্রুয়ারি', 'பிப்ரவரி', 'फेब्रुवारी', 'ફેબ્રુઆરી', 'පෙබරවාරි', 'فروری', 'ဖေဖော်ဝါရီ', 'កុម្ភៈ', 'ກຸມພາ', 'फेब्रुअरी', 'فيفري'],
  3: ['march', 'mar', 'mars', 'märz', 'marz', 'marzo', 'março', 'marco', 'maart', 'mrt', 'březen', 'března',
    'marca', 'marzec', 'марта', 'март', 'березня', 'mart', 'marts', 'martie', 'maaliskuuta', 'maret', 'مارس', 'آذار',
    'març', 'ožujka', 'ožujak', 'marec', 'március', 'márc', 'μαρτίου', 'μάρτιος', 'μαρ', 'machi', 'मार्च', 'מרץ', 'มีนาคม', 'มี.ค.',
    'сакавіка', 'märts', 'martā', 'marta', 'kovo', 'მარტი', 'մարտի', 'наурыз', 'mac', 'marso', 'মার্চ', 'மார்ச்', 'માર્ચ', 'මාර්තු', 'مارچ', 'မတ်', 'មីនា', 'ມີນາ'],
  4: ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'duben', 'dubna',
    'kwietnia', 'kwiecień', 'апреля', 'апрель', 'апр', 'квітня', 'nisan', 'aprilie', 'huhtikuuta', 'أبريل', 'ابريل', 'نيسان',
    'travnja', 'travanj', 'apríla', 'apríl', 'április', 'ápr', 'απριλίου', 'απρίλιος', 'απρ', 'aprili', 'अप्रैल', 'אפריל', 'เมษายน', 'เม.ย.',
    'април', 'красавіка', 'aprill', 'aprīlis', 'aprīlī', 'aprīļa', 'balandžio', 'prill', 'აპრილი', 'ապրիլի', 'aprel', 'сәуір', 'এপ্রিল', 'ஏப்ரல்', 'एप्रिल', 'એપ્રિલ', 'اپریل', 'ဧပြီ', 'មេសា', 'ເມສາ', 'أفريل'],
  5: ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei', 'květen', 'května',
    'maj', 'maja', 'мая', 'май', 'травня', 'mayıs', 'mayis', 'toukokuuta', 'مايو', 'أيار',
    'maig', 'svibnja', 'svibanj', 'mája', 'máj', 'május', 'μαΐου', 'μάιος', 'μαΐ', 'मई', 'מאי', 'พฤษภาคม', 'พ.ค.',
    'мај', 'maijs', 'maijā', 'maija', 'gegužės', 'მაისი', 'մայիսի', 'мамыр', 'মে', 'மே', 'मे', 'મે', 'මැයි', 'مئی', 'မေ', 'ឧសភា', 'ພຶດສະພາ', 'ماي'],
  6: ['june', 'jun', 'juin', 'juni', 'junio', 'giugno', 'giu', 'junho', 'červen', 'června',
    'czerwca', 'czerwiec', 'июня', 'июнь', 'червня', 'haziran', 'iunie', 'kesäkuuta', 'يونيو', 'حزيران',
    'juny', 'lipnja', 'lipanj', 'júna', 'jún', 'június', 'ιουνίου', 'ιούνιος', 'ιουν', 'जून', 'יוני', 'มิถุนายน', 'มิ.ย.',
    'юни', 'јуни', 'јун', 'чэрвеня', 'juuni', 'jūnijs', 'jūnijā', 'jūnija', 'birželio', 'qershor', 'ივნისი', 'հունիսի', 'iyun', 'маусым', 'hunyo', 'জুন', 'ஜூன்', 'જૂન', 'ජූනි', 'جون', 'ဇွန်', 'មិថុនា', 'ມິຖຸນາ', 'جوان'],
  7: ['july', 'jul', 'juillet', 'juil', 'juli', 'julio', 'luglio', 'lug', 'julho', 'červenec', 'července',
    'lipca', 'lipiec', 'июля', 'июль', 'липня', 'temmuz', 'iulie', 'heinäkuuta', 'يوليو', 'تموز',
    'juliol', 'srpnja', 'srpanj', 'júla', 'júl', 'július', 'ιουλίου', 'ιούλιος', 'ιουλ', 'julai', 'जुलाई', 'יולי', 'กรกฎาคม', 'ก.ค.',
    'юли', 'јули', 'јул', 'ліпеня', 'juuli', 'jūlijs', 'jūlijā', 'jūlija', 'liepos', 'korrik', 'ივლისი', 'հուլիսի', 'iyul', 'шілде', 'hulyo', 'জুলাই', 'ஜூலை', 'जुलै', 'જુલાઈ', 'ජූලි', 'جولائی', 'ဇူလိုင်', 'កក្កដា', 'ກໍລະກົດ', 'يوليوز', 'جويلية'],
  8: ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'srpen', 'srpna',
    'augusti', 'sierpnia', 'sierpień', 'августа', 'август', 'авг', 'серпня', 'ağustos', 'agustos', 'elokuuta', 'agustus', 'agu', 'agt', 'ags', 'أغسطس', 'اغسطس', 'آب',
    'agost', 'kolovoza', 'kolovoz', 'augusta', 'augusztus', 'αυγούστου', 'αύγουστος', 'αυγ', 'agosti', 'अगस्त', 'אוגוסט', 'สิงหาคม', 'ส.ค.',
    'жніўня', 'augusts', 'augustā', 'rugpjūčio', 'gusht', 'აგვისტო', 'օգոստոսի', 'avqust', 'avgust', 'тамыз', 'ogos', 'আগস্ট', 'ஆகஸ்ட்', 'ऑगस्ट', 'ઓગસ્ટ', 'අගෝස්තු', 'اگست', 'ဩဂုတ်', 'សីហា', 'ສິງຫາ', 'غشت', 'أوت'],
  9: ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro', 'září',
    'września', 'wrzesień', 'сентября', 'сентябрь', 'сен', 'вересня', 'eylül', 'eylul', 'septembrie', 'syyskuuta', 'سبتمبر', 'أيلول',
    'setembre', 'rujna', 'rujan', 'septembra', 'szeptember', 'szept', 'σεπτεμβρίου', 'σεπτέμβριος', 'σεπ', 'septemba', 'सितंबर', 'सितम्बर', 'ספטמבר', 'กันยายน', 'ก.ย.',
    'септември', 'септембар', 'septembar', 'верасня', 'septembris', 'septembrī', 'rugsėjo', 'shtator', 'სექტემბერი', 'սեպտեմբերի', 'sentyabr', 'sentabr', 'қыркүйек', 'setyembre', 'সেপ্টেম্বর', 'செப்டம்பர்', 'सप्टेंबर', 'સપ્ટેમ્બર', 'සැප්තැම්බර්', 'ستمبر', 'စက်တင်ဘာ', 'កញ្ញា', 'ກັນຍາ', 'شتنبر'],
  10: ['october', 'oct', 'octobre', 'oktober', 'okt', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'říjen', 'října',
    'października', 'październik', 'октября', 'октябрь', 'жовтня', 'ekim', 'octombrie', 'lokakuuta', 'أكتوبر', 'اكتوبر',
    'októbra', 'október', 'οκτωβρίου', 'οκτώβριος', 'οκτ', 'oktoba', 'अक्टूबर', 'अक्तूबर', 'אוקטובר', 'ตุลาคม', 'ต.ค.',
    'октомври', 'октобар', 'oktobar', 'кастрычніка', 'oktoober', 'oktobris', 'oktobrī', 'oktobra', 'spalio', 'tetor', 'ოქტომბერი', 'հոկտեմբերի', 'oktyabr', 'oktabr', 'қазан', 'oktubre', 'অক্টোবর', 'அக்டோபர்', 'ऑक्टोबर', 'ઓક્ટોબર', 'ඔක්තෝබර්', 'اکتوبر', 'အောက်တိုဘာ', 'តុលា', 'ຕຸລາ'],
  11: ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopad', 'listopadu',
    'listopada', 'ноября', 'ноябрь', 'листопада', 'kasım', 'kasim', 'noiembrie', 'marraskuuta', 'نوفمبر',
    'studenoga', 'studeni', 'novembra', 'νοεμβρίου', 'νοέμβριος', 'νοε', 'novemba', 'नवंबर', 'नवम्बर', 'נובמבר', 'พฤศจิกายน', 'พ.ย.',
    'ноември', 'новембар', 'novembar', 'лістапада', 'novembris', 'novembrī', 'lapkričio', 'nëntor', 'ნოემბერი', 'նոյեմբերի', 'noyabr', 'қараша', 'nobyembre', 'নভেম্বর', 'நவம்பர்', 'नोव्हेंबर', 'નવેમ્બર', 'නොවැම්බර්', 'نومبر', 'နိုဝင်ဘာ', 'វិច្ឆិកា', 'ພະຈິກ', 'نونبر'],
  12: ['december', 'dec', 'décembre', 'decembre', 'déc', 'dezember', 'dez', 'diciembre', 'dic', 'dicembre', 'dezembro', 'prosinec', 'prosince',
    'desember', 'grudnia', 'grudzień', 'декабря', 'декабрь', 'дек', 'грудня', 'aralık', 'aralik', 'decembrie', 'joulukuuta', 'des', 'ديسمبر',
    'desembre', 'prosinca', 'prosinac', 'decembra', 'δεκεμβρίου', 'δεκέμβριος', 'δεκ', 'desemba', 'दिसंबर', 'दिसम्बर', 'דצמבר', 'ธันวาคม', 'ธ.ค.',
    'декември', 'децембар', 'decembar', 'снежня', 'detsember', 'decembris', 'decembrī', 'gruodžio', 'dhjetor', 'დეკემბერი', 'դեկտեմբերի', 'dekabr', 'желтоқсан', 'disember', 'disyembre', 'ডিসেম্বর', 'டிசம்பர்', 'डिसेंबर', 'ડિસેમ્બર', 'දෙසැම්බර්', 'دسمبر', 'ဒီဇင်ဘာ', 'ធ្នូ', 'ທັນວາ', 'डिसेम्बर', 'دجنبر'],
};

/**
 * Months of the Iranian solar calendar (Persian), by month number: a date with one of them is
 * converted to the Gregorian calendar ("پنجشنبه ۱۲ آذر ۱۴۰۵" is 3 December 2026).
 */
export const JALALI_MONTH_NAMES: Readonly<Record<number, readonly string[]>> = {
  1: ['فروردین'], 2: ['اردیبهشت'], 3: ['خرداد'], 4: ['تیر'], 5: ['مرداد'], 6: ['شهریور'],
  7: ['مهر'], 8: ['آبان'], 9: ['آذر'], 10: ['دی'], 11: ['بهمن'], 12: ['اسفند'],
};

/** Weekday names (any language, full and short); a date line may start with one. */
export const WEEKDAY_NAMES: readonly string[] = [
  'monday', 'mon', 'tuesday', 'tue', 'tues', 'wednesday', 'wed', 'thursday', 'thu', 'thur', 'thurs', 'friday', 'fri',
  'saturday', 'sat', 'sunday', 'sun', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'lunes', 'martes',
  'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo', 'lunedì', 'lunedi', 'martedì',
  'martedi', 'mercoledì', 'mercoledi', 'giovedì', 'giovedi', 'venerdì', 'venerdi', 'sabato', 'domenica', 'segunda-feira',
  'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'segunda', 'terça', 'quarta', 'quinta', 'sexta',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'pondělí', 'úterý', 'středa',
  'čtvrtek', 'pátek', 'sobota', 'neděle', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота',
  'воскресенье', 'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'niedziela', 'måndag', 'tisdag',
  'onsdag', 'torsdag', 'fredag', 'lördag', 'søndag', 'söndag', 'mandag', 'tirsdag', 'lørdag',
  // CJK weekdays as printed in brackets after a date: 2017年3月9日(木), 星期四
  '月', '火', '水', '木', '金', '土', '日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日',
  // Indonesian, Turkish and Arabic weekdays
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma',
  'cumartesi', 'pazar', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت',
  // Korean weekdays, short as printed in brackets ("2026.12.03 (목)") and full
  '월', '화', '수', '목', '금', '토', '일', '월요일', '화요일', '수요일', '목요일', '금요일', '토요일', '일요일',
  // Catalan, Croatian, Slovak, Hungarian, Greek, Swahili, Hindi, Hebrew, Thai and Persian weekdays
  'dilluns', 'dimarts', 'dimecres', 'dijous', 'divendres', 'dissabte', 'diumenge', 'ponedjeljak', 'utorak', 'srijeda',
  'četvrtak', 'petak', 'subota', 'nedjelja', 'pondelok', 'utorok', 'streda', 'štvrtok', 'piatok', 'nedeľa', 'hétfő',
  'kedd', 'szerda', 'csütörtök', 'péntek', 'szombat', 'vasárnap', 'δευτέρα', 'τρίτη', 'τετάρτη', 'πέμπτη', 'παρασκευή',
  'σάββατο', 'κυριακή', 'jumatatu', 'jumanne', 'jumatano', 'alhamisi', 'ijumaa', 'jumamosi', 'jumapili', 'सोमवार', 'सोम',
  'मंगलवार', 'मंगल', 'बुधवार', 'बुध', 'गुरुवार', 'गुरु', 'शुक्रवार', 'शुक्र', 'शनिवार', 'शनि', 'रविवार', 'रवि',
  'יום', 'ראשון', 'שני', 'שלישי', 'רביעי', 'חמישי', 'שישי', 'שבת', 'วันจันทร์', 'วันอังคาร', 'วันพุธ', 'วันพฤหัสบดี',
  'วันศุกร์', 'วันเสาร์', 'วันอาทิตย์', 'شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'پنج‌شنبه', 'جمعه',
];

/**
 * Marks of CJK dates and times ("2017年3月10日 18時45分", "2026년 12월 3일 14시 5분") and the
 * words for morning and afternoon printed before a clock time ("오후 2:10", "午後2時10分",
 * "下午2:10"). A Han mark is one token; a Hangul word is one token.
 */
export const CJK_DATE_MARKS = {
  year: ['年', '년'],
  month: ['月', '월'],
  day: ['日', '일'],
  hour: ['時', '时', '시'],
  minute: ['分', '분'],
  am: ['오전', '午前', '上午'],
  pm: ['오후', '午後', '下午'],
} as const;

/** Time-zone abbreviations and their offsets from UTC in minutes. */
export const TIME_ZONES: Readonly<Record<string, number>> = {
  utc: 0, gmt: 0, z: 0, wet: 0, bst: 60, ist: 330, cet: 60, cest: 120, mez: 60, mesz: 120, eet: 120, eest: 180,
  msk: 180, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420, akst: -540,
  akdt: -480, hst: -600, aest: 600, aedt: 660, acst: 570, awst: 480, nzst: 720, nzdt: 780, jst: 540, kst: 540,
  sgt: 480, hkt: 480, brt: -180, art: -180, wib: 420, wita: 480, wit: 540, trt: 180, eat: 180, wat: 60, cat: 120, sast: 120,
  pht: 480, pkt: 300,
};

/** Stop-word languages (data/stopwords.ts) whose pages write numeric dates day first (05/03/2019 is 5 March). */
export const DAY_FIRST_LANGUAGES: readonly string[] = ['fr', 'de', 'es', 'it', 'pt', 'nl', 'cs', 'pl', 'sv', 'da', 'no', 'fi'];

/** Words that may introduce a date line ("Published", "Mis à jour le"); stripped before parsing. */
/**
 * Words of another calendar printed beside the Gregorian date ("الخميس 22 جمادى الآخرة 1448هـ - 3 ديسمبر 2026م"): the Hijri
 * months and the era marks. They count as date text when a line is weighed as a date line; the Gregorian date is read.
 */
export const OTHER_CALENDAR_WORDS: readonly string[] = [
  'محرم', 'صفر', 'ربيع', 'الأول', 'الاول', 'الآخر', 'الثاني', 'جمادى', 'جمادي', 'الأولى', 'الاولى', 'الآخرة', 'الاخرة', 'رجب', 'شعبان',
  'رمضان', 'شوال', 'ذو', 'ذي', 'القعدة', 'الحجة', 'هـ', 'ه', 'م',
];

export const DATE_PREFIXES: readonly string[] = [
  'published', 'published on', 'updated', 'updated on', 'last updated', 'posted', 'posted on', 'first published',
  'date', 'on', 'le', 'publié le', 'publié', 'mis à jour le', 'mis à jour', 'veröffentlicht', 'veröffentlicht am',
  'aktualisiert', 'aktualisiert am', 'stand', 'am', 'publicado', 'publicado el', 'publicado em', 'actualizado',
  'atualizado', 'atualizado em', 'pubblicato', 'pubblicato il', 'aggiornato', 'aggiornato il', 'il', 'el', 'em',
  'gepubliceerd', 'gepubliceerd op', 'laatste update', 'bijgewerkt', 'bijgewerkt op', 'opublikowano', 'aktualizacja',
  'zaktualizowano', 'publikováno', 'aktualizováno', 'aktualizace', '입력', '기사입력', '등록', '게재', '발행', '수정',
  '최종수정', '업데이트',
  'publicat', 'actualitzat', 'objavljeno', 'ažurirano', 'publikované', 'aktualizované', 'közzétéve', 'frissítve', 'julkaistu',
  'päivitetty', 'δημοσίευση', 'ενημέρωση', 'פורסם', 'עודכן', 'प्रकाशित', 'अपडेटेड', 'انتشار', 'อัปเดต', 'imechapishwa',
];

/**
 * Words that open a publication line printed after the article ("First published on
 * Thu 3 Jan 2019"): read when the header has no date. Lower case.
 */
export const PUBLISHED_CUES: readonly string[] = [
  'published', 'first published', 'originally published', 'posted', 'posted on', 'publié', 'publié le', 'publiée',
  'veröffentlicht', 'erschienen', 'publicado', 'publicada', 'pubblicato', 'gepubliceerd', 'opublikowano',
  'опубликовано', 'publikováno', 'publicat', 'objavljeno', 'publikované', 'közzétéve', 'julkaistu', 'δημοσίευση', 'פורסם',
  'प्रकाशित', 'yayınlanma', 'yayınlandı', 'yayın tarihi', 'опубліковано', 'نشر', 'تاريخ النشر',
];

/** Words that make a date an update, not a publication ("Updated", "Mis à jour"). */
export const UPDATE_WORDS: readonly string[] = [
  'updated', 'last updated', 'modified', 'mis à jour', 'aktualisiert', 'actualizado', 'atualizado', 'aggiornato',
  'actualización', 'atualização', 'aggiornamento', 'laatste update', 'bijgewerkt', 'aktualizacja', 'zaktualizowano',
  'aktualizováno', 'aktualizace', '수정', '최종수정', '업데이트', '更新',
  'actualitzat', 'actualizat', 'ažurirano', 'aktualizované', 'frissítve', 'päivitetty', 'ενημέρωση', 'עודכן', 'अपडेटेड',
  'अपडेट', 'อัปเดต', 'cập nhật', 'обновлено', 'оновлено',
  // Turkish and Arabic ("Son Güncelleme: 05.12.2026 - 11:40", "آخر تحديث")
  'güncelleme', 'son güncelleme', 'güncellendi', 'تحديث', 'آخر تحديث',
];

/**
 * Relative times printed next to an author name ("Alex Perry 1 day ago",
 * "Jane Doe • 8h", "il y a 2 heures"): the unit words, the words before the
 * number and the words after it. Lower case.
 */
export const RELATIVE_TIME = {
  units: [
    's', 'm', 'h', 'd', 'w', 'sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'hr', 'hrs',
    'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'heure', 'heures', 'jour',
    'jours', 'semaine', 'semaines', 'mois', 'an', 'ans', 'stunde', 'stunden', 'tag', 'tagen', 'woche', 'wochen',
    'minuto', 'minutos', 'hora', 'horas', 'día', 'días', 'dia', 'dias', 'semana', 'semanas', 'ora', 'ore', 'giorno',
    'giorni', 'minuti', 'minuten', 'uur', 'dag', 'dagen', 'minutami', 'hodinou', 'hodinami', 'dnem', 'dny',
    'hari', 'jam', 'menit', 'detik', 'gün', 'saat', 'dakika', 'день', 'дня', 'дней', 'час', 'часа', 'часов', 'минут',
    'минуты', 'минуту',
  ],
  before: ['il y a', 'vor', 'hace', 'há', 'před'],
  after: ['ago', 'fa', 'geleden', 'lalu', 'yang lalu', 'önce', 'назад'],
} as const;
