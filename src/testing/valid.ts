/**
 * fast-check arbitraries for valid pgi-kit inputs. Every arbitrary is built from integers (scores
 * as hundredths), so fast-check shrinks a failing case towards small, readable figures.
 * Nothing is built at import time: each function makes its arbitrary when called.
 * @module
 */
import * as fc from "fast-check";
import { D, type Lang } from "../decimal";
import { describe, PgiError } from "../errors";
import { PGI_EDITIONS, PGI_SUBINDEX_IDS, type PgiEditionYear, type PgiSubIndexId } from "../framework/pgi";
import { provinceRows } from "../data/provinces-rows";
import type { ScoreCardInput } from "../scorecard/scorecard";
import type { PlanInput, TargetSpec } from "../plan/create";
import type { FrameworkSpec } from "../framework/define";
import type { UnitRow } from "../scoring/engine";
import type { TrajectoryInput } from "../targets/trajectory";
import type { Question, SurveyResponse } from "../survey/aggregate";

// ---------------------------------------------------------------------------------------------
// Small exact helpers (Decimal, never float arithmetic on scores)

/** `units / 10^decimals` as the closest double, exactly (658, 2 → 6.58). */
function fromUnits(units: number, decimals: number = 2): number {
  const n = Number(new D(units).div(new D(10).pow(decimals)).toFixed());
  return n === 0 ? 0 : n;
}

/** `units / 10^decimals` written in a locale: `fixed` with all decimals, else shortest. */
function textOf(units: number, decimals: number, lang: Lang, fixed: boolean): string {
  const d = new D(units).div(new D(10).pow(decimals));
  let text = fixed ? d.toFixed(decimals) : d.toFixed();
  // "1.234" / "1,234" (three decimals, integer part not zero) is refused as ambiguous: write "1.2340".
  if (/^-?[1-9]\d{0,2}\.\d{3}$/.test(text)) text += "0";
  return lang === "vi" ? text.replace(".", ",") : text;
}

function bound(value: unknown, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new PgiError("INVALID_INPUT", `${name} must be a whole number from ${min} to ${max}, got ${describe(value)}`, [name]);
  }
  return value;
}

function provinceNames(): string[] {
  return provinceRows().map((r) => r[1]);
}

function editionArb(year: PgiEditionYear | undefined): fc.Arbitrary<PgiEditionYear> {
  if (year === undefined) return fc.constantFrom(...PGI_EDITIONS);
  if (!(PGI_EDITIONS as readonly number[]).includes(year)) {
    throw new PgiError("INVALID_INPUT", `year must be one of ${PGI_EDITIONS.join(", ")}, got ${describe(year)}`, ["year"]);
  }
  return fc.constant(year);
}

/** Four PGI scores in hundredths (100 … 1000). */
function fourHundredths(max: number = 1000): fc.Arbitrary<[number, number, number, number]> {
  const h = fc.integer({ min: 100, max });
  return fc.tuple(h, h, h, h);
}

// ---------------------------------------------------------------------------------------------
// Scores

/** Options of {@link arbScore} and {@link arbScoreText}. */
export interface ScoreArbOptions {
  /** Lowest value (default 1, the PGI scale). */
  readonly min?: number;
  /** Highest value (default 10). */
  readonly max?: number;
  /** Decimal places, 0–6 (default 2, as published). */
  readonly decimals?: number;
}

function unitsRange(options: ScoreArbOptions): { lo: number; hi: number; decimals: number } {
  if (typeof options !== "object" || options === null) {
    throw new PgiError("INVALID_INPUT", `expected options { min?, max?, decimals? }, got ${describe(options)}`, []);
  }
  const decimals = bound(options.decimals, "decimals", 2, 0, 6);
  const min = options.min ?? 1;
  const max = options.max ?? 10;
  for (const [name, v] of [["min", min], ["max", max]] as const) {
    if (typeof v !== "number" || !Number.isFinite(v) || Math.abs(v) > 1e9) {
      throw new PgiError("INVALID_INPUT", `${name} must be a finite number (|x| ≤ 1e9), got ${describe(v)}`, [name]);
    }
  }
  const f = new D(10).pow(decimals);
  const lo = new D(String(min)).times(f).ceil().toNumber();
  const hi = new D(String(max)).times(f).floor().toNumber();
  if (lo > hi) throw new PgiError("INVALID_INPUT", `min must not be above max, got ${min} and ${max}`, ["min"]);
  return { lo, hi, decimals };
}

/**
 * A score on a scale with at most `decimals` places (default: the PGI scale 1–10, 2 decimals), as
 * the closest double to that decimal, exactly as pgi-kit returns it. Shrinks towards `min`.
 *
 * Meant for: any invariant of score arithmetic (`scoreCard`, `createPlan`, `gapReport`…), with
 * {@link exactSum} and {@link exactDifference} for the expected values.
 *
 * @example
 * ```ts
 * fc.check(fc.property(arbScore(), (s) => s >= 1 && s <= 10 && hundredths(s) === Math.round(s * 100))).failed; // false
 * fc.check(fc.property(arbScore({ min: 0, max: 100, decimals: 1 }), (s) => parseNumber(formatNumber(s, { decimals: 1 })) === s)).failed; // false
 * ```
 */
