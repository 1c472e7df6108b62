/**
 * Frameworks as JSON-serializable specs: `defineFramework` validates one and returns a
 * `Framework` the scoring engine can run.
 * @module
 */
import * as z from "zod/mini";
import { D } from "../decimal";
import { describe, isReservedKey, parseWith, PgiError, recoded, safeEntries, zodMessage } from "../errors";
import type { Component, Framework, FreeNormalization, Indicator, Normalization } from "./types";
import { seal } from "../util";
import { levelsOf, splitLevels } from "./levels";
import { checkTreatmentFits, ImputationSpec, prepareRulesOf, TreatmentSpec, treatmentRuleOf } from "./prepare";

/** `scale.max` of a component whose scale has no upper end (`[min, null]`): the largest bound a spec accepts. */
const UNBOUNDED_MAX = 1e15;

const NZ_EN =
  'normalization.method must be "minmax", "goalposts", "distanceToTarget", "rank", "percentRank", "borda", "fractionOfMax", "distanceToMax", "distanceToReference" or "zscore"';
const NZ_VI =
  'normalization.method phải là "minmax", "goalposts", "distanceToTarget", "rank", "percentRank", "borda", "fractionOfMax", "distanceToMax", "distanceToReference" hoặc "zscore"';
const AGGREGATIONS = ["mean", "weightedMean", "geometricMean", "harmonicMean", "median"] as const;
const AGG_EN = 'aggregation must be "mean", "weightedMean", "geometricMean", "harmonicMean" or "median"';
const AGG_VI = 'aggregation phải là "mean", "weightedMean", "geometricMean", "harmonicMean" hoặc "median"';
const COMPOSITES = ["sum", "mean", "weightedSum", "none", "geometricMean", "harmonicMean", "median"] as const;
const COMP_EN = 'composite must be "sum", "mean", "weightedSum", "none", "geometricMean", "harmonicMean" or "median"';
const COMP_VI = 'composite phải là "sum", "mean", "weightedSum", "none", "geometricMean", "harmonicMean" hoặc "median"';

/** A schema message in both languages (the bridge from zod finds its Vietnamese by the English). */
const m = (en: string, vi: string): string => zodMessage({ en, vi });

/** 0 for −0, every other number as it is (a spec's −0 never reaches the framework). */
const noNegZero = (x: number): number => (x === 0 ? 0 : x);

/** A number with the Vietnamese decimal comma. */
const vn = (x: number): string => String(x).replace(".", ",");

const Id = () =>
  z.string(m("an id must be a string", "mã phải là một chuỗi")).check(
    z.maxLength(100, m("an id must be at most 100 characters", "mã dài tối đa 100 ký tự")),
    z.regex(
      /^[A-Za-z][A-Za-z0-9_.-]*$/,
      m("an id starts with a letter and holds only letters, digits, _ . -", "mã bắt đầu bằng một chữ cái và chỉ gồm chữ cái, chữ số, _ . -"),
    ),
    z.refine((s: string) => !isReservedKey(s), m("this id is reserved", "mã này được dành riêng; hãy dùng mã khác")),
  );

const Name = () =>
  z
    .string(m("a name must be a string", "tên phải là một chuỗi"))
    .check(
      z.minLength(1, m("a name must not be empty", "tên không được để trống")),
      z.maxLength(300, m("a name must be at most 300 characters", "tên dài tối đa 300 ký tự")),
    );
const Text = () => z.strictObject({ vi: Name(), en: Name() });
const Weight = () =>
  z
    .number(m("weight must be a number", "trọng số phải là một số"))
    .check(
      z.positive(m("weight must be greater than 0", "trọng số phải lớn hơn 0")),
      z.lte(1e6, m("weight must be at most 1000000", "trọng số tối đa là 1000000")),
    );
const Bound = () => {
  const within = m("expected a number from -1e15 to 1e15", "cần một số từ -1e15 đến 1e15");
  return z.number(m("expected a finite number", "cần một số hữu hạn")).check(z.gte(-1e15, within), z.lte(1e15, within));
};
const Range = () =>
  z
    .tuple([Bound(), Bound()])
    .check(z.refine(([a, b]: [number, number]) => a < b, m("range must be [low, high] with low < high", "thang phải là [thấp, cao] với thấp < cao")));

