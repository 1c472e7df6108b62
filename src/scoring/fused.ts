/**
 * The engine's one fast path across stages: a min–max column of a row run, normalised, summed into
 * its component and rounded to keys in one pass (no float column is stored). ./run.ts decides when
 * it applies — a min–max column with distinct extremes whose error bound leaves the float to
 * decide most roundings — and nowhere else branches on it.
 *
 * Contract: the same float scores, sums and keys as ./normalise.ts, ./aggregate.ts and
 * ./round.ts would give column by column. A position the pass cannot decide (near a tie, a score
 * of 2^20·10^-d or more, or below −0.5·10^-d) keeps its float score at `scratch[u]` and is rounded
 * by ./round.ts.
 * @module
 */
import type { KeyTable } from "./compiled";
import type { NormaliseRun } from "./normalise";
import { OffTable, roundKeys, roundValues, scoreJob, type ScoreColumn } from "./round";

/**
 * Whether every key the fast path of {@link fusedColumn} can write lies in the table: each float
 * operation of a score is monotone, so every t = s·10^d + 0.5 of the column lies between those
 * of its extremes (`t0`, `t1`), and the fast path takes only 0 < t, with key ⌊t⌋ − base.
 */
function keysFit(t0: number, t1: number, tb: number, size: number): boolean {
  const hi = Math.max(t0, t1);
  if (!(hi > 0)) return true;
  const lo = Math.min(t0, t1);
  const kLo = (lo > 0 ? Math.floor(lo) : 0) - tb;
  const kHi = Math.floor(hi) - tb;
  return kLo >= 0 && kHi < size;
}

/**
 * Normalise, sum and round column i in one pass (`win`: the column's window around a tie, < 0.49):
 * a missing value gets the key of null; the positions left undecided are rounded after. @internal
 */
export function fusedColumn(r: NormaliseRun, sc: ScoreColumn, i: number, table: KeyTable, win: number): void {
  const { c, n, values, v } = r;
  const nz = c.nz[i]!;
  const a = nz.range[0];
  const b = nz.range[1];
  const lo = v.min[i]!;
  const span = (b - a) / (v.max[i]! - lo);
  const lower = c.lower[i] === 1;
  const from = lower ? b : a;
  const step = lower ? -span : span;
  const j = c.compOf[i]!;
  const cb = j * n;
  const base = i * n;
  const f = 10 ** c.fw.decimals;
  const tb = table.base;
  const size = table.T.length - 1;
  // The keys of the column's extremes bound every key the loop writes: checked once, not per value.
  if (!keysFit(from * f + 0.5, (from + step * (v.max[i]! - lo)) * f + 0.5, tb, size)) throw new OffTable();
  v.summed[i] = 1;
  const { comp, wsum, present, keys: K, scratch, todo } = v;
  const hi = 1 - win;
  let left = 0;
  // For 0 < t < 2^20, t = s·10^d + 0.5 is within 2^-32 of its exact value, so a t at least `win`
  // (≥ 1e-9) from an integer has the exact floor q = t | 0, the half-up rounding of s. Scores
  // with t ≤ 0 (a range below −0.5·10^-d), near ties and NaN (a missing value) fail the test.
  if (v.missing[i] === 0 && c.weights[i] === 1) {
    // Every value present with weight 1: counted once in fastCount.
    v.fastCount[j] = v.fastCount[j]! + 1;
    for (let u = 0; u < n; u++) {
      const s0 = from + step * (values[base + u]! - lo);
      comp[cb + u] = comp[cb + u]! + s0;
      const t = s0 * f + 0.5;
      const q = t | 0;
      const ft = t - q;
      if (t > 0 && t < 1048576 && ft >= win && ft <= hi) K[base + u] = q - tb;
      else {
        scratch[u] = s0;
        todo[left++] = u;
      }
    }
  } else {
    const w = c.weights[i]!;
    for (let u = 0; u < n; u++) {
      const x = values[base + u]!;
      const s0 = from + step * (x - lo);
      if (x === x) {
        comp[cb + u] = comp[cb + u]! + w * s0;
        wsum[cb + u] = wsum[cb + u]! + w;
        present[cb + u] = present[cb + u]! + 1;
      }
      const t = s0 * f + 0.5;
      const q = t | 0;
      const ft = t - q;
      if (t > 0 && t < 1048576 && ft >= win && ft <= hi) K[base + u] = q - tb;
      else if (x !== x) K[base + u] = size;
      else {
        scratch[u] = s0;
        todo[left++] = u;
      }
    }
  }
  if (left > 0 && !roundKeys(scoreJob(sc, i, scratch, 0), K, base, table, todo, left)) throw new OffTable();
}

/**
 * The same pass for a run whose scores go to the caller as rounded doubles (scoreColumns): column
 * i's rounded scores into `v.norm` (NaN where missing), summed into its component unrounded; the
 * positions left undecided keep their float score there and are rounded after. @internal
 */
export function fusedValues(r: NormaliseRun, sc: ScoreColumn, i: number, win: number): void {
  const { c, n, values, v } = r;
  const nz = c.nz[i]!;
  const a = nz.range[0];
  const b = nz.range[1];
  const lo = v.min[i]!;
  const span = (b - a) / (v.max[i]! - lo);
  const lower = c.lower[i] === 1;
  const from = lower ? b : a;
  const step = lower ? -span : span;
  const j = c.compOf[i]!;
  const cb = j * n;
  const base = i * n;
  const f = 10 ** c.fw.decimals;
  v.summed[i] = 1;
  const { comp, wsum, present, norm, todo } = v;
  const hi = 1 - win;
  let left = 0;
  // The test of fusedColumn; q / 10^d is the double every rounding path gives for q (a correctly
  // rounded quotient of integers), and +0 for q = 0.
  if (v.missing[i] === 0 && c.weights[i] === 1) {
    v.fastCount[j] = v.fastCount[j]! + 1;
    for (let u = 0; u < n; u++) {
      const s0 = from + step * (values[base + u]! - lo);
      comp[cb + u] = comp[cb + u]! + s0;
      const t = s0 * f + 0.5;
      const q = t | 0;
      const ft = t - q;
      if (t > 0 && t < 1048576 && ft >= win && ft <= hi) norm[base + u] = q / f;
      else {
        norm[base + u] = s0;
        todo[left++] = u;
      }
    }
  } else {
    const w = c.weights[i]!;
    for (let u = 0; u < n; u++) {
      const x = values[base + u]!;
      const s0 = from + step * (x - lo);
      if (x === x) {
        comp[cb + u] = comp[cb + u]! + w * s0;
        wsum[cb + u] = wsum[cb + u]! + w;
        present[cb + u] = present[cb + u]! + 1;
      }
      const t = s0 * f + 0.5;
      const q = t | 0;
      const ft = t - q;
      if (t > 0 && t < 1048576 && ft >= win && ft <= hi) norm[base + u] = q / f;
      else {
        norm[base + u] = s0;
        if (x === x) todo[left++] = u;
      }
    }
  }
  if (left > 0) roundValues(scoreJob(sc, i, norm, base), norm, base, todo, left);
}
