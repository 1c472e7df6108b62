/**
 * Helpers shared by the arbitraries: exact conversions between hundredths and numbers or text,
 * provinces, editions. Every arbitrary is built from integers (scores as hundredths), so
 * fast-check shrinks a failing case towards small, readable figures. Part of `pgi-kit/testing`.
 * @internal
 * @module
 */
import * as fc from "fast-check";
import { describe, PGI_EDITIONS, PROVINCES, refuse, TD, type Lang, type PgiEditionYear } from "./core";

/** `units / 10^decimals` as the closest double, exactly (658, 2 → 6.58). */
export function fromUnits(units: number, decimals: number = 2): number {
  const n = Number(new TD(units).div(new TD(10).pow(decimals)).toFixed());
  return n === 0 ? 0 : n;
}

/** `units / 10^decimals` written in a locale: `fixed` with all decimals, else shortest. */
export function textOf(units: number, decimals: number, lang: Lang, fixed: boolean): string {
  const d = new TD(units).div(new TD(10).pow(decimals));
  let text = fixed ? d.toFixed(decimals) : d.toFixed();
  // "1.234" / "1,234" (three decimals, integer part not zero) is refused as ambiguous: write "1.2340".
  if (/^-?[1-9]\d{0,2}\.\d{3}$/.test(text)) text += "0";
  return lang === "vi" ? text.replace(".", ",") : text;
}

/** The names of the 63 provinces. */
export function provinceNames(): string[] {
  return PROVINCES.map((p) => p.name);
}

/** One given edition, or any built-in one. */
export function editionArb(year: PgiEditionYear | undefined): fc.Arbitrary<PgiEditionYear> {
  if (year === undefined) return fc.constantFrom(...PGI_EDITIONS);
  if (!(PGI_EDITIONS as readonly number[]).includes(year)) {
    refuse(["year"], {
      en: `year must be one of ${PGI_EDITIONS.join(", ")}, got ${describe(year)}`,
      vi: `year phải là một trong ${PGI_EDITIONS.join(", ")}, nhận được ${describe(year, "vi")}`,
    });
  }
  return fc.constant(year);
}

/** Four PGI scores in hundredths (100 … 1000). */
export function fourHundredths(max: number = 1000): fc.Arbitrary<[number, number, number, number]> {
  const h = fc.integer({ min: 100, max });
  return fc.tuple(h, h, h, h);
}