/** Whole decimals from 0 to `max`. */
const DecimalsUpTo = (max: number) => {
  const within = m(`decimals must be from 0 to ${max}`, `số chữ số thập phân phải từ 0 đến ${max}`);
  return z
    .int(m(`decimals must be a whole number from 0 to ${max}`, `số chữ số thập phân phải là số nguyên từ 0 đến ${max}`))
    .check(z.gte(0, within), z.lte(max, within));
};
const ComponentScale = () =>
  z
    .tuple(
      [Bound(), z.nullable(Bound())],
      m("scale must be [min, max] or [min, null] (no upper end)", "thang điểm phải là [min, max] hoặc [min, null] (không có cận trên)"),
    )
    .check(
      z.refine(
        ([a, b]: [number, number | null]) => b === null || a < b,
        m(
          "scale must be [min, max] with min < max, or [min, null] for no upper end",
          "thang điểm phải là [min, max] với min < max, hoặc [min, null] khi không có cận trên",
        ),
      ),
    );
const ComponentSpec = () =>
  z.strictObject({
    id: Id(),
    name: z.optional(Text()),
    weight: z.optional(Weight()),
    aliases: z.optional(z.array(Name()).check(z.maxLength(100, m("give at most 100 aliases", "ghi tối đa 100 tên gọi khác")))),
    unit: z.optional(
      z.union(
        [Name(), Text()],
        m(
          'unit must be a string such as "%" or { vi, en } such as { vi: "lần", en: "times" }',
          'đơn vị phải là một chuỗi như "%" hoặc { vi, en } như { vi: "lần", en: "times" }',
        ),
      ),
    ),
    scale: z.optional(ComponentScale()),
    direction: z.optional(z.literal(["higher", "lower"], m('direction must be "higher" or "lower"', 'chiều (direction) phải là "higher" hoặc "lower"'))),
    decimals: z.optional(DecimalsUpTo(6)),
    kind: z.optional(
      z.literal("yesNo", m('kind must be "yesNo" (a done/not-done target) or left out', 'kind phải là "yesNo" (chỉ tiêu đạt/chưa đạt) hoặc để trống')),
    ),
    aggregation: z.optional(z.literal(AGGREGATIONS, m(AGG_EN, AGG_VI))),
    parent: z.optional(z.string(m("parent must be the id of a component", "parent phải là mã của một thành phần"))),
  });

const IndicatorNormalization = () =>
  z.discriminatedUnion(
    "method",
    [
      z.strictObject({ method: z.literal("minmax") }),
      z
        .strictObject({ method: z.literal("goalposts"), min: Bound(), max: Bound() })
        .check(z.refine((g: { min: number; max: number }) => g.min < g.max, m("goalposts need min < max", "goalposts cần min < max"))),
      z
        .strictObject({ method: z.literal("distanceToTarget"), low: Bound(), target: Bound() })
        .check(
          z.refine((g: { low: number; target: number }) => g.low !== g.target, m("distanceToTarget needs low ≠ target", "distanceToTarget cần low ≠ target")),
        ),
      z.strictObject({ method: z.literal("rank") }),
      z.strictObject({ method: z.literal("percentRank") }),
      z.strictObject({ method: z.literal("borda") }),
      z.strictObject({ method: z.literal("fractionOfMax") }),
      z.strictObject({ method: z.literal("distanceToMax") }),
      z.strictObject({
        method: z.literal("distanceToReference"),
        unit: ((reference) => z.string(reference).check(z.minLength(1, reference)))(
          m("distanceToReference needs the name of the reference unit", "distanceToReference cần tên của đơn vị tham chiếu"),
        ),
        cap: z.optional(z.boolean(m("cap must be true or false", "cap phải là true hoặc false"))),
      }),
      z
        .strictObject({ method: z.literal("zscore"), mean: z.optional(Bound()), sd: z.optional(Bound()) })
        .check(z.refine((g: { sd?: number }) => g.sd === undefined || g.sd > 0, m("zscore needs sd > 0", "zscore cần sd lớn hơn 0"))),
    ],
    m(NZ_EN, NZ_VI),
  );

