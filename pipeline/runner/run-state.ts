import type { DuplicateRow, RejectRow } from '../lib/types.ts';
import { Counters } from './counters.ts';
import type { Reporter } from './progress.ts';

/**
 * What a run accumulates as documents move through the phases: counters, rejects and
 * duplicates, plus the clock that times each stage for the reporter (never for the dataset).
 */
export class RunState {
  readonly counters = new Counters();
  readonly rejects: RejectRow[] = [];
  readonly duplicates: DuplicateRow[] = [];
  readonly seconds: Record<string, number> = {};
  private t0 = 0;

  constructor(readonly reporter: Reporter) {}

  /** A stage (or group of stages) starts on `total` documents. */
  start(stage: string, total: number): void {
    this.t0 = performance.now();
    this.reporter.stageStart(stage, total);
  }

  /** The stages started last end; their time is shared equally. */
  end(...stages: string[]): void {
    const s = (performance.now() - this.t0) / 1000 / stages.length;
    for (const stage of stages) {
      this.seconds[stage] = s;
      this.reporter.stageEnd(stage, this.counters.toJSON()[stage], s);
    }
  }

  /** Records a reject (and counts it as a drop of its stage). */
  reject(row: RejectRow): void {
    this.counters.dropped(row.stage, row.rule);
    this.rejects.push(row);
  }
}
