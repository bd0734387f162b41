import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../pipeline/bench/annotate.ts';

describe('annotate benchmark', () => {
  it('reports throughput and peak RSS as JSON', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((x: string) => { lines.push(String(x)); });
    const code = await main(['--docs', '30', '--words', '200', '--json']);
    spy.mockRestore();
    expect(code).toBe(0);
    const r = JSON.parse(lines[0]!);
    expect(r.articles).toBe(30);
    expect(r.mean_words).toBeGreaterThanOrEqual(200);
    expect(r.articles_per_s).toBeGreaterThan(0);
    expect(r.peak_rss_mib).toBeGreaterThan(0);
  });

  it('rejects bad arguments', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await main(['--docs', 'x'])).toBe(1);
    spy.mockRestore();
  });
});