export function arbScore(options: ScoreArbOptions = {}): fc.Arbitrary<number> {
  const { lo, hi, decimals } = unitsRange(options);
  return fc.integer({ min: lo, max: hi }).map((u) => fromUnits(u, decimals));
}

/** A score written as text, with the number it stands for. */
export interface ScoreText {
  /** The text: `"6,58"` (vi) or `"6.58"` (en), sometimes `"6,5"`, `"6"` or with spaces around. */
  readonly text: string;
  /** The number the text stands for (what `parseNumber(text)` must return). */
  readonly value: number;
  readonly lang: Lang;
}

/**
 * A score written as a string in Vietnamese (`"6,58"`, decimal comma) or English (`"6.58"`), in
 * the forms people type: all decimals (`"6,50"`), the shortest (`"6,5"`), with spaces around.
 * Never an ambiguous `"1,234"`. `lang` picks one locale (default: both).
 *
 * Meant for: the number parser and every input that takes `"6,58"`: `parseNumber(text) === value`.
 *
 * @example
 * ```ts
 * fc.check(fc.property(arbScoreText(), ({ text, value }) => parseNumber(text) === value)).failed; // false
 * fc.check(fc.property(arbScoreText({ lang: "vi" }), ({ text }) => !text.includes("."))).failed;  // false
 * ```
 */
export function arbScoreText(options: ScoreArbOptions & { readonly lang?: Lang } = {}): fc.Arbitrary<ScoreText> {
  const { lo, hi, decimals } = unitsRange(options);
  const lang = options.lang;
  if (lang !== undefined && lang !== "vi" && lang !== "en") {
    throw new PgiError("INVALID_INPUT", `lang must be "vi" or "en", got ${describe(lang)}`, ["lang"]);
  }
  return fc
    .tuple(
      fc.integer({ min: lo, max: hi }),
      lang === undefined ? fc.constantFrom<Lang>("vi", "en") : fc.constant(lang),
      fc.boolean(),
      fc.constantFrom("", " ", "  "),
    )
    .map(([u, l, fixed, pad]) => ({ text: `${pad}${textOf(u, decimals, l, fixed)}${pad}`, value: fromUnits(u, decimals), lang: l }));
}

// ---------------------------------------------------------------------------------------------
// Score cards

/** Spellings that `subIndex(PGI, key)` must accept for each sub-index (ids, positions, vi/en names, no diacritics). */
function spellings(id: PgiSubIndexId): readonly string[] {
  switch (id) {
    case "pollution":
      return ["pollution", "1", "Giảm thiểu ô nhiễm và thiên tai", "giam thieu o nhiem va thien tai", "Pollution", "Minimizing the risk of climate hazards to firms"];
    case "compliance":
      return ["compliance", "2", "Đảm bảo tuân thủ", "Dam bao tuan thu", "Compliance", "“Chỉ số Đảm bảo tuân thủ”"];
    case "greenPractices":
      return ["greenPractices", "3", "Thúc đẩy thực hành xanh", "thuc day thuc hanh xanh", "Green practices", "green_practices"];
    default:
      return ["incentives", "4", "Chính sách khuyến khích và dịch vụ hỗ trợ", "chinh sach khuyen khich va dich vu ho tro", "Incentives", "Incentives sub-index"];
  }
}

/** How numbers are written in generated inputs. */
export type NumberStyle = "number" | "vi" | "en" | "mixed";

function styled(h: number, style: NumberStyle): fc.Arbitrary<number | string> {
  if (style === "number") return fc.constant(fromUnits(h));
  if (style === "vi" || style === "en") return fc.boolean().map((fixed) => textOf(h, 2, style, fixed));
  return fc.constantFrom<NumberStyle>("number", "vi", "en").chain((s) => styled(h, s));
}

function checkStyle(style: unknown): NumberStyle {
  if (style === undefined) return "number";
  if (style === "number" || style === "vi" || style === "en" || style === "mixed") return style;
  throw new PgiError("INVALID_INPUT", `numbers must be "number", "vi", "en" or "mixed", got ${describe(style)}`, ["numbers"]);
}

/** Options of {@link arbScoreCardInput}. */
export interface ScoreCardArbOptions {
  /** The edition (default: any built-in one). */
  readonly year?: PgiEditionYear;
  /** The unit (default: one of the 63 provinces). */
  readonly unit?: string;
  /** `ids` (default): scores keyed by sub-index id; `any`: by ids, positions and vi/en names, with or without diacritics. */
  readonly keys?: "ids" | "any";
  /** How scores are written: JS numbers (default), `vi` strings (`"6,58"`), `en` strings, or `mixed`. */
  readonly numbers?: NumberStyle;
  /** `none` (default): no published composite; `sum`: the exact sum; `rounding`: the sum ± 0.01 or 0.02 (a `COMPOSITE_ROUNDING` finding). */
  readonly composite?: "none" | "sum" | "rounding";
}

/**
 * The input of `scoreCard` for one PGI unit and edition: four scores on 1–10 with 2 decimals,
 * keyed by id (or by any spelling `subIndex` accepts, with `keys: "any"`), written as numbers or
 * strings in either locale, optionally with a published composite.
 *
 * Meant for: "the composite is the exact sum" —
 * `scoreCard(input).computedComposite === exactSum(Object.values(input.scores))` — and every
 * function that takes a card.
 *
 * @example
 * ```ts
 * fc.check(fc.property(arbScoreCardInput({ keys: "any", numbers: "mixed" }), (input) =>
 *   scoreCard(input).computedComposite === exactSum(Object.values(input.scores)))).failed; // false
 * fc.check(fc.property(arbScoreCardInput({ composite: "rounding" }), (input) =>
 *   scoreCard(input).findings[0].code === "COMPOSITE_ROUNDING")).failed; // false
 * ```
 */
