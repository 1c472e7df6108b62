/**
 * Values with their units and thresholds as plans write them: "≥ 90 %", "≥ 40 lần", "≤ 0 điểm",
 * "đạt / chưa đạt".
 * @internal
 * @module
 */
import { formatNumber, type Lang } from "../decimal";

/** Decimal places of a number as written (its shortest form). */
export function decimalsOf(value: number): number {
  const s = String(value);
  if (s.includes("e")) return 0;
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** A number in `lang` with exactly its own decimals (`87,5`, `90`), or with `decimals` when given. */
export function exactText(value: number, lang: Lang, decimals?: number): string {
  return formatNumber(value, { lang, decimals: decimals ?? decimalsOf(value) });
}

/** `"90 %"`, `"40 lần"`, `"12"` (no unit): the value followed by its unit. */
export function withUnit(text: string, unit: string): string {
  return unit === "" ? text : `${text} ${unit}`;
}

/** Yes/no as plans write it: vi "đạt" / "không đạt", en "yes" / "no". */
export function yesNoText(value: boolean, lang: Lang): string {
  return lang === "vi" ? (value ? "đạt" : "không đạt") : value ? "yes" : "no";
}

/** Met or not as plans write it: vi "đạt" / "chưa đạt", en "met" / "not met". */
export function metText(met: boolean, lang: Lang): string {
  return lang === "vi" ? (met ? "đạt" : "chưa đạt") : met ? "met" : "not met";
}

/** A threshold as plans write it: `≥ 90 %`, `≤ 0 điểm`, `đạt`. */
export function thresholdText(op: "atLeast" | "atMost" | "yes", value: number | boolean, unit: string, lang: Lang, decimals?: number): string {
  if (op === "yes") return yesNoText(value as boolean, lang);
  return `${op === "atLeast" ? "≥" : "≤"} ${withUnit(exactText(value as number, lang, decimals), unit)}`;
}
