import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { cleanDefaults, cleanStage } from '../../../pipeline/stages/clean/index.ts';
import { textRecord } from './seed-record.ts';

const clean = cleanStage.create(cleanDefaults);
const sentence = 'The council said on Tuesday that the new bridge would open to traffic in the spring, after months of delays.';

/** Least CPU time (µs) of `runs` calls: the minimum is robust to other jobs sharing the machine. */
const cpuTime = (fn: () => void, runs = 5): number => {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    best = Math.min(best, c.user + c.system);
  }
  return best;
};

describe('bad input', () => {
  it('rejects a page that is only boilerplate', () => {
    const text = ['Home', 'News', 'Sport', 'Share', 'Advertisement', 'Sign up for our newsletter', '© 2020 Example. All rights reserved.', 'Privacy Policy', 'Cookie settings'].join('\n\n');
    const out = clean(textRecord(text));
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.diagnostic.ruleId).toBe('no-article-body');
  });

  it('rejects an empty page', () => {
    const out = clean(textRecord(''));
    expect(!out.ok && out.diagnostic.ruleId).toBe('no-article-body');
  });

  it('cleans a 20 MB single-line page', () => {
    const line = `${sentence} `.repeat(Math.ceil(20e6 / (sentence.length + 1)));
    const out = clean(textRecord(line));
    expect(out.ok).toBe(true);
    if (out.ok) expect(out.value.body.length).toBeGreaterThan(19e6);
  }, 60_000);

  it('keeps time linear: doubling a page roughly doubles the work', () => {
    const para = (i: number): string => `${sentence} Item ${i} “quoted”  text\u00a0here.`;
    const page = (n: number): string => Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 'Share' : para(i))).join('\n\n');
    const small = page(10_000);
    const big = page(20_000);
    clean(textRecord(small));
    const a = cpuTime(() => clean(textRecord(small)));
    const b = cpuTime(() => clean(textRecord(big)));
    expect(b / a).toBeLessThan(4);
  }, 60_000);

  it('splits a page with 10,000 comments without blowing up', () => {
    const comments = Array.from({ length: 10_000 }, (_, i) => `  ${i + 1}. Reader ${i} thinks the bridge is a good idea and says so at length.\n    • A reply to comment ${i + 1}.`).join('\n\n');
    // (two different paragraphs: a paragraph printed twice is kept once)
    const text = `Bridge opens in spring\n\nBy Ann Lee\n\n${sentence}\n\n${sentence.replace('The', 'Then the')}\n\n10000 Comments on "Bridge opens in spring"\n\n${comments}`;
    const t0 = performance.now();
    const out = clean(textRecord(text));
    expect(performance.now() - t0).toBeLessThan(20_000);
    if (!out.ok) throw new Error(out.diagnostic.message);
    expect(out.value.comment_count).toBe(10_000);
    expect(out.value.comments).toHaveLength(20_000);
    expect(out.value.comments[1]).toMatchObject({ index: 2, parent: 1, text: 'A reply to comment 1.' });
    expect(out.value.body.split('\n\n')).toHaveLength(2);
  }, 60_000);

  it('cleans mixed scripts and right-to-left text', () => {
    const he = 'ראש הממשלה אמר היום כי הממשלה תמשיך לפעול למען ביטחון האזרחים בכל רחבי הארץ, וכי הצעדים החדשים ייכנסו לתוקף בשבוע הבא.';
    const ar = 'قال رئيس الوزراء اليوم إن الحكومة ستواصل العمل من أجل أمن المواطنين في جميع أنحاء البلاد، وإن الإجراءات الجديدة ستدخل حيز التنفيذ الأسبوع المقبل.';
    const text = ['Share', he, ar, `${sentence} 東京で会議が開かれた。`, he, 'Advertisement'].join('\n\n');
    const out = clean(textRecord(text));
    if (!out.ok) throw new Error(out.diagnostic.message);
    expect(out.value.body).toContain(he);
    expect(out.value.body).toContain(ar);
    const cps = [...text];
    for (const s of out.value.removed) expect(cps.slice(s.start, s.end).join('')).toBe(s.text);
  });

  it('is deterministic', () => {
    const text = ['Share', sentence, sentence.toUpperCase(), 'Advertisement', sentence].join('\n\n');
    expect(JSON.stringify(clean(textRecord(text)))).toBe(JSON.stringify(clean(textRecord(text))));
  });
});