export function arbScoreCardInput(options: ScoreCardArbOptions = {}): fc.Arbitrary<ScoreCardInput> {
  if (typeof options !== "object" || options === null) {
    throw new PgiError("INVALID_INPUT", `expected options { year?, unit?, keys?, numbers?, composite? }, got ${describe(options)}`, []);
  }
  const style = checkStyle(options.numbers);
  const keys = options.keys ?? "ids";
  if (keys !== "ids" && keys !== "any") throw new PgiError("INVALID_INPUT", `keys must be "ids" or "any", got ${describe(keys)}`, ["keys"]);
  const composite = options.composite ?? "none";
  if (composite !== "none" && composite !== "sum" && composite !== "rounding") {
    throw new PgiError("INVALID_INPUT", `composite must be "none", "sum" or "rounding", got ${describe(composite)}`, ["composite"]);
  }
  if (options.unit !== undefined && (typeof options.unit !== "string" || options.unit.trim() === "")) {
    throw new PgiError("INVALID_INPUT", `unit must be a non-empty string, got ${describe(options.unit)}`, ["unit"]);
  }
  const unit = options.unit === undefined ? fc.constantFrom(...provinceNames()) : fc.constant(options.unit);
  const keyArb = fc.tuple(...PGI_SUBINDEX_IDS.map((id) => (keys === "ids" ? fc.constant(id) : fc.constantFrom(...spellings(id)))));
  return fc
    .record({
      unit,
      year: editionArb(options.year),
      hs: fourHundredths(),
      keys: keyArb,
      offset: fc.constantFrom(1, -1, 2, -2),
    })
    .chain(({ unit: u, year, hs, keys: ks, offset }) =>
      fc.tuple(...hs.map((h) => styled(h, style))).map((values) => {
        const scores: Record<string, number | string> = {};
        ks.forEach((k, i) => {
          scores[k] = values[i]!;
        });
        const sum = hs.reduce((a, b) => a + b, 0);
        // Off by 0.01 or 0.02 (within rounding), turned the other way at the ends of 4–40.
        const off = sum + offset < 400 || sum + offset > 4000 ? -offset : offset;
        const published = composite === "none" ? undefined : composite === "sum" ? sum : sum + off;
        const input: ScoreCardInput = { unit: u, year, scores, ...(published === undefined ? {} : { composite: fromUnits(published) }) };
        return input;
      }),
    );
}

// ---------------------------------------------------------------------------------------------
// Plans

/** Options of {@link arbPlanInput}. */
export interface PlanArbOptions {
  /**
   * How targets are written: `number` (default; `targets[id]` is the target as a number, so
   * `targets[id] − baseline[id]` is the delta) or `any` (numbers, `"6,58"` strings, `{ target }`,
   * `{ delta }`, `{ target, delta }` with a consistent delta, owners and due dates).
   */
  readonly targets?: "number" | "any";
  /** State the composite target (the exact sum of the targets) as `compositeTarget` (default: sometimes). */
  readonly compositeTarget?: boolean;
  /** The unit (default: one of the 63 provinces). */
  readonly unit?: string;
  /** The baseline year (default: 2022–2030). */
  readonly baselineYear?: number;
  /** The target year, after the baseline year (default: 1–5 years after it). */
  readonly targetYear?: number;
}

interface PlanFrame {
  readonly unit?: string;
  readonly baselineYear?: number;
  readonly targetYear?: number;
}

function checkFrame(o: PlanFrame): PlanFrame {
  if (o.unit !== undefined && (typeof o.unit !== "string" || o.unit.trim() === "")) {
    throw new PgiError("INVALID_INPUT", `unit must be a non-empty string, got ${describe(o.unit)}`, ["unit"]);
  }
  const by = o.baselineYear === undefined ? undefined : bound(o.baselineYear, "baselineYear", 0, 1900, 2200);
  const ty = o.targetYear === undefined ? undefined : bound(o.targetYear, "targetYear", 0, 1901, 2205);
  if (ty !== undefined && by !== undefined && ty <= by) {
    throw new PgiError("INVALID_INPUT", `targetYear (${ty}) must be after baselineYear (${by})`, ["targetYear"]);
  }
  return o;
}

interface PlanParts {
  unit: string;
  baselineYear: number;
  span: number;
  b: number[];
  t: number[];
  forms: TargetForm[];
  owners: string[][];
  due: [number, number][];
}

type TargetForm = "number" | "text" | "target" | "delta" | "both";

const OWNERS = ["Sở Tài nguyên và Môi trường", "Sở Công Thương", "Sở Kế hoạch và Đầu tư", "UBND các huyện", "Ban Quản lý các KCN"];

