/**
 * The chart kit every domain's charts are drawn with: the Vega-Lite spec types, the base spec
 * (schema, title, locale), bars with their values written on them, grouped bars per sub-index
 * and panels per indicator of a mixed framework.
 * @module
 */
import type { Lang } from "../decimal";
import type { Framework } from "../framework/types";
import { componentLabel, frameworkFor } from "./labels";
import type { ChartContext, ChartSpec } from "./types";

/** A value of a chart's inline data. */
export type VegaLiteValue = string | number | boolean | null;

/** Inline data: one row per mark. */
export interface VegaLiteData {
  values: Record<string, VegaLiteValue>[];
}

/** A mark: bars, lines, text… */
export interface VegaLiteMark {
  type: "bar" | "line" | "text" | "point" | "rule" | "tick";
  tooltip?: boolean;
}

/** One encoding channel bound to a data field. */
export interface VegaLiteFieldDef {
  field: string;
  type: "nominal" | "quantitative" | "ordinal" | "temporal";
  title?: string | null;
}

/** The channels pgi-kit's charts use (each chart sets some of them, and more options than typed here). */
export interface VegaLiteEncoding {
  x?: VegaLiteFieldDef;
  y?: VegaLiteFieldDef;
  color?: VegaLiteFieldDef;
  text?: VegaLiteFieldDef;
}

/** A single view: a mark and its encoding. */
export interface VegaLiteUnit {
  mark: VegaLiteMark;
  encoding?: VegaLiteEncoding;
  height?: number;
  width?: number;
}

/** A layered view: views drawn over each other. */
export interface VegaLiteLayer {
  layer: VegaLiteUnit[];
  height?: number;
  width?: number;
}

/** What every chart has: the schema, a title and its data inline. */
export interface VegaLiteTop {
  $schema: string;
  title: string;
  width?: number;
  height?: number;
  data: VegaLiteData;
}

/**
 * A Vega-Lite v5 spec as `toVegaLite` returns it: a single view, a layered view, or views
 * stacked vertically (`vconcat`), always with `$schema`, `title` and inline `data`. It is
 * assignable to vega-lite's `TopLevelSpec` and accepted by vega-embed as it is. The type names
 * what the charts have in common; the objects carry more (axis formats, config, scales).
 */
export type VegaLiteSpec = (VegaLiteTop & VegaLiteUnit) | (VegaLiteTop & VegaLiteLayer) | (VegaLiteTop & { vconcat: (VegaLiteUnit | VegaLiteLayer)[] });

export const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

export function base(lang: Lang, width: number, title: string): Record<string, unknown> {
  return {
    $schema: SCHEMA,
    title,
    width,
    config: {
      locale: {
        number:
          lang === "vi"
            ? { decimal: ",", thousands: ".", grouping: [3], currency: ["", ""] }
            : { decimal: ".", thousands: ",", grouping: [3], currency: ["", ""] },
      },
      // Long Vietnamese names are shown whole (0: no limit); the title starts at the left edge, so a
      // long title does not push the picture wider than the chart.
      axis: { labelLimit: 0, labelFontSize: 12, titleFontSize: 12 },
      title: { anchor: "start", frame: "bounds", fontSize: 14 },
      legend: { labelLimit: 0 },
      view: { stroke: null },
      font: "sans-serif",
    },
  };
}

export const SERIES: Record<Lang, Record<string, string>> = {
  vi: {
    baseline: "Điểm cơ sở",
    target: "Chỉ tiêu",
    actual: "Kết quả",
    previous: "Năm trước",
    current: "Năm sau",
    score: "Điểm",
    increase: "Mức tăng",
    year: "Năm",
    value: "Giá trị",
    observed: "Thực tế",
    milestone: "Lộ trình",
  },
  en: {
    baseline: "Baseline",
    target: "Target",
    actual: "Result",
    previous: "Previous",
    current: "Current",
    score: "Score",
    increase: "Increase",
    year: "Year",
    value: "Value",
    observed: "Observed",
    milestone: "Trajectory",
  },
};

