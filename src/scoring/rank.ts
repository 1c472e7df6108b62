/**
 * Stage 6 — rank: standard competition ranks of the rounded composites.
 *
 * Contract: higher is better, equal values share the best rank of their group ("1224"), NaN gets 0
 * (no rank). Values rounded at `decimals` with a modest spread are ranked by counting (linear
 * time); others by sorting. Ranks do not depend on the order of the units.
 * @module
 */

/** Optional scratch of {@link ranksOf}: the output and its counting arrays (see ./layout.ts). @internal */
export interface RankScratch {
  readonly rank: Int32Array;
  readonly rankCount: Int32Array;
  readonly rankKey: Int32Array;
}

/** Standard competition ranks of finite values (higher is better); NaN → 0 (no rank). @internal */
export function ranksOf(values: Float64Array | readonly number[], decimals = -1, scratch: RankScratch | null = null): Int32Array {
  const n = values.length;
  const out = scratch ? scratch.rank : new Int32Array(n);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let u = 0; u < n; u++) {
    const v = values[u]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(lo <= hi)) return out;
  const f = 10 ** decimals;
  const span = (hi - lo) * f;
  if (decimals >= 0 && span <= 4 * n + 4096 && Math.max(Math.abs(lo), Math.abs(hi)) * f < 2 ** 40) {
    // keys: distinct rounded values are ≥ 10^-decimals apart, so their keys differ by ≥ 1
    const size = Math.round(span) + 1;
    const count = scratch ? scratch.rankCount : new Int32Array(size + 1);
    const key = scratch ? scratch.rankKey : new Int32Array(n);
    for (let u = 0; u < n; u++) {
      const v = values[u]!;
      if (v !== v) continue;
      const kk = Math.round((v - lo) * f);
      key[u] = kk;
      count[kk]!++;
    }
    // above[kk] = how many values have a key greater than kk
    let acc = 0;
    for (let kk = size - 1; kk >= 0; kk--) {
      const c = count[kk]!;
      count[kk] = acc;
      acc += c;
    }
    for (let u = 0; u < n; u++) if (values[u] === values[u]) out[u] = count[key[u]!]! + 1;
    return out;
  }
  const idx: number[] = [];
  for (let u = 0; u < n; u++) if (values[u] === values[u]) idx.push(u);
  idx.sort((a, b) => values[b]! - values[a]!);
  for (let j = 0; j < idx.length; j++) {
    const u = idx[j]!;
    out[u] = j > 0 && values[idx[j - 1]!] === values[u] ? out[idx[j - 1]!]! : j + 1;
  }
  return out;
}
