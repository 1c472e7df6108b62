/**
 * zod schemas for every input, exported so apps can validate before calling. pgi-kit itself
 * validates with the same rules and throws {@link PgiError}; these schemas give apps zod's own
 * result type instead.
 * @module
 */
import { z } from "zod";
import { toDec, type NumberInput } from "./decimal";

function isNumberInput(value: unknown): boolean {
  try {
    toDec(value);
    return true;
  } catch {
    return false;
  }
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
export const NumberInputSchema = z.custom<NumberInput>(isNumberInput, {
  message: 'expected a number such as 6.58 or a string such as "6,58"',
});

/**
 * An edition or plan year: a whole number 1900–2100, or such a number as a string.
 *
 * @example
 * ```ts
 * YearSchema.parse("2023"); // 2023
 * ```
 */
export const YearSchema = z
  .union([z.number().int(), z.string().trim().regex(/^\d{4}$/, "expected a four-digit year such as 2024").transform(Number)])
  .pipe(z.number().int().min(1900, "expected a year from 1900 to 2100").max(2100, "expected a year from 1900 to 2100"));

/**
 * Scores keyed by anything {@link subIndex} accepts.
 *
 * @example
 * ```ts
 * ScoresInputSchema.safeParse({ pollution: 4.84, "Đảm bảo tuân thủ": "4,14" }).success; // true
 * ```
 */
export const ScoresInputSchema = z.record(z.string(), NumberInputSchema);

/** The shape of {@link scoreCard}'s input, with numbers left to the number parser. @internal */
export const ScoreCardShape = z
  .object({
    unit: z.string("unit must be a string naming the province or unit").trim().min(1, "unit must not be empty"),
    year: YearSchema,
    scores: z.unknown(),
    composite: z.unknown().optional(),
    rank: z.number("rank must be a whole number ≥ 1").int("rank must be a whole number ≥ 1").min(1, "rank must be a whole number ≥ 1").optional(),
    source: z.string().optional(),
  })
  .strict();

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
export const ScoreCardInputSchema = ScoreCardShape.extend({
  scores: ScoresInputSchema,
  composite: NumberInputSchema.optional(),
});
