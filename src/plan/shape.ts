/**
 * The shapes of a plan's input checked by zod (its numbers are read by the number parser, for its
 * errors): names, years, owners, deadlines. @internal
 * @module
 */
import * as z from "zod/mini";
import { zodMessage } from "../errors";
import { TextSchema, UnitSchema, YearSchema } from "../schemas";

const Owner = () => z.string("an owner must be a string").check(z.trim(), z.minLength(1, "an owner must not be an empty string"), z.maxLength(300, "an owner must be at most 300 characters"));
export const OwnersSchema = () =>
  z.union([
    z.pipe(Owner(), z.transform((s: string) => [s])),
    z.array(Owner()).check(z.maxLength(100, "give at most 100 owners")),
  ], "owners must be a name or a list of names");

const DUE_FORMAT = () => zodMessage({ en: "due must be an ISO date such as 2024-12-31", vi: "thời hạn (due) phải ghi theo dạng năm-tháng-ngày, ví dụ 2024-12-31" });
export const IsoDate = () =>
  z.string(DUE_FORMAT()).check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, DUE_FORMAT()),
    z.refine((s: string) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, zodMessage({ en: "due is not a real calendar date; use YYYY-MM-DD such as 2024-12-31", vi: "thời hạn (due) không phải là một ngày có thật; hãy ghi năm-tháng-ngày, ví dụ 2024-12-31" })),
  );

export const COMPARATOR = ["atLeast", "atMost", "exactly"] as const;

/** The fields of a plan's input other than its numbers (shared by `PlanInputSchema` and createPlan's own check). */
export function planFields() {
  return {
    unit: UnitSchema("unit must be a string"),
    indexUnit: z.optional(UnitSchema("indexUnit must be a string")),
    units: z.optional(z.literal(["provinces", "any"], 'units must be "provinces" or "any"')),
    title: z.optional(UnitSchema("title must be a string", 1000)),
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
    comparator: z.optional(z.literal(COMPARATOR, "comparator must be atLeast, atMost or exactly")),
    owners: z.optional(OwnersSchema()),
    due: z.optional(IsoDate()),
  });
}

