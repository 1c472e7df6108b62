/**
 * The treatment and imputation parts of a framework spec (`"treatment"` on the framework or an
 * indicator, `"imputation"` on the framework): their schemas (messages in both languages), and
 * the rules the framework holds. `defineFramework` uses them; kept apart from the rest of
 * ./define.ts so the two evolve separately.
 * @internal
 * @module
 */
import * as z from "zod/mini";
import { describe, PgiError, zodMessage } from "../errors";
import type { ImputationRule, Indicator, TreatmentRule } from "./types";

/** A schema message in both languages (the bridge from zod finds its Vietnamese by the English). */
const m = (en: string, vi: string): string => zodMessage({ en, vi });

/** `"treatment"` of a spec: `{ method: "auto", winmax?, skewThreshold?, kurtosisThreshold? }` or `{ method: "none" }`. @internal */
export const TreatmentSpec = () => {
  const winmax = m("winmax must be a whole number from 0 to 1000", "winmax phải là số nguyên từ 0 đến 1000");
  const skew = m("skewThreshold must be a number from 0 to 1000", "skewThreshold phải là một số từ 0 đến 1000");
  const kurt = m("kurtosisThreshold must be a number from -1000 to 1000", "kurtosisThreshold phải là một số từ -1000 đến 1000");
  return z.discriminatedUnion(
    "method",
    [
      z.strictObject({
        method: z.literal("auto"),
        winmax: z.optional(z.int(winmax).check(z.gte(0, winmax), z.lte(1000, winmax))),
        skewThreshold: z.optional(z.number(skew).check(z.gte(0, skew), z.lte(1000, skew))),
        kurtosisThreshold: z.optional(z.number(kurt).check(z.gte(-1000, kurt), z.lte(1000, kurt))),
      }),
      z.strictObject({ method: z.literal("none") }),
    ],
    m(
      'treatment.method must be "auto" (winsorise, else log, as COINr\'s Treat) or "none"',
      'treatment.method phải là "auto" (thay giá trị ngoại lai, nếu chưa đạt thì lấy logarit, như COINr) hoặc "none"',
    ),
  );
};

/** `"imputation"` of a spec. @internal */
export const ImputationSpec = () =>
  z.strictObject(
    {
      method: z.literal(
        ["mean", "median", "groupMean", "groupMedian"],
        m(
          'imputation.method must be "mean", "median", "groupMean" or "groupMedian"',
          'imputation.method phải là "mean", "median", "groupMean" hoặc "groupMedian"',
        ),
      ),
    },
    m(
      'imputation must be { "method": "mean" | "median" | "groupMean" | "groupMedian" }',
      'imputation phải có dạng { "method": "mean" | "median" | "groupMean" | "groupMedian" }',
    ),
  );

type TreatmentIn = z.output<ReturnType<typeof TreatmentSpec>>;

/** The rule a framework holds for a spec's treatment: COINr's defaults filled in (winmax 5, 2, 3.5). @internal */
export function treatmentRuleOf(t: TreatmentIn): TreatmentRule {
  if (t.method === "none") return { method: "none" };
  // (+ 0 turns a −0 into 0.)
  return { method: "auto", winmax: t.winmax ?? 5, skewThreshold: (t.skewThreshold ?? 2) + 0, kurtosisThreshold: (t.kurtosisThreshold ?? 3.5) + 0 };
}

/**
 * The framework-level rules of a parsed spec, as fields to spread into the framework: nothing for
 * a spec without them (so such frameworks are exactly what they were before).
 * @internal
 */
export function prepareRulesOf(s: {
  readonly treatment?: TreatmentIn | undefined;
  readonly imputation?: { readonly method: ImputationRule["method"] } | undefined;
}): { treatment?: TreatmentRule; imputation?: ImputationRule } {
  return {
    ...(s.treatment !== undefined ? { treatment: treatmentRuleOf(s.treatment) } : {}),
    ...(s.imputation !== undefined ? { imputation: { method: s.imputation.method } } : {}),
  };
}

/**
 * Treatment `auto` may log-transform an indicator's raw values, which would put them off the units
 * of a `goalposts` or `distanceToTarget` normalisation (fixed bounds in the raw values' units):
 * such an indicator must switch treatment off (`{ "method": "none" }`) — refused here, before any
 * work, rather than scored against goalposts that no longer mean anything.
 * @internal
 */
export function checkTreatmentFits(framework: TreatmentRule | undefined, indicators: readonly Indicator[], imputation?: unknown): void {
  if (indicators.length === 0 && (framework !== undefined || imputation !== undefined)) {
    const key = framework !== undefined ? "treatment" : "imputation";
    throw new PgiError(
      "INVALID_FRAMEWORK",
      {
        en: `${key} works on the raw values of indicators, and this framework has none; add indicators or leave out ${key}`,
        vi: `${key === "treatment" ? "xử lý giá trị ngoại lai (treatment)" : "điền giá trị thiếu (imputation)"} áp dụng cho số liệu gốc của các chỉ tiêu, nhưng bộ chỉ số này không có chỉ tiêu nào; hãy thêm chỉ tiêu hoặc bỏ ${key}`,
      },
      [key],
    );
  }
  indicators.forEach((ind, i) => {
    const rule = ind.treatment ?? framework;
    const nz = ind.normalization?.method;
    if (rule?.method !== "auto" || (nz !== "goalposts" && nz !== "distanceToTarget")) return;
    throw new PgiError(
      "INVALID_FRAMEWORK",
      {
        en: `indicator ${describe(ind.id)} is normalised by ${nz} in the units of its raw values, but treatment "auto" may log-transform those values; give this indicator "treatment": { "method": "none" }, or normalise it with minmax`,
        vi: `chỉ tiêu ${describe(ind.id, "vi")} được chuẩn hoá bằng ${nz} theo đơn vị của số liệu gốc, nhưng cách xử lý giá trị ngoại lai "auto" có thể lấy logarit số liệu đó; hãy ghi cho chỉ tiêu này "treatment": { "method": "none" }, hoặc chuẩn hoá bằng minmax`,
      },
      ind.treatment !== undefined ? ["indicators", i, "treatment"] : ["treatment"],
      { indicator: ind.id, normalization: nz },
    );
  });
}
