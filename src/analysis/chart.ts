/**
 * The Vega-Lite heatmap of a correlation matrix.
 * @module
 */
import { checkLang, type Lang } from "../decimal";
import { describe, PgiError } from "../errors";
import type { Correlations } from "./correlations";
import { intOption, readOptions } from "./read";

/** Options of {@link correlationHeatmap}. */
export interface HeatmapOptions {
  /** Language of the title and tooltips. Default `vi`. */
  readonly lang?: Lang;
  /** Width (and height) in pixels. Default 400. */
  readonly width?: number;
}

/** The heatmap as the chart layer builds it (plain JSON). @internal */
export function correlationChart(c: Correlations, context: { readonly lang: Lang; readonly width: number }): Record<string, unknown> {
  const vi = context.lang === "vi";
  const values = c.ids.flatMap((a, i) => c.ids.map((b, j) => ({ a, b, r: c.matrix[i]![j] ?? null })));
  const m = c.method === "pearson" ? "Pearson" : "Spearman";
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: vi ? `Hệ số tương quan ${m} giữa các chỉ tiêu` : `${m} correlations between indicators`,
    width: context.width,
    height: context.width,
    data: { values },
    mark: { type: "rect" },
    encoding: {
      x: { field: "b", type: "nominal", sort: [...c.ids], title: null },
      y: { field: "a", type: "nominal", sort: [...c.ids], title: null },
      color: { field: "r", type: "quantitative", scale: { domain: [-1, 1], scheme: "redblue" }, title: vi ? "Tương quan" : "Correlation" },
      tooltip: [
        { field: "a", type: "nominal", title: vi ? "Chỉ tiêu" : "Indicator" },
        { field: "b", type: "nominal", title: vi ? "Chỉ tiêu" : "Indicator" },
        { field: "r", type: "quantitative", title: vi ? "Tương quan" : "Correlation" },
      ],
    },
  };
}

/**
 * A Vega-Lite v5 heatmap of a {@link correlations} result: one cell per pair, coloured from −1
 * (red) to 1 (blue), indicators in framework order, a tooltip with the value.
 *
 * @throws {@link PgiError} `INVALID_INPUT` for anything but a `correlations` result, or bad options.
 *
 * @example
 * ```ts
 * const fw = defineFramework({ id: "d", name: { vi: "Huyện", en: "District" }, components: [{ id: "env" }],
 *   indicators: [{ id: "a", component: "env", direction: "higher" }, { id: "b", component: "env", direction: "higher" }] });
 * const rows = [[1, 1], [2, 3], [3, 2]].map(([a, b], i) => ({ unit: `U${i}`, indicators: { a, b } }));
 * const spec = correlationHeatmap(correlations(fw, rows), { lang: "en" });
 * spec.mark;                // { type: "rect" }
 * spec.data.values[1];      // { a: "a", b: "b", r: 0.5 }
 * ```
 */
export function correlationHeatmap(
  result: Correlations,
  options?: HeatmapOptions,
): { readonly mark: unknown; readonly data: { readonly values: readonly { a: string; b: string; r: number | null }[] } } & Record<string, unknown> {
  const o = readOptions<HeatmapOptions>(options, ["lang", "width"]);
  const lang = checkLang(o.lang ?? "vi", ["options", "lang"]);
  const width = intOption(o.width, "width", 50, 4000, 400);
  const ok =
    typeof result === "object" &&
    result !== null &&
    (result as { kind?: unknown }).kind === "correlations" &&
    Array.isArray((result as Correlations).ids) &&
    Array.isArray((result as Correlations).matrix);
  if (!ok) {
    throw new PgiError(
      "INVALID_INPUT",
      { en: `expected a result of correlations(…), got ${describe(result)}`, vi: `cần kết quả của correlations(…), nhận được ${describe(result, "vi")}` },
      ["result"],
    );
  }
  return correlationChart(result, { lang, width }) as ReturnType<typeof correlationHeatmap>;
}
