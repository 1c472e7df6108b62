/**
 * Stage 3 — aggregate: component scores and the composite in float, with their error bounds.
 *
 * Contract: the running sums of each component (`comp`, `wsum`, `present`, `fastCount`: columns
 * with every value present and weight 1 are counted once, not per unit) are filled by the
 * normalise stage or by {@link sumColumn}; {@link finishComponents} turns them into means (NaN
 * below the half rule: fewer than half of the component's indicators present) with `errComp[c]`
 * bounding each mean's absolute error, and {@link compositeOf} forms the composite by the
 * framework's rule (sum, mean, weighted sum) from the unrounded components, returning the bound
 * on its error. The bounds are derived in docs/methodology.md ("Error bounds").
 * @module
 */
import type { Compiled } from "./compiled";
import type { RunViews } from "./layout";
import { EPS } from "./normalise";

/**
 * Add indicator i's float scores (at `scores[at …]`) into its component's running sums; a column
 * with every value present and weight 1 counts once in `fastCount`. @internal
 */
export function sumColumn(c: Compiled, n: number, values: Float64Array, v: RunViews, i: number, scores: Float64Array, at: number): void {
  const j = c.compOf[i]!;
  const w = c.weights[i]!;
  const base = i * n;
  const cb = j * n;
  const { comp, wsum, present } = v;
  v.summed[i] = 1;
  if (v.missing[i] === n) return;
  if (v.missing[i] === 0 && w === 1) {
    v.fastCount[j] = v.fastCount[j]! + 1;
    for (let u = 0; u < n; u++) comp[cb + u] = comp[cb + u]! + scores[at + u]!;
    return;
  }
  for (let u = 0; u < n; u++) {
    if (values[base + u] === values[base + u]) {
      comp[cb + u] = comp[cb + u]! + w * scores[at + u]!;
      wsum[cb + u] = wsum[cb + u]! + w;
      present[cb + u] = present[cb + u]! + 1;
    }
  }
}

/**
 * Components from the running sums: `comp[c·n + u]` becomes the mean (NaN below the half rule),
 * `present` the count of present indicators, and `errComp[c]` the bound on the mean's error: the
 * largest bound of its indicators plus (4·count + 16)·ε·(largest range magnitude) for the sum and
 * the division. @internal
 */
export function finishComponents(c: Compiled, n: number, v: RunViews): void {
  const { comp, present, wsum, fastCount, errComp, rangeComp, errNorm, rangeAbs } = v;
  for (let i = 0; i < c.m; i++) {
    const j = c.compOf[i]!;
    if (errNorm[i]! > errComp[j]!) errComp[j] = errNorm[i]!;
    if (rangeAbs[i]! > rangeComp[j]!) rangeComp[j] = rangeAbs[i]!;
  }
  for (let j = 0; j < c.k; j++) {
    const need = c.total[j]!;
    errComp[j] = errComp[j]! + (4 * need + 16) * EPS * rangeComp[j]!;
    const cb = j * n;
    const fc = fastCount[j]!;
    for (let u = 0; u < n; u++) {
      const have = present[cb + u]! + fc;
      present[cb + u] = have;
      comp[cb + u] = have * 2 < need ? Number.NaN : comp[cb + u]! / (wsum[cb + u]! + fc);
    }
  }
}

/**
 * The composite of every unit into `compositeRaw` (NaN when a component is NaN); returns the bound
 * on its error: Σ wᶜ·errComp[c] + (4k + 16)·ε·Σ wᶜ·rangeComp[c] (divided by k for a mean),
 * Infinity when not finite. @internal
 */
export function compositeOf(c: Compiled, n: number, v: RunViews): number {
  const { comp, compositeRaw: composite, errComp, rangeComp } = v;
  const k = c.k;
  const mean = c.fw.composite.method === "mean";
  let err = 0;
  let range = 0;
  for (let j = 0; j < k; j++) {
    const w = c.compWeights[j]!;
    err += w * errComp[j]!;
    range += w * rangeComp[j]!;
  }
  err += (4 * k + 16) * EPS * range;
  if (mean) err /= k;
  if (!Number.isFinite(err)) err = Number.POSITIVE_INFINITY;
  for (let j = 0; j < k; j++) {
    const w = c.compWeights[j]!;
    const cb = j * n;
    if (w === 1) for (let u = 0; u < n; u++) composite[u] = composite[u]! + comp[cb + u]!;
    else for (let u = 0; u < n; u++) composite[u] = composite[u]! + w * comp[cb + u]!;
  }
  if (mean) for (let u = 0; u < n; u++) composite[u] = composite[u]! / k;
  return err;
}
