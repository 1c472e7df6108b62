/**
 * The numeric options shared by the uncertainty functions: counts and seeds.
 * @module
 */
import { describe, PgiError, type PgiPath } from "../errors";

/** A whole number from `min` to `max` (`fallback` when left out), else a PgiError at options.name. @internal */
export function whole(value: unknown, name: string, min: number, max: number, fallback: number, path: PgiPath = ["options", name]): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `${name} must be a whole number from ${min} to ${max}, got ${describe(value)}`,
        vi: `${name} phải là số nguyên từ ${min} đến ${max}, nhận được ${describe(value, "vi")}`,
      },
      path,
      { value: typeof value === "number" ? value : undefined, min, max },
    );
  }
  return value;
}

/** A seed: any safe integer. @internal */
export function seedOf(value: unknown, path: PgiPath = ["options", "seed"]): number {
  if (value === undefined) return 1;
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    throw new PgiError(
      "INVALID_INPUT",
      { en: `seed must be a whole number (a safe integer), got ${describe(value)}`, vi: `seed phải là một số nguyên, nhận được ${describe(value, "vi")}` },
      path,
    );
  }
  return value;
}
