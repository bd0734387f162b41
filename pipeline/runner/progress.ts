import type { StageCounters } from '../publish/manifest.ts';

/** Events a run reports while it works (never part of the dataset: they may hold timings). */
export interface Reporter {
  stageStart(stage: string, total: number): void;
  advance(stage: string, done: number): void;
  stageEnd(stage: string, counters: StageCounters | undefined, seconds: number): void;
  warn(message: string): void;
}

/** A reporter that says nothing (`--quiet`). */
export const quietReporter: Reporter = { stageStart() {}, advance() {}, stageEnd() {}, warn() {} };

/**
 * One JSON object per line on `write` (stderr when not a terminal): `stage-start`,
 * `stage-end` with counters and seconds, `warning`.
 *
 * @example
 * const r = jsonLinesReporter((t) => process.stderr.write(t));
 */
export function jsonLinesReporter(write: (text: string) => void): Reporter {
  const emit = (e: Record<string, unknown>): void => write(`${JSON.stringify(e)}\n`);
  return {
    stageStart: (stage, total) => emit({ event: 'stage-start', stage, total }),
    advance() {},
    // rss_mb: resident memory of the whole process (workers included) when the stage ended, for monitoring.
    stageEnd: (stage, counters, seconds) => emit({ event: 'stage-end', stage, seconds: Math.round(seconds * 1000) / 1000, counters: counters ?? {}, rss_mb: Math.round(process.memoryUsage.rss() / 2 ** 20) }),
    warn: (message) => emit({ event: 'warning', message }),
  };
}

const fmtTime = (s: number): string => (s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${s.toFixed(1)}s`);

/**
 * A progress bar per stage on a terminal: done/total, articles per second and ETA, redrawn in
 * place at most ten times a second.
 */
export function ttyReporter(write: (text: string) => void, now: () => number = () => performance.now()): Reporter {
  let started = 0;
  let total = 0;
  let lastDraw = 0;
  const draw = (stage: string, done: number, force = false): void => {
    const t = now();
    if (!force && t - lastDraw < 100) return;
    lastDraw = t;
    const secs = Math.max(1e-3, (t - started) / 1000);
    const rate = done / secs;
    const frac = total ? Math.min(1, done / total) : 1;
    const width = 24;
    const bar = '█'.repeat(Math.round(frac * width)).padEnd(width, '░');
    const eta = rate > 0 && total > done ? fmtTime((total - done) / rate) : '0s';
    write(`\r${stage.padEnd(9)} ${bar} ${String(done).padStart(String(total).length)}/${total}  ${rate.toFixed(0)} articles/s  ETA ${eta}  `);
  };
  return {
    stageStart(stage, n) { started = now(); total = n; lastDraw = 0; draw(stage, 0, true); },
    advance: (stage, done) => draw(stage, done),
    stageEnd(stage, counters, seconds) { draw(stage, counters?.total ?? total, true); write(`  ${fmtTime(seconds)}\n`); },
    warn: (message) => write(`\nwarning: ${message}\n`),
  };
}

/** The closing summary: inputs, kept, duplicates, rejects by rule, and time per stage. */
export function summaryTable(
  accounting: { inputs: number; articles: number; duplicates: number; rejects: number },
  stages: Record<string, StageCounters>, seconds: Record<string, number>, rejectsByRule: Record<string, number>,
  reuse?: Record<string, { reused: number; total: number }>,
): string {
  const rows: Array<[string, string, string, string, string]> = [['stage', 'in', 'kept', 'dropped', 'time']];
  for (const [stage, c] of Object.entries(stages)) {
    const dropped = Object.entries(c).filter(([k]) => k.startsWith('dropped_') || k.startsWith('duplicates_') || k === 'identical_inputs').reduce((a, [, v]) => a + v, 0);
    rows.push([stage, String(c.total ?? 0), String(c.kept ?? 0), String(dropped), fmtTime(seconds[stage] ?? 0)]);
  }
  for (const [stage, s] of Object.entries(seconds)) if (!(stage in stages)) rows.push([stage, '', '', '', fmtTime(s)]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]): string => r.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  const out = [
    `inputs ${accounting.inputs} = articles ${accounting.articles} + duplicates ${accounting.duplicates} + rejects ${accounting.rejects}`,
    '',
    ...rows.map(line),
  ];
  const saved = Object.entries(reuse ?? {}).map(([what, r]) => `${r.reused}/${r.total} ${what}`);
  if (saved.length) out.push('', `reused from earlier runs: ${saved.join(', ')}`);
  const rules = Object.entries(rejectsByRule).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (rules.length) out.push('', 'rejects by rule:', ...rules.map(([r, n]) => `  ${String(n).padStart(6)}  ${r}`));
  return `${out.join('\n')}\n`;
}
