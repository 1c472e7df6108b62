/**
 * Charts: pgi-kit results as Vega-Lite specs (plain JSON, data inline), in Vietnamese or English.
 * @module
 */
import { checkLang, type Lang } from "../decimal";
import { describe, optionsOf, PgiError } from "../errors";
import { guarded, renderable } from "./check";
import { PGI } from "../framework/pgi";
import type { Allocation } from "../targets/allocate";
import type { GapReport } from "../plan/gap";
import type { Plan, PlanSubIndex } from "../plan/create";
import type { YearOverYear } from "../plan/yoy";
import type { ScoreCard } from "../scorecard/scorecard";
import type { Ranking } from "../table/rank";
import type { ProgressAssessment, Trajectory } from "../targets/trajectory";
import type { Scoring } from "../scoring/engine";
import { compositeLabel, compositeNameOf, componentLabel, frameworkFor, nameOf } from "./labels";
import type { Framework } from "../framework/types";
import type { ChecklistAssessment, ChecklistSummary } from "../checklist/assess";
import { uncertaintyCharts } from "../uncertainty/chart";

/** A spec as the chart builders make it (checked against Vega-Lite by the test suite). */
type Spec = Record<string, unknown>;

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
 * A Vega-Lite v5 spec as {@link toVegaLite} returns it: a single view, a layered view, or views
 * stacked vertically (`vconcat`), always with `$schema`, `title` and inline `data`. It is
 * assignable to vega-lite's `TopLevelSpec` and accepted by vega-embed as it is. The type names
 * what the charts have in common; the objects carry more (axis formats, config, scales).
 */
export type VegaLiteSpec = (VegaLiteTop & VegaLiteUnit) | (VegaLiteTop & VegaLiteLayer) | (VegaLiteTop & { vconcat: (VegaLiteUnit | VegaLiteLayer)[] });

/** Options of {@link toVegaLite}. */
export interface VegaLiteOptions {
  /** Language of titles, labels and number format (`vi`: decimal comma). Default `vi`. */
  readonly lang?: Lang;
  /** Chart width in pixels (default 480). */
  readonly width?: number;
  /** For rankings: a unit to highlight. */
  readonly highlight?: string;
  /** The framework of a result of your own framework, so its components are named (PGI is known). */
  readonly framework?: Framework;
}

const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

