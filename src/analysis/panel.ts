/**
 * `imputePanel`: fill the missing years of one unit's time series, as COINr's `impute_panel`.
 * @module
 */
import { D } from "../decimal";
import { describe, PgiError, readingInput, safeEntries } from "../errors";
import { finding, type Finding } from "../findings";
import { seal } from "../util";
import { rational } from "../scoring/moments";
import { choiceOption, dec, intOption, readOptions, readValue } from "./read";

/** One year of a series. */
export interface PanelPoint {
  readonly year: number;
  readonly value: number | string | null;
}

/** Options of {@link imputePanel}. */
export interface ImputePanelOptions {
  /** `latest`: the value of the latest earlier year that has one; `linear`: straight line between known years, constant beyond the ends. */
  readonly method: "latest" | "linear";
  /** Decimal places of interpolated values (half-up, exact). Default 10. */
  readonly decimals?: number;
}

/** One year of the result. */
export interface ImputedPoint {
  readonly year: number;
  readonly value: number | null;
  /** `true` when the value was filled. */
  readonly imputed: boolean;
  /** For `latest`: the year the value was carried from. */
  readonly from?: number;
}

/** The result of {@link imputePanel}. */
export interface PanelImputation {
  readonly kind: "panelImputation";
  readonly method: "latest" | "linear";
  /** Every year, in increasing order. */
  readonly series: readonly ImputedPoint[];
  /** `IMPUTATION_GAP` for each year left missing. */
  readonly findings: readonly Finding[];
}

/**
 * Fill the missing years of one unit's series (COINr `impute_panel`). `latest` carries the
 * latest earlier known value forward (years before the first known one stay missing);
 * `linear` interpolates between the two nearest known years,
 * y = y₀ + (y₁ − y₀)·(t − t₀)/(t₁ − t₀), and holds the first/last known value beyond the ends
 * (R's `approx(rule = 2)`); with one known year, `linear` holds it everywhere (COINr's
 * `linear-constant`). Exact (Decimal), rounded half-up at `decimals` (default 10). Years left
 * missing get an `IMPUTATION_GAP` finding.
 *
 * @throws {@link PgiError} `INVALID_INPUT` for a year that is not a whole number or given twice;
 * `INVALID_NUMBER` for NaN, ±Infinity, `""`, `"abc"`; `UNSAFE_KEY` for `__proto__` keys.
 *
 * @example
 * ```ts
 * const s = [{ year: 2019, value: 1 }, { year: 2020, value: null }, { year: 2021, value: null }, { year: 2022, value: 4 }];
 * imputePanel(s, { method: "linear" }).series.map((p) => p.value); // [1, 2, 3, 4]
 * imputePanel(s, { method: "latest" }).series.map((p) => p.value); // [1, 1, 1, 4]
 * ```
 */
export function imputePanel(series: readonly PanelPoint[], options: ImputePanelOptions): PanelImputation {
  const o = readOptions<ImputePanelOptions>(options, ["method", "decimals"]);
  const method = choiceOption<"latest" | "linear">(o.method, "method", ["latest", "linear"], undefined);
  const decimals = intOption(o.decimals, "decimals", 0, 10, 10);
  if (!Array.isArray(series)) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `expected the series as an array of { year, value }, got ${describe(series)}`,
        vi: `chuỗi số liệu phải là một mảng { year, value }, nhận được ${describe(series, "vi")}`,
      },
      ["series"],
    );
  }
  const points = readingInput(
    () =>
      series.map((p: unknown, i: number) => {
        const f = new Map(safeEntries(p, ["series", i], { en: "a year of the series", vi: "một năm của chuỗi số liệu" }));
        for (const k of f.keys()) {
          if (k !== "year" && k !== "value") {
            throw new PgiError(
              "INVALID_INPUT",
              { en: `unknown field ${describe(k)}; a point is { year, value }`, vi: `trường lạ ${describe(k)}; mỗi điểm có dạng { year, value }` },
              ["series", i, k],
            );
          }
        }
        const year = f.get("year");
        if (typeof year !== "number" || !Number.isInteger(year) || Math.abs(year) > 1e6) {
          throw new PgiError(
            "INVALID_INPUT",
            {
              en: `year must be a whole number such as 2023, got ${describe(year)}`,
              vi: `year phải là số nguyên, ví dụ 2023, nhận được ${describe(year, "vi")}`,
            },
            ["series", i, "year"],
          );
        }
        return { year, value: readValue(f.get("value"), ["series", i, "value"]), i };
      }),
    [],
    { en: "the series", vi: "chuỗi số liệu" },
  );
  const seen = new Map<number, number>();
  for (const p of points) {
    if (seen.has(p.year)) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `year ${p.year} is given twice (entries ${seen.get(p.year)} and ${p.i}); give each year once`,
          vi: `năm ${p.year} được ghi hai lần (mục ${seen.get(p.year)} và ${p.i}); mỗi năm chỉ ghi một lần`,
        },
        ["series", p.i, "year"],
      );
    }
    seen.set(p.year, p.i);
  }
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const known = sorted.filter((p) => p.value !== null);
  const findings: Finding[] = [];
  const out: ImputedPoint[] = sorted.map((p) => {
    if (p.value !== null) return { year: p.year, value: p.value, imputed: false };
    if (method === "latest") {
      const prev = [...known].reverse().find((k) => k.year < p.year);
      if (prev) return { year: p.year, value: prev.value, imputed: true, from: prev.year };
    } else if (known.length > 0) {
      const after = known.find((k) => k.year > p.year);
      const before = [...known].reverse().find((k) => k.year < p.year);
      if (!after || !before) return { year: p.year, value: (after ?? before)!.value, imputed: true };
      const y0 = dec(before.value!);
      const y = y0.plus(
        dec(after.value!)
          .minus(y0)
          .times(new D(p.year - before.year))
          .div(after.year - before.year),
      );
      return { year: p.year, value: rational(y, decimals), imputed: true };
    }
    findings.push(
      finding(
        "warning",
        "IMPUTATION_GAP",
        `${p.year}: no value to impute (${known.length === 0 ? "the series has no value" : "no earlier year has a value"})`,
        `năm ${p.year}: không có giá trị thay thế (${known.length === 0 ? "chuỗi số liệu không có giá trị nào" : "không có năm trước nào có số liệu"})`,
        ["series", p.i, "value"],
        { year: p.year },
      ),
    );
    return { year: p.year, value: null, imputed: false };
  });
  return seal({ kind: "panelImputation", method, series: out, findings });
}
