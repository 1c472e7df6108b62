/**
 * Levels of a framework spec (components that name a `parent`, as COINr's indicator → pillar →
 * sub-index → index): the tree checked, and the components split into the top level and the
 * levels below. Only a spec with a `parent` reaches past the first line of {@link levelsOf}.
 * @internal
 * @module
 */
import { describe, isReservedKey, PgiError } from "../errors";
import type { SpecOut } from "./define";
import type { Component, Indicator } from "./types";

type Spec = SpecOut;

const WEIGHTED_AGGREGATIONS: readonly string[] = ["weightedMean", "geometricMean", "harmonicMean"];

/** A number with the Vietnamese decimal comma. */
const vn = (x: number): string => String(x).replace(".", ",");

const fail = (en: string, vi: string, path: (string | number)[]): never => {
  throw new PgiError("INVALID_FRAMEWORK", { en, vi }, path);
};

/** The most levels of components a framework may have above its indicators (COINr's frameworks use 2–4). */
const MAX_LEVELS = 10;

/** The tree of a multi-level framework: each component's parent (or none), level and children. @internal */
export interface Levels {
  readonly parentOf: ReadonlyMap<string, string>;
  readonly level: ReadonlyMap<string, number>;
  readonly children: ReadonlyMap<string, readonly string[]>;
}

/**
 * Levels of a multi-level framework, checked; `null` when no component names a `parent` (the
 * framework is then built exactly as before). Rules: `parent` is the id of another component of
 * the framework; parents form no cycle and are at most {@link MAX_LEVELS} components deep; a
 * component aggregates one kind of member — its indicators, or its child components, never both;
 * levels are for frameworks scored from indicators; a child's weight other than 1 needs a weighted
 * aggregation of its parent (as a top-level weight needs a weighted composite). @internal
 */
