/**
 * The embedded default plan: Lạng Sơn's 2024 PGI improvement targets.
 * @module
 */
import { deepFreeze } from "../util";
import type { PlanInput } from "../plan/create";
import { publishedScoreCard } from "./published";

/**
 * Where the Lạng Sơn plan figures come from. The 2023 baseline (4.84, 4.14, 3.60, 4.75;
 * composite 17.33, rank 62/63) and the 2024 targets (≥ 6.58, ≥ 6.11, ≥ 4.38, ≥ 5.30) are as the
 * province's 2024 improvement plan states them, quoted on the cited page.
 *
 * @example
 * ```ts
 * LANG_SON_PLAN_SOURCE.startsWith("https://"); // true
 * ```
 */
export const LANG_SON_PLAN_SOURCE = "https://thongtin.vietnam.vn/en/xanh-dan-chi-so-xanh";

/**
 * The Lạng Sơn 2024 plan as {@link createPlan} input: baseline = the published PGI 2023 card,
 * targets "đạt từ … điểm trở lên" with the stated increases. Owners and deadlines are not in the
 * cited source and are left empty.
 *
 * @example
 * ```ts
 * const plan = createPlan(langSonPlan2024());
 * plan.composite; // { baseline: 17.33, target: 22.37, delta: 5.04, stated: null, sumOfTargets: 22.37 }
 * checkPlan(plan).length; // 0
 * ```
 */
export function langSonPlan2024(): PlanInput {
  return deepFreeze({
    unit: "Lạng Sơn",
    title: "Kế hoạch cải thiện, nâng cao Chỉ số Xanh cấp tỉnh (PGI) năm 2024",
    baselineYear: 2023,
    targetYear: 2024,
    source: LANG_SON_PLAN_SOURCE,
    baseline: publishedScoreCard("Lạng Sơn", 2023),
    targets: {
      pollution: { target: "6.58", delta: "1.74", comparator: "atLeast" },
      compliance: { target: "6.11", delta: "1.97", comparator: "atLeast" },
      greenPractices: { target: "4.38", delta: "0.78", comparator: "atLeast" },
      incentives: { target: "5.30", delta: "0.55", comparator: "atLeast" },
    },
  });
}
