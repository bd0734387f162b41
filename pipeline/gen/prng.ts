/**
 * Seeded pseudo-random numbers (mulberry32): the generator's only source of
 * randomness, so a seed always gives the same corpus.
 */
export class Prng {
  private state: number;

  /** Seeds from any number of integers (e.g. corpus seed and story number). */
  constructor(...seeds: number[]) {
    let h = 0x6d2b79f5;
    for (const s of seeds) {
      h = Math.imul(h ^ (s >>> 0), 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h ^ Math.floor(s / 4294967296), 0xc2b2ae35);
      h ^= h >>> 16;
    }
    this.state = h >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}
