/**
 * Plan checks: inconsistent figures as findings.
 * @module
 */
import { asFramework } from "../framework/revive";
import { D } from "../decimal";
import { attachDisplay } from "../display";
import { describe, PgiError } from "../errors";
import { finding, type Finding } from "../findings";
import { roundingTolerance } from "../framework/composite";
import { PGI } from "../framework/pgi";
import type { Framework } from "../framework/types";
import { asPlan, type Plan, type PlanInput, type PlanSubIndex } from "./create";
import { showPlan } from "./render";

const f2 = (n: number): string => new D(String(n)).toFixed(2);

/**
 * Check a plan for inconsistent figures. Returns a frozen array of findings
 * (`{ severity, code, message, messageVi, path, details }`), errors first in the order found; it
 * never throws on a well-formed plan (a plan input is built with {@link createPlan} first, which
 * throws on malformed input).
 *
 * | code | severity | when |
 * |---|---|---|
 * | `TARGET_YEAR_NOT_AFTER_BASELINE` | error | targetYear ≤ baselineYear |
 * | `BASELINE_YEAR_MISMATCH` | warning | the baseline card's year ≠ baselineYear |
 * | `MISSING_TARGET` | warning | a sub-index has no target |
 * | `TARGET_OUT_OF_SCALE` | error | a target outside the component's scale (PGI 1–10; no upper check for `[min, null]`) |
 * | `DELTA_MISMATCH` | error | a stated increase ≠ target − baseline, exactly |
 * | `TARGET_BELOW_BASELINE` | warning | a target below its baseline |
 * | `TARGET_ABOVE_BASELINE` | warning | a lower-is-better target (`direction: "lower"`) above its baseline |
 * | `TARGET_EQUALS_BASELINE` | info | a target equal to its baseline (no increase planned) |
 * | `DUE_AFTER_TARGET_YEAR` | warning | a deadline after 31 December of the target year |
 * | `COMPOSITE_TARGET_OUT_OF_SCALE` | error | a stated composite target outside the composite scale (PGI 4–40) |
 * | `COMPOSITE_MISMATCH` | error (warning within rounding, ≤ 0.025) | stated composite target ≠ sum of the sub-index targets |
 * | `COMPOSITE_TARGET_BELOW_BASELINE` | warning | composite target below the baseline composite |
 *
 * Findings of the baseline card (e.g. `COMPOSITE_ROUNDING`) are included with path `baseline…`.
 * The framework (second argument) defaults to PGI.
 *
 * @throws {@link PgiError} only for malformed plan input (see {@link createPlan}).
 *
 * @example
 * ```ts
 * const findings = checkPlan({
 *   unit: "Lạng Sơn", title: "PGI 2024", baselineYear: 2023, targetYear: 2024,
 *   baseline: { pollution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 },
 *   targets: { pollution: { target: 6.58, delta: 1.47 }, compliance: 6.11, greenPractices: 4.38, incentives: 5.3 },
 * });
 * findings.map((f) => f.code);   // ["DELTA_MISMATCH"]
 * findings[0].path;              // ["targets", "pollution", "delta"]
 * ```
 */
export function checkPlan(plan: Plan<string> | PlanInput, framework?: Framework): readonly Finding[] {
  const p = asPlan(plan, framework === undefined ? undefined : asFramework(framework));
  const fw = framework ?? PGI;
  if (p.framework !== fw.id) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `the plan is of framework ${describe(p.framework)}; pass that framework to checkPlan`,
        vi: `kế hoạch thuộc bộ chỉ số ${describe(p.framework, "vi")}; hãy truyền bộ chỉ số đó cho checkPlan`,
      },
      [],
    );
  }
  const out: Finding[] = [...yearFindings(p)];
  for (const c of fw.components) {
    const s = (p.subIndices as Record<string, PlanSubIndex>)[c.id];
    if (s) componentFindings(out, p, fw, c, s);
  }
  compositeFindings(out, p, fw);
  const order = { error: 0, warning: 1, info: 2 } as const;
  return Object.freeze(
    attachDisplay(
      out
        .map((f, i) => [f, i] as const)
        .sort((a, b) => order[a[0].severity] - order[b[0].severity] || a[1] - b[1])
        .map(([f]) => f),
      showPlan,
    ),
  );
}