/**
 * The structural schema of a framework spec — the public file format (the `pgi` command reads it
 * too):
 *
 * ```json
 * { "id": "…", "name": { "vi": "…", "en": "…" },
 *   "components": [ { "id": "pollution", "name": { … }, "weight": 1 }, … ],
 *   "indicators": [ { "id": "i01", "component": "pollution", "direction": "higher", "weight": 1,
 *                     "normalization": { "method": "goalposts", "min": 0, "max": 100 } }, … ],
 *   "normalization": { "method": "minmax", "range": [1, 10] },
 *   "aggregation": "mean", "composite": "sum", "decimals": 2 }
 * ```
 *
 * Built on first use (see {@link specSchema}); the exported `FrameworkSpecSchema` of
 * ./spec-schema.ts checks the rest of defineFramework's rules too.
 */
const buildSpecSchema = () =>
  z.strictObject({
    id: Id(),
    name: Text(),
    edition: z.optional(z.nullable(z.int(m("edition must be a whole number or null", "edition phải là số nguyên hoặc null")))),
    components: z
      .array(ComponentSpec())
      .check(
        z.minLength(1, m("a framework needs at least one component", "bộ chỉ số cần ít nhất một thành phần")),
        z.maxLength(1000, m("a framework has at most 1000 components", "bộ chỉ số có tối đa 1000 thành phần")),
      ),
    indicators: z.optional(
      z
        .array(
          z.strictObject({
            id: Id(),
            component: z.string(m("component must be the id of a component", "component phải là mã của một thành phần")),
            direction: z.literal(["higher", "lower"], m('direction must be "higher" or "lower"', 'chiều (direction) phải là "higher" hoặc "lower"')),
            weight: z.optional(Weight()),
            name: z.optional(Text()),
            normalization: z.optional(IndicatorNormalization()),
            treatment: z.optional(TreatmentSpec()),
          }),
        )
        .check(z.maxLength(10000, m("a framework has at most 10000 indicators", "bộ chỉ số có tối đa 10000 chỉ tiêu"))),
    ),
    normalization: z.optional(
      z.strictObject({
        method: z.literal("minmax", m('the framework normalization method is "minmax"', 'phương pháp chuẩn hoá của bộ chỉ số là "minmax"')),
        range: Range(),
      }),
    ),
    aggregation: z.optional(z.literal(AGGREGATIONS, m(AGG_EN, AGG_VI))),
    composite: z.optional(z.literal(COMPOSITES, m(COMP_EN, COMP_VI))),
    decimals: z.optional(DecimalsUpTo(10)),
    treatment: z.optional(TreatmentSpec()),
    imputation: z.optional(ImputationSpec()),
  });

/** The schema of a framework spec. @internal */
export type SpecSchema = ReturnType<typeof buildSpecSchema>;
/** A framework spec as the schema reads it. @internal */
export type SpecOut = z.output<SpecSchema>;

let schema: SpecSchema | undefined;
/** The structural schema, built on first use (nothing is built at import time). */
const specSchema = (): SpecSchema => (schema ??= buildSpecSchema());

/** The composites and aggregations that use weights (the engine reads weights only under these). */
const WEIGHTED_COMPOSITES: readonly string[] = ["weightedSum", "geometricMean", "harmonicMean"];
const WEIGHTED_AGGREGATIONS: readonly string[] = ["weightedMean", "geometricMean", "harmonicMean"];

/**
 * A weight given is a weight used: a component weight other than 1 needs a weighted composite
 * (`"weightedSum"`, or the weighted `"geometricMean"`/`"harmonicMean"`), an indicator weight other
 * than 1 a weighted aggregation of its component (`"weightedMean"`, `"geometricMean"`,
 * `"harmonicMean"`) — otherwise the weight would change nothing, silently. (Weight 1 is the
 * unweighted rule, so it is accepted.)
 */
