/**
 * Arbitraries for score card inputs.
 * Nothing is built at import time: each function makes its arbitrary when called. Part of
 * `pgi-kit/testing`.
 * @module
 */
import * as fc from "fast-check";
import { checkOptions, checkUnit, oneOf, PGI_SUBINDEX_IDS, type PgiEditionYear, type PgiSubIndexId } from "./core";
import { editionArb, fourHundredths, fromUnits, provinceNames, textOf } from "./shared";
import type { ScoreCardInput } from "../scorecard/scorecard";
/** Spellings that `subIndex(PGI, key)` must accept for each sub-index (ids, positions, vi/en names, no diacritics). */
function spellings(id: PgiSubIndexId): readonly string[] {
  switch (id) {
    case "pollution":
      return [
        "pollution",
        "1",
        "Giảm thiểu ô nhiễm và thiên tai",
        "giam thieu o nhiem va thien tai",
        "Pollution",
        "Minimizing the risk of climate hazards to firms",
      ];
    case "compliance":
      return ["compliance", "2", "Đảm bảo tuân thủ", "Dam bao tuan thu", "Compliance", "“Chỉ số Đảm bảo tuân thủ”"];
    case "greenPractices":
      return ["greenPractices", "3", "Thúc đẩy thực hành xanh", "thuc day thuc hanh xanh", "Green practices", "green_practices"];
    default:
      return [
        "incentives",
        "4",
        "Chính sách khuyến khích và dịch vụ hỗ trợ",
        "chinh sach khuyen khich va dich vu ho tro",
        "Incentives",
        "Incentives sub-index",
      ];
  }
}

/** How numbers are written in generated inputs. */
export type NumberStyle = "number" | "vi" | "en" | "mixed";

/** A score in hundredths written in a style. */
export function styled(h: number, style: NumberStyle): fc.Arbitrary<number | string> {
  if (style === "number") return fc.constant(fromUnits(h));
  if (style === "vi" || style === "en") return fc.boolean().map((fixed) => textOf(h, 2, style, fixed));
  return fc.constantFrom<NumberStyle>("number", "vi", "en").chain((s) => styled(h, s));
}

/** The `numbers` option (default `number`). */
export function checkStyle(style: unknown): NumberStyle {
  return oneOf<NumberStyle>(style, "numbers", ["number", "vi", "en", "mixed"], "number");
}

/** Options of {@link arbScoreCardInput}. */
export interface ScoreCardArbOptions {
  /** The edition (default: any built-in one). */
  readonly year?: PgiEditionYear;
  /** The unit (default: one of the 63 provinces). */
  readonly unit?: string;
  /** `ids` (default): scores keyed by sub-index id; `any`: by ids, positions and vi/en names, with or without diacritics. */
  readonly keys?: "ids" | "any";
  /** How scores are written: JS numbers (default), `vi` strings (`"6,58"`), `en` strings, or `mixed`. */
  readonly numbers?: NumberStyle;
  /** `none` (default): no published composite; `sum`: the exact sum; `rounding`: the sum ± 0.01 or 0.02 (a `COMPOSITE_ROUNDING` finding). */
  readonly composite?: "none" | "sum" | "rounding";
}

/**
 * The input of `scoreCard` for one PGI unit and edition: four scores on 1–10 with 2 decimals,
 * keyed by id (or by any spelling `subIndex` accepts, with `keys: "any"`), written as numbers or
 * strings in either locale, optionally with a published composite.
 *
 * Meant for: "the composite is the exact sum" —
 * `scoreCard(input).computedComposite === exactSum(Object.values(input.scores))` — and every
 * function that takes a card.
 *
 * @example
 * ```ts
 * fc.check(fc.property(arbScoreCardInput({ keys: "any", numbers: "mixed" }), (input) =>
 *   scoreCard(input).computedComposite === exactSum(Object.values(input.scores)))).failed; // false
 * fc.check(fc.property(arbScoreCardInput({ composite: "rounding" }), (input) =>
 *   scoreCard(input).findings[0].code === "COMPOSITE_ROUNDING")).failed; // false
 * ```
 */
export function arbScoreCardInput(options: ScoreCardArbOptions = {}): fc.Arbitrary<ScoreCardInput> {
  checkOptions(options, "{ year?, unit?, keys?, numbers?, composite? }");
  const style = checkStyle(options.numbers);
  const keys = oneOf(options.keys, "keys", ["ids", "any"], "ids");
  const composite = oneOf(options.composite, "composite", ["none", "sum", "rounding"], "none");
  checkUnit(options.unit);
  const unit = options.unit === undefined ? fc.constantFrom(...provinceNames()) : fc.constant(options.unit);
  const keyArb = fc.tuple(...PGI_SUBINDEX_IDS.map((id) => (keys === "ids" ? fc.constant(id) : fc.constantFrom(...spellings(id)))));
  return fc
    .record({
      unit,
      year: editionArb(options.year),
      hs: fourHundredths(),
      keys: keyArb,
      offset: fc.constantFrom(1, -1, 2, -2),
    })
    .chain(({ unit: u, year, hs, keys: ks, offset }) =>
      fc.tuple(...hs.map((h) => styled(h, style))).map((values) => {
        const scores: Record<string, number | string> = {};
        ks.forEach((k, i) => {
          scores[k] = values[i]!;
        });
        const sum = hs.reduce((a, b) => a + b, 0);
        // Off by 0.01 or 0.02 (within rounding), turned the other way at the ends of 4–40.
        const off = sum + offset < 400 || sum + offset > 4000 ? -offset : offset;
        const published = composite === "none" ? undefined : composite === "sum" ? sum : sum + off;
        const input: ScoreCardInput = { unit: u, year, scores, ...(published === undefined ? {} : { composite: fromUnits(published) }) };
        return input;
      }),
    );
}
