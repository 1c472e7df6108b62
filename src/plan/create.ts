/**
 * Plans as offices write them: baseline, targets, stated increases, owners and deadlines.
 * @module
 */
import { asFramework } from "../framework/revive";
import { D, toDec, toNum, type Dec, type NumberInput } from "../decimal";
import { describe, parseWith, PgiError, prefixPath, safeEntries, type PgiPath } from "../errors";
import { field, revive, kindOf } from "../revive";
import { compositeDec } from "../framework/composite";
import { subIndex } from "../framework/lookup";
import { PGI, pgiEdition, type PgiSubIndexId } from "../framework/pgi";
import type { Component, Framework } from "../framework/types";
import { acceptedBy } from "../schemas";
import { asScoreCard, readScores, scoreCard, type ScoreCard, type ScoreCardInput } from "../scorecard/scorecard";
import type { Finding } from "../findings";
import type { PgiScoreKey } from "../framework/names";
import { isSealed, seal } from "../util";
import { findProvince, province } from "../data/provinces";
import { sameUnit } from "./units";
import { showPlan } from "./render";
import { makePlanShape, makeTargetObjectShape } from "./shape";

let planShape: ReturnType<typeof makePlanShape> | undefined;
let targetObjectShape: ReturnType<typeof makeTargetObjectShape> | undefined;

/** How a target is meant: "đạt từ 6,58 điểm trở lên" is `atLeast` (the default). */
export type Comparator = "atLeast" | "atMost" | "exactly";

/** One sub-index target as a plan states it. At least one of `target` and `delta` is needed. */
export interface TargetSpec {
  /** The target score. */
  readonly target?: NumberInput;
  /** The stated increase over the baseline. */
  readonly delta?: NumberInput;
  /** Default `atLeast`. */
  readonly comparator?: Comparator;
  /** Responsible agencies, free text. */
  readonly owners?: string | readonly string[];
  /** Reporting deadline, ISO date `YYYY-MM-DD`. */
  readonly due?: string;
}

/**
 * The input of {@link createPlan}. `K` types the keys of `baseline` and `targets`: for PGI plans
 * {@link PgiScoreKey} (a misspelt literal key does not compile), for your own framework any.
 */
export interface PlanInput<K extends PropertyKey = string> {
  /**
   * Who plans: a province, a district ("Huyện Văn Quan"), a department, a commune. Free text,
   * never looked up.
   */
  readonly unit: string;
  /**
   * Whose published index the plan targets (default: `unit`). For PGI, which is published per
   * province, it must be a province (any common spelling; kept as the registry writes it) unless
   * `units: "any"`: a district's plan for the provincial index says `unit: "Huyện Văn Quan",
   * indexUnit: "Lạng Sơn"`.
   */
  readonly indexUnit?: string;
  /**
   * `"provinces"` (default): a PGI plan's `indexUnit` must be one of the 63 provinces.
   * `"any"`: any named unit (an index computed for districts or communes). Other frameworks take
   * any unit either way.
   */
  readonly units?: "provinces" | "any";
  /**
   * The plan's title; by default as offices title them: "Kế hoạch cải thiện, nâng cao Chỉ số
   * Xanh cấp tỉnh (PGI) năm 2024 — Lạng Sơn" (for another framework, its Vietnamese name).
   */
  readonly title?: string;
  readonly baselineYear: number | string;
  readonly targetYear: number | string;
  /** Where the figures come from. */
  readonly source?: string;
  /** A score card, or the four baseline scores keyed by anything `subIndex` accepts. */
  readonly baseline: ScoreCard | { readonly [P in K]?: NumberInput };
  /** Targets keyed by anything `subIndex` accepts: a number (the target) or a {@link TargetSpec}. */
  readonly targets: { readonly [P in K]?: NumberInput | TargetSpec };
  /** A stated composite goal. */
  readonly compositeTarget?: NumberInput;
}