export function levelsOf(s: Spec, indicators: readonly Indicator[]): Levels | null {
  if (!s.components.some((c) => c.parent !== undefined)) return null;
  const index = new Map<string, number>(s.components.map((c, i) => [c.id, i]));
  if (indicators.length === 0) {
    const i = s.components.findIndex((c) => c.parent !== undefined);
    fail(
      "parent is for frameworks scored from indicators (a component aggregates its indicators or its child components); leave out parent, or give the indicators",
      "parent chỉ dùng cho bộ chỉ số tính điểm từ chỉ tiêu (mỗi thành phần gộp các chỉ tiêu hoặc các thành phần con của nó); hãy bỏ parent hoặc khai báo các chỉ tiêu",
      ["components", i, "parent"],
    );
  }
  const parentOf = new Map<string, string>();
  const children = new Map<string, string[]>();
  s.components.forEach((c, i) => {
    const p = c.parent;
    if (p === undefined) return;
    if (isReservedKey(p) || !index.has(p)) {
      const known = s.components.map((x) => x.id).join(", ");
      fail(
        `component ${describe(c.id)} names an unknown parent ${describe(p)}; parent is the id of another component: ${known}`,
        `thành phần ${describe(c.id)} ghi thành phần cha ${describe(p)} không có trong bộ chỉ số; parent phải là mã của một thành phần khác: ${known}`,
        ["components", i, "parent"],
      );
    }
    parentOf.set(c.id, p);
    children.set(p, [...(children.get(p) ?? []), c.id]);
  });
  // Cycles and depth: walk up from every component.
  s.components.forEach((c, i) => {
    const chain = [c.id];
    for (let at = parentOf.get(c.id); at !== undefined; at = parentOf.get(at)) {
      if (chain.includes(at)) {
        const loop = [...chain.slice(chain.indexOf(at)), at].map((x) => describe(x)).join(" → ");
        fail(
          `the parents of components form a cycle: ${loop}; a component cannot be below itself — give the top component of the chain no parent`,
          `các thành phần cha tạo thành vòng lặp: ${loop}; một thành phần không thể nằm dưới chính nó — hãy bỏ parent của thành phần cao nhất trong chuỗi`,
          ["components", i, "parent"],
        );
      }
      chain.push(at);
      if (chain.length > MAX_LEVELS) {
        fail(
          `component ${describe(c.id)} is more than ${MAX_LEVELS} levels of components deep (${chain.map((x) => describe(x)).join(" → ")} → …); a framework has at most ${MAX_LEVELS} levels of components above its indicators`,
          `thành phần ${describe(c.id)} nằm sâu quá ${MAX_LEVELS} cấp thành phần (${chain.map((x) => describe(x)).join(" → ")} → …); bộ chỉ số có tối đa ${MAX_LEVELS} cấp thành phần trên các chỉ tiêu`,
          ["components", i, "parent"],
        );
      }
    }
  });
  const direct = new Set(indicators.map((ind) => ind.component));
  for (const [p, kids] of children) {
    if (direct.has(p)) {
      const ind = indicators.findIndex((x) => x.component === p);
      fail(
        `component ${describe(p)} has both indicators (${describe(indicators[ind]!.id)}) and child components (${kids.map((x) => describe(x)).join(", ")}); a component aggregates one level — move its indicators into a child component of their own`,
        `thành phần ${describe(p)} vừa có chỉ tiêu (${describe(indicators[ind]!.id)}) vừa có thành phần con (${kids.map((x) => describe(x)).join(", ")}); mỗi thành phần chỉ gộp một cấp — hãy chuyển các chỉ tiêu này vào một thành phần con riêng`,
        ["indicators", ind, "component"],
      );
    }
  }
  s.components.forEach((c, i) => {
    const p = c.parent;
    if (p === undefined || c.weight === undefined || c.weight === 1) return;
    const aggregation: string = s.components[index.get(p)!]!.aggregation ?? s.aggregation ?? "mean";
    if (!WEIGHTED_AGGREGATIONS.includes(aggregation)) {
      fail(
        `component ${describe(c.id)} has weight ${c.weight}, but its parent ${describe(p)} aggregates with "${aggregation}", which uses no weights; give ${describe(p)} aggregation: "weightedMean" (or "geometricMean", "harmonicMean"), or leave out the weight`,
        `thành phần ${describe(c.id)} có trọng số ${vn(c.weight)} nhưng thành phần cha ${describe(p)} gộp bằng "${aggregation}", cách gộp không dùng trọng số; hãy ghi cho ${describe(p)} aggregation: "weightedMean" (hoặc "geometricMean", "harmonicMean"), hoặc bỏ trọng số`,
        ["components", i, "weight"],
      );
    }
  });
  const level = new Map<string, number>();
  const levelOf = (id: string): number => {
    let l = level.get(id);
    if (l === undefined) {
      l = 1 + Math.max(1, ...(children.get(id) ?? []).map(levelOf));
      level.set(id, l);
    }
    return l;
  };
  for (const c of s.components) levelOf(c.id);
  return { parentOf, level, children };
}

/**
 * The components of a multi-level framework: the top level (positions 1…k) and the levels below
 * (`subComponents`, positions among siblings), each with its level; a parent has no fixed scale
 * when a component below it has none. @internal
 */
export function splitLevels(
  s: Spec,
  tree: Levels,
  freeOf: ReadonlySet<string>,
  componentOf: (c: Spec["components"][number], position: number, free: Set<string>) => Component,
): { top: Component[]; sub: Component[] } {
  const free = new Set(freeOf);
  for (const id of freeOf) for (let p = tree.parentOf.get(id); p !== undefined; p = tree.parentOf.get(p)) free.add(p);
  const top: Component[] = [];
  const sub: Component[] = [];
  const seen = new Map<string | undefined, number>();
  for (const c of s.components) {
    const at = seen.get(c.parent) ?? 0;
    seen.set(c.parent, at + 1);
    const base = componentOf(c, at, free);
    const own = { ...base, ...(c.parent !== undefined ? { parent: c.parent } : {}), level: tree.level.get(c.id)! };
    (c.parent === undefined ? top : sub).push(own);
  }
  return { top, sub };
}
