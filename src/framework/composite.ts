/**
 * The composite of component scores, exactly, by the framework's rule.
 * @module
 */
import { D, type Dec } from "../decimal";
import type { Framework } from "./types";

/**
 * Exact (unrounded) composite of component scores keyed by component id: `sum` adds them,
 * `mean` averages them, `weightedSum` adds weight × score. Missing components count as absent
 * (callers check completeness first).
 * @internal
 */
export function compositeDec(framework: Framework, scores: ReadonlyMap<string, Dec>): Dec {
  let total = new D(0);
  let count = 0;
  for (const c of framework.components) {
    const s = scores.get(c.id);
    if (s === undefined) continue;
    count++;
    total = total.plus(framework.composite.method === "weightedSum" ? s.times(c.weight) : s);
  }
  if (framework.composite.method === "mean") return count === 0 ? total : total.div(count);
  return total;
}

/**
 * The largest difference between a published composite and the composite of the published
 * (rounded) components that rounding alone can explain: each component is off by at most half a
 * unit in its last place, and the composite itself by half a unit in its own. PGI: 4 × 0.005 +
 * 0.005 = 0.025.
 * @internal
 */
export function roundingTolerance(framework: Framework): Dec {
  const half = new D(5).times(new D(10).pow(-(framework.decimals + 1)));
  const halfC = new D(5).times(new D(10).pow(-(framework.composite.decimals + 1)));
  let spread = new D(0);
  for (const c of framework.components) {
    spread = spread.plus(framework.composite.method === "weightedSum" ? half.times(c.weight) : half);
  }
  if (framework.composite.method === "mean") spread = half;
  return spread.plus(halfC);
}
