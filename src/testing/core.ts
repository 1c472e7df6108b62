/**
 * The one door from `pgi-kit/testing` to the library: everything it needs from pgi-kit comes
 * through here, from the main entry (`../index`). The testing build maps that import to
 * `"pgi-kit"` itself (see tsup.config.ts), so the published testing entry loads the library's
 * own copy: an error it throws is `instanceof PgiError` of `pgi-kit`. The exact arithmetic uses a
 * decimal.js clone configured as the library's (40 digits, half-up); numbers are read by
 * `parseNumber`, so the same inputs are accepted and the same errors thrown.
 * @internal
 * @module
 */
import DecimalJs from "decimal.js";
import { parseNumber, PgiError, type Bilingual, type NumberInput, type PgiPath } from "../index";
// describe() is a pure function with no reference to PgiError: bundling it brings no second class.
import { describe } from "../errors";

export { describe, parseNumber, PgiError };
export { PGI_EDITIONS, PGI_SUBINDEX_IDS, PROVINCES } from "../index";
export type { Lang, NumberInput, PgiEditionYear, PgiPath, PgiSubIndexId } from "../index";

/** The Decimal clone of the testing helpers, configured as the library's. */
export const TD = /* @__PURE__ */ DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -1e9, toExpPos: 1e9, crypto: false });
/** A value of {@link TD}. */
export type TDec = InstanceType<typeof TD>;

/**
 * `value` exactly, as the library reads it: it is first checked by `parseNumber` (same inputs
 * accepted, same `PgiError` naming `path`), then its written decimal is taken as is.
 */
export function decOf(value: unknown, path: PgiPath): TDec {
  parseNumber(value as NumberInput, { path });
  if (typeof value === "number") return new TD(Object.is(value, -0) ? 0 : value.toString());
  if (typeof value === "string")
    return new TD(
      value
        .trim()
        .replace(/^\u2212/, "-")
        .replace(",", "."),
    );
  return new TD((value as { toFixed(): string }).toFixed());
}

/** Throw pgi-kit's `INVALID_INPUT` error at `path` with a message in both languages. */
export function refuse(path: PgiPath, message: Bilingual): never {
  throw new PgiError("INVALID_INPUT", message, path);
}

/** Refuse options that are not an object, listing the fields the arbitrary takes (`{ min?, max? }`). */
export function checkOptions(options: unknown, shape: string): void {
  if (typeof options !== "object" || options === null) {
    refuse([], {
      en: `expected options ${shape}, got ${describe(options)}`,
      vi: `tùy chọn phải là một đối tượng ${shape}, nhận được ${describe(options, "vi")}`,
    });
  }
}

/** `value` when it is one of `choices` (or `fallback` when undefined); refused otherwise, naming `name`. */
export function oneOf<T extends string>(value: unknown, name: string, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((choices as readonly unknown[]).includes(value)) return value as T;
  const list = (or: string) =>
    `${choices
      .slice(0, -1)
      .map((c) => `"${c}"`)
      .join(", ")} ${or} "${choices[choices.length - 1]}"`;
  return refuse([name], {
    en: `${name} must be ${list("or")}, got ${describe(value)}`,
    vi: `${name} phải là ${list("hoặc")}, nhận được ${describe(value, "vi")}`,
  });
}

/** A whole number from `min` to `max` (`fallback` when undefined); refused otherwise, naming `name`. */
export function bound(value: unknown, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    refuse([name], {
      en: `${name} must be a whole number from ${min} to ${max}, got ${describe(value)}`,
      vi: `${name} phải là số nguyên từ ${min} đến ${max}, nhận được ${describe(value, "vi")}`,
    });
  }
  return value;
}

/** Refuse `lo > hi` for two options named `loName` and `hiName`. */
export function ordered(lo: number, hi: number, loName: string, hiName: string): void {
  if (lo > hi) {
    refuse([loName], {
      en: `${loName} (${describe(lo)}) must not be above ${hiName} (${describe(hi)})`,
      vi: `${loName} (${describe(lo, "vi")}) không được lớn hơn ${hiName} (${describe(hi, "vi")})`,
    });
  }
}

/** Refuse a `unit` option that is given but not a non-empty string. */
export function checkUnit(unit: unknown): void {
  if (unit !== undefined && (typeof unit !== "string" || unit.trim() === "")) {
    refuse(["unit"], {
      en: `unit must be a non-empty string, got ${describe(unit)}`,
      vi: `unit phải là một chuỗi ký tự không rỗng, nhận được ${describe(unit, "vi")}`,
    });
  }
}