/** One sub-index of a plan. Numbers are exact 2-dp values. */
export interface PlanSubIndex {
  readonly id: string;
  readonly baseline: number;
  /** `null` when the plan sets no target for this sub-index. */
  readonly target: number | null;
  /** target − baseline; `null` without a target. */
  readonly delta: number | null;
  /** The increase the plan states, when it states one. */
  readonly statedDelta: number | null;
  readonly comparator: Comparator;
  readonly owners: readonly string[];
  readonly due: string | null;
  /**
   * `"lower"` for a lower-is-better component (its framework says `direction: "lower"`): a
   * decrease is the improvement. Absent otherwise (PGI).
   */
  readonly direction?: "lower";
}

/** The composite line of a plan. */
export interface PlanComposite {
  /**
   * The baseline card's composite (the published one when given); `null` for a framework without
   * a composite (`composite: "none"`), where every field of this line is `null`.
   */
  readonly baseline: number | null;
  /** The stated composite target, else the sum of the sub-index targets (`null` if any is missing). */
  readonly target: number | null;
  /** target − baseline. */
  readonly delta: number | null;
  /** The stated composite target, or `null`. */
  readonly stated: number | null;
  /** The sum of the sub-index targets, or `null` if any is missing. */
  readonly sumOfTargets: number | null;
}

/** A validated plan: plain, frozen, JSON-serializable. */
export interface Plan<K extends string = PgiSubIndexId> {
  readonly kind: "plan";
  readonly framework: string;
  /** Who plans (as given). */
  readonly unit: string;
  /**
   * Whose published index the plan targets: `unit` unless the input said otherwise; a province
   * is written as the registry writes it ("Lạng Sơn", "TP. Hồ Chí Minh").
   */
  readonly indexUnit: string;
  readonly title: string;
  readonly baselineYear: number;
  readonly targetYear: number;
  readonly source: string | null;
  readonly subIndices: Readonly<Record<K, PlanSubIndex>>;
  readonly composite: PlanComposite;
  /** Findings carried over from the baseline card (e.g. `COMPOSITE_ROUNDING`). */
  readonly baselineFindings: readonly Finding[];
  /** The year of the baseline card when one was given (checked against `baselineYear`). */
  readonly baselineCardYear: number | null;
}

/**
 * One target of a PGI sub-index as a plan states it: a number, or `{ target?, delta?,
 * comparator?, owners?, due? }`. A zod/mini schema (compose it with `zod/mini` or classic `zod`
 * v4) that accepts exactly what {@link createPlan} accepts as a sub-index's target: a number is
 * read on the 1–10 scale (so `"4,845"` is 4.845, not ambiguous), a stated delta within ±9; a
 * target outside the scale is accepted here and reported by {@link checkPlan}.
 *
 * @example
 * ```ts
 * TargetSpecSchema.safeParse({ target: "6,58", owners: "Sở TN&MT" }).success; // true
 * TargetSpecSchema.safeParse({ owners: "Sở TN&MT" }).success;                   // false
 * TargetSpecSchema.safeParse("4,845").success;                                  // true
 * ```
 */
export const TargetSpecSchema = /* @__PURE__ */ (() => acceptedBy<NumberInput | TargetSpec>((spec) => readTarget(PGI.components[0]!, spec, [], new D(1))))();

/**
 * The input of {@link createPlan}, for apps that validate before calling. A zod/mini schema that
 * accepts exactly what `createPlan(input)` accepts (a score of 11, a misspelt sub-index, reversed
 * years are refused, with the function's own message).
 *
 * @example
 * ```ts
 * PlanInputSchema.safeParse({
 *   unit: "Lạng Sơn", title: "Kế hoạch PGI 2024", baselineYear: 2023, targetYear: 2024,
 *   baseline: { pollution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 },
 *   targets: { pollution: 6.58 },
 * }).success; // true
 * PlanInputSchema.safeParse({
 *   unit: "Lạng Sơn", baselineYear: 2023, targetYear: 2024,
 *   baseline: { pollution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 11 },
 *   targets: { polution: 6.58 },
 * }).success; // false
 * ```
 */
export const PlanInputSchema = /* @__PURE__ */ (() => acceptedBy<PlanInput>((input) => buildPlan(input as PlanInput)))();

