/**
 * The shapes of a plan's input checked by zod (its numbers are read by the number parser, for its
 * errors): names, years, owners, deadlines. @internal
 * @module
 */
import * as z from "zod/mini";
import { zodMessage } from "../errors";
import { TextSchema, UnitSchema, YearSchema } from "../schemas";

const Owner = () =>
  z
    .string(zodMessage({ en: "an owner must be a string", vi: "đơn vị chủ trì phải là một chuỗi ký tự" }))
    .check(
      z.trim(),
      z.minLength(1, zodMessage({ en: "an owner must not be an empty string", vi: "đơn vị chủ trì không được để trống" })),
      z.maxLength(300, zodMessage({ en: "an owner must be at most 300 characters", vi: "tên đơn vị chủ trì dài tối đa 300 ký tự" })),
    );
/**
 * A target's owners: one name, or a list of at most 100 (a name is read as a list of one, so a
 * list's own problems, a missing name or too many, are told as such, not as "not a name").
 */
export const OwnersSchema = () =>
  z.pipe(
    z.transform((v: unknown) => (typeof v === "string" ? [v] : v)),
    z
      .array(Owner(), zodMessage({ en: "owners must be a name or a list of names", vi: "đơn vị chủ trì phải là một tên hoặc một danh sách tên" }))
      .check(z.maxLength(100, zodMessage({ en: "give at most 100 owners", vi: "ghi tối đa 100 đơn vị chủ trì" }))),
  );

const DUE_FORMAT = () =>
  zodMessage({ en: "due must be an ISO date such as 2024-12-31", vi: "thời hạn (due) phải ghi theo dạng năm-tháng-ngày, ví dụ 2024-12-31" });
export const IsoDate = () =>
  z.string(DUE_FORMAT()).check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, DUE_FORMAT()),
    z.refine(
      (s: string) => {
        const d = new Date(`${s}T00:00:00Z`);
        return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
      },
      zodMessage({
        en: "due is not a real calendar date; use YYYY-MM-DD such as 2024-12-31",
        vi: "thời hạn (due) không phải là một ngày có thật; hãy ghi năm-tháng-ngày, ví dụ 2024-12-31",
      }),
    ),
  );

export const COMPARATOR = ["atLeast", "atMost", "exactly"] as const;
/** The message for a comparator that is none of {@link COMPARATOR}, in both languages. */
export const COMPARATOR_MESSAGE = () =>
  zodMessage({ en: 'comparator must be "atLeast", "atMost" or "exactly"', vi: 'cách so sánh (comparator) phải là "atLeast", "atMost" hoặc "exactly"' });

/** The fields of a plan's input other than its numbers (shared by `PlanInputSchema` and createPlan's own check). */
export function planFields() {
  return {
    unit: UnitSchema({ en: "unit must be a string naming who plans", vi: "đơn vị lập kế hoạch phải là một chuỗi ký tự ghi tên đơn vị" }),
    indexUnit: z.optional(UnitSchema({ en: "indexUnit must be a string", vi: "đơn vị của chỉ số phải là một chuỗi ký tự" })),
    units: z.optional(z.literal(["provinces", "any"], zodMessage({ en: 'units must be "provinces" or "any"', vi: 'units phải là "provinces" hoặc "any"' }))),
    title: z.optional(UnitSchema({ en: "title must be a string", vi: "tiêu đề phải là một chuỗi ký tự" }, 1000)),
    baselineYear: YearSchema,
    targetYear: YearSchema,
    source: z.optional(TextSchema("source")),
  };
}

/**
 * The shape check used inside createPlan (numbers are parsed by the number parser, for its errors).
 * Built from the shared fields, not by extending `PlanInputSchema`, so a page that only plans
 * does not bundle the exported schema's records and unions.
 */
export function makePlanShape() {
  return z.strictObject({
    ...planFields(),
    baseline: z.unknown(),
    targets: z.unknown(),
    compositeTarget: z.optional(z.unknown()),
  });
}

export function makeTargetObjectShape() {
  return z.strictObject({
    target: z.optional(z.unknown()),
    delta: z.optional(z.unknown()),
    comparator: z.optional(z.literal(COMPARATOR, COMPARATOR_MESSAGE())),
    owners: z.optional(OwnersSchema()),
    due: z.optional(IsoDate()),
  });
}
