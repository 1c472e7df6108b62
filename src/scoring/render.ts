/**
 * Renderers for scoring results (by rows or by columns), what-if and solve-for, by their `kind`.
 * @internal
 * @module
 */
import { formatNumber, type Lang } from "../decimal";
import type { Framework } from "../framework/types";
import { csvHeader, frameworkFor, nameOf, yesNo } from "../render/labels";
import { markdownTable } from "../render/primitives";
import { findingsMarkdown } from "../render/findings";
import type { ChartRenderers, Renderer, RendererMap } from "../render/types";
import type { Scoring, ScoringColumns } from "./engine";
import type { SolveFor, WhatIf } from "./whatif";
import { jupyterBundleWith } from "../render/dispatch";
import { columnsChart, rowsOf, scoringChart } from "./chart";

const n = (v: number | null, lang: Lang, signed = false): string => (v === null ? "—" : formatNumber(v, { lang, signed }));
const raw = (v: number | null, lang: Lang): string => (v === null ? "—" : lang === "vi" ? String(v).replace(".", ",") : String(v));

/** A scoring's framework in a title: its name in `lang` when the framework is passed, else its id. @internal */
export function frameworkTitle(id: string, lang: Lang, given?: Framework): string {
  const name = frameworkFor(id, given)?.name[lang]?.trim();
  return name ? name : id;
}

const scoringRenderer: Renderer<Scoring> = {
  markdown: (s, lang, fw) => {
    const vi = lang === "vi";
    const comps = Object.keys(s.units[0]?.components ?? {});
    // Components by name in the output's language when the framework is known, else by id.
    const header = [vi ? "Hạng" : "Rank", vi ? "Đơn vị" : "Unit", ...comps.map((c) => nameOf(s.framework, c, lang, fw)), vi ? "Tổng hợp" : "Composite"];
    const rows = [...s.units]
      .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.unit.localeCompare(b.unit, "vi"))
      .map((u) => [u.rank === null ? "—" : String(u.rank), u.unit, ...comps.map((c) => n(u.components[c]!, lang)), n(u.composite, lang)]);
    const f = findingsMarkdown(s.findings, lang);
    return (
      [
        `**${vi ? "Kết quả chấm điểm" : "Scores"}: ${frameworkTitle(s.framework, lang, fw)}**`,
        markdownTable(
          header,
          rows,
          header.map((_, i) => (i === 1 ? "left" : "right")),
        ),
        ...(f ? [f] : []),
      ].join("\n\n") + "\n"
    );
  },
  csv: (s, lang) => {
    const comps = Object.keys(s.units[0]?.components ?? {});
    const inds = s.indicators.map((i) => i.id);
    return {
      header: [...csvHeader(lang, ["unit", "group"]), ...inds, ...comps, ...csvHeader(lang, ["composite", "rank"])],
      rows: s.units.map((u) => [
        u.unit,
        u.group ?? "",
        ...inds.map((i) => (u.indicators[i] === null ? "" : n(u.indicators[i]!, lang))),
        ...comps.map((c) => (u.components[c] === null ? "" : n(u.components[c]!, lang))),
        u.composite === null ? "" : n(u.composite, lang),
        u.rank === null ? "" : String(u.rank),
      ]),
    };
  },
};

const whatIfRenderer: Renderer<WhatIf> = {
  markdown: (w, lang) => {
    const vi = lang === "vi";
    const header = [
      vi ? "Đơn vị" : "Unit",
      vi ? "Điểm trước" : "Before",
      vi ? "Điểm sau" : "After",
      vi ? "Hạng trước" : "Rank before",
      vi ? "Hạng sau" : "Rank after",
    ];
    const rows = w.moved.map((m) => [
      m.unit,
      n(m.before.composite, lang),
      n(m.after.composite, lang),
      m.before.rank === null ? "—" : String(m.before.rank),
      m.after.rank === null ? "—" : String(m.after.rank),
    ]);
    const changes = Object.entries(w.changes)
      .map(([k, v]) => `${k} = ${raw(v, lang)}`)
      .join(", ");
    return (
      [
        `**${vi ? "Giả định" : "What if"}: ${w.unit} — ${changes}**`,
        markdownTable(header, rows, ["left", "right", "right", "right", "right"]),
        w.note[lang],
      ].join("\n\n") + "\n"
    );
  },
  csv: (w, lang) => ({
    header: csvHeader(lang, ["unit", "composite_before", "composite_after", "rank_before", "rank_after"]),
    rows: w.moved.map((m) => [
      m.unit,
      m.before.composite === null ? "" : n(m.before.composite, lang),
      m.after.composite === null ? "" : n(m.after.composite, lang),
      m.before.rank === null ? "" : String(m.before.rank),
      m.after.rank === null ? "" : String(m.after.rank),
    ]),
  }),
};

const solveRenderer: Renderer<SolveFor> = {
  markdown: (s, lang) => {
    const vi = lang === "vi";
    const header = [
      vi ? "Chỉ tiêu" : "Indicator",
      vi ? "Hiện tại" : "Current",
      vi ? "Cần đạt" : "Needed",
      vi ? "Thay đổi" : "Change",
      vi ? "Khả thi" : "Feasible",
      vi ? "Điểm tốt nhất có thể" : "Best reachable score",
    ];
    const rows = s.indicators.map((i) => [
      i.id,
      raw(i.current, lang),
      raw(i.required, lang),
      i.change === null ? "—" : (i.change > 0 ? "+" : "") + raw(i.change, lang),
      i.feasible ? (vi ? "có" : "yes") : vi ? "không" : "no",
      n(i.bestScore, lang),
    ]);
    return (
      [
        `**${s.unit}: ${vi ? "để" : "to reach"} ${s.of} ≥ ${n(s.target, lang)} (${vi ? "hiện tại" : "now"} ${n(s.currentScore, lang)})**`,
        markdownTable(header, rows, ["left", "right", "right", "right", "left", "right"]),
        s.note[lang],
      ].join("\n\n") + "\n"
    );
  },
  csv: (s, lang) => ({
    header: csvHeader(lang, ["indicator", "current", "required", "change", "feasible", "best_score", "verified"]),
    rows: s.indicators.map((i) => [
      i.id,
      i.current === null ? "" : raw(i.current, lang),
      i.required === null ? "" : raw(i.required, lang),
      i.change === null ? "" : raw(i.change, lang),
      yesNo(i.feasible, lang),
      i.bestScore === null ? "" : n(i.bestScore, lang),
      yesNo(i.verified, lang),
    ]),
  }),
};

/** A columnar scoring (`scoreColumns`): the table of the scoring of the same numbers. */
const columnsRenderer: Renderer<ScoringColumns> = {
  markdown: (c, lang, fw) => scoringRenderer.markdown(rowsOf(c), lang, fw),
  csv: (c, lang, fw) => scoringRenderer.csv(rowsOf(c), lang, fw),
};

export const scoringRenderers: RendererMap = {
  scoring: scoringRenderer,
  scoringColumns: columnsRenderer,
  whatIf: whatIfRenderer,
  solveFor: solveRenderer,
};

/** Charts of this module's results, by kind. @internal */
export const scoringCharts: ChartRenderers = {
  scoring: scoringChart,
  scoringColumns: columnsChart,
};

/** The notebook display of scorings, what-if and solve-for. @internal */
export function showScoring(value: unknown, framework?: Framework): Record<string, unknown> | Promise<Record<string, unknown>> {
  return jupyterBundleWith(scoringRenderers, scoringCharts, value, framework);
}