/** Baseline ≤ target per sub-index, as (min, max) of two hundredths: no chain, shrinks well. */
function planParts(targets: "number" | "any", maxTarget: number = 1000, frame: PlanFrame = {}): fc.Arbitrary<PlanParts> {
  const h = fc.integer({ min: 100, max: maxTarget });
  const pair = fc.tuple(h, h).map(([x, y]): [number, number] => (x <= y ? [x, y] : [y, x]));
  const form = targets === "number" ? fc.constant<TargetForm>("number") : fc.constantFrom<TargetForm>("number", "text", "target", "delta", "both");
  const ty = frame.targetYear;
  const baselineYear =
    frame.baselineYear !== undefined ? fc.constant(frame.baselineYear) : fc.integer({ min: ty === undefined ? 2022 : Math.min(2022, ty - 1), max: ty === undefined ? 2030 : Math.min(2030, ty - 1) });
  return fc.record({
    unit: frame.unit === undefined ? fc.constantFrom(...provinceNames()) : fc.constant(frame.unit),
    baselineYear,
    span: ty === undefined ? fc.integer({ min: 1, max: 5 }) : fc.constant(0),
    pairs: fc.tuple(pair, pair, pair, pair),
    forms: fc.tuple(form, form, form, form),
    owners: fc.tuple(...[0, 1, 2, 3].map(() => fc.subarray(OWNERS, { maxLength: 2 }))),
    due: fc.tuple(...[0, 1, 2, 3].map(() => fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })))),
  }).map(({ pairs, ...rest }) => ({
    ...rest,
    span: ty === undefined ? rest.span : ty - rest.baselineYear,
    b: pairs.map((p) => p[0]),
    t: pairs.map((p) => p[1]),
  }));
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

function targetOf(p: PlanParts, i: number, withMeta: boolean): number | string | TargetSpec {
  const t = fromUnits(p.t[i]!);
  const delta = fromUnits(p.t[i]! - p.b[i]!);
  const meta: { owners?: string[]; due?: string } = {};
  if (withMeta) {
    if (p.owners[i]!.length > 0) meta.owners = p.owners[i]!;
    const [m, d] = p.due[i]!;
    meta.due = `${p.baselineYear + p.span}-${pad2(m)}-${pad2(d)}`;
  }
  switch (p.forms[i]) {
    case "text":
      return textOf(p.t[i]!, 2, "vi", false);
    case "target":
      return { target: t, ...meta };
    case "delta":
      return { delta, ...meta };
    case "both":
      return { target: textOf(p.t[i]!, 2, "vi", true), delta, ...meta };
    default:
      return t;
  }
}

function planInputOf(p: PlanParts, targets: Record<string, number | string | TargetSpec>, compositeTarget?: number, targetYear?: number): PlanInput {
  const ty = targetYear ?? p.baselineYear + p.span;
  return {
    unit: p.unit,
    title: `Kế hoạch nâng cao Chỉ số Xanh cấp tỉnh (PGI) năm ${ty}`,
    baselineYear: p.baselineYear,
    targetYear: ty,
    baseline: Object.fromEntries(PGI_SUBINDEX_IDS.map((id, i) => [id, fromUnits(p.b[i]!)])),
    targets,
    ...(compositeTarget === undefined ? {} : { compositeTarget }),
  };
}

/**
 * A consistent PGI plan input for `createPlan`/`checkPlan`: baseline scores on 1–10, each target
 * at or above its baseline and at most 10, target year after the baseline year, deadlines within
 * the target year, a stated composite target (when there is one) equal to the sum of the targets.
 * Targets are numbers (default), or with `targets: "any"` every form a plan writes. `baseline` is
 * keyed by id, as are `targets`.
 *
 * Meant for: "a consistent plan checks clean" (`checkPlan` finds no error and no warning, only
 * `TARGET_EQUALS_BASELINE` infos) and "delta = target − baseline"
 * (`createPlan(input).subIndices[id].delta === exactDifference(input.targets[id], input.baseline[id])`).
 *
 * @example
 * ```ts
 * fc.check(fc.property(arbPlanInput({ targets: "any" }), (input) =>
 *   checkPlan(input).every((f) => f.severity === "info"))).failed; // false
 * fc.check(fc.property(arbPlanInput(), (input) => {
 *   const plan = createPlan(input);
 *   return PGI_SUBINDEX_IDS.every((id) => plan.subIndices[id].delta === exactDifference(input.targets[id], input.baseline[id]));
 * })).failed; // false
 * ```
 */
export function arbPlanInput(options: PlanArbOptions = {}): fc.Arbitrary<PlanInput & { readonly baseline: Readonly<Record<PgiSubIndexId, number>> }> {
  if (typeof options !== "object" || options === null) {
    throw new PgiError("INVALID_INPUT", `expected options { targets?, compositeTarget? }, got ${describe(options)}`, []);
  }
  const targets = options.targets ?? "number";
  if (targets !== "number" && targets !== "any") throw new PgiError("INVALID_INPUT", `targets must be "number" or "any", got ${describe(targets)}`, ["targets"]);
  const frame = checkFrame(options);
  const stateComposite = options.compositeTarget === undefined ? fc.boolean() : fc.constant(options.compositeTarget === true);
  return fc.tuple(planParts(targets, 1000, frame), stateComposite).map(([p, withComposite]) => {
    const t = Object.fromEntries(PGI_SUBINDEX_IDS.map((id, i) => [id, targetOf(p, i, targets === "any")]));
    const sum = p.t.reduce((a, b) => a + b, 0);
    return planInputOf(p, t, withComposite ? fromUnits(sum) : undefined) as PlanInput & { baseline: Record<PgiSubIndexId, number> };
  });
}

