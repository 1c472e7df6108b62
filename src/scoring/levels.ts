/**
 * Levels of a multi-level framework (components that name a `parent`, as COINr's indicator →
 * pillar → sub-index → index): the compiled tree, and the stage that aggregates each parent from
 * its children. A framework without `parent` never reaches this module (its compiled `levels` is
 * null and its runs are those of a one-level framework).
 *
 * Contract: components are numbered top level first (`fw.components`), then `fw.subComponents`;
 * {@link aggregateLevels} fills every parent, children before parents, from the children's exact
 * (unrounded) scores, with the parent's own aggregation and the children's weights, skipping a
 * missing child as a missing indicator is skipped (half rule: a parent with fewer than half of its
 * children scored is null); the composite then combines the top level only.
 * @module
 */
import { describe, type PgiPath } from "../errors";
import type { Aggregation, Component, Framework } from "../framework/types";

/** @internal The compiled tree of a multi-level framework. */
export interface Levels {
  /** How many top-level components there are (numbered 0 … top − 1). */
  readonly top: number;
  /** Each component's parent, −1 at the top level. */
  readonly parentOf: Int32Array;
  /** The components that have children, children before parents. */
  readonly order: Int32Array;
  /** Each component's children (empty for a component of indicators). */
  readonly children: readonly Int32Array[];
  /** Each component's weight: in the composite at the top level, in its parent's aggregation below. */
  readonly weights: Float64Array;
}

const WEIGHTED = ["weightedMean", "geometricMean", "harmonicMean"];
const WEIGHTED_COMPOSITES = ["weightedSum", "geometricMean", "harmonicMean"];

/**
 * The tree of `all` (top level first): also adds each parent's child count to `total`, which the
 * half rule and the findings count against. @internal
 */
export function levelsOf(fw: Framework, all: readonly Component[], agg: readonly Aggregation[], total: Int32Array): Levels {
  const k = all.length;
  const top = fw.components.length;
  const at = new Map(all.map((c, j) => [c.id, j]));
  const parentOf = new Int32Array(k).fill(-1);
  const kids: number[][] = all.map(() => []);
  all.forEach((c, j) => {
    if (c.parent === undefined) return;
    const p = at.get(c.parent)!;
    parentOf[j] = p;
    kids[p]!.push(j);
    total[p] = total[p]! + 1;
  });
  const weights = new Float64Array(k);
  all.forEach((c, j) => {
    const p = parentOf[j]!;
    const weighted = p < 0 ? WEIGHTED_COMPOSITES.includes(fw.composite.method) : WEIGHTED.includes(agg[p]!);
    weights[j] = weighted ? c.weight : 1;
  });
  // Children before parents: by level (a parent is one above its highest child).
  const order = all
    .map((c, j) => ({ j, level: c.level ?? 2 }))
    .filter((x) => kids[x.j]!.length > 0)
    .sort((a, b) => a.level - b.level || a.j - b.j)
    .map((x) => x.j);
  return { top, parentOf, order: Int32Array.from(order), children: kids.map((x) => Int32Array.from(x)), weights };
}

/** Where an aggregation failed, for its error message. @internal */
export type Where = (k: number) => { en: string; vi: string; path: PgiPath; details: Record<string, unknown> };

/**
 * Every parent's score: `exact[j·n + u]` (null = no score) and its rounding into `rounded`, and the
 * count of scored children into `present`. `aggregate` and `round` are the exact run's own
 * (./methods.ts), passed in. @internal
 */
export function aggregateLevels<N>(
  levels: Levels,
  ids: readonly string[],
  agg: readonly Aggregation[],
  units: readonly string[],
  n: number,
  exact: (N | null)[],
  rounded: Float64Array,
  present: Int32Array,
  aggregate: (method: Aggregation, xs: readonly N[], ws: readonly number[], where: Where) => N,
  round: (x: N, path: PgiPath) => number,
): void {
  for (const j of levels.order) {
    const kids = levels.children[j]!;
    const id = ids[j]!;
    const cb = j * n;
    for (let u = 0; u < n; u++) {
      const xs: N[] = [];
      const ws: number[] = [];
      const who: number[] = [];
      for (const l of kids) {
        const q = exact[l * n + u];
        if (q === null || q === undefined) continue;
        xs.push(q);
        ws.push(levels.weights[l]!);
        who.push(l);
      }
      present[cb + u] = xs.length;
      if (xs.length === 0 || xs.length * 2 < kids.length) {
        exact[cb + u] = null;
        rounded[cb + u] = Number.NaN;
        continue;
      }
      const unit = units[u]!;
      const q = aggregate(agg[j]!, xs, ws, (k) => {
        const child = ids[who[k]!]!;
        return {
          en: `${unit}: component ${describe(id)}, child component ${describe(child)}: the score`,
          vi: `${unit}: thành phần ${describe(id)}, thành phần con ${describe(child)}: điểm`,
          path: ["units", u, "components", child],
          details: { unit, component: id, child },
        };
      });
      exact[cb + u] = q;
      rounded[cb + u] = round(q, ["units", u, "components", id]);
    }
  }
}

/**
 * The float counterpart of {@link aggregateLevels} for one unit (uncertainty runs with other
 * weights): `comps[j]` holds each component's score (NaN = none); every parent is filled from its
 * children, children before parents, by `combine` (the run's own float means). @internal
 */
export function floatParents(
  levels: Levels,
  agg: readonly Aggregation[],
  comps: number[],
  combine: (method: string, xs: number[], ws: number[]) => number,
): void {
  for (const j of levels.order) {
    const kids = levels.children[j]!;
    const xs: number[] = [];
    const ws: number[] = [];
    for (const l of kids) {
      const x = comps[l]!;
      if (x !== x) continue;
      xs.push(x);
      ws.push(levels.weights[l]!);
    }
    comps[j] = xs.length === 0 || xs.length * 2 < kids.length ? Number.NaN : combine(agg[j]!, xs, ws);
  }
}

/**
 * Whether indicator `i` is scored into component `j`: its own component, or (a multi-level
 * framework) one above it. @internal
 */
export function indicatorUnder(c: { readonly compOf: Int32Array; readonly levels: Levels | null }, i: number, j: number): boolean {
  let at = c.compOf[i]!;
  if (c.levels === null) return at === j;
  while (at >= 0 && at !== j) at = c.levels.parentOf[at]!;
  return at === j;
}