type CheckedPlan = ReturnType<typeof asPlan>;

/** Pass 1: the plan's years and its baseline card. */
function yearFindings(p: CheckedPlan): Finding[] {
  const out: Finding[] = [];
  if (p.targetYear <= p.baselineYear) {
    out.push(
      finding(
        "error",
        "TARGET_YEAR_NOT_AFTER_BASELINE",
        `the target year ${p.targetYear} is not after the baseline year ${p.baselineYear}`,
        `năm mục tiêu ${p.targetYear} không sau năm cơ sở ${p.baselineYear}`,
        ["targetYear"],
        { baselineYear: p.baselineYear, targetYear: p.targetYear },
      ),
    );
  }
  if (p.baselineCardYear !== null && p.baselineCardYear !== p.baselineYear) {
    out.push(
      finding(
        "warning",
        "BASELINE_YEAR_MISMATCH",
        `the baseline card is for ${p.baselineCardYear} but the plan says its baseline year is ${p.baselineYear}`,
        `số liệu cơ sở là của năm ${p.baselineCardYear} nhưng kế hoạch ghi năm cơ sở ${p.baselineYear}`,
        ["baselineYear"],
        { baselineYear: p.baselineYear, cardYear: p.baselineCardYear },
      ),
    );
  }
  for (const bf of p.baselineFindings) {
    out.push(finding(bf.severity, bf.code, bf.message, bf.messageVi, ["baseline", ...bf.path], { ...bf.details }));
  }

  return out;
}

/** Pass 2: one sub-index's target against its scale, its baseline, its stated increase and its deadline. */
function componentFindings(out: Finding[], p: CheckedPlan, fw: Framework, c: Framework["components"][number], s: PlanSubIndex): void {
  const path = ["targets", c.id];
  if (s.target === null) {
    out.push(finding("warning", "MISSING_TARGET", `${c.id} has no target`, `chỉ số "${c.name.vi}" chưa có chỉ tiêu`, path, { id: c.id }));
    return;
  }
  const t = new D(String(s.target));
  const b = new D(String(s.baseline));
  const dp = c.decimals ?? fw.decimals;
  const f2 = (n: number): string => new D(String(n)).toFixed(dp);
  const lower = c.direction === "lower";
  if (t.lt(c.scale.min) || (c.unbounded !== true && t.gt(c.scale.max))) {
    const range = c.unbounded === true ? `${c.scale.min}–∞` : `${c.scale.min}–${c.scale.max}`;
    out.push(
      finding(
        "error",
        "TARGET_OUT_OF_SCALE",
        `the ${c.id} target ${f2(s.target)} is outside the scale ${range}`,
        `chỉ tiêu "${c.name.vi}" ${f2(s.target)} nằm ngoài thang điểm ${range}`,
        path,
        { id: c.id, target: s.target, min: c.scale.min, max: c.unbounded === true ? null : c.scale.max },
      ),
    );
  }
  if (s.statedDelta !== null) {
    const actual = t.minus(b);
    if (!actual.eq(s.statedDelta)) {
      out.push(
        finding(
          "error",
          "DELTA_MISMATCH",
          `the stated ${c.id} increase ${f2(s.statedDelta)} is not target − baseline = ${f2(s.target)} − ${f2(s.baseline)} = ${actual.toFixed(dp)}`,
          `mức tăng "${c.name.vi}" ghi ${f2(s.statedDelta)} khác chỉ tiêu − cơ sở = ${f2(s.target)} − ${f2(s.baseline)} = ${actual.toFixed(dp)}`,
          [...path, "delta"],
          { id: c.id, stated: s.statedDelta, computed: Number(actual.toFixed(dp)) },
        ),
      );
    }
  }
  if (lower ? t.gt(b) : t.lt(b)) {
    // For a lower-is-better indicator the warning flips: a target above the baseline is a step back.
    out.push(
      finding(
        "warning",
        lower ? "TARGET_ABOVE_BASELINE" : "TARGET_BELOW_BASELINE",
        lower
          ? `the ${c.id} target ${f2(s.target)} is above the baseline ${f2(s.baseline)}, although lower is better`
          : `the ${c.id} target ${f2(s.target)} is below the baseline ${f2(s.baseline)}`,
        lower
          ? `chỉ tiêu "${c.name.vi}" ${f2(s.target)} cao hơn mức cơ sở ${f2(s.baseline)} (chỉ tiêu càng thấp càng tốt)`
          : `chỉ tiêu "${c.name.vi}" ${f2(s.target)} thấp hơn điểm cơ sở ${f2(s.baseline)}`,
        path,
        { id: c.id, target: s.target, baseline: s.baseline },
      ),
    );
  } else if (t.eq(b)) {
    out.push(
      finding(
        "info",
        "TARGET_EQUALS_BASELINE",
        `the ${c.id} target equals the baseline ${f2(s.baseline)}: no ${lower ? "decrease" : "increase"} is planned`,
        `chỉ tiêu "${c.name.vi}" bằng ${c.unit ? "mức" : "điểm"} cơ sở ${f2(s.baseline)}: không có mức ${lower ? "giảm" : "tăng"}`,
        path,
        { id: c.id, baseline: s.baseline },
      ),
    );
  }
  if (s.due !== null && s.due > `${p.targetYear}-12-31`) {
    out.push(
      finding(
        "warning",
        "DUE_AFTER_TARGET_YEAR",
        `the ${c.id} deadline ${s.due} is after the end of the target year ${p.targetYear}`,
        `thời hạn "${c.name.vi}" ${s.due} sau cuối năm mục tiêu ${p.targetYear}`,
        [...path, "due"],
        { id: c.id, due: s.due, targetYear: p.targetYear },
      ),
    );
  }
}