function checkWeightsUsed(s: SpecOut): void {
  const composite: string = s.composite ?? "sum";
  if (!WEIGHTED_COMPOSITES.includes(composite)) {
    s.components.forEach((c, i) => {
      // A component with a parent is weighted by its parent's aggregation (see levelsOf).
      if (c.weight !== undefined && c.weight !== 1 && c.parent === undefined) {
        throw new PgiError(
          "INVALID_FRAMEWORK",
          {
            en: `component ${describe(c.id)} has weight ${c.weight}, but composite "${composite}" uses no component weights; use composite: "weightedSum" to weight the components, or leave out the weight`,
            vi: `thành phần ${describe(c.id)} có trọng số ${vn(c.weight)} nhưng cách tính điểm tổng hợp "${composite}" không dùng trọng số thành phần; hãy ghi composite: "weightedSum" để tính theo trọng số, hoặc bỏ trọng số`,
          },
          ["components", i, "weight"],
          { composite },
        );
      }
    });
  }
  const own = new Map<string, string | undefined>(s.components.map((c) => [c.id, (c as { aggregation?: string }).aggregation]));
  (s.indicators ?? []).forEach((ind, i) => {
    const aggregation: string = own.get(ind.component) ?? s.aggregation ?? "mean";
    if (ind.weight !== undefined && ind.weight !== 1 && !WEIGHTED_AGGREGATIONS.includes(aggregation)) {
      throw new PgiError(
        "INVALID_FRAMEWORK",
        {
          en: `indicator ${describe(ind.id)} has weight ${ind.weight}, but aggregation "${aggregation}" uses no indicator weights; use aggregation: "weightedMean" to weight the indicators, or leave out the weight`,
          vi: `chỉ tiêu ${describe(ind.id)} có trọng số ${vn(ind.weight)} nhưng cách gộp "${aggregation}" không dùng trọng số chỉ tiêu; hãy ghi aggregation: "weightedMean" để gộp theo trọng số, hoặc bỏ trọng số`,
        },
        ["indicators", i, "weight"],
        { aggregation },
      );
    }
  });
}

/** A framework spec as a JSON file holds it. */
export type FrameworkSpec = DeepReadonly<z.input<SpecSchema>>;