function isScoreCard(value: unknown): value is ScoreCard {
  return kindOf(value) === "scoreCard";
}

/**
 * Build a plan from what an office writes: for each sub-index the target (or the stated
 * increase), owners and deadline, against a baseline score card or four baseline scores.
 *
 * - `delta` = target − baseline, exactly; when only a stated `delta` is given the target is
 *   baseline + delta. Both are kept when both are given (a mismatch is for {@link checkPlan}).
 * - `composite.baseline` is the baseline card's composite (its published one when given, else the
 *   sum); `composite.target` is the stated `compositeTarget`, else the sum of the sub-index targets.
 * - Targets outside 1–10, targets below baseline and similar inconsistencies are accepted here and
 *   reported by {@link checkPlan}; malformed input throws.
 *
 * Who plans (`unit`, free text) and whose index the plan targets (`indexUnit`, default `unit`) are
 * two units: a district's plan for its province's PGI says `unit: "Huyện Văn Quan", indexUnit:
 * "Lạng Sơn"`. For PGI the index unit must be a province (written as the registry writes it)
 * unless `units: "any"`; a baseline card must be of the index unit.
 *
 * The framework (second argument) defaults to PGI; a baseline card of another framework is refused.
 * With a framework of mixed indicators (see {@link defineFramework}) each value is rounded to its
 * component's `decimals`, a lower-is-better component's targets default to `atMost` (and its row
 * carries `direction: "lower"`), and where there is no composite (`composite: "none"`) every field
 * of `composite` is `null` and a `compositeTarget` is refused.
 *
 * @throws {@link PgiError} for malformed input: `INVALID_INPUT` (shape, missing target and delta,
 * bad comparator), `INVALID_NUMBER`, `UNKNOWN_SUBINDEX`, `DUPLICATE_SUBINDEX`, `UNSAFE_KEY`,
 * `OUT_OF_SCALE` and `MISSING_SUBINDEX` (baseline scores), `INVALID_DATE`; `UNKNOWN_PROVINCE` for a
 * PGI plan whose index unit is no province (pass `indexUnit` or `units: "any"`).
 *
 * @example
 * ```ts
 * const plan = createPlan({
 *   unit: "Lạng Sơn", title: "Kế hoạch nâng cao PGI 2024", baselineYear: 2023, targetYear: 2024,
 *   baseline: { pollution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 },
 *   targets: { pollution: 6.58, compliance: 6.11, greenPractices: "4,38", incentives: { target: 5.3, delta: 0.55 } },
 * });
 * plan.subIndices.pollution.delta; // 1.74
 * plan.composite;                  // { baseline: 17.33, target: 22.37, delta: 5.04, stated: null, sumOfTargets: 22.37 }
 * ```
 */
export function createPlan(input: PlanInput<PgiScoreKey>): Plan<PgiSubIndexId>;
export function createPlan(input: PlanInput, framework: Framework): Plan<string>;
export function createPlan(input: PlanInput, framework?: Framework): Plan<string> {
  // A plan object (or its JSON copy) is accepted too: it comes back re-validated.
  return kindOf(input) === "plan" ? asPlan(input, framework) : buildPlan(input, framework);
}

type TargetMeta = { comparator: Comparator; owners: readonly string[]; due: string | null };

/** Pass 1 of a plan: the baseline, a score card (its framework edition taken over) or the scores. */
function readBaseline(
  given: unknown,
  framework: Framework | undefined,
  fw: Framework,
): {
  fw: Framework;
  baseline: Map<string, Dec>;
  baselineComposite: Dec;
  baselineFindings: readonly Finding[];
  baselineCardYear: number | null;
  baselineCardUnit: string | null;
} {
  if (isScoreCard(given)) {
    const card = asScoreCard(given, ["baseline"], framework);
    if (framework === undefined && card.framework === "pgi" && card.edition !== null) fw = pgiEdition(card.edition);
    if (card.framework !== fw.id) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `the baseline card is of framework ${describe(card.framework)} but the plan uses ${describe(fw.id)}; pass the matching framework`,
          vi: `số liệu cơ sở thuộc bộ chỉ số ${describe(card.framework, "vi")} nhưng kế hoạch dùng bộ chỉ số ${describe(fw.id, "vi")}; hãy truyền đúng bộ chỉ số`,
        },
        ["baseline"],
      );
    }
    return {
      fw,
      baseline: readScores(fw, card.scores, ["baseline", "scores"], true),
      baselineComposite: toDec(card.composite, { path: ["baseline", "composite"] }),
      baselineFindings: card.findings,
      baselineCardYear: card.year,
      baselineCardUnit: card.unit,
    };
  }
  const baseline = readScores(fw, given, ["baseline"], true);
  return { fw, baseline, baselineComposite: compositeDec(fw, baseline), baselineFindings: [], baselineCardYear: null, baselineCardUnit: null };
}