/** Pass 3: the composite target against its scale, the sum of the targets and the baseline. */
function compositeFindings(out: Finding[], p: CheckedPlan, fw: Framework): void {
  const comp = p.composite;
  if (fw.composite.method !== "none" && comp.stated !== null) {
    const st = new D(String(comp.stated));
    const sc = fw.composite.scale;
    if (st.lt(sc.min) || st.gt(sc.max)) {
      out.push(
        finding(
          "error",
          "COMPOSITE_TARGET_OUT_OF_SCALE",
          `the composite target ${f2(comp.stated)} is outside ${sc.min}–${sc.max}`,
          `chỉ tiêu điểm tổng hợp ${f2(comp.stated)} nằm ngoài ${sc.min}–${sc.max}`,
          ["compositeTarget"],
          { target: comp.stated, min: sc.min, max: sc.max },
        ),
      );
    }
    if (comp.sumOfTargets !== null && !st.eq(comp.sumOfTargets)) {
      const diff = st.minus(comp.sumOfTargets).abs();
      const rounding = diff.lte(roundingTolerance(fw));
      out.push(
        finding(
          rounding ? "warning" : "error",
          "COMPOSITE_MISMATCH",
          `the stated composite target ${f2(comp.stated)} differs from the sum of the sub-index targets ${f2(comp.sumOfTargets)} by ${diff.toFixed(2)}${rounding ? " (within rounding)" : ""}`,
          `chỉ tiêu điểm tổng hợp ${f2(comp.stated)} chênh ${diff.toFixed(2)} so với tổng chỉ tiêu các chỉ số thành phần ${f2(comp.sumOfTargets)}${rounding ? " (trong phạm vi làm tròn)" : ""}`,
          ["compositeTarget"],
          { stated: comp.stated, sumOfTargets: comp.sumOfTargets, difference: Number(diff.toFixed(2)) },
        ),
      );
    }
  }
  if (comp.target !== null && comp.baseline !== null && new D(String(comp.target)).lt(comp.baseline)) {
    out.push(
      finding(
        "warning",
        "COMPOSITE_TARGET_BELOW_BASELINE",
        `the composite target ${f2(comp.target)} is below the baseline composite ${f2(comp.baseline)}`,
        `chỉ tiêu điểm tổng hợp ${f2(comp.target)} thấp hơn điểm cơ sở ${f2(comp.baseline)}`,
        comp.stated !== null ? ["compositeTarget"] : ["targets"],
        { target: comp.target, baseline: comp.baseline },
      ),
    );
  }
}