function base(lang: Lang, width: number, title: string): Record<string, unknown> {
  return {
    $schema: SCHEMA,
    title,
    width,
    config: {
      locale: { number: lang === "vi" ? { decimal: ",", thousands: ".", grouping: [3], currency: ["", ""] } : { decimal: ".", thousands: ",", grouping: [3], currency: ["", ""] } },
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

const SERIES: Record<Lang, Record<string, string>> = {
  vi: { baseline: "Điểm cơ sở", target: "Chỉ tiêu", actual: "Kết quả", previous: "Năm trước", current: "Năm sau", score: "Điểm", increase: "Mức tăng", year: "Năm", value: "Giá trị", observed: "Thực tế", milestone: "Lộ trình" },
  en: { baseline: "Baseline", target: "Target", actual: "Result", previous: "Previous", current: "Current", score: "Score", increase: "Increase", year: "Year", value: "Value", observed: "Observed", milestone: "Trajectory" },
};
const PROGRESS: Record<Lang, Record<ProgressAssessment["status"], string>> = {
  vi: { achieved: "đã đạt", onTrack: "đúng lộ trình", moderatelyImproving: "cải thiện vừa phải", stagnating: "chững lại", decreasing: "đi xuống" },
  en: { achieved: "achieved", onTrack: "on track", moderatelyImproving: "moderately improving", stagnating: "stagnating", decreasing: "decreasing" },
};

/** Score axes: whole-number ticks without decimals ("0 2 4 … 10"), values with two decimals. */
const SCORE_AXIS = { format: "~r", tickMinStep: 1 };

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
function nameAxis(names: readonly string[]): Record<string, unknown> {
  const long = [...new Set(names)].filter((n) => n.length > 34);
  if (long.length === 0) return {};
  const expr = long.reduce((acc, n) => `datum.label === ${JSON.stringify(n)} ? ${JSON.stringify(twoLines(n))} : ${acc}`, "datum.label");
  return { axis: { labelExpr: expr } };
}

/** Bars with their value written at the end (a picture has no hover tooltip). */
function barsWithValues(encoding: Record<string, unknown>, valueField: string): { layer: Record<string, unknown>[] } {
  const { color: _c, tooltip: _t, ...textEncoding } = encoding;
  return {
    layer: [
      { mark: { type: "bar" }, encoding },
      { mark: { type: "text", align: "left", baseline: "middle", dx: 3, fontSize: 10, color: "#333" }, encoding: { ...textEncoding, text: { field: valueField, type: "quantitative", format: ".2f" } } },
    ],
  };
}

type Bar = { name: string; series: string; value: number; composite?: true };

/**
 * Grouped horizontal bars: one group per sub-index, one bar per series, values written on the bars;
 * when composite bars are given, they follow in a second panel on the composite's own scale.
 */
function grouped(spec: Record<string, unknown>, values: Bar[], order: string[], lang: Lang, max: number, compositeMax?: number): Spec {
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
  if (compositeMax === undefined || !values.some((v) => v.composite)) return { ...spec, height: band * groups, data: { values }, ...barsWithValues(encoding(max), "value") };
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
function mixedPanels(spec: Record<string, unknown>, values: Bar[], order: string[], lang: Lang, fw: Framework): Spec {
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
    return [{
      width,
      height: 20 * order.length + 8,
      transform: [{ filter: `datum.name === ${JSON.stringify(name)}` }],
      layer: [
        { mark: { type: "bar" }, encoding: { y, x, color: { field: "series", type: "nominal", title: null, sort: order, legend: { orient: "bottom" } } } },
        { mark: { type: "text", align: "left", baseline: "middle", dx: 3, fontSize: 10, color: "#333" }, encoding: { y, x, text: { field: "value", type: "quantitative", format: `.${dp}f` } } },
      ],
    }];
  });
  return { ...top, data: { values }, vconcat: panels, resolve: { scale: { x: "independent" } } };
}

/** Whether a framework's components carry their own units, scales or directions (a mixed plan). */
function mixedOf(id: string, given?: Framework): Framework | null {
  const fw = frameworkFor(id, given);
  return fw && fw.components.some((c) => c.unit !== undefined || c.direction !== undefined || c.kind !== undefined || c.unbounded !== undefined) ? fw : null;
}

/** The composite bars of a grouped chart, one per series (a missing value has no bar). */
function compositeBars(name: string, series: readonly (readonly [string, number | null])[]): Bar[] {
  return series.filter(([, v]) => v !== null).map(([s, v]) => ({ name, series: s, value: v!, composite: true as const }));
}

/** The composite's scale maximum of a framework (PGI: 40), when it is known. */
function compositeMax(id: string, given?: Framework): number | undefined {
  const fw = frameworkFor(id, given);
  return fw?.composite.method === "none" ? undefined : fw?.composite.scale.max;
}

function isKind(v: unknown): v is { kind: string } {
  return typeof v === "object" && v !== null && typeof (v as { kind?: unknown }).kind === "string";
}

/**
 * A Vega-Lite (v5) chart of a pgi-kit result, data inline, titles and labels in `vi` (default) or
 * `en`, numbers in that language's format (`config.locale`):
 *
 * - `scoreCard`: bars of the sub-index scores;
 * - `plan`: baseline and target per sub-index; `gapReport`: baseline, target and result;
 *   `yearOverYear`: previous and current;
 * - `ranking` and `scoring`: sorted bars (`highlight` marks one unit);
 * - `allocation`: the baseline stacked with the allocated increase;
 * - `trajectory`: the milestones as a line; `progressAssessment`: the straight line from baseline
 *   to target with the observed value;
 * - `checklistAssessment`: per level, criteria met and not met (stacked); `checklistSummary`: per
 *   level, units that reached the level they aimed for and those that did not.
 *
 * Render with vega-embed in a page or notebook (Observable, Deno Jupyter), or Vega's `View.toSVG()`.
 * Unlike other results the spec is a fresh, **mutable** object on every call: Vega annotates
 * the data values of a spec in place, and a frozen spec would make it throw.
 *
 * @throws {@link PgiError} `INVALID_INPUT` for a result kind without a chart (use `toMarkdown`).
 *
 * @example
 * ```ts
 * const spec = toVegaLite(publishedScoreCard("Lạng Sơn", 2023), { lang: "en" });
 * spec.title;               // "Lạng Sơn — PGI 2023"
 * spec.data.values[0];      // { name: "Minimizing the risk of climate hazards to firms", value: 4.84 }
 * ```
 */
export function toVegaLite(value: unknown, options: VegaLiteOptions = {}): VegaLiteSpec {
  return chartSpec(value, options) as unknown as VegaLiteSpec;
}

function chartSpec(value: unknown, options: VegaLiteOptions): Spec {
  const o = optionsOf<VegaLiteOptions>(options, ["lang", "framework", "width"]);
  const r = renderable(value, o.framework);
  const spec = guarded(r.value, () => chart(r.value, { ...o, ...(r.framework ? { framework: r.framework } : {}) }));
  if (!finite(spec)) {
    // Only a hand-made or tampered result gets here (its figures do not add up to numbers).
    throw new PgiError("INVALID_INPUT", "this result is not as pgi-kit built it: its figures give no finite chart values; pass the result as pgi-kit returned it, or its JSON copy unchanged", []);
  }
  return spec;
}

/** True when every number in a spec is finite and not −0. */
function finite(v: unknown): boolean {
  if (typeof v === "number") return Number.isFinite(v) && !Object.is(v, -0);
  if (typeof v !== "object" || v === null) return true;
  return (Array.isArray(v) ? v : Object.values(v)).every(finite);
}

function chart(value: unknown, options: VegaLiteOptions): Spec {
  const lang = checkLang(options.lang, ["options", "lang"]);
  const width = options.width ?? 480;
  if (typeof width !== "number" || !Number.isFinite(width) || width <= 0) {
    throw new PgiError("INVALID_INPUT", `width must be a positive number of pixels, got ${describe(width)}`, ["options", "width"]);
  }
  const s = SERIES[lang];
  if (!isKind(value)) throw new PgiError("INVALID_INPUT", `cannot chart ${describe(value)}; pass a pgi-kit result`, []);
  switch (value.kind) {
    case "scoreCard": {
      const c = value as unknown as ScoreCard;
      const title = c.framework === "pgi" ? `${c.unit} — PGI ${c.year}` : `${c.unit} — ${c.year}`;
      return {
        ...base(lang, width, title),
        height: 40 * Object.keys(c.scores).length,
        data: { values: Object.entries(c.scores).map(([id, v]) => ({ name: nameOf(c.framework, id, lang, options.framework), value: v })) },
        ...barsWithValues(
          {
            y: { field: "name", type: "nominal", title: null, sort: null, ...nameAxis(Object.keys(c.scores).map((id) => nameOf(c.framework, id, lang, options.framework))) },
            x: { field: "value", type: "quantitative", title: s.score, scale: { domain: [0, 10] }, axis: SCORE_AXIS },
            tooltip: [{ field: "name", type: "nominal", title: lang === "vi" ? "Chỉ số" : "Index" }, { field: "value", type: "quantitative", title: s.score, format: ".2f" }],
          },
          "value",
        ),
      };
    }
    case "plan": {
      const p = value as unknown as Plan<string>;
      const values = (Object.values(p.subIndices) as PlanSubIndex[]).flatMap((x) => [
        { name: nameOf(p.framework, x.id, lang, options.framework), series: `${s.baseline} ${p.baselineYear}`, value: x.baseline },
        ...(x.target === null ? [] : [{ name: nameOf(p.framework, x.id, lang, options.framework), series: `${s.target} ${p.targetYear}`, value: x.target }]),
      ]);
      const order = [`${s.baseline} ${p.baselineYear}`, `${s.target} ${p.targetYear}`];
      const mixed = mixedOf(p.framework, options.framework);
      if (mixed) return mixedPanels(base(lang, width, `${p.unit}: ${p.title}`), values, order, lang, mixed);
      const comp = compositeBars(compositeNameOf(p.framework, lang, options.framework), [[order[0]!, p.composite.baseline], [order[1]!, p.composite.target]]);
      return grouped(base(lang, width, `${p.unit}: ${p.title}`), [...values, ...comp], order, lang, 10, compositeMax(p.framework, options.framework));
    }
    case "gapReport": {
      const g = value as unknown as GapReport<string>;
      const order = [`${s.baseline} ${g.baselineYear}`, `${s.target} ${g.targetYear}`, `${s.actual} ${g.targetYear}`];
      const values = Object.entries(g.subIndices).flatMap(([id, r]) => [
        { name: nameOf(g.framework, id, lang, options.framework), series: order[0]!, value: r.baseline },
        ...(r.target === null ? [] : [{ name: nameOf(g.framework, id, lang, options.framework), series: order[1]!, value: r.target }]),
        { name: nameOf(g.framework, id, lang, options.framework), series: order[2]!, value: r.actual },
      ]);
      const mixed = mixedOf(g.framework, options.framework);
      if (mixed) return mixedPanels(base(lang, width, `${g.unit}: ${g.title}`), values, order, lang, mixed);
      const gc = g.composite;
      const comp = gc === null ? [] : compositeBars(compositeNameOf(g.framework, lang, options.framework), [[order[0]!, gc.baseline], [order[1]!, gc.target], [order[2]!, gc.actual]]);
      return grouped(base(lang, width, `${g.unit}: ${g.title}`), [...values, ...comp], order, lang, 10, compositeMax(g.framework, options.framework));
    }
    case "yearOverYear": {
      const y = value as unknown as YearOverYear<string>;
      const order = [String(y.fromYear), String(y.toYear)];
      const values = Object.entries(y.subIndices).flatMap(([id, c]) => [
        { name: nameOf(y.framework, id, lang, options.framework), series: order[0]!, value: c.previous },
        { name: nameOf(y.framework, id, lang, options.framework), series: order[1]!, value: c.current },
      ]);
      const mixed = mixedOf(y.framework, options.framework);
      if (mixed) return mixedPanels(base(lang, width, `${y.unit}: ${y.fromYear} → ${y.toYear}`), values, order, lang, mixed);
      const yc = y.composite;
      const comp = yc === null ? [] : compositeBars(compositeNameOf(y.framework, lang, options.framework), [[order[0]!, yc.previous], [order[1]!, yc.current]]);
      return grouped(base(lang, width, `${y.unit}: ${y.fromYear} → ${y.toYear}`), [...values, ...comp], order, lang, 10, compositeMax(y.framework, options.framework));
    }
    case "ranking":
    case "scoring": {
      const rows =
        value.kind === "ranking"
          ? (value as unknown as Ranking).rows.map((r) => ({ unit: r.unit, value: r.value, rank: r.rank }))
          : (value as unknown as Scoring).units.filter((u) => u.composite !== null).map((u) => ({ unit: u.unit, value: u.composite!, rank: u.rank }));
      const by = value.kind === "ranking" ? (value as unknown as Ranking).by : "composite";
      const title =
        value.kind === "ranking"
          ? `${lang === "vi" ? "Xếp hạng" : "Ranking"} PGI ${(value as unknown as Ranking).year}: ${by === "composite" ? compositeLabel(PGI, lang) : componentLabel(PGI, by, lang)}`
          : `${lang === "vi" ? "Kết quả chấm điểm" : "Scores"}: ${(value as unknown as Scoring).framework}`;
      const hl = options.highlight;
      return {
        ...base(lang, width, title),
        data: { values: rows.map((r) => ({ ...r, highlight: hl !== undefined && r.unit === hl })) },
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
    case "allocation": {
      const a = value as unknown as Allocation<string>;
      const values = Object.entries(a.targets).flatMap(([id, t]) => [
        { name: nameOf(a.framework, id, lang, options.framework), series: s.baseline, value: (a.baseline as Record<string, number>)[id]!, order: 0 },
        { name: nameOf(a.framework, id, lang, options.framework), series: s.increase, value: t.delta, order: 1, target: t.target },
      ]);
      const y = { field: "name", type: "nominal", title: null, sort: null, ...nameAxis(values.map((v) => v.name)) };
      const rowsHeight = 40 * Object.keys(a.targets).length;
      return {
        ...base(lang, width, `${lang === "vi" ? "Phân bổ chỉ tiêu" : "Allocation"}${a.unit ? `: ${a.unit}` : ""}`),
        height: rowsHeight,
        data: { values },
        layer: [
          {
            mark: { type: "bar" },
            encoding: {
              y,
              x: { field: "value", type: "quantitative", stack: "zero", title: s.score, scale: { domain: [0, 10] }, axis: SCORE_AXIS },
              color: { field: "series", type: "nominal", title: null, sort: [s.baseline, s.increase], legend: { orient: "bottom" } },
              order: { field: "order" },
              tooltip: [
                { field: "name", type: "nominal", title: lang === "vi" ? "Chỉ số" : "Index" },
                { field: "series", type: "nominal", title: lang === "vi" ? "Phần" : "Part" },
                { field: "value", type: "quantitative", title: s.score, format: ".2f" },
              ],
            },
          },
          {
            // the target written at the end of each bar
            transform: [{ filter: "datum.order === 1" }],
            mark: { type: "text", align: "left", baseline: "middle", dx: 3, fontSize: 10, color: "#333" },
            encoding: { y, x: { field: "target", type: "quantitative" }, text: { field: "target", type: "quantitative", format: ".2f" } },
          },
        ],
      };
    }
    case "trajectory": {
      const t = value as unknown as Trajectory;
      return {
        ...base(lang, width, `${lang === "vi" ? "Lộ trình" : "Trajectory"}${t.label ? `: ${t.label}` : ""}`),
        data: { values: t.milestones.map((m) => ({ year: m.period ?? String(m.year), value: m.value })) },
        mark: { type: "line", point: true },
        encoding: {
          x: { field: "year", type: "ordinal", title: s.year, axis: { labelAngle: 0 } },
          y: { field: "value", type: "quantitative", title: s.value, scale: { zero: false }, axis: { format: "~r" } },
          tooltip: [
            { field: "year", type: "ordinal", title: s.year },
            { field: "value", type: "quantitative", title: s.value, format: `.${t.decimals}f` },
          ],
        },
      };
    }
    case "progressAssessment": {
      const p = value as unknown as ProgressAssessment;
      const milestone = [{ year: periodX(p.baselinePeriod, p.baselineYear), value: p.baseline, series: s.milestone }, { year: periodX(p.targetPeriod, p.targetYear), value: p.target, series: s.milestone }];
      const observed = [{ year: periodX(p.baselinePeriod, p.baselineYear), value: p.baseline, series: s.observed }, { year: periodX(p.latest.period, p.latest.year), value: p.latest.value, series: s.observed }];
      return {
        ...base(lang, width, `${lang === "vi" ? "Tiến độ" : "Progress"}${p.label ? `: ${p.label}` : ""} — ${PROGRESS[lang][p.status]}`),
        // One data set for the whole chart (every spec has top-level data); each layer takes its series.
        data: { values: [...milestone, ...observed] },
        layer: [
          {
            transform: [{ filter: { field: "series", equal: s.milestone } }],
            mark: { type: "line", strokeDash: [4, 4] },
            encoding: { x: { field: "year", type: "quantitative", title: s.year, axis: { format: "d", tickMinStep: 1 } }, y: { field: "value", type: "quantitative", title: s.value, scale: { zero: false } }, color: { field: "series", type: "nominal", title: null } },
          },
          {
            transform: [{ filter: { field: "series", equal: s.observed } }],
            mark: { type: "line", point: true, tooltip: true },
            encoding: { x: { field: "year", type: "quantitative" }, y: { field: "value", type: "quantitative" }, color: { field: "series", type: "nominal", title: null } },
          },
        ],
      };
    }
    case "checklistAssessment":
    case "checklistSummary":
      return checklistChart(value as unknown as ChecklistAssessment | ChecklistSummary, lang, width);
    default:
      if (Object.prototype.hasOwnProperty.call(uncertaintyCharts, value.kind)) return uncertaintyCharts[value.kind]!(value as never, { lang, width });
      throw new PgiError("INVALID_INPUT", `there is no chart for a result of kind "${value.kind}"; render it with toMarkdown or toCsv`, []);
  }
}

/** Stacked bars per level: criteria met / not met (one unit), or units reached / not reached (many). */
function checklistChart(v: ChecklistAssessment | ChecklistSummary, lang: Lang, width: number): Spec {
  const vi = lang === "vi";
  const [yes, no] = v.kind === "checklistAssessment" ? (vi ? ["Tiêu chí đạt", "Tiêu chí chưa đạt"] : ["Criteria met", "Criteria not met"]) : vi ? ["Đạt mục tiêu", "Chưa đạt mục tiêu"] : ["Reached target", "Target not reached"];
  const values =
    v.kind === "checklistAssessment"
      ? v.levels.flatMap((l) => [{ level: l.name[lang], series: yes, value: l.met, order: 0 }, { level: l.name[lang], series: no, value: l.total - l.met, order: 1 }])
      : v.levels.filter((l) => l.targeted > 0).flatMap((l) => [{ level: l.name[lang], series: yes, value: l.reached, order: 0 }, { level: l.name[lang], series: no, value: l.targeted - l.reached, order: 1 }]);
  const title = v.kind === "checklistAssessment" ? `${v.unit} — ${v.checklistName[lang]}` : `${v.checklistName[lang]} — ${v.units.length} ${vi ? "đơn vị" : "units"}`;
  return {
    ...base(lang, width, title),
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      y: { field: "level", type: "nominal", title: null, sort: null },
      x: { field: "value", type: "quantitative", stack: "zero", title: v.kind === "checklistAssessment" ? (vi ? "Số tiêu chí" : "Criteria") : vi ? "Số đơn vị" : "Units", axis: { format: "d", tickMinStep: 1 } },
      color: { field: "series", type: "nominal", title: null, sort: [yes, no], scale: { domain: [yes, no], range: ["#31a354", "#de2d26"] }, legend: { orient: "bottom" } },
      order: { field: "order" },
    },
  };
}

/** A quarter or month as a fractional year on a chart's axis ("2025-Q3" → 2025.5); a year as itself. */
function periodX(period: string | undefined, year: number): number {
  if (period === undefined) return year;
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return Number(q[1]) + (Number(q[2]) - 1) / 4;
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  return m ? Number(m[1]) + (Number(m[2]) - 1) / 12 : year;
}
