/**
 * zod schemas for every input, exported so apps can validate before calling. pgi-kit itself
 * validates with the same rules and throws {@link PgiError}; these schemas give apps zod's own
 * result type instead.
 * @module
 */
import * as z from "zod/mini";
import { toDec, type NumberInput } from "./decimal";
import { isPgiError, readingInput, zodMessage, type Bilingual } from "./errors";

function isNumberInput(value: unknown): boolean {
  try {
    toDec(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * A schema that accepts exactly what `check` accepts: `check` is the function's own validation,
 * run on the value as given (a PgiError it throws, or anything a hostile value throws while it is
 * read, becomes a zod issue with the error's path and message, its Vietnamese recorded for the
 * bridge). The one way the exported input schemas are made, so that schema-valid ⇔ the function
 * throws no PgiError; the output is the input, unchanged. @internal
 */
export function acceptedBy<T>(check: (value: unknown) => unknown) {
  return z
    .custom<T>(() => true)
    .check(
      z.superRefine((value: T, ctx) => {
        try {
          readingInput(() => check(value));
        } catch (e) {
          if (!isPgiError(e)) throw e;
          const cut = e.path.length > 0 ? e.message.indexOf(": ") + 2 : 0;
          const cutVi = e.path.length > 0 ? e.messageVi.indexOf(": ") + 2 : 0;
          const message = zodMessage({ en: e.message.slice(cut), vi: e.messageVi.slice(cutVi) });
          ctx.issues.push({ code: "custom", message, path: [...e.path], input: value, params: { pgiCode: e.code } });
        }
      }),
    );
}

/** The longest name or text field pgi-kit reads (a unit, a title, an owner): 300 characters. */
export const MAX_NAME_LENGTH = 300;

/** Vietnamese names of the fields these schemas check, written side by side with the English ones. */
const FIELD_VI: Readonly<Record<string, string>> = {
  unit: "đơn vị",
  indexUnit: "đơn vị của chỉ số",
  title: "tiêu đề",
  source: "nguồn",
  label: "nhãn",
  owner: "đơn vị chủ trì",
};
const fieldVi = (what: string) => FIELD_VI[what] ?? `trường "${what}"`;

/**
 * A unit's or title's name: a trimmed, non-empty string of at most {@link MAX_NAME_LENGTH}
 * characters. `message` says what the field must be, in both languages (the first word of the
 * English names the field; the messages for an empty or a too long name use the field's
 * Vietnamese name from the table above). @internal
 */
export function UnitSchema(message: Bilingual, max: number = MAX_NAME_LENGTH) {
  const what = message.en.split(" must")[0]!;
  return z
    .string(zodMessage(message))
    .check(
      z.trim(),
      z.minLength(1, zodMessage({ en: `${what} must not be empty`, vi: `${fieldVi(what)} không được để trống` })),
      z.maxLength(max, zodMessage({ en: `${what} must be at most ${max} characters`, vi: `${fieldVi(what)} dài tối đa ${max} ký tự` })),
    );
}

/** A free-text field (source, label) of at most 2,000 characters. @internal */
export function TextSchema(what: string) {
  return z
    .string(zodMessage({ en: `${what} must be a string`, vi: `${fieldVi(what)} phải là một chuỗi ký tự` }))
    .check(z.maxLength(2000, zodMessage({ en: `${what} must be at most 2000 characters`, vi: `${fieldVi(what)} dài tối đa 2000 ký tự` })));
}

/** A published rank: a whole number ≥ 1. @internal */
export function RankSchema() {
  const message = zodMessage({ en: "rank must be a whole number ≥ 1", vi: "thứ hạng phải là số nguyên từ 1 trở lên" });
  return z.int(message).check(z.gte(1, message));
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
    error: zodMessage({ en: 'expected a number such as 6.58 or a string such as "6,58"', vi: 'cần một số như 6,58 hoặc một chuỗi như "6,58"' }),
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
    z.union(
      [
        z.int(zodMessage({ en: "expected a whole-number year such as 2024", vi: "cần một năm là số nguyên, ví dụ 2024" })),
        z.pipe(
          z
            .string()
            .check(z.trim(), z.regex(/^\d{4}$/, zodMessage({ en: "expected a four-digit year such as 2024", vi: "cần một năm gồm bốn chữ số, ví dụ 2024" }))),
          z.transform(Number),
        ),
      ],
      zodMessage({
        en: "expected a year such as 2024 (a whole number or a four-digit string)",
        vi: "cần một năm, ví dụ 2024 (số nguyên hoặc chuỗi bốn chữ số)",
      }),
    ),
    z
      .int()
      .check(
        z.gte(1900, zodMessage({ en: "expected a year from 1900 to 2100", vi: "cần một năm từ 1900 đến 2100" })),
        z.lte(2100, zodMessage({ en: "expected a year from 1900 to 2100", vi: "cần một năm từ 1900 đến 2100" })),
      ),
  ))();

/** A score card input's object, its scores and composite checked by the given schemas. @internal */
export function scoreCardObject<S extends z.ZodMiniType, C extends z.ZodMiniType>(scores: S, composite: C) {
  return z.strictObject({
    unit: UnitSchema({ en: "unit must be a string naming the province or unit", vi: "đơn vị phải là một chuỗi ký tự ghi tên tỉnh hoặc đơn vị" }),
    year: YearSchema,
    scores,
    composite: z.optional(composite),
    rank: z.optional(RankSchema()),
    source: z.optional(TextSchema("source")),
  });
}

/** The shape of {@link scoreCard}'s input, with numbers left to the number parser. @internal */
export const ScoreCardShape = /* @__PURE__ */ (() => scoreCardObject(z.unknown(), z.unknown()))();