/** Pass 2 of a plan: each sub-index's target (a score, or `{ target?, delta?, … }`), by component id. */
function readTargets(
  fw: Framework,
  targets: unknown,
  baseline: ReadonlyMap<string, Dec>,
): { target: Map<string, Dec>; stated: Map<string, Dec>; meta: Map<string, TargetMeta> } {
  const target = new Map<string, Dec>();
  const stated = new Map<string, Dec>();
  const meta = new Map<string, TargetMeta>();
  const keyOf = new Map<string, string>();
  for (const [key, raw] of safeEntries(targets, ["targets"], { en: "the targets", vi: "các chỉ tiêu" })) {
    const path: PgiPath = ["targets", key];
    const c = subIndex(fw, key, path);
    const earlier = keyOf.get(c.id);
    if (earlier !== undefined) {
      throw new PgiError(
        "DUPLICATE_SUBINDEX",
        {
          en: `${describe(key)} and ${describe(earlier)} both name ${c.id}; give each sub-index one target`,
          vi: `${describe(key, "vi")} và ${describe(earlier, "vi")} cùng chỉ "${c.name.vi}"; mỗi chỉ số chỉ ghi một chỉ tiêu`,
        },
        path,
        { id: c.id },
      );
    }
    keyOf.set(c.id, key);
    const read = readTarget(c, raw, path, baseline.get(c.id)!);
    target.set(c.id, read.target);
    if (read.stated !== undefined) stated.set(c.id, read.stated);
    meta.set(c.id, read.meta);
  }
  return { target, stated, meta };
}

/**
 * One target as a plan states it (a score, or `{ target?, delta?, comparator?, owners?, due? }`)
 * for component `c`, whose baseline is `base`: the target (baseline + delta when only a delta is
 * given), the stated delta and the rest. The one reader of a target, used by createPlan and by
 * {@link TargetSpecSchema}.
 */
function readTarget(c: Component, raw: unknown, path: PgiPath, base: Dec): { target: Dec; stated?: Dec; meta: TargetMeta } {
  if (typeof raw === "object" && raw !== null && !Array.isArray(raw) && !isDecimalObject(raw)) {
    safeEntries(raw, path, { en: "a target", vi: "chỉ tiêu" });
    const spec = parseWith((targetObjectShape ??= makeTargetObjectShape()), raw, path);
    if (spec.target === undefined && spec.delta === undefined) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: "a target needs `target` (the score to reach) or `delta` (the increase), or both",
          vi: "chỉ tiêu cần có `target` (mức cần đạt) hoặc `delta` (mức tăng), hoặc cả hai",
        },
        path,
      );
    }
    const t = spec.target === undefined ? undefined : toDec(spec.target, { path: [...path, "target"], scale: targetScale(c) });
    const d = spec.delta === undefined ? undefined : toDec(spec.delta, { path: [...path, "delta"], scale: deltaScale(c) });
    const meta = { comparator: spec.comparator ?? defaultComparator(c), owners: spec.owners ?? [], due: spec.due ?? null };
    return d === undefined ? { target: t!, meta } : { target: t ?? base.plus(d), stated: d, meta };
  }
  return { target: toDec(raw, { path, scale: targetScale(c) }), meta: { comparator: defaultComparator(c), owners: [], due: null } };
}

