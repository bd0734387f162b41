import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanDefaults, cleanStage } from '../../../pipeline/stages/clean/index.ts';
import { textRecord } from './seed-record.ts';

const clean = cleanStage.create(cleanDefaults);

const piece = fc.constantFrom(
  'Share', 'Advertisement', '© 2020 Example. All rights reserved.', 'By Jane Doe', 'March 3, 2017', '14 Comments',
  '  1. A reader comment that says something.', '    • A reply.', 'Main » News', '😀 ', 'ש', '\u200b', '""', '”The',
  'The council said on Tuesday that the new bridge would open to traffic in the spring, after months of delays.',
  'Officials said that all services would run normally from Monday, and that the ferry would resume its timetable.',
  '\n', '\n\n', '  ', '\u00a0', 'â€™',
);

describe('cleanStage', () => {
  it('declares its name and schemas', () => {
    expect(cleanStage.name).toBe('clean');
    expect(cleanStage.outputSchema).toBe('newsprep:stages/clean');
    expect(Object.isFrozen(clean)).toBe(true);
  });

  it('never throws and keeps its invariants on arbitrary pages (property)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }).map((a) => a.join('')), (text) => {
        const doc = textRecord(text);
        const out = clean(doc);
        if (!out.ok) {
          expect(out.diagnostic.ruleId).toBe('no-article-body');
          return;
        }
        const v = out.value;
        expect('text' in v).toBe(false); // the ingested text stays behind
        expect(v.body).toBe(v.body.trim());
        expect(v.body).not.toMatch(/\n{3,}/);
        const cps = [...doc.text];
        let last = -1;
        for (const s of v.removed) {
          expect(cps.slice(s.start, s.end).join('')).toBe(s.text);
          expect(s.start).toBeGreaterThan(last);
          last = s.start;
        }
        v.comments.forEach((c, i) => {
          expect(c.index).toBe(i + 1);
          if (c.parent !== null) expect(c.parent).toBeLessThan(c.index);
        });
        expect(JSON.stringify(clean(doc))).toBe(JSON.stringify(out));
      }),
      { numRuns: 200 },
    );
  });

  const EN = [
    'The council said on Tuesday that the new bridge would open to traffic in the spring, after months of delays and a long fight over the cost of the works.',
    'Officials said that all services would run normally from Monday, and that the ferry would resume its timetable as soon as the river was safe again for boats.',
    'Residents who had complained about the noise of the works said they were glad that the end was in sight, but many of them were still worried about the traffic.',
  ];
  const PT = [
    'A câmara disse na terça-feira que a nova ponte será aberta ao trânsito na primavera, depois de meses de atrasos e de uma longa luta sobre o custo das obras.',
    'Os responsáveis disseram que todos os serviços vão funcionar normalmente a partir de segunda-feira, e que o ferry vai retomar o seu horário quando o rio for seguro.',
    'Os moradores que se queixaram do barulho das obras disseram que estavam contentes com o fim à vista, mas muitos deles ainda estavam preocupados com o trânsito.',
  ];
  it.each([
    { name: 'a bare list of author names', header: ['Home', 'World', 'Harbour plan approved after long fight over jobs', 'Jane Doe and John Roe', 'March 5, 2019'], body: EN, title: 'Harbour plan approved after long fight over jobs', authors: ['Jane Doe', 'John Roe'], published: '2019-03-05' },
    { name: 'a name with its role', header: ['Home', 'World', 'Harbour plan approved after long fight over jobs', 'Jane Doe, Staff Writer', 'March 5, 2019'], body: EN, title: 'Harbour plan approved after long fight over jobs', authors: ['Jane Doe'], published: '2019-03-05' },
    { name: 'a day-first numeric date on a Portuguese page', header: ['Início', 'Mundo', 'Plano do porto aprovado após longa luta', 'Por João Silva', '05/03/2019 15h45'], body: PT, title: 'Plano do porto aprovado após longa luta', authors: ['João Silva'], published: '2019-03-05T15:45:00' },
    { name: 'no header date: a "First published" line after the text', header: ['Home', 'World', 'Harbour plan approved after long fight over jobs', 'By Jane Doe'], body: EN, footer: ['First published on Tue 5 Mar 2019 10.00 GMT'], title: 'Harbour plan approved after long fight over jobs', authors: ['Jane Doe'], published: '2019-03-05T10:00:00Z' },
    { name: 'no header date: an "Опубликовано" line', header: ['Home', 'World', 'Harbour plan approved after long fight over jobs', 'By Jane Doe'], body: EN, footer: ['Опубликовано 5 марта 2019'], title: 'Harbour plan approved after long fight over jobs', authors: ['Jane Doe'], published: '2019-03-05' },
  ])('reads the header: $name', ({ header, body, footer, title, authors, published }) => {
    const out = clean(textRecord([...header, ...body, ...(footer ?? [])].join('\n\n')));
    if (!out.ok) throw new Error(out.diagnostic.ruleId);
    expect({ title: out.value.title, authors: out.value.authors, published: out.value.published }).toEqual({ title, authors, published });
    for (const f of footer ?? []) expect(out.value.body).not.toContain(f);
  });

  it('reads no comment rows from a section that declares none', () => {
    const text = ['Harbour plan approved after long fight over jobs', 'By Jane Doe', ...EN, 'Komentarze (0)', 'Dodaj komentarz jako pierwszy.', 'Dodaj komentarz'].join('\n\n');
    const out = clean(textRecord(text));
    if (!out.ok) throw new Error(out.diagnostic.ruleId);
    expect(out.value.comments).toEqual([]);
    expect(out.value.comment_count).toBe(0);
    expect(out.value.body.split('\n\n')).toEqual(EN);
  });
});
