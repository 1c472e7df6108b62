/**
 * Arbitraries for single scores, as numbers and as text in either locale.
 * Nothing is built at import time: each function makes its arbitrary when called. Part of
 * `pgi-kit/testing`.
 * @module
 */
import * as fc from "fast-check";
import { bound, checkOptions, describe, oneOf, refuse, TD, type Lang } from "./core";
import { fromUnits, textOf } from "./shared";
/** Options of {@link arbScore} and {@link arbScoreText}. */
export interface ScoreArbOptions {
  /** Lowest value (default 1, the PGI scale). */
  readonly min?: number;
  /** Highest value (default 10). */
  readonly max?: number;
  /** Decimal places, 0–6 (default 2, as published). */
  readonly decimals?: number;
}

/** The range of an arbitrary in units of its last decimal (checked options). @internal */
export function unitsRange(options: ScoreArbOptions): { lo: number; hi: number; decimals: number } {
  checkOptions(options, "{ min?, max?, decimals? }");
  const decimals = bound(options.decimals, "decimals", 2, 0, 6);
  const min = options.min ?? 1;
  const max = options.max ?? 10;
  for (const [name, v] of [
    ["min", min],
    ["max", max],
  ] as const) {
    if (typeof v !== "number" || !Number.isFinite(v) || Math.abs(v) > 1e9) {
      refuse([name], {
        en: `${name} must be a finite number (|x| ≤ 1e9), got ${describe(v)}`,
        vi: `${name} phải là một số hữu hạn (|x| ≤ 1e9), nhận được ${describe(v, "vi")}`,
      });
    }
  }
  const f = new TD(10).pow(decimals);
  const lo = new TD(String(min)).times(f).ceil().toNumber();
  const hi = new TD(String(max)).times(f).floor().toNumber();
  if (lo > hi) {
    refuse(["min"], {
      en: `min must not be above max, got ${describe(min)} and ${describe(max)}`,
      vi: `min không được lớn hơn max, nhận được ${describe(min, "vi")} và ${describe(max, "vi")}`,
    });
  }
  return { lo, hi, decimals };
}

/**
 * A score on a scale with at most `decimals` places (default: the PGI scale 1–10, 2 decimals), as
 * the closest double to that decimal, exactly as pgi-kit returns it. Shrinks towards `min`.
 *
 * Meant for: any invariant of score arithmetic (`scoreCard`, `createPlan`, `gapReport`…), with
 * {@link exactSum} and {@link exactDifference} for the expected values.
 *
 * @example
 * ```ts
 * fc.check(fc.property(arbScore(), (s) => s >= 1 && s <= 10 && hundredths(s) === Math.round(s * 100))).failed; // false
 * fc.check(fc.property(arbScore({ min: 0, max: 100, decimals: 1 }), (s) => parseNumber(formatNumber(s, { decimals: 1 })) === s)).failed; // false
 * ```
 */
export function arbScore(options: ScoreArbOptions = {}): fc.Arbitrary<number> {
  const { lo, hi, decimals } = unitsRange(options);
  return fc.integer({ min: lo, max: hi }).map((u) => fromUnits(u, decimals));
}

/** A score written as text, with the number it stands for. */
export interface ScoreText {
  /** The text: `"6,58"` (vi) or `"6.58"` (en), sometimes `"6,5"`, `"6"` or with spaces around. */
  readonly text: string;
  /** The number the text stands for (what `parseNumber(text)` must return). */
  readonly value: number;
  readonly lang: Lang;
}

/**
 * A score written as a string in Vietnamese (`"6,58"`, decimal comma) or English (`"6.58"`), in
 * the forms people type: all decimals (`"6,50"`), the shortest (`"6,5"`), with spaces around.
 * Never an ambiguous `"1,234"`. `lang` picks one locale (default: both).
 *
 * Meant for: the number parser and every input that takes `"6,58"`: `parseNumber(text) === value`.
 *
 * @example
 * ```ts
 * fc.check(fc.property(arbScoreText(), ({ text, value }) => parseNumber(text) === value)).failed; // false
 * fc.check(fc.property(arbScoreText({ lang: "vi" }), ({ text }) => !text.includes("."))).failed;  // false
 * ```
 */
export function arbScoreText(options: ScoreArbOptions & { readonly lang?: Lang } = {}): fc.Arbitrary<ScoreText> {
  const { lo, hi, decimals } = unitsRange(options);
  const lang = options.lang === undefined ? undefined : oneOf<Lang>(options.lang, "lang", ["vi", "en"], "vi");
  return fc
    .tuple(
      fc.integer({ min: lo, max: hi }),
      lang === undefined ? fc.constantFrom<Lang>("vi", "en") : fc.constant(lang),
      fc.boolean(),
      fc.constantFrom("", " ", "  "),
    )
    .map(([u, l, fixed, pad]) => ({ text: `${pad}${textOf(u, decimals, l, fixed)}${pad}`, value: fromUnits(u, decimals), lang: l }));
}
