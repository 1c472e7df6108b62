/**
 * The engine's one fast path across stages: a min–max column of a row run, normalised, summed into
 * its component and rounded to keys in one pass (no float column is stored). ./run.ts decides when
 * it applies — a min–max column with distinct extremes whose error bound leaves the float to
 * decide most roundings — and nowhere else branches on it.
 *
 * Contract: the same float scores, sums and keys as ./normalise.ts, ./aggregate.ts and
 * ./round.ts would give column by column. A position the pass cannot decide (near a tie, a score
 * of 2^20·10^-d or more) keeps its float score at `scratch[u]` and is rounded by ./round.ts.
 * @module
 */
import type { KeyTable } from "./compiled";
import type { NormaliseRun } from "./normalise";
import { OffTable, roundKeys, scoreJob, type ScoreColumn } from "./round";

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
  // w = 0: every value present with weight 1, counted once in fastCount.
  const w = v.missing[i] === 0 && c.weights[i] === 1 ? 0 : c.weights[i]!;
  if (w === 0) v.fastCount[j] = v.fastCount[j]! + 1;
  v.summed[i] = 1;
  const { comp, wsum, present, keys: K, scratch, todo } = v;
  const f = 10 ** c.fw.decimals;
  const tb = table.base;
  const size = table.T.length - 1;
  let left = 0;
  for (let u = 0; u < n; u++) {
    const x = values[base + u]!;
    const s0 = from + step * (x - lo);
    if (w === 0) comp[cb + u] = comp[cb + u]! + s0;
    else if (x === x) {
      comp[cb + u] = comp[cb + u]! + w * s0;
      wsum[cb + u] = wsum[cb + u]! + w;
      present[cb + u] = present[cb + u]! + 1;
    }
    const s = s0 * f;
    const abs = s < 0 ? -s : s;
    const t = abs + 0.5;
    const q = t | 0;
    const ft = t - q;
    // NaN fails every comparison: a missing value (the only source of NaN here) gets the key of
    // null; near ties and |s| ≥ 2^20 are left.
    if (abs < 1048576 && ft >= win && ft <= 1 - win) {
      const key = (s < 0 ? -q : q) - tb;
      if (!(key >= 0 && key < size)) throw new OffTable();
      K[base + u] = key;
    } else if (x !== x) K[base + u] = size;
    else {
      scratch[u] = s0;
      todo[left++] = u;
    }
  }
  if (left > 0 && !roundKeys(scoreJob(sc, i, scratch, 0), K, base, table, todo, left)) throw new OffTable();
}
