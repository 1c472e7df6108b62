/**
 * Arbitraries for framework specs with unit rows.
 * Nothing is built at import time: each function makes its arbitrary when called. Part of
 * `pgi-kit/testing`.
 * @module
 */
import * as fc from "fast-check";
import { bound, checkOptions, ordered } from "./core";
import { fromUnits, textOf } from "./shared";
import type { FrameworkSpec } from "../framework/define";
import type { UnitRow } from "../scoring/engine";
/** A framework spec for `defineFramework` with unit rows for `scoreUnits`. */
export interface FrameworkCase {
  readonly spec: FrameworkSpec;
  readonly rows: UnitRow[];
}

/** Options of {@link arbFrameworkCase}. */
export interface FrameworkArbOptions {
  /** Most components (default 4). */
  readonly maxComponents?: number;
  /** Most indicators per component (default 3). */
  readonly maxIndicators?: number;
  /** Fewest unit rows (default 1). */
  readonly minUnits?: number;
  /** Most unit rows (default 12). */
  readonly maxUnits?: number;
  /** Allow missing values (`null` or left out; default true). */
  readonly missing?: boolean;
}

type IndicatorDraft = { dir: "higher" | "lower"; norm: 0 | 1 | 2; weight: number };

/**
 * A valid framework spec (1–4 components, 1–3 indicators each, every normalisation method,
 * directions, weights, `mean`/`weightedMean` aggregation, `sum`/`mean`/`weightedSum` composite,
 * ranges `[1, 10]` or `[0, 100]`, 1 or 2 decimals) with unit rows of raw values in 0–100 (one
 * decimal, as numbers or `"12,5"` strings, some missing).
 *
 * Meant for: the scoring engine — "every component score and composite lies on the framework's
 * scale", "results do not depend on row order", what-if and solve-for.
 *
 * @example
 * ```ts
 * fc.check(fc.property(arbFrameworkCase(), ({ spec, rows }) => {
 *   const fw = defineFramework(spec);
 *   const s = scoreUnits(fw, rows);
 *   return s.units.every((u) => u.composite === null || (u.composite >= fw.composite.scale.min && u.composite <= fw.composite.scale.max));
 * })).failed; // false
 * ```
 */
export function arbFrameworkCase(options: FrameworkArbOptions = {}): fc.Arbitrary<FrameworkCase> {
  checkOptions(options, "{ maxComponents?, maxIndicators?, minUnits?, maxUnits?, missing? }");
  const maxComponents = bound(options.maxComponents, "maxComponents", 4, 1, 20);
  const maxIndicators = bound(options.maxIndicators, "maxIndicators", 3, 1, 20);
  const minUnits = bound(options.minUnits, "minUnits", 1, 1, 10_000);
  const maxUnits = bound(options.maxUnits, "maxUnits", Math.max(12, minUnits), 1, 10_000);
  ordered(minUnits, maxUnits, "minUnits", "maxUnits");
  const missing = options.missing ?? true;
  const indicator = fc.record({
    dir: fc.constantFrom<"higher" | "lower">("higher", "lower"),
    norm: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
    weight: fc.integer({ min: 1, max: 4 }),
  });
  const comp = fc.record({ weight: fc.integer({ min: 1, max: 3 }), indicators: fc.array(indicator, { minLength: 1, maxLength: maxIndicators }) });
  return fc
    .record({
      components: fc.array(comp, { minLength: 1, maxLength: maxComponents }),
      range: fc.constantFrom<[number, number]>([1, 10], [0, 100]),
      aggregation: fc.constantFrom<"mean" | "weightedMean">("mean", "weightedMean"),
      composite: fc.constantFrom<"sum" | "mean" | "weightedSum">("sum", "mean", "weightedSum"),
      decimals: fc.constantFrom(2, 1),
      n: fc.integer({ min: minUnits, max: maxUnits }),
    })
    .chain((s) => {
      const inds: { id: string; component: string; d: IndicatorDraft }[] = [];
      s.components.forEach((c, ci) => {
        c.indicators.forEach((d, ii) => {
          inds.push({ id: `i${ci + 1}_${ii + 1}`, component: `c${ci + 1}`, d });
        });
      });
      const spec: FrameworkSpec = {
        id: "test-index",
        name: { vi: "Chỉ số thử nghiệm", en: "Test index" },
        components: s.components.map((c, ci) => ({
          id: `c${ci + 1}`,
          name: { vi: `Thành phần ${ci + 1}`, en: `Component ${ci + 1}` },
          ...(s.composite === "weightedSum" ? { weight: c.weight } : {}),
        })),
        indicators: inds.map(({ id, component, d }) => ({
          id,
          component,
          direction: d.dir,
          ...(s.aggregation === "weightedMean" ? { weight: d.weight } : {}),
          ...(d.norm === 1
            ? { normalization: { method: "goalposts" as const, min: 10, max: 90 } }
            : d.norm === 2
              ? { normalization: { method: "distanceToTarget" as const, low: d.dir === "higher" ? 0 : 100, target: d.dir === "higher" ? 80 : 20 } }
              : {}),
        })),
        normalization: { method: "minmax", range: s.range },
        aggregation: s.aggregation,
        composite: s.composite,
        decimals: s.decimals,
      };
      // A raw value: tenths 0…1000 as a number or a "12,5" string; null or left out when missing.
      const value: fc.Arbitrary<number | string | null | undefined> = fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 0, max: 1000 }).map((x) => fromUnits(x, 1)) },
        { weight: 2, arbitrary: fc.integer({ min: 0, max: 1000 }).map((x) => textOf(x, 1, "vi", false)) },
        ...(missing ? [{ weight: 1, arbitrary: fc.constantFrom<null | undefined>(null, undefined) }] : []),
      );
      return fc.array(fc.tuple(...inds.map(() => value)), { minLength: s.n, maxLength: s.n }).map((table) => ({
        spec,
        rows: table.map((vals, u): UnitRow => {
          const indicators: Record<string, number | string | null> = {};
          inds.forEach((ind, i) => {
            const v = vals[i];
            if (v !== undefined) indicators[ind.id] = v;
          });
          return { unit: `Đơn vị ${u + 1}`, indicators };
        }),
      }));
    });
}
