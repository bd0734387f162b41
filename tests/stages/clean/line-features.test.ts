import { describe, expect, it } from 'vitest';
import { STOPWORDS } from '../../../pipeline/stages/clean/data/stopwords.ts';
import { lineFeatures, measureLines } from '../../../pipeline/stages/clean/line-features.ts';

describe('stop-word table', () => {
  it.each(Object.entries(STOPWORDS))('finds every %s stop word (a line of them alone is all stop words)', (lang, list) => {
    const words = list.split(/\s+/).filter(Boolean);
    const m = measureLines([words.join(' ')]);
    expect(m.lang).toBe(lang);
    expect(m.feats[0].stopDensity).toBe(1);
    // and a word one letter off is none
    expect(measureLines([[...words, ...words.map((w) => `${w}q`)].join(' ')]).feats[0].stopDensity).toBe(0.5);
  });
});

describe('line features', () => {
  it('detects the document language from stop words', () => {
    expect(measureLines(['Le chat est sur la table et le chien dans le jardin.']).lang).toBe('fr');
    expect(measureLines(['Der Hund ist in dem Garten und die Katze auf dem Tisch.']).lang).toBe('de');
    expect(measureLines(['El perro está en el jardín y el gato en la mesa de la casa.']).lang).toBe('es');
    expect(measureLines(['Il cane è nel giardino e il gatto sul tavolo della casa.']).lang).toBe('it');
    expect(measureLines(['Hunden är i trädgården och katten sitter på bordet i huset, säger hon.']).lang).toBe('sv');
    expect(measureLines(['Hunden er i haven, og katten sidder på bordet i huset, siger hun.']).lang).toBe('da');
    expect(measureLines(['Hunden er i hagen, og katten sitter på bordet i huset, sier hun.']).lang).toBe('no');
    expect(measureLines(['Koira on puutarhassa ja kissa on pöydällä, hän kertoo.']).lang).toBe('fi');
    expect(measureLines(['O cão está no jardim e o gato em cima da mesa da casa.']).lang).toBe('pt');
    expect(measureLines(['Sprawą zajęli się radni, bo przychodnia przy ulicy Kolejowej nie jest już w stanie przyjąć nowych pacjentów.']).lang).toBe('pl');
    expect(measureLines(['Ministr řekl, že vláda se bude návrhem zabývat na příštím jednání, které je plánováno na pondělí.']).lang).toBe('cs');
    // Korean prose ends its sentences with "." (no CJK punctuation): still prose
    const ko = measureLines(['전남 완도와 노화도를 잇는 여객선이 내년 1월부터 밤에도 다니게 된다. 섬 주민들의 불편이 크게 줄어들 것으로 보인다.', '로그인 회원가입 구독신청']);
    expect(ko.lang).toBe('cjk');
    expect(ko.feats[0].stopDensity).toBeGreaterThan(ko.feats[1].stopDensity);
    expect(measureLines(['宇航员在太空中喝酒会怎么样？后果很严重，科学家说。']).lang).toBe('cjk');
  });

  it('measures words, stop words, final punctuation and URLs', () => {
    const f = lineFeatures('The cat sat on the mat.');
    expect(f).toMatchObject({ chars: 23, words: 6, terminal: true, urlDensity: 0 });
    expect(f.stopDensity).toBeCloseTo(3 / 6);
    expect(lineFeatures('Follow @example at https://example.com').urlDensity).toBeCloseTo(2 / 6, 1);
    expect(lineFeatures('BREAKING NEWS TODAY').upperRatio).toBe(1);
  });

  it.each<[string, boolean]>([
    ['Der Preis liegt bei 40 Euro. (xy)', true],
    ['Das Update ist ab sofort erhältlich. (ab/cde)', true],
    ['The plan goes ahead in May. (ABC)', true],
    ['The plan goes ahead in May (ABC)', false],
    ['The plan goes ahead in May. (see the chart)', false],
    ['Our weekly podcast (ABC)', false],
  ])('final punctuation, perhaps with initials in brackets after it: %s -> %s', (line, terminal) => {
    expect(lineFeatures(line).terminal).toBe(terminal);
  });

  it('gives lines of unlisted scripts a punctuation-based density', () => {
    const he = 'ראש הממשלה אמר היום כי הממשלה תמשיך לפעול למען ביטחון האזרחים.';
    const { feats } = measureLines(['The minister said on Tuesday that the plan would go ahead.', he]);
    expect(feats[1].stopDensity).toBeGreaterThan(0.3);
    // a page no list covers has no stop-word language
    expect(measureLines([he, he]).lang).toBe('und');
  });

  it('reads a page in a script without spaces between words (Thai) by its characters, its phrases as prose', () => {
    const para = 'เกษตรกรกว่า 60 ครัวเรือนในตำบลแม่นาจรรวมกลุ่มกันเลิกปลูกข้าวโพดเลี้ยงสัตว์บนที่ลาดชัน แล้วหันมาปลูกกาแฟอาราบิกาใต้ร่มไม้ใหญ่แทน หลังจากพบว่าการเผาตอซังข้าวโพดทุกปีเป็นต้นเหตุสำคัญ';
    const { lang, feats } = measureLines([para, 'หน้าแรก', 'ข่าวภูมิภาค']);
    expect(lang).toBe('cjk');
    expect(feats[0].stopDensity).toBeGreaterThan(0.3);
    expect(feats[0].words).toBeGreaterThan(40);
    expect(feats[1].stopDensity).toBeLessThan(0.2);
  });
});