/** `T` with every array and object read-only, so a spec written `as const` (or inline) fits. */
type DeepReadonly<T> = T extends (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** The ids of a spec's components or indicators, as literal types when the spec is written inline. */
type IdsOf<A> = A extends readonly { readonly id: infer X }[] ? (X extends string ? X : string) : string;

type IndicatorSpecOut = NonNullable<SpecOut["indicators"]>[number];

const failAt = (en: string, vi: string, path: (string | number)[]): never => {
  throw new PgiError("INVALID_FRAMEWORK", { en, vi }, path);
};

/** Indicator i's normalisation as the framework holds it (the range filled in, defaults set). */
function normalizationOf(ind: IndicatorSpecOut, i: number, range: [number, number]): Normalization | FreeNormalization {
  const n = ind.normalization;
  const fail = failAt;
  let normalization: Normalization | FreeNormalization;
  if (!n || n.method === "minmax") normalization = { method: "minmax", range };
  else if (n.method === "goalposts") normalization = { method: "goalposts", min: noNegZero(n.min), max: noNegZero(n.max), range };
  else if (n.method === "distanceToReference") normalization = { method: n.method, unit: n.unit, cap: n.cap ?? false };
  else if (n.method === "zscore") normalization = { method: n.method, mean: noNegZero(n.mean ?? 0), sd: n.sd ?? 1 };
  else if (n.method !== "distanceToTarget") normalization = { method: n.method };
  else {
    if (n.target > n.low !== (ind.direction === "higher")) {
      fail(
        `indicator ${describe(ind.id)}: direction "${ind.direction}" contradicts low ${n.low} and target ${n.target}`,
        `chỉ tiêu ${describe(ind.id)}: chiều "${ind.direction}" mâu thuẫn với low ${vn(n.low)} và target ${vn(n.target)}`,
        ["indicators", i, "direction"],
      );
    }
    normalization = { method: "distanceToTarget", low: noNegZero(n.low), target: noNegZero(n.target), range };
  }
  return normalization;
}

/**
 * Decimals above 6 only with a method of COINr without a fixed scale, a mean of another kind or
 * levels (all scored by the exact path of ../scoring/methods.ts);
 * returns the components that have an indicator without a fixed scale.
 */
function checkDecimals(s: SpecOut, indicators: readonly Indicator[], method: string): Set<string> {
  const fail = failAt;
  const freeOf = new Set(
    indicators
      .filter((ind) => ind.normalization !== undefined && !["minmax", "goalposts", "distanceToTarget"].includes(ind.normalization.method))
      .map((ind) => ind.component),
  );
  const beyond =
    freeOf.size > 0 ||
    !["sum", "mean", "weightedSum", "none"].includes(method) ||
    [s.aggregation, ...s.components.map((c) => c.aggregation)].some((a) => a !== undefined && a !== "mean" && a !== "weightedMean") ||
    s.components.some((c) => c.parent !== undefined);
  if (s.decimals !== undefined && s.decimals > 6 && !beyond) {
    fail(
      "decimals must be from 0 to 6 (up to 10 with a normalisation without a fixed scale — rank, percentRank, borda, fractionOfMax, distanceToMax, distanceToReference, zscore — a geometricMean, harmonicMean or median, or levels of components)",
      "số chữ số thập phân phải từ 0 đến 6 (đến 10 khi dùng cách chuẩn hoá không có thang cố định — rank, percentRank, borda, fractionOfMax, distanceToMax, distanceToReference, zscore — geometricMean, harmonicMean, median, hoặc khi có nhiều cấp thành phần)",
      ["decimals"],
    );
  }
  return freeOf;
}

type ComponentSpecOut = SpecOut["components"][number];

/** Component i as the framework holds it. */
function componentOf(c: ComponentSpecOut, i: number, range: [number, number], freeOf: Set<string>): Component {
  const [min, max] = c.scale ?? (c.kind === "yesNo" ? [0, 1] : range);
  const unit = c.kind === "yesNo" ? { vi: "đạt/chưa đạt", en: "yes/no" } : typeof c.unit === "string" ? { vi: c.unit, en: c.unit } : c.unit;
  return {
    id: c.id,
    position: i + 1,
    name: c.name ?? { vi: c.id, en: c.id },
    aliases: c.aliases ?? [],
    scale: { min: noNegZero(min), max: max === null ? UNBOUNDED_MAX : noNegZero(max) },
    weight: c.weight ?? 1,
    ...(unit !== undefined ? { unit } : {}),
    ...(c.direction !== undefined ? { direction: c.direction } : {}),
    ...(c.kind === "yesNo" ? { decimals: 0 } : c.decimals !== undefined ? { decimals: c.decimals } : {}),
    ...(max === null ? { unbounded: true as const } : {}),
    ...(c.kind === "yesNo" ? { kind: "yesNo" as const } : {}),
    ...(c.aggregation !== undefined ? { aggregation: c.aggregation } : {}),
    ...(freeOf.has(c.id) ? { freeScale: true as const } : {}),
  };
}

/** The composite's scale: n·range for a sum, the range for a mean of any kind, Σ weight·range for a weighted sum. */
function compositeScale(s: SpecOut, components: readonly Component[], method: string, range: [number, number]): { min: number; max: number } {
  const totalWeight = components.reduce((a, c) => a.plus(String(c.weight)), new D(0));
  let scale: { min: number; max: number };
  if (s.components.every((c) => c.scale === undefined && c.kind === undefined)) {
    // A mean of any kind (arithmetic, geometric, harmonic, median) lies on the components' range.
    const meanLike = method === "mean" || method === "geometricMean" || method === "harmonicMean" || method === "median";
    const factor = method === "sum" || method === "none" ? new D(components.length) : meanLike ? new D(1) : totalWeight;
    scale = { min: noNegZero(Number(factor.times(String(range[0])).toFixed())), max: noNegZero(Number(factor.times(String(range[1])).toFixed())) };
  } else {
    // Components on their own scales: the composite ranges over Σ f·min … Σ f·max.
    const f = (c: Component) => (method === "weightedSum" ? new D(c.weight) : method === "mean" ? new D(1).div(components.length) : new D(1));
    const lo = components.reduce((a, c) => a.plus(f(c).times(c.scale.min)), new D(0));
    const hi = components.reduce((a, c) => a.plus(f(c).times(c.scale.max)), new D(0));
    scale = { min: noNegZero(Number(lo.toFixed())), max: noNegZero(Number(hi.toFixed())) };
    if (method === "geometricMean" || method === "harmonicMean" || method === "median") {
      scale = { min: Math.min(...components.map((c) => c.scale.min)), max: Math.max(...components.map((c) => c.scale.max)) };
    }
  }
  return scale;
}

/** Fields a component or the composite may not take: yes/no components, or in a framework scored from indicators. */
function checkComponentFields(s: SpecOut, hasIndicators: boolean, method: string): void {
  const fail = (en: string, vi: string, path: (string | number)[]): never => {
    throw new PgiError("INVALID_FRAMEWORK", { en, vi }, path);
  };
  s.components.forEach((c, i) => {
    if (c.kind === "yesNo") {
      for (const k of ["scale", "decimals", "unit", "direction"] as const) {
        if (c[k] !== undefined) {
          fail(
            `a yes/no component (kind "yesNo") has scale [0, 1], 0 decimals and reads "đạt / chưa đạt"; leave out ${k}`,
            `thành phần đạt/chưa đạt (kind "yesNo") có thang [0, 1], 0 chữ số thập phân và đọc là "đạt / chưa đạt"; hãy bỏ ${k}`,
            ["components", i, k],
          );
        }
      }
    }
    if (hasIndicators) {
      for (const k of ["scale", "direction", "kind"] as const) {
        if (c[k] !== undefined) {
          fail(
            `${k} is for plans of mixed indicators; a framework scored from indicators puts every component on the normalization range — leave out ${k} or the indicators`,
            `${k} chỉ dùng cho kế hoạch gồm các chỉ tiêu khác loại; bộ chỉ số tính điểm từ chỉ tiêu đặt mọi thành phần trên thang chuẩn hoá — hãy bỏ ${k} hoặc bỏ các chỉ tiêu`,
            ["components", i, k],
          );
        }
      }
    }
  });
  if (hasIndicators && method === "none") {
    fail(
      'composite "none" is for plans of mixed indicators; a framework scored from indicators needs "sum", "mean" or "weightedSum"',
      'composite "none" chỉ dùng cho kế hoạch gồm các chỉ tiêu khác loại; bộ chỉ số tính điểm từ chỉ tiêu cần "sum", "mean" hoặc "weightedSum"',
      ["composite"],
    );
  }
}

/**
 * Validate a framework spec and return a frozen `Framework`.
 *
 * Defaults: normalization `minmax` to `[1, 10]` (PCI/PGI practice), aggregation `mean`, composite
 * `sum`, weights 1, 2 decimals. Every indicator's score lies on the framework range; an
 * indicator may override the method (`goalposts` with fixed `min`/`max`, `distanceToTarget` with
 * `low` and `target`). Methods of COINr without a fixed scale: `rank`, `percentRank`, `borda`,
 * `fractionOfMax`, `distanceToMax`, `distanceToReference` (`unit`, `cap`) and `zscore` (`mean`,
 * `sd`); a component with one has `freeScale: true`, and `decimals` may then go up to 10.
 * `aggregation` (framework-wide or a component's own) is `mean`, `weightedMean`, `geometricMean`,
 * `harmonicMean` or `median`; `composite` also `geometricMean`, `harmonicMean` or `median`
 * (formulas and sources in docs/methodology.md). The composite scale follows from the rule: `sum` n·range, `mean` the range,
 * `weightedSum` Σweight·range.
 *
 * Treatment and imputation (run before normalising, in COINr's order: impute, then treat):
 * `treatment: { method: "auto", winmax?, skewThreshold?, kurtosisThreshold? }` (COINr's defaults 5,
 * 2, 3.5) on the framework or on one indicator (the indicator's replaces the framework's;
 * `{ method: "none" }` switches it off), and `imputation: { method: "mean" | "median" |
 * "groupMean" | "groupMedian" }`. `auto` treatment of a `goalposts` or `distanceToTarget`
 * indicator is refused (a log transform would leave the units of its bounds), and so are both in a
 * framework without indicators.
 *
 * Mixed indicator plans (a commune's %, counts and yes/no targets): a component may have its own
 * `unit` (a string, or `{ vi, en }`), `scale` (`[min, max]`, or `[min, null]` for no upper end:
 * the component then has `unbounded: true` and `scale.max` 1e15), `direction` (`"lower"` when a
 * decrease is the improvement: its targets default to `atMost`), `decimals` (0–6), or be
 * `kind: "yesNo"` (scale [0, 1], 0 decimals, read "đạt / chưa đạt"); `composite: "none"` means
 * there is no composite. These are for plans: a framework with indicators keeps every component
 * on the normalization range and needs a composite.
 *
 * Levels (indicator → pillar → sub-index → index, as COINr): a component may name a `parent`
 * component; each parent aggregates its children's unrounded scores with its own `aggregation`
 * and the children's weights, and the composite combines the top level. A component aggregates
 * its indicators or its child components, never both; at most 10 levels of components.
 * `components` then holds the top level (what plans and renderers use) and `subComponents` the
 * levels below, each with its `parent`; every component has its `level` (1 is the indicators).
 *
 * @throws {@link PgiError} `INVALID_FRAMEWORK` naming the field: duplicate ids, an indicator of an
 * unknown component, a component without indicators, a bad weight, range or method,
 * `distanceToTarget` whose direction contradicts `low`/`target`, reserved ids (`__proto__`), a bad
 * unit, scale, direction, decimals or kind, a yes/no component with its own scale, unit,
 * decimals or direction, own scales/directions or `composite: "none"` together with indicators;
 * an unknown `parent` (`__proto__` too), a cycle of parents, more than 10 levels, a component with
 * both indicators and children, a child's weight under a parent that uses no weights;
 * `OUT_OF_RANGE` when the composite scale would exceed ±1.8e308.
 *
 * @example
 * ```ts
 * const fw = defineFramework({
 *   id: "district-green", name: { vi: "Chỉ số xanh cấp huyện", en: "District green index" },
 *   components: [{ id: "pollution" }, { id: "compliance" }],
 *   indicators: [
 *     { id: "i1", component: "pollution", direction: "higher" },
 *     { id: "i2", component: "pollution", direction: "lower" },
 *     { id: "i3", component: "compliance", direction: "higher" },
 *   ],
 * });
 * fw.composite;       // { method: "sum", scale: { min: 2, max: 20 }, decimals: 2 }
 * fw.indicators[1];   // { id: "i2", component: "pollution", direction: "lower", weight: 1, normalization: { method: "minmax", range: [1, 10] } }
 * const commune = defineFramework({
 *   id: "commune", name: { vi: "Kế hoạch môi trường xã", en: "Commune plan" }, composite: "none",
 *   components: [
 *     { id: "bins", unit: "%", scale: [0, 100], decimals: 1 },
 *     { id: "dumps", unit: { vi: "điểm", en: "sites" }, scale: [0, null], direction: "lower", decimals: 0 },
 *   ],
 * });
 * commune.components[1].unbounded; // true
 * const levels = defineFramework({
 *   id: "district", name: { vi: "Chỉ số cấp huyện", en: "District index" },
 *   components: [{ id: "env", aggregation: "geometricMean" }, { id: "air", parent: "env" }, { id: "waste", parent: "env" }],
 *   indicators: [
 *     { id: "pm25", component: "air", direction: "lower" },
 *     { id: "collected", component: "waste", direction: "higher" },
 *   ],
 * });
 * levels.components.map((c) => [c.id, c.level]);                 // [["env", 3]]
 * levels.subComponents?.map((c) => [c.id, c.parent, c.level]);  // [["air", "env", 2], ["waste", "env", 2]]
 * ```
 */
export function defineFramework<const S extends FrameworkSpec>(spec: S): Framework<IdsOf<S["components"]>, IdsOf<S["indicators"]>>;
export function defineFramework(spec: FrameworkSpec): Framework;
export function defineFramework(spec: FrameworkSpec): Framework {
  if (typeof spec === "object" && spec !== null && !Array.isArray(spec)) safeEntries(spec, [], { en: "the framework spec", vi: "mô tả bộ chỉ số" });
  let s: SpecOut;
  try {
    s = parseWith(specSchema(), spec);
  } catch (e) {
    throw recoded(e as PgiError, "INVALID_FRAMEWORK");
  }
  checkWeightsUsed(s);
  const given = s.normalization?.range ?? [1, 10];
  const range: [number, number] = [noNegZero(given[0]), noNegZero(given[1])];
  const fail = (en: string, vi: string, path: (string | number)[]): never => {
    throw new PgiError("INVALID_FRAMEWORK", { en, vi }, path);
  };
  const seen = new Set<string>();
  s.components.forEach((c, i) => {
    if (seen.has(c.id)) fail(`component id ${describe(c.id)} is used twice`, `mã thành phần ${describe(c.id)} được dùng hai lần`, ["components", i, "id"]);
    seen.add(c.id);
  });
  const indicators: Indicator[] = [];
  const indSeen = new Set<string>();
  (s.indicators ?? []).forEach((ind, i) => {
    if (indSeen.has(ind.id))
      fail(`indicator id ${describe(ind.id)} is used twice`, `mã chỉ tiêu ${describe(ind.id)} được dùng hai lần`, ["indicators", i, "id"]);
    indSeen.add(ind.id);
    if (!seen.has(ind.component)) {
      const known = [...seen].join(", ");
      fail(
        `indicator ${describe(ind.id)} names an unknown component ${describe(ind.component)}; components: ${known}`,
        `chỉ tiêu ${describe(ind.id)} ghi thành phần ${describe(ind.component)} không có trong bộ chỉ số; các thành phần: ${known}`,
        ["indicators", i, "component"],
      );
    }
    const normalization = normalizationOf(ind, i, range);
    indicators.push({
      id: ind.id,
      component: ind.component,
      direction: ind.direction,
      weight: ind.weight ?? 1,
      ...(ind.name ? { name: ind.name } : {}),
      normalization,
      ...(ind.treatment !== undefined ? { treatment: treatmentRuleOf(ind.treatment) } : {}),
    });
  });
  const tree = levelsOf(s, indicators);
  if (indicators.length > 0) {
    s.components.forEach((c, i) => {
      if (!indicators.some((ind) => ind.component === c.id) && !tree?.children.has(c.id))
        fail(`component ${describe(c.id)} has no indicators`, `thành phần ${describe(c.id)} không có chỉ tiêu nào`, ["components", i]);
    });
  }
  checkTreatmentFits(s.treatment === undefined ? undefined : treatmentRuleOf(s.treatment), indicators, s.imputation);
  const method = s.composite ?? "sum";
  const freeOf = checkDecimals(s, indicators, method);
  checkComponentFields(s, indicators.length > 0, method);
  const levels = tree === null ? null : splitLevels(s, tree, freeOf, (c, at, free) => componentOf(c, at, range, free));
  const components: Component[] = levels?.top ?? s.components.map((c, i) => componentOf(c, i, range, freeOf));
  const scale = compositeScale(s, components, method, range);
  if (!Number.isFinite(scale.min) || !Number.isFinite(scale.max)) {
    throw new PgiError(
      "OUT_OF_RANGE",
      {
        en: "the composite of this framework would range beyond the largest number JavaScript holds (about 1.8e308); use a smaller normalization range",
        vi: "điểm tổng hợp của bộ chỉ số này sẽ vượt quá số lớn nhất JavaScript biểu diễn được (khoảng 1,8e308); hãy dùng thang chuẩn hoá nhỏ hơn",
      },
      ["normalization", "range"],
    );
  }
  return seal({
    id: s.id,
    edition: s.edition ?? null,
    name: s.name,
    shortName: s.name,
    components,
    decimals: s.decimals ?? 2,
    composite: { method, scale, decimals: s.decimals ?? 2 },
    indicators,
    normalization: { method: "minmax", range },
    aggregation: s.aggregation ?? "mean",
    sources: [],
    ...(levels !== null ? { subComponents: levels.sub } : {}),
    ...prepareRulesOf(s),
  } satisfies Framework);
}