/** The scale a target is read on ("4,845" is 4.845 for a 1–10 sub-index): the component's. */
function targetScale(c: Component): { min: number; max: number } {
  return { min: c.scale.min, max: c.scale.max };
}

/** The scale a stated increase is read on: ± the width of the component's scale. */
function deltaScale(c: Component): { min: number; max: number } {
  const width = new D(c.scale.max).minus(c.scale.min).toNumber();
  return { min: -width, max: width };
}

/** Pass 4 of a plan: each component's baseline, target and change, rounded to its decimals. */
function planSubIndices(
  fw: Framework,
  baseline: ReadonlyMap<string, Dec>,
  target: ReadonlyMap<string, Dec>,
  stated: ReadonlyMap<string, Dec>,
  meta: ReadonlyMap<string, TargetMeta>,
): Record<string, PlanSubIndex> {
  const subIndices: Record<string, PlanSubIndex> = {};
  for (const c of fw.components) {
    const b = baseline.get(c.id)!;
    const t = target.get(c.id);
    const m = meta.get(c.id);
    const dp = c.decimals ?? fw.decimals;
    subIndices[c.id] = {
      id: c.id,
      baseline: toNum(b, dp),
      target: t === undefined ? null : toNum(t, dp),
      delta: t === undefined ? null : toNum(t.minus(b), dp),
      statedDelta: stated.has(c.id) ? toNum(stated.get(c.id)!, dp) : null,
      comparator: m?.comparator ?? defaultComparator(c),
      owners: [...(m?.owners ?? [])],
      due: m?.due ?? null,
      ...(c.direction === "lower" ? { direction: "lower" as const } : {}),
    };
  }
  return subIndices;
}

/** createPlan without the public overloads. @internal */
export function buildPlan(input: PlanInput, framework?: Framework): Plan<string> {
  if (framework !== undefined) framework = asFramework(framework);
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new PgiError("INVALID_INPUT", {
      en: `expected a plan { unit, title, baselineYear, targetYear, baseline, targets }, got ${describe(input)}`,
      vi: `cần một kế hoạch { unit, title, baselineYear, targetYear, baseline, targets }, nhận được ${describe(input, "vi")}`,
    });
  }
  safeEntries(input, [], { en: "the plan", vi: "kế hoạch" });
  const shape = parseWith((planShape ??= makePlanShape()), input);
  let fw = framework ?? PGI;

  const read = readBaseline(shape.baseline, framework, fw);
  fw = read.fw;
  const { baseline, baselineComposite, baselineFindings, baselineCardYear, baselineCardUnit } = read;
  const { target, stated, meta } = readTargets(fw, shape.targets, baseline);

  const indexUnit = resolveIndexUnit(fw, shape, baselineCardUnit);
  const none = fw.composite.method === "none";
  if (none && shape.compositeTarget !== undefined) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `framework ${describe(fw.id)} has no composite (composite "none"); leave out compositeTarget and give each indicator its target`,
        vi: `bộ chỉ số ${describe(fw.id, "vi")} không có điểm tổng hợp (composite "none"); hãy bỏ compositeTarget và ghi chỉ tiêu cho từng chỉ tiêu thành phần`,
      },
      ["compositeTarget"],
    );
  }
  const compositeStated =
    shape.compositeTarget === undefined
      ? null
      : toDec(shape.compositeTarget, { path: ["compositeTarget"], scale: { min: fw.composite.scale.min, max: fw.composite.scale.max } });
  const allTargets = !none && fw.components.every((c) => target.has(c.id));
  const sum = allTargets ? compositeDec(fw, target) : null;
  const compositeTarget = compositeStated ?? sum;

  const subIndices = planSubIndices(fw, baseline, target, stated, meta);
  const cd = fw.composite.decimals;
  const plan: Plan<string> = seal(
    {
      kind: "plan" as const,
      framework: fw.id,
      unit: shape.unit,
      indexUnit,
      title: shape.title ?? defaultTitle(fw, shape.unit, shape.targetYear),
      baselineYear: shape.baselineYear,
      targetYear: shape.targetYear,
      source: shape.source ?? null,
      subIndices,
      composite: {
        baseline: none ? null : toNum(baselineComposite, cd),
        target: compositeTarget === null ? null : toNum(compositeTarget, cd),
        delta: compositeTarget === null ? null : toNum(compositeTarget.minus(baselineComposite), cd),
        stated: compositeStated === null ? null : toNum(compositeStated, cd),
        sumOfTargets: sum === null ? null : toNum(sum, cd),
      },
      baselineFindings,
      baselineCardYear,
    },
    showPlan,
  );
  return plan;
}

