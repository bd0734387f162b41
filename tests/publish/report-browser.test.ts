import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { lengthBin } from '../../pipeline/publish/dataset-stats.ts';
import { TOP } from '../../pipeline/publish/report-html.ts';
import { chromiumAvailable, launchChromium } from '../helpers/chromium.ts';
import { publishSampleRun } from '../helpers/sample-run.ts';
import { jsonl } from '../helpers/jsonl.ts';

const distinct = (values: unknown[]): number => new Set(values.map((v) => JSON.stringify(v))).size;
const SHOTS = fileURLToPath(new URL('../../.scratch/screenshots/', import.meta.url));

/** The number of bars each chart must draw, counted from the published tables themselves. */
async function expectedMarks(dist: string): Promise<Record<string, number>> {
  const [a, d, r, e, q, rej] = await Promise.all(['articles', 'duplicates', 'removed', 'entities', 'quotes', 'rejects'].map((t) => jsonl(dist, t)));
  const copies = new Map<string, number>();
  for (const x of d) copies.set(x.duplicate_of, (copies.get(x.duplicate_of) ?? 0) + 1);
  const sizes = [...copies.values()].map((n) => n + 1);
  if (a.length > copies.size) sizes.push(1);
  return {
    inputs: [a.length, d.length, rej.length].filter((n) => n > 0).length,
    published: distinct(a.map((x) => (x.published ? String(x.published).slice(0, 7) : null))),
    length: distinct(a.map((x) => lengthBin(x.chars + x.boilerplate_chars))) + distinct(a.map((x) => lengthBin(x.chars))),
    removed: Math.min(TOP, distinct(r.filter((x) => x.end > x.start).map((x) => x.rule))),
    clusters: distinct(sizes),
    entities: Math.min(TOP, distinct(e.filter((x) => x.label !== 'DATE').map((x) => x.canonical))),
    speakers: Math.min(TOP, distinct(q.filter((x) => x.speaker !== null).map((x) => x.speaker))),
    languages: distinct(a.map((x) => x.language)),
    quality: distinct(a.flatMap((x) => x.quality_flags)),
    rejects: distinct(rej.map((x) => [x.stage, x.rule])),
    sites: Math.min(TOP, distinct(a.map((x) => x.site))),
  };
}

interface Drawn { id: string; marks: number; visible: number; width: number; height: number }

/** Opens report.html in Chromium, measures every chart as drawn, saves a full-page screenshot. */
async function render(browser: BrowserContext, dist: string, shot: string): Promise<Drawn[]> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`request ${r.url()}`));
  await page.goto(pathToFileURL(join(dist, 'report.html')).href, { waitUntil: 'load' });
  const drawn = await page.$$eval('figure[data-chart]', (figures) => figures.map((f) => {
    const svg = f.querySelector('svg')!.getBoundingClientRect();
    const marks = [...f.querySelectorAll('svg .mark')];
    return {
      id: f.getAttribute('data-chart')!, marks: marks.length,
      visible: marks.filter((m) => { const b = m.getBoundingClientRect(); return b.width >= 1 && b.height >= 1; }).length,
      width: svg.width, height: svg.height,
    };
  }));
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, shot), fullPage: true });
  await page.close();
  expect(errors).toEqual([]);
  return drawn;
}

describe.runIf(chromiumAvailable || process.env.CI)('report.html in headless Chromium', () => {
  let browser: BrowserContext;
  beforeAll(async () => { browser = await launchChromium(); });
  afterAll(async () => { await browser?.close(); });

  it('draws every chart with one visible bar per value, for a run with duplicates, rejects and flags', async () => {
    const { dist } = await publishSampleRun();
    const drawn = await render(browser, dist, 'report-sample-run.png');
    const want = await expectedMarks(dist);
    expect(drawn.map((c) => c.id)).toEqual(Object.keys(want));
    for (const c of drawn) {
      expect(c.marks, c.id).toBe(want[c.id]);
      expect(c.marks, `${c.id} is empty`).toBeGreaterThan(0);
      expect(c.visible, c.id).toBe(c.marks);
      expect(c.width * c.height, c.id).toBeGreaterThan(0);
    }
    expect((await stat(join(SHOTS, 'report-sample-run.png'))).size).toBeGreaterThan(20_000);
  });

  it('draws the committed dist/ report: charts with data have their bars, charts without say so', async () => {
    const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
    const drawn = await render(browser, dist, 'report-dist.png');
    const want = await expectedMarks(dist);
    for (const c of drawn) {
      expect(c.marks, c.id).toBe(want[c.id]);
      expect(c.visible, c.id).toBe(c.marks);
      expect(c.height, c.id).toBeGreaterThan(0);
    }
    expect(drawn.filter((c) => c.marks > 0).length).toBeGreaterThanOrEqual(8);
  });
});
