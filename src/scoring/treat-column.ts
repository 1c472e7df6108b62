/**
 * The outlier treatment of one column as COINr's `Treat` with its defaults (winsorise, else
 * log_CT, tested by check_SkewKurt): the kernel of `treat` (../analysis/treat.ts) and of the
 * scoring engine's preparation stage (./prepare.ts).
 * @internal
 * @module
 */
import { kurtosis, maxOf, minOf, present, sig, skewness } from "./moments";

/** Skewness and kurtosis of a column (10 significant digits); `null` below 3 (4) values. */
export interface Shape {
  readonly skewness: number | null;
  readonly kurtosis: number | null;
}

/** A treated column: what `treat` returns but its `kind`. @internal */
export interface TreatedColumn {
  /** The treated values, in input order; `null` stays `null`. */
  readonly values: readonly (number | null)[];
  /** `none` (passed as it was), `winsorise` (passed after winsorising), `log` (log transform of the original values). */
  readonly method: "none" | "winsorise" | "log";
  /** How many points winsorising replaced (0 for `none` and `log`). */
  readonly winsorised: number;
  /** Whether the returned values pass the test. */
  readonly passes: boolean;
  readonly before: Shape;
  readonly after: Shape;
}

/** Pass test of COINr's `check_SkewKurt`: `null` when it cannot be decided (too few values). */
function passes(xs: readonly number[], tSkew: number, tKurt: number): boolean | null {
  const sk = skewness(xs);
  const kt = kurtosis(xs);
  if (sk !== null && Math.abs(sk) < tSkew) return true;
  if (kt !== null && kt < tKurt) return true;
  if (sk === null || kt === null) return null;
  return false;
}

const shape = (xs: readonly number[]): Shape => ({ skewness: sig(skewness(xs)), kurtosis: sig(kurtosis(xs)) });

/** The treatment of one read column (also used by the tests with unrounded statistics). @internal */
export function treatColumn(xs: readonly (number | null)[], winmax = 5, tSkew = 2, tKurt = 3.5): TreatedColumn {
  const p = present(xs);
  const before = shape(p);
  const first = passes(p, tSkew, tKurt);
  if (first !== false) {
    return { values: [...xs], method: "none", winsorised: 0, passes: first === true, before, after: before };
  }
  // Winsorise one step at a time (COINr's `winsorise`).
  const w = [...xs];
  let hi: number[] = [];
  let lo: number[] = [];
  let nwin = 0;
  let ok = false;
  while (!ok && nwin < winmax) {
    const cur = present(w);
    const sk = skewness(cur);
    if (sk === null) break;
    if (sk >= 0) {
      const max = maxOf(cur);
      hi = [];
      w.forEach((v, i) => {
        if (v === max) hi.push(i);
      });
      const rest = cur.filter((v) => v !== max);
      if (rest.length === 0) break;
      const next = maxOf(rest);
      for (const i of hi) w[i] = next;
    } else {
      const min = minOf(cur);
      lo = [];
      w.forEach((v, i) => {
        if (v === min) lo.push(i);
      });
      const rest = cur.filter((v) => v !== min);
      if (rest.length === 0) break;
      const next = minOf(rest);
      for (const i of lo) w[i] = next;
    }
    nwin = hi.length + lo.length;
    ok = passes(present(w), tSkew, tKurt) === true;
  }
  if (ok) {
    const changed = w.reduce((c: number, v, i) => c + (v !== xs[i] ? 1 : 0), 0);
    return { values: w, method: "winsorise", winsorised: changed, passes: true, before, after: shape(present(w)) };
  }
  // log(x − min + 0.01·(max − min)) of the original values (COINr's `log_CT`).
  const min = minOf(p);
  const max = maxOf(p);
  const a = 0.01 * (max - min);
  const raw = xs.map((v) => (v === null ? null : Math.log(v - min + a)));
  const after = present(raw as (number | null)[]);
  return {
    values: raw.map((v) => (v === null ? null : sig(v))),
    method: "log",
    winsorised: 0,
    passes: passes(after, tSkew, tKurt) === true,
    before,
    after: shape(after),
  };
}
