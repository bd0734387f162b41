/**
 * Open-addressing hash table keyed by 64-bit values given as two 32-bit
 * halves, storing one 32-bit payload and one 32-bit tag per key in typed
 * arrays (no per-key objects, no doubles as Map keys).
 */
export class U64Table {
  private hi!: Int32Array;
  private lo!: Int32Array;
  private used!: Uint8Array;
  /** Payload per slot (caller-defined). */
  value!: Uint32Array;
  /** Second payload per slot (caller-defined). */
  tag!: Int32Array;
  private mask!: number;
  size = 0;

  constructor(expected = 1024) {
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.allocate(cap);
  }

  /** Fresh, empty arrays of `cap` slots. */
  private allocate(cap: number): void {
    this.mask = cap - 1;
    this.hi = new Int32Array(cap);
    this.lo = new Int32Array(cap);
    this.used = new Uint8Array(cap);
    this.value = new Uint32Array(cap);
    this.tag = new Int32Array(cap);
  }

  /**
   * Slot of (hi, lo), inserted with value 0 and tag -1 when new. Inserting may
   * grow the table, which moves every slot and replaces `value` and `tag`:
   * call slot() before reading those arrays. Finding an existing key never grows.
   */
  slot(hi: number, lo: number): number {
    let s = (Math.imul(hi ^ Math.imul(lo, 0x9e3779b1), 0x85ebca6b) >>> 0) & this.mask;
    for (;;) {
      if (this.used[s] === 0) {
        if ((this.size + 1) * 2 > this.mask) {
          this.grow();
          return this.slot(hi, lo);
        }
        this.used[s] = 1;
        this.hi[s] = hi;
        this.lo[s] = lo;
        this.value[s] = 0;
        this.tag[s] = -1;
        this.size++;
        return s;
      }
      if (this.hi[s] === (hi | 0) && this.lo[s] === (lo | 0)) return s;
      s = (s + 1) & this.mask;
    }
  }

  private grow(): void {
    const { hi, lo, used, value, tag } = this;
    this.allocate((this.mask + 1) * 2);
    this.size = 0;
    for (let s = 0; s < used.length; s++) {
      if (used[s] === 0) continue;
      const t = this.slot(hi[s], lo[s]);
      this.value[t] = value[s];
      this.tag[t] = tag[s];
    }
  }
}
