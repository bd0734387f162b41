import type { StageCounters } from '../publish/manifest.ts';

/**
 * Per-stage counters in the shape the manifest publishes: `total`, `kept` and one
 * `dropped_<rule>` per rule that dropped a document.
 *
 * @example
 * const c = new Counters(); c.seen('clean'); c.dropped('clean', 'no-article-body');
 */
export class Counters {
  private readonly stages = new Map<string, Map<string, number>>();

  private bump(stage: string, key: string, by = 1): void {
    let m = this.stages.get(stage);
    if (!m) this.stages.set(stage, (m = new Map([['total', 0], ['kept', 0]])));
    m.set(key, (m.get(key) ?? 0) + by);
  }

  /** A document entered the stage. */
  seen(stage: string, by = 1): void { this.bump(stage, 'total', by); }
  /** A document left the stage. */
  kept(stage: string, by = 1): void { this.bump(stage, 'kept', by); }
  /** A document was dropped by a rule. */
  dropped(stage: string, rule: string, by = 1): void { this.bump(stage, `dropped_${rule.replace(/[^a-z0-9]+/gi, '_')}`, by); }
  /** Any other figure a stage reports (e.g. `duplicates_near`). */
  add(stage: string, key: string, by = 1): void { this.bump(stage, key, by); }

  /** Adds counters reported elsewhere (a worker's batch). */
  merge(other: Record<string, StageCounters>): void {
    for (const [stage, keys] of Object.entries(other)) for (const [k, v] of Object.entries(keys)) this.bump(stage, k, v);
  }

  /** Counters in stage order of first use, keys sorted (total and kept first). */
  toJSON(): Record<string, StageCounters> {
    const out: Record<string, StageCounters> = {};
    for (const [stage, m] of this.stages) {
      const keys = [...m.keys()].filter((k) => k !== 'total' && k !== 'kept').sort();
      out[stage] = Object.fromEntries([['total', m.get('total') ?? 0], ['kept', m.get('kept') ?? 0], ...keys.map((k) => [k, m.get(k) ?? 0])]);
    }
    return out;
  }
}