/**
 * The inconsistencies {@link arbInconsistentPlan} can plant, named by the finding `checkPlan` must report.
 *
 * @example
 * ```ts
 * PLANTED_FINDINGS.includes("DELTA_MISMATCH"); // true
 * ```
 */
export const PLANTED_FINDINGS = [
  "DELTA_MISMATCH",
  "TARGET_OUT_OF_SCALE",
  "TARGET_BELOW_BASELINE",
  "COMPOSITE_MISMATCH",
  "TARGET_YEAR_NOT_AFTER_BASELINE",
  "MISSING_TARGET",
  "DUE_AFTER_TARGET_YEAR",
] as const;

/** One of {@link PLANTED_FINDINGS}. */
export type PlantedFinding = (typeof PLANTED_FINDINGS)[number];

/** A plan input with one planted inconsistency, and the finding that must report it. */
export interface InconsistentPlan {
  readonly input: PlanInput;
  /** The one error or warning `checkPlan(input)` must return (infos aside): its code, severity and path. */
  readonly expected: {
    readonly code: PlantedFinding;
    readonly severity: "error" | "warning";
    readonly path: readonly (string | number)[];
  };
}

/**
 * A PGI plan input that is consistent except for one planted inconsistency, with the finding that
 * `checkPlan` must report for it: a stated delta that is not target − baseline, a target above
 * 10, a target below its baseline (the composite still rising), a stated composite target off the
 * sum (by 0.01–0.02: a warning; by more: an error), a target year not after the baseline year, a
 * missing target, a deadline after the target year. `kinds` restricts which (default: all).
 *
 * Meant for: "checkPlan finds the planted inconsistency, and only it" — the errors and warnings of
 * `checkPlan(input)` are exactly `[expected]` (code, severity, path).
 *
 * @example
 * ```ts
 * fc.check(fc.property(arbInconsistentPlan(), ({ input, expected }) => {
 *   const found = checkPlan(input).filter((f) => f.severity !== "info");
 *   return found.length === 1 && found[0].code === expected.code && found[0].severity === expected.severity
 *     && found[0].path.join("/") === expected.path.join("/");
 * })).failed; // false
 * PLANTED_FINDINGS.length; // 7
 * ```
 */
export function arbInconsistentPlan(options: { readonly kinds?: readonly PlantedFinding[] } = {}): fc.Arbitrary<InconsistentPlan> {
  if (typeof options !== "object" || options === null) {
    throw new PgiError("INVALID_INPUT", `expected options { kinds? }, got ${describe(options)}`, []);
  }
  const kinds = options.kinds ?? PLANTED_FINDINGS;
  if (!Array.isArray(kinds) || kinds.length === 0 || kinds.some((k) => !(PLANTED_FINDINGS as readonly string[]).includes(k))) {
    throw new PgiError("INVALID_INPUT", `kinds must be a non-empty list of ${PLANTED_FINDINGS.join(", ")}`, ["kinds"]);
  }
  const arbs = (kinds as readonly PlantedFinding[]).map((kind) => planted(kind));
  return fc.oneof(...arbs);
}