/**
 * The unit whose index the plan targets: `indexUnit`, else `unit`. Under PGI (published per
 * province) it must be a province unless `units: "any"`; a province is written as the registry
 * writes it. A baseline card must be of that unit.
 */
function resolveIndexUnit(
  fw: Framework,
  shape: { unit: string; indexUnit?: string | undefined; units?: "provinces" | "any" | undefined },
  cardUnit: string | null,
): string {
  const given = shape.indexUnit;
  const name = given ?? shape.unit;
  const path: PgiPath = given === undefined ? ["unit"] : ["indexUnit"];
  const pgi = fw.id === "pgi";
  const p = pgi ? findProvince(name) : undefined;
  if (pgi && p === undefined && shape.units !== "any") {
    const cardProvince = cardUnit === null ? undefined : findProvince(cardUnit);
    let closest: readonly string[] = [];
    try {
      province(name);
    } catch (e) {
      const c = (e as PgiError).details.closest;
      if (Array.isArray(c)) closest = c as string[];
    }
    const example = cardProvince?.name ?? "Lạng Sơn";
    const near = closest.length > 0 && given !== undefined ? closest : [];
    throw new PgiError(
      "UNKNOWN_PROVINCE",
      {
        en:
          `${given === undefined ? "the plan's unit" : "indexUnit"} ${describe(name)} is not a province, and PGI is published per province` +
          (near.length > 0 ? ` (did you mean ${near.map((n) => `"${n}"`).join(", ")}?)` : "") +
          `; a plan made by a district, department or commune targets its province's index: pass indexUnit: "${example}" (the province)` +
          `, or units: "any" for an index of units other than provinces`,
        vi:
          `${given === undefined ? "đơn vị lập kế hoạch" : "đơn vị có chỉ số (indexUnit)"} ${describe(name)} không phải là tỉnh, thành phố, mà PGI chỉ công bố cho cấp tỉnh` +
          (near.length > 0 ? ` (có phải là ${near.map((n) => `"${n}"`).join(", ")}?)` : "") +
          `; kế hoạch của huyện, sở, ngành hoặc xã hướng tới chỉ số của tỉnh: ghi indexUnit: "${example}" (tên tỉnh)` +
          `, hoặc units: "any" nếu chỉ số được tính cho đơn vị không phải cấp tỉnh`,
      },
      path,
      { name, closest: near },
    );
  }
  const indexUnit = p?.name ?? name;
  if (cardUnit !== null && !sameUnit(cardUnit, indexUnit)) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `the baseline card is of ${describe(cardUnit)} but the plan targets the index of ${describe(indexUnit)}; pass that unit's card, or indexUnit: ${describe(cardUnit)} when the plan targets that unit's index`,
        vi: `số liệu cơ sở là của ${describe(cardUnit)} nhưng kế hoạch hướng tới chỉ số của ${describe(indexUnit)}; hãy dùng số liệu của đơn vị đó, hoặc ghi indexUnit: ${describe(cardUnit)} nếu kế hoạch hướng tới chỉ số của đơn vị này`,
      },
      ["baseline", "unit"],
      { cardUnit, indexUnit },
    );
  }
  return indexUnit;
}

/** The title offices give a plan, for a plan input without one. */
function defaultTitle(fw: Framework, unit: string, year: number): string {
  const what = fw.id === "pgi" ? "cải thiện, nâng cao Chỉ số Xanh cấp tỉnh (PGI)" : fw.name.vi;
  return `${/^kế hoạch /i.test(what) ? what : `Kế hoạch ${what}`} năm ${year} — ${unit}`;
}

