/** Fraction of slots in use above which the table doubles. */
const MAX_LOAD = 0.7;

/**
 * A set of keys stored as 64-bit hashes in one typed array (open addressing, linear probing):
 * 8 bytes per slot, 35% to 70% of the slots in use, so 12 to 23 bytes per key (a million
 * article ids take 16 MB) instead of a string and a hash-table entry each.
 *
 * Two different keys can share a hash. For keys hashed uniformly into 64 bits, the chance that
 * a key not in a set of `n` keys is taken for one of them is n / 2^64 (5e-13 for 10 million keys),
 * and the chance that any two of `n` keys collide is about n^2 / 2^65 (3e-6 for 10 million keys).
 * A collision can only hide a missing foreign key or report a repeated key that is not one;
 * the odds are far below those of a disk error.
 *
 * @example
 * const ids = new KeyHashSet();
 * ids.add('["0123456789abcdef"]'); // true: new
 * ids.has('["0123456789abcdef"]'); // true
 */
export class KeyHashSet {
  private slots: Int32Array = new Int32Array(2 * 1024);
  private count = 0;
  private lo = 0;
  private hi = 0;

  /** The set as plain data (its slots and count), to send to another thread; `KeyHashSet.from` rebuilds it. */
  toJSON(): { slots: Int32Array; count: number } {
    return { slots: this.slots, count: this.count };
  }

  /** A set rebuilt from `toJSON()` (the slots are taken over, not copied). */
  static from(data: { slots: Int32Array; count: number }): KeyHashSet {
    const set = new KeyHashSet();
    set.slots = data.slots;
    set.count = data.count;
    return set;
  }

  /** Whether both sets hold the same key hashes. */
  sameAs(other: KeyHashSet): boolean {
    if (other.count !== this.count) return false;
    for (let i = 0; i < this.slots.length; i += 2) {
      const lo = this.slots[i];
      const hi = this.slots[i + 1];
      if (lo === 0 && hi === 0) continue;
      const at = other.find(lo, hi);
      if (other.slots[at] === 0 && other.slots[at + 1] === 0) return false;
    }
    return true;
  }

  /** Keys added so far (distinct by hash). */
  get size(): number {
    return this.count;
  }

  /** Adds a key; false when it (or a key with the same hash) was already there. */
  add(key: string): boolean {
    this.hash(key);
    const at = this.find(this.lo, this.hi);
    if (this.slots[at] !== 0 || this.slots[at + 1] !== 0) return false;
    this.slots[at] = this.lo;
    this.slots[at + 1] = this.hi;
    if (++this.count > MAX_LOAD * (this.slots.length >> 1)) this.grow();
    return true;
  }

  /** Whether the key (or a key with the same hash) was added. */
  has(key: string): boolean {
    this.hash(key);
    const at = this.find(this.lo, this.hi);
    return this.slots[at] !== 0 || this.slots[at + 1] !== 0;
  }

  /** The slot (index of its low word) holding this hash, or the empty slot where it goes. */
  private find(lo: number, hi: number): number {
    const mask = (this.slots.length >> 1) - 1;
    for (let i = lo & mask; ; i = (i + 1) & mask) {
      const a = this.slots[2 * i];
      const b = this.slots[2 * i + 1];
      if ((a === lo && b === hi) || (a === 0 && b === 0)) return 2 * i;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] === 0 && old[i + 1] === 0) continue;
      const at = this.find(old[i], old[i + 1]);
      this.slots[at] = old[i];
      this.slots[at + 1] = old[i + 1];
    }
  }

  /** 64 bits of hash of the key's UTF-16 code units (two mixed 32-bit lanes); (0, 0) marks an empty slot, so it is never produced. */
  private hash(key: string): void {
    let h1 = 0xdeadbeef ^ key.length;
    let h2 = 0x41c6ce57 ^ key.length;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    this.lo = h1 | 0;
    this.hi = h2 | 0;
    if (this.lo === 0 && this.hi === 0) this.hi = 1;
  }
}
