/**
 * zod schemas for every input, exported so apps can validate before calling. pgi-kit itself
 * validates with the same rules and throws {@link PgiError}; these schemas give apps zod's own
 * result type instead.
 * @module
 */
import * as z from "zod/mini";
import { toDec, type NumberInput } from "./decimal";

function isNumberInput(value: unknown): boolean {
  try {
    toDec(value);
    return true;
  } catch {
    return false;
  }
}

/** The longest name or text field pgi-kit reads (a unit, a title, an owner): 300 characters. */
export const MAX_NAME_LENGTH = 300;

/** A unit's or title's name: a trimmed, non-empty string of at most {@link MAX_NAME_LENGTH} characters. @internal */
export function UnitSchema(message: string, max: number = MAX_NAME_LENGTH) {
  const what = message.split(" must")[0];
  return z.string(message).check(
    z.trim(),
    z.minLength(1, `${what} must not be empty`),
    z.maxLength(max, `${what} must be at most ${max} characters`),
  );
}

/** A free-text field (source, label) of at most 2,000 characters. @internal */
export function TextSchema(what: string) {
  return z.string(`${what} must be a string`).check(z.maxLength(2000, `${what} must be at most 2000 characters`));
}

/** A published rank: a whole number ≥ 1. @internal */
export function RankSchema() {
  return z.int("rank must be a whole number ≥ 1").check(z.gte(1, "rank must be a whole number ≥ 1"));
}

/**
 * A number input as pgi-kit reads it: a finite number, a numeric string with `.` or `,`, or a
 * decimal.js value.
 *
 * @example
 * ```ts
 * NumberInputSchema.safeParse("6,58").success; // true
 * NumberInputSchema.safeParse("abc").success;  // false
 * ```
 */
export const NumberInputSchema = /* @__PURE__ */ (() =>
  z.custom<NumberInput>(isNumberInput, {
  error: 'expected a number such as 6.58 or a string such as "6,58"',
}))();

/**
 * An edition or plan year: a whole number 1900–2100, or such a number as a string.
 *
 * @example
 * ```ts
 * YearSchema.parse("2023"); // 2023
 * ```
 */
export const YearSchema = /* @__PURE__ */ (() =>
  z.pipe(
  z.union([
    z.int("expected a whole-number year such as 2024"),
    z.pipe(z.string().check(z.trim(), z.regex(/^\d{4}$/, "expected a four-digit year such as 2024")), z.transform(Number)),
  ], "expected a year such as 2024 (a whole number or a four-digit string)"),
  z.int().check(z.gte(1900, "expected a year from 1900 to 2100"), z.lte(2100, "expected a year from 1900 to 2100")),
))();

/**
 * Scores keyed by anything {@link subIndex} accepts.
 *
 * @example
 * ```ts
 * ScoresInputSchema.safeParse({ pollution: 4.84, "Đảm bảo tuân thủ": "4,14" }).success; // true
 * ```
 */
export const ScoresInputSchema = /* @__PURE__ */ (() =>
  z.record(z.string(), NumberInputSchema))();

/** A score card input's object, its scores and composite checked by the given schemas. */
function scoreCardObject<S extends z.ZodMiniType, C extends z.ZodMiniType>(scores: S, composite: C) {
  return z.strictObject({
    unit: UnitSchema("unit must be a string naming the province or unit"),
    year: YearSchema,
    scores,
    composite: z.optional(composite),
    rank: z.optional(RankSchema()),
    source: z.optional(TextSchema("source")),
  });
}

/** The shape of {@link scoreCard}'s input, with numbers left to the number parser. @internal */
export const ScoreCardShape = /* @__PURE__ */ (() => scoreCardObject(z.unknown(), z.unknown()))();

/**
 * The input of {@link scoreCard}: `{ unit, year, scores, composite?, rank?, source? }`.
 *
 * @example
 * ```ts
 * ScoreCardInputSchema.safeParse({
 *   unit: "Lạng Sơn", year: 2023,
 *   scores: { pollution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 },
 * }).success; // true
 * ```
 */
export const ScoreCardInputSchema = /* @__PURE__ */ (() => scoreCardObject(ScoresInputSchema, NumberInputSchema))();