function planted(kind: PlantedFinding): fc.Arbitrary<InconsistentPlan> {
  const at = fc.integer({ min: 0, max: 3 });
  const consistentTargets = (p: PlanParts, skip?: number): Record<string, number | string | TargetSpec> =>
    Object.fromEntries(PGI_SUBINDEX_IDS.flatMap((id, i) => (i === skip ? [] : [[id, targetOf(p, i, false)]])));
  switch (kind) {
    case "DELTA_MISMATCH":
      return fc
        .tuple(planParts("any"), at, fc.integer({ min: 1, max: 300 }), fc.boolean())
        .map(([p, k, off, neg]) => {
          const targets = consistentTargets(p);
          const id = PGI_SUBINDEX_IDS[k]!;
          targets[id] = { target: fromUnits(p.t[k]!), delta: fromUnits(p.t[k]! - p.b[k]! + (neg ? -off : off)) };
          return { input: planInputOf(p, targets), expected: { code: kind, severity: "error" as const, path: ["targets", id, "delta"] } };
        });
    case "TARGET_OUT_OF_SCALE":
      return fc.tuple(planParts("any"), at, fc.integer({ min: 1001, max: 1200 })).map(([p, k, t]) => {
        const targets = consistentTargets(p);
        const id = PGI_SUBINDEX_IDS[k]!;
        targets[id] = fromUnits(t);
        return { input: planInputOf(p, targets), expected: { code: kind, severity: "error" as const, path: ["targets", id] } };
      });
    case "TARGET_BELOW_BASELINE":
      // The drop at k is made up by another sub-index (m), so the composite does not fall.
      return fc
        .tuple(planParts("any"), at, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 899 }))
        .chain(([p, k, shift, drop]) => {
          const m = (k + shift) % 4;
          return fc
            .tuple(fc.integer({ min: 100 + drop, max: 1000 }), fc.integer({ min: 100, max: 1000 - drop }))
            .chain(([bk, bm]) => fc.tuple(fc.constant([bk, bm] as const), fc.integer({ min: bm + drop, max: 1000 })))
            .map(([[bk, bm], tm]) => {
              const q: PlanParts = { ...p, b: [...p.b], t: [...p.t], forms: [...p.forms] };
              q.b[k] = bk;
              q.t[k] = bk - drop;
              q.b[m] = bm;
              q.t[m] = tm;
              q.forms[k] = "number";
              return { input: planInputOf(q, consistentTargets(q)), expected: { code: kind, severity: "warning" as const, path: ["targets", PGI_SUBINDEX_IDS[k]!] } };
            });
        });
    case "COMPOSITE_MISMATCH":
      // Targets ≤ 9.90, so the stated composite (sum + 0.01 … 0.40) stays within 4–40.
      return fc.tuple(planParts("any", 990), fc.integer({ min: 1, max: 40 })).map(([p, off]) => {
        const sum = p.t.reduce((a, b) => a + b, 0);
        return {
          input: planInputOf(p, consistentTargets(p), fromUnits(sum + off)),
          expected: { code: kind, severity: off <= 2 ? ("warning" as const) : ("error" as const), path: ["compositeTarget"] },
        };
      });
    case "TARGET_YEAR_NOT_AFTER_BASELINE":
      return fc.tuple(planParts("any"), fc.integer({ min: 0, max: 3 })).map(([p, back]) => ({
        input: planInputOf(p, consistentTargets(p), undefined, p.baselineYear - back),
        expected: { code: kind, severity: "error" as const, path: ["targetYear"] },
      }));
    case "MISSING_TARGET":
      return fc.tuple(planParts("any"), at).map(([p, k]) => ({
        input: planInputOf(p, consistentTargets(p, k)),
        expected: { code: kind, severity: "warning" as const, path: ["targets", PGI_SUBINDEX_IDS[k]!] },
      }));
    default:
      return fc.tuple(planParts("any"), at, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 12 })).map(([p, k, later, month]) => {
        const targets = consistentTargets(p);
        const id = PGI_SUBINDEX_IDS[k]!;
        targets[id] = { target: fromUnits(p.t[k]!), due: `${p.baselineYear + p.span + later}-${pad2(month)}-01` };
        return { input: planInputOf(p, targets), expected: { code: "DUE_AFTER_TARGET_YEAR" as const, severity: "warning" as const, path: ["targets", id, "due"] } };
      });
  }
}

// ---------------------------------------------------------------------------------------------
// Score tables

/** Options of {@link arbScoreTableCards}. */
export interface ScoreTableArbOptions {
  /** Fewest provinces (default 2). */
  readonly minUnits?: number;
  /** Most provinces, at most 63 (default 12). */
  readonly maxUnits?: number;
  /** The edition (default: any built-in one). */
  readonly year?: PgiEditionYear;
  /**
   * `true` (default): at least two provinces share a composite (some with the very same scores,
   * some with the same scores in another order); `false`: independent scores.
   */
  readonly ties?: boolean;
}

/**
 * Score card inputs of N distinct provinces (2–12 by default) for one edition, to pass to
 * `scoreTable`; by default with ties: at least two provinces share a composite, some share every
 * sub-index score too.
 *
 * Meant for: rankings — "ranks are competition ranks" (`rank = 1 + the number of units with a
 * strictly higher value`, ties share it), permutation invariance, rank goals, benchmarks.
 *
 * @example
 * ```ts
 * fc.check(fc.property(arbScoreTableCards(), (cards) => {
 *   const rows = rank(scoreTable(cards)).rows;
 *   return rows.every((r) => r.rank === 1 + rows.filter((o) => o.value > r.value).length)
 *     && new Set(rows.map((r) => r.rank)).size < rows.length;
 * })).failed; // false
 * ```
 */
export function arbScoreTableCards(options: ScoreTableArbOptions = {}): fc.Arbitrary<ScoreCardInput[]> {
  if (typeof options !== "object" || options === null) {
    throw new PgiError("INVALID_INPUT", `expected options { minUnits?, maxUnits?, year?, ties? }, got ${describe(options)}`, []);
  }
  const minUnits = bound(options.minUnits, "minUnits", 2, 1, 63);
  const maxUnits = bound(options.maxUnits, "maxUnits", Math.max(12, minUnits), 1, 63);
  if (minUnits > maxUnits) throw new PgiError("INVALID_INPUT", `minUnits (${minUnits}) must not be above maxUnits (${maxUnits})`, ["minUnits"]);
  const ties = options.ties ?? true;
  if (ties && maxUnits < 2) throw new PgiError("INVALID_INPUT", "ties need at least 2 units (maxUnits ≥ 2)", ["maxUnits"]);
  const names = provinceNames();
  return fc
    .tuple(fc.integer({ min: ties ? Math.max(2, minUnits) : minUnits, max: maxUnits }), editionArb(options.year))
    .chain(([n, year]) =>
      fc
        .tuple(
          fc.shuffledSubarray(names, { minLength: n, maxLength: n }),
          ties ? fc.array(fourHundredths(), { minLength: 1, maxLength: n - 1 }) : fc.array(fourHundredths(), { minLength: n, maxLength: n }),
          fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 3 })), { minLength: n, maxLength: n }),
        )
        .map(([units, pool, picks]) =>
          units.map((unit, i): ScoreCardInput => {
            // With ties: unit i takes pool entry i when there is one (so every entry is used), else a
            // random one, sometimes rotated (same composite, other sub-index scores).
            const [pick, rot] = picks[i]!;
            const hs = ties ? pool[i < pool.length ? i : pick % pool.length]! : pool[i]!;
            const r = ties && i >= pool.length ? rot : 0;
            const rotated = hs.map((_, j) => hs[(j + r) % 4]!);
            return { unit, year, scores: Object.fromEntries(PGI_SUBINDEX_IDS.map((id, j) => [id, fromUnits(rotated[j]!)])) };
          }),
        ),
    );
}