/** `atMost` for a lower-is-better component, else `atLeast`. */
function defaultComparator(c: Component): Comparator {
  return c.direction === "lower" ? "atMost" : "atLeast";
}

function isDecimalObject(value: object): boolean {
  return D.isDecimal(value);
}

/**
 * Accept a plan object (as createPlan returned it, or its JSON copy, which is rebuilt from its
 * own figures and must match field by field) or a plan input. @internal
 */
export function asPlan(value: Plan<string> | PlanInput, framework?: Framework, path: PgiPath = []): Plan<string> {
  if (isSealed(value, "plan") && (framework === undefined || (value as Plan<string>).framework === framework.id)) return value as Plan<string>;
  if (typeof value === "object" && value !== null && !Array.isArray(value) && field(value, "kind", path) === "plan") return revivePlan(value, framework, path);
  try {
    return buildPlan(value as PlanInput, framework);
  } catch (e) {
    throw prefixPath(e, path);
  }
}

function revivePlan(value: object, framework: Framework | undefined, path: PgiPath): Plan<string> {
  const get = (k: string): unknown => field(value, k, path);
  const id = get("framework");
  const fw = framework !== undefined && id === framework.id ? framework : id === "pgi" ? PGI : undefined;
  if (fw === undefined) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `this plan is of framework ${describe(id)}${framework ? `, not ${describe(framework.id)}` : ""}; pass the plan's own framework`,
        vi: `kế hoạch này thuộc bộ chỉ số ${describe(id, "vi")}${framework ? `, không phải ${describe(framework.id, "vi")}` : ""}; hãy truyền đúng bộ chỉ số của kế hoạch`,
      },
      [...path, "framework"],
    );
  }
  // A copy made before plans carried indexUnit stands for a plan whose index unit is its unit.
  const given =
    field(value, "indexUnit", path) === undefined && typeof field(value, "unit", path) === "string"
      ? { ...value, indexUnit: field(value, "unit", path) }
      : value;
  return revive("plan", given, path, () => {
    const subs = get("subIndices");
    const comp = get("composite");
    const baseline: Record<string, unknown> = {};
    const targets: Record<string, unknown> = {};
    for (const c of fw.components) {
      const p: PgiPath = [...path, "subIndices", c.id];
      const s = field(subs, c.id, [...path, "subIndices"]);
      const at = (k: string) => field(s, k, p);
      baseline[c.id] = at("baseline");
      if (at("target") !== null) {
        const stated = at("statedDelta");
        const due = at("due");
        targets[c.id] = {
          target: at("target"),
          ...(stated !== null ? { delta: stated } : {}),
          comparator: at("comparator"),
          owners: at("owners"),
          ...(due !== null ? { due } : {}),
        };
      }
    }
    const cardYear = get("baselineCardYear");
    const source = get("source");
    const stated = field(comp, "stated", [...path, "composite"]);
    const unit = get("unit");
    const indexUnit = field(given, "indexUnit", path);
    const ownFw = framework === undefined ? undefined : fw;
    // The copy's index unit was checked when the plan was made (under units: "any" when it is no province).
    const units = typeof indexUnit === "string" && fw.id === "pgi" && findProvince(indexUnit) === undefined ? { units: "any" as const } : {};
    const cardInput = {
      unit: typeof indexUnit === "string" ? indexUnit : unit,
      year: cardYear,
      scores: baseline,
      composite: field(comp, "baseline", [...path, "composite"]),
    } as ScoreCardInput;
    const base = cardYear === null ? baseline : ownFw === undefined ? scoreCard(cardInput) : scoreCard(cardInput, ownFw);
    return buildPlan(
      {
        unit,
        indexUnit,
        ...units,
        title: get("title"),
        baselineYear: get("baselineYear"),
        targetYear: get("targetYear"),
        ...(source !== null ? { source } : {}),
        baseline: base,
        targets,
        ...(stated !== null ? { compositeTarget: stated } : {}),
      } as PlanInput,
      ownFw,
    );
  });
}
