/**
 * Stable LSD radix sort of 32-bit `keys` carrying `values` (two 16-bit
 * passes). Returns new sorted arrays; inputs are left unchanged.
 */
export function sortByKey(keys: Uint32Array, values: Uint32Array): { keys: Uint32Array; values: Uint32Array } {
  const n = keys.length;
  let k0 = keys.slice();
  let v0 = values.slice();
  let k1 = new Uint32Array(n);
  let v1 = new Uint32Array(n);
  const counts = new Uint32Array(65537);
  for (let shift = 0; shift < 32; shift += 16) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[((k0[i] >>> shift) & 0xffff) + 1]++;
    for (let d = 1; d <= 65536; d++) counts[d] += counts[d - 1];
    for (let i = 0; i < n; i++) {
      const d = (k0[i] >>> shift) & 0xffff;
      const at = counts[d]++;
      k1[at] = k0[i];
      v1[at] = v0[i];
    }
    [k0, k1] = [k1, k0];
    [v0, v1] = [v1, v0];
  }
  return { keys: k0, values: v0 };
}