// ---------------------------------------------------------------------------------------------
// Frameworks and unit rows

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
  if (typeof options !== "object" || options === null) {
    throw new PgiError("INVALID_INPUT", `expected options { maxComponents?, maxIndicators?, minUnits?, maxUnits?, missing? }, got ${describe(options)}`, []);
  }
  const maxComponents = bound(options.maxComponents, "maxComponents", 4, 1, 20);
  const maxIndicators = bound(options.maxIndicators, "maxIndicators", 3, 1, 20);
  const minUnits = bound(options.minUnits, "minUnits", 1, 1, 10_000);
  const maxUnits = bound(options.maxUnits, "maxUnits", Math.max(12, minUnits), 1, 10_000);
  if (minUnits > maxUnits) throw new PgiError("INVALID_INPUT", `minUnits (${minUnits}) must not be above maxUnits (${maxUnits})`, ["minUnits"]);
  const missing = options.missing ?? true;
  const indicator = fc.record({ dir: fc.constantFrom<"higher" | "lower">("higher", "lower"), norm: fc.constantFrom<0 | 1 | 2>(0, 1, 2), weight: fc.integer({ min: 1, max: 4 }) });
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
      s.components.forEach((c, ci) => c.indicators.forEach((d, ii) => inds.push({ id: `i${ci + 1}_${ii + 1}`, component: `c${ci + 1}`, d })));
      const spec: FrameworkSpec = {
        id: "test-index",
        name: { vi: "Chỉ số thử nghiệm", en: "Test index" },
        components: s.components.map((c, ci) => ({ id: `c${ci + 1}`, name: { vi: `Thành phần ${ci + 1}`, en: `Component ${ci + 1}` }, weight: c.weight })),
        indicators: inds.map(({ id, component, d }) => ({
          id,
          component,
          direction: d.dir,
          weight: d.weight,
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

// ---------------------------------------------------------------------------------------------
// Trajectories

/** Options of {@link arbTrajectoryInput}. */
export interface TrajectoryArbOptions {
  /** Lowest baseline and target (default 4, the PGI composite scale). */
  readonly min?: number;
  /** Highest (default 40). */
  readonly max?: number;
  /** Longest span in years (default 10). */
  readonly maxYears?: number;
}

/**
 * The input of `trajectory`: baseline and target with 2 decimals on a scale (default the PGI
 * composite scale 4–40), a target year 1–10 years after a baseline year in 2020–2030, the
 * direction that makes the target an improvement (`lower` when the target is below the baseline),
 * sometimes a label.
 *
 * Meant for: "the path ends exactly at the target", "milestones move monotonically from baseline
 * to target", and "a unit exactly on its path is on track" (`assessProgress`).
 *
 * @example
 * ```ts
 * fc.check(fc.property(arbTrajectoryInput(), (input) => {
 *   const t = trajectory(input);
 *   return t.milestones.length === t.targetYear - t.baselineYear + 1 && t.milestones.at(-1).value === input.target;
 * })).failed; // false
 * ```
 */
export function arbTrajectoryInput(options: TrajectoryArbOptions = {}): fc.Arbitrary<TrajectoryInput & { readonly baseline: number; readonly target: number; readonly baselineYear: number; readonly targetYear: number }> {
  if (typeof options !== "object" || options === null) {
    throw new PgiError("INVALID_INPUT", `expected options { min?, max?, maxYears? }, got ${describe(options)}`, []);
  }
  const { lo, hi } = unitsRange({ min: options.min ?? 4, max: options.max ?? 40, decimals: 2 });
  const maxYears = bound(options.maxYears, "maxYears", 10, 1, 100);
  return fc
    .record({
      baseline: fc.integer({ min: lo, max: hi }),
      target: fc.integer({ min: lo, max: hi }),
      baselineYear: fc.integer({ min: 2020, max: 2030 }),
      years: fc.integer({ min: 1, max: maxYears }),
      label: fc.option(fc.constantFrom("PGI", "pollution", "Tỷ lệ hộ có thùng rác (%)"), { nil: undefined }),
    })
    .map(({ baseline, target, baselineYear, years, label }) => ({
      baselineYear,
      baseline: fromUnits(baseline),
      targetYear: baselineYear + years,
      target: fromUnits(target),
      direction: target < baseline ? ("lower" as const) : ("higher" as const),
      ...(label === undefined ? {} : { label }),
    }));
}

// ---------------------------------------------------------------------------------------------
// Surveys

/** Questions and firm-level responses for `aggregateSurvey`. */
export interface SurveyCase {
  readonly questions: Question[];
  readonly responses: SurveyResponse[];
}

/** Options of {@link arbSurvey}. */
export interface SurveyArbOptions {
  /** Units the responses belong to (default three districts of Lạng Sơn). */
  readonly units?: readonly string[];
  /** Most responses (default 60). */
  readonly maxResponses?: number;
  /** Give survey weights (default: sometimes). */
  readonly weights?: boolean;
}

type QDraft = { type: "yesNo" } | { type: "likert"; top: number; agreeFrom: number } | { type: "numeric"; bounded: boolean };

/**
 * Survey questions (yes/no, Likert with `agreeFrom`, numeric, at least one of each) and 1–60
 * responses whose answers are valid for their question: yes/no as `true`, `1`, `"có"`, `"không"`,
 * `"yes"`…; Likert points on the scale; numbers with 2 decimals in range (some as `"12,5"`);
 * blanks (`null`, `""`, left out) and "don't know" (`"dk"`, `"không biết"`); weights in 0.1–5.
 *
 * Meant for: "shares lie within 0–100", "weights of 1 change nothing", "blanks and don't-know
 * answers are counted, not scored".
 *
 * @example
 * ```ts
 * fc.check(fc.property(arbSurvey(), ({ questions, responses }) =>
 *   aggregateSurvey(responses, questions, { minResponses: 1 }).units.every((u) =>
 *     questions.every((q) => q.type === "numeric" || u.indicators[q.id] === null || (u.indicators[q.id] >= 0 && u.indicators[q.id] <= 100))))).failed; // false
 * ```
 */
export function arbSurvey(options: SurveyArbOptions = {}): fc.Arbitrary<SurveyCase> {
  if (typeof options !== "object" || options === null) {
    throw new PgiError("INVALID_INPUT", `expected options { units?, maxResponses?, weights? }, got ${describe(options)}`, []);
  }
  const units = options.units ?? ["Cao Lộc", "Hữu Lũng", "Chi Lăng"];
  if (!Array.isArray(units) || units.length === 0 || units.some((u) => typeof u !== "string" || u.trim() === "")) {
    throw new PgiError("INVALID_INPUT", "units must be a non-empty list of unit names", ["units"]);
  }
  const maxResponses = bound(options.maxResponses, "maxResponses", 60, 1, 100_000);
  const weighted = options.weights === undefined ? fc.boolean() : fc.constant(options.weights === true);
  const extra = fc.oneof(
    fc.constant<QDraft>({ type: "yesNo" }),
    fc.integer({ min: 5, max: 7 }).chain((top) => fc.integer({ min: 1, max: top }).map((agreeFrom): QDraft => ({ type: "likert", top, agreeFrom }))),
    fc.boolean().map((bounded): QDraft => ({ type: "numeric", bounded })),
  );
  const base = fc.tuple(
    fc.constant<QDraft>({ type: "yesNo" }),
    fc.integer({ min: 1, max: 5 }).map((agreeFrom): QDraft => ({ type: "likert", top: 5, agreeFrom })),
    fc.boolean().map((bounded): QDraft => ({ type: "numeric", bounded })),
  );
  return fc
    .tuple(base, fc.array(extra, { maxLength: 3 }), weighted)
    .chain(([b, more, withWeights]) => {
      const drafts = [...b, ...more];
      const questions: Question[] = drafts.map((d, j) => {
        const id = `q${j + 1}`;
        if (d.type === "yesNo") return { id, type: "yesNo" };
        if (d.type === "likert") return d.top === 5 ? { id, type: "likert", agreeFrom: d.agreeFrom } : { id, type: "likert", scale: [1, d.top], agreeFrom: d.agreeFrom };
        return d.bounded ? { id, type: "numeric", min: 0, max: 100 } : { id, type: "numeric" };
      });
      const blank = fc.constantFrom<null | "" | undefined>(null, "", undefined);
      const answer = (d: QDraft): fc.Arbitrary<unknown> => {
        if (d.type === "yesNo") {
          return fc.oneof(
            { weight: 6, arbitrary: fc.constantFrom<unknown>(true, false, 1, 0, "có", "không", "yes", "no", "Có", "KHÔNG") },
            { weight: 1, arbitrary: blank },
            { weight: 1, arbitrary: fc.constantFrom("dk", "không biết") },
          );
        }
        if (d.type === "likert") {
          return fc.oneof(
            { weight: 6, arbitrary: fc.integer({ min: 1, max: d.top }) },
            { weight: 1, arbitrary: blank },
            { weight: 1, arbitrary: fc.constantFrom("dk", "không biết") },
          );
        }
        const cents = fc.integer({ min: 0, max: 10_000 });
        return fc.oneof(
          { weight: 5, arbitrary: cents.map((c) => fromUnits(c)) },
          { weight: 2, arbitrary: cents.map((c) => textOf(c, 2, "vi", false)) },
          { weight: 1, arbitrary: blank },
        );
      };
      const response = fc.record({
        unit: fc.constantFrom(...units),
        weight: fc.integer({ min: 1, max: 50 }),
        answers: fc.tuple(...drafts.map(answer)),
      });
      return fc.array(response, { minLength: 1, maxLength: maxResponses }).map((rs) => ({
        questions,
        responses: rs.map((r): SurveyResponse => {
          const answers: Record<string, unknown> = {};
          r.answers.forEach((a, j) => {
            if (a !== undefined) answers[`q${j + 1}`] = a;
          });
          return { unit: r.unit, ...(withWeights ? { weight: fromUnits(r.weight, 1) } : {}), answers };
        }),
      }));
    });
}