/** Score axes: whole-number ticks without decimals ("0 2 4 … 10"), values with two decimals. */
export const SCORE_AXIS = { format: "~r", tickMinStep: 1 };

/** Lines of at most `max` characters, broken between words. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** A long name on two lines of about equal length. */
function twoLines(text: string): string[] {
  for (let max = Math.ceil(text.length / 2); ; max++) {
    const lines = wrap(text, max);
    if (lines.length <= 2) return lines;
  }
}

/** A y axis whose long names (over 34 characters) are wrapped onto two or more lines. */
export function nameAxis(names: readonly string[]): Record<string, unknown> {
  const long = [...new Set(names)].filter((n) => n.length > 34);
  if (long.length === 0) return {};
  const expr = long.reduce((acc, n) => `datum.label === ${JSON.stringify(n)} ? ${JSON.stringify(twoLines(n))} : ${acc}`, "datum.label");
  return { axis: { labelExpr: expr } };
}

/** Bars with their value written at the end (a picture has no hover tooltip). */
export function barsWithValues(encoding: Record<string, unknown>, valueField: string): { layer: Record<string, unknown>[] } {
  const { color: _c, tooltip: _t, ...textEncoding } = encoding;
  return {
    layer: [
      { mark: { type: "bar" }, encoding },
      {
        mark: { type: "text", align: "left", baseline: "middle", dx: 3, fontSize: 10, color: "#333" },
        encoding: { ...textEncoding, text: { field: valueField, type: "quantitative", format: ".2f" } },
      },
    ],
  };
}

export type Bar = { name: string; series: string; value: number; composite?: true };

/**
 * Grouped horizontal bars: one group per sub-index, one bar per series, values written on the bars;
 * when composite bars are given, they follow in a second panel on the composite's own scale.
 */
export function grouped(spec: Record<string, unknown>, values: Bar[], order: string[], lang: Lang, max: number, compositeMax?: number): ChartSpec {
  const encoding = (domainMax: number): Record<string, unknown> => ({
    y: { field: "name", type: "nominal", title: null, sort: null, ...nameAxis(values.map((v) => v.name)) },
    yOffset: { field: "series", sort: order },
    x: { field: "value", type: "quantitative", title: SERIES[lang].score, scale: { domain: [0, domainMax] }, axis: SCORE_AXIS },
    color: { field: "series", type: "nominal", title: null, sort: order, legend: { orient: "bottom" } },
    tooltip: [
      { field: "name", type: "nominal", title: lang === "vi" ? "Chỉ số" : "Index" },
      { field: "series", type: "nominal", title: lang === "vi" ? "Số liệu" : "Series" },
      { field: "value", type: "quantitative", title: SERIES[lang].score, format: ".2f" },
    ],
  });
  // each group tall enough for its bars and for a name on two lines
  const groups = new Set(values.filter((v) => !v.composite).map((v) => v.name)).size;
  const band = Math.max(20 * order.length + 8, 40);
  if (compositeMax === undefined || !values.some((v) => v.composite))
    return { ...spec, height: band * groups, data: { values }, ...barsWithValues(encoding(max), "value") };
  const { width, ...top } = spec;
  const panel = (composite: boolean, domainMax: number, height: number): Record<string, unknown> => ({
    width,
    height,
    transform: [{ filter: composite ? "datum.composite === true" : "datum.composite !== true" }],
    ...barsWithValues(encoding(domainMax), "value"),
  });
  return { ...top, data: { values }, vconcat: [panel(false, max, band * groups), panel(true, compositeMax, band)], resolve: { scale: { x: "independent" } } };
}

/**
 * A framework of mixed indicators (units, own scales, directions): one panel per indicator, each
 * on its own scale ([min, max], or from min up for an unbounded one) titled with its unit.
 */
