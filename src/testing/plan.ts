/**
 * Arbitraries for plan inputs, consistent and with one planted inconsistency.
 * Nothing is built at import time: each function makes its arbitrary when called. Part of
 * `pgi-kit/testing`.
 * @module
 */
import * as fc from "fast-check";
import { bound, checkOptions, checkUnit, oneOf, PGI_SUBINDEX_IDS, refuse, type PgiSubIndexId } from "./core";
import { fromUnits, provinceNames, textOf } from "./shared";
import type { PlanInput, TargetSpec } from "../plan/create";
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
  checkUnit(o.unit);
  const by = o.baselineYear === undefined ? undefined : bound(o.baselineYear, "baselineYear", 0, 1900, 2200);
  const ty = o.targetYear === undefined ? undefined : bound(o.targetYear, "targetYear", 0, 1901, 2205);
  if (ty !== undefined && by !== undefined && ty <= by) {
    refuse(["targetYear"], { en: `targetYear (${ty}) must be after baselineYear (${by})`, vi: `targetYear (${ty}) phải sau baselineYear (${by})` });
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
    frame.baselineYear !== undefined
      ? fc.constant(frame.baselineYear)
      : fc.integer({ min: ty === undefined ? 2022 : Math.min(2022, ty - 1), max: ty === undefined ? 2030 : Math.min(2030, ty - 1) });
  return fc
    .record({
      unit: frame.unit === undefined ? fc.constantFrom(...provinceNames()) : fc.constant(frame.unit),
      baselineYear,
      span: ty === undefined ? fc.integer({ min: 1, max: 5 }) : fc.constant(0),
      pairs: fc.tuple(pair, pair, pair, pair),
      forms: fc.tuple(form, form, form, form),
      owners: fc.tuple(...[0, 1, 2, 3].map(() => fc.subarray(OWNERS, { maxLength: 2 }))),
      due: fc.tuple(...[0, 1, 2, 3].map(() => fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })))),
    })
    .map(({ pairs, ...rest }) => ({
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
  checkOptions(options, "{ targets?, compositeTarget? }");
  const targets = oneOf(options.targets, "targets", ["number", "any"], "number");
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
  checkOptions(options, "{ kinds? }");
  const kinds = options.kinds ?? PLANTED_FINDINGS;
  if (!Array.isArray(kinds) || kinds.length === 0 || kinds.some((k) => !(PLANTED_FINDINGS as readonly string[]).includes(k))) {
    refuse(["kinds"], {
      en: `kinds must be a non-empty list of ${PLANTED_FINDINGS.join(", ")}`,
      vi: `kinds phải là một danh sách không rỗng gồm các mã ${PLANTED_FINDINGS.join(", ")}`,
    });
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
      return fc.tuple(planParts("any"), at, fc.integer({ min: 1, max: 300 }), fc.boolean()).map(([p, k, off, neg]) => {
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
      return fc.tuple(planParts("any"), at, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 899 })).chain(([p, k, shift, drop]) => {
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
            return {
              input: planInputOf(q, consistentTargets(q)),
              expected: { code: kind, severity: "warning" as const, path: ["targets", PGI_SUBINDEX_IDS[k]!] },
            };
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
        return {
          input: planInputOf(p, targets),
          expected: { code: "DUE_AFTER_TARGET_YEAR" as const, severity: "warning" as const, path: ["targets", id, "due"] },
        };
      });
  }
}