export function mixedPanels(spec: Record<string, unknown>, values: Bar[], order: string[], lang: Lang, fw: Framework): ChartSpec {
  const { width, ...top } = spec;
  const panels = fw.components.flatMap((c) => {
    const name = componentLabel(fw, c.id, lang);
    if (!values.some((v) => v.name === name)) return [];
    const dp = c.decimals ?? 2;
    const x = {
      field: "value",
      type: "quantitative",
      title: c.kind === "yesNo" ? (lang === "vi" ? "đạt (1) / chưa đạt (0)" : "yes (1) / no (0)") : c.unit ? c.unit[lang] : SERIES[lang].value,
      scale: c.unbounded === true ? { domainMin: c.scale.min } : { domain: [c.scale.min, c.scale.max] },
      axis: { format: "~r" },
    };
    const y = { field: "series", type: "nominal", title: name, sort: order, axis: { titleAngle: 0, titleAlign: "left", titleY: -8, titleX: 0 } };
    return [
      {
        width,
        height: 20 * order.length + 8,
        transform: [{ filter: `datum.name === ${JSON.stringify(name)}` }],
        layer: [
          { mark: { type: "bar" }, encoding: { y, x, color: { field: "series", type: "nominal", title: null, sort: order, legend: { orient: "bottom" } } } },
          {
            mark: { type: "text", align: "left", baseline: "middle", dx: 3, fontSize: 10, color: "#333" },
            encoding: { y, x, text: { field: "value", type: "quantitative", format: `.${dp}f` } },
          },
        ],
      },
    ];
  });
  return { ...top, data: { values }, vconcat: panels, resolve: { scale: { x: "independent" } } };
}

/** Whether a framework's components carry their own units, scales or directions (a mixed plan). */
export function mixedOf(id: string, given?: Framework): Framework | null {
  const fw = frameworkFor(id, given);
  return fw?.components.some((c) => c.unit !== undefined || c.direction !== undefined || c.kind !== undefined || c.unbounded !== undefined) ? fw : null;
}

/** The composite bars of a grouped chart, one per series (a missing value has no bar). */
export function compositeBars(name: string, series: readonly (readonly [string, number | null])[]): Bar[] {
  return series.filter(([, v]) => v !== null).map(([s, v]) => ({ name, series: s, value: v!, composite: true as const }));
}

/** The composite's scale maximum of a framework (PGI: 40), when it is known. */
export function compositeMax(id: string, given?: Framework): number | undefined {
  const fw = frameworkFor(id, given);
  return fw?.composite.method === "none" ? undefined : fw?.composite.scale.max;
}

/** One row of a ranked-bars chart. */
export interface RankedRow {
  readonly unit: string;
  readonly value: number;
  readonly rank: number | null;
}

/** Sorted horizontal bars, one per unit, the value written at the end (`highlight` marks one unit). */
export function rankedBars(rows: readonly RankedRow[], title: string, { lang, width, highlight }: ChartContext): ChartSpec {
  const s = SERIES[lang];
  return {
    ...base(lang, width, title),
    data: { values: rows.map((r) => ({ unit: r.unit, value: r.value, rank: r.rank, highlight: highlight !== undefined && r.unit === highlight })) },
    ...barsWithValues(
      {
        y: { field: "unit", type: "nominal", title: null, sort: { field: "value", order: "descending" } },
        x: { field: "value", type: "quantitative", title: s.score, axis: SCORE_AXIS },
        color: { field: "highlight", type: "nominal", legend: null, scale: { domain: [false, true], range: ["#9ecae1", "#d94801"] } },
        tooltip: [
          { field: "rank", type: "ordinal", title: lang === "vi" ? "Hạng" : "Rank" },
          { field: "unit", type: "nominal", title: lang === "vi" ? "Đơn vị" : "Unit" },
          { field: "value", type: "quantitative", title: s.score, format: ".2f" },
        ],
      },
      "value",
    ),
  };
}
