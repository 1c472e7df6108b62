/**
 * Renderers for score tables, rankings, region summaries and rank goals, by their `kind`.
 * @internal
 * @module
 */
import { formatNumber, type Lang } from "../decimal";
import { PGI } from "../framework/pgi";
import type { Framework } from "../framework/types";
import { compositeLabel, componentLabel, csvHeader, frameworkFor, yesNo } from "../render/labels";
import { markdownTable } from "../render/primitives";
import { findingsMarkdown } from "../render/findings";
import type { ChartRenderers, Renderer, RendererMap } from "../render/types";
import type { Ranking, RankGoal, RegionSummary } from "./rank";
import type { ScoreTable } from "./table";
import { jupyterBundleWith } from "../render/dispatch";
import { rankingChart } from "./chart";

/** What a result measures, named: by the framework (PGI, or the caller's own when passed), else its id. */
const byLabel = (by: string, lang: Lang, id = "pgi", given?: Framework): string => {
  const fw = frameworkFor(id, given);
  if (fw === null) return by === "composite" ? (lang === "vi" ? "Điểm tổng hợp" : "Composite") : by;
  return by === "composite" ? compositeLabel(fw, lang) : componentLabel(fw, by, lang);
};
/** Whose result it is: "PGI 2024" for a table; your framework's name (its id when not passed) for a scoring. */
const whose = (r: { framework: string; year: number | null }, lang: Lang, given?: Framework): string => {
  if (r.year !== null) return `PGI ${r.year}`;
  return frameworkFor(r.framework, given)?.name[lang] ?? r.framework;
};
/** A scoring's group in a cell (no group: a dash). */
const groupCell = (g: string | null | undefined): string => g ?? "—";
const n = (v: number, lang: Lang): string => formatNumber(v, { lang });
/** A region in CSV: its Vietnamese name, or its stable id in English. */
const regionCell = (r: { id: string; name: { vi: string; en: string } } | null, lang: Lang): string => (lang === "vi" ? (r ? r.name.vi : "") : (r?.id ?? ""));
const regionName = (r: { name: { vi: string; en: string } } | null, lang: Lang): string => (r ? r.name[lang] : lang === "vi" ? "khác" : "other");

const tableRenderer: Renderer<ScoreTable> = {
  markdown: (t, lang) => {
    const ids = PGI.components.map((c) => c.id);
    const header = [
      lang === "vi" ? "Đơn vị" : "Unit",
      ...ids.map((id) => componentLabel(PGI, id, lang)),
      compositeLabel(PGI, lang),
      lang === "vi" ? "Hạng công bố" : "Published rank",
    ];
    const rows = t.rows.map((r) => [
      r.unit,
      ...ids.map((id) => (r.scores ? n(r.scores[id]!, lang) : "—")),
      n(r.composite, lang),
      r.publishedRank === null ? "—" : String(r.publishedRank),
    ]);
    return `**PGI ${t.year}**\n\n${markdownTable(
      header,
      rows,
      header.map((_, i) => (i === 0 ? "left" : "right")),
    )}\n`;
  },
  csv: (t, lang) => {
    const ids = PGI.components.map((c) => c.id);
    return {
      header: csvHeader(lang, ["unit", "region", "year", ...ids, "composite", "published_rank"]),
      rows: t.rows.map((r) => [
        r.unit,
        regionCell(r.region, lang),
        String(t.year),
        ...ids.map((id) => (r.scores ? n(r.scores[id]!, lang) : "")),
        n(r.composite, lang),
        r.publishedRank === null ? "" : String(r.publishedRank),
      ]),
    };
  },
};

const rankingRenderer: Renderer<Ranking> = {
  markdown: (r, lang, fw) => {
    const vi = lang === "vi";
    const own = r.year === null;
    const header = [vi ? "Hạng" : "Rank", vi ? "Đơn vị" : "Unit", own ? (vi ? "Nhóm" : "Group") : vi ? "Vùng" : "Region", byLabel(r.by, lang, r.framework, fw)];
    const withPublished = r.rows.some((x) => x.publishedRank !== null);
    if (withPublished) header.push(vi ? "Hạng công bố" : "Published rank");
    const rows = r.rows.map((x) => {
      const row = [String(x.rank), x.unit, own ? groupCell(x.group) : regionName(x.region, lang), n(x.value, lang)];
      if (withPublished) row.push(x.publishedRank === null ? "—" : String(x.publishedRank));
      return row;
    });
    const inEach = own ? (vi ? " (trong từng nhóm)" : " (within each group)") : vi ? " (trong từng vùng)" : " (within each region)";
    const title = `**${vi ? "Xếp hạng" : "Ranking"} ${whose(r, lang, fw)}: ${byLabel(r.by, lang, r.framework, fw)}${r.within ? inEach : ""}**`;
    const f = findingsMarkdown(r.findings, lang);
    // VCCI published the 2024 ranks of the top 30 only (see src/data/README.md).
    const top30 =
      r.year === 2024 && withPublished
        ? vi
          ? "Năm 2024 VCCI chỉ công bố thứ hạng của 30 tỉnh đứng đầu; các tỉnh xếp dưới hạng 30 không có hạng công bố."
          : "For 2024 VCCI published the ranks of the top 30 provinces only; provinces below rank 30 have no published rank."
        : "";
    return [title, markdownTable(header, rows, ["right", "left", "left", "right", "right"]), ...(top30 ? [top30] : []), ...(f ? [f] : [])].join("\n\n") + "\n";
  },
  csv: (r, lang, fw) => ({
    header: csvHeader(lang, ["rank", "unit", r.year === null ? "group" : "region", "by", "value", "published_rank"]),
    rows: r.rows.map((x) => [
      String(x.rank),
      x.unit,
      r.year === null ? (x.group ?? "") : regionCell(x.region, lang),
      lang === "vi" ? byLabel(r.by, lang, r.framework, fw) : r.by,
      n(x.value, lang),
      x.publishedRank === null ? "" : String(x.publishedRank),
    ]),
  }),
};

const regionRenderer: Renderer<RegionSummary> = {
  markdown: (s, lang, fw) => {
    const vi = lang === "vi";
    const own = s.year === null;
    const header = [
      own ? (vi ? "Nhóm" : "Group") : vi ? "Vùng" : "Region",
      vi ? "Số đơn vị" : "Units",
      vi ? "Trung bình" : "Mean",
      vi ? "Trung vị" : "Median",
      vi ? "Cao nhất" : "Best",
      vi ? "Thấp nhất" : "Worst",
    ];
    const rows = s.regions.map((r) => [
      own ? (r.group ?? (vi ? "không có nhóm" : "no group")) : regionName(r.region, lang),
      String(r.count),
      n(r.mean, lang),
      n(r.median, lang),
      `${n(r.best.value, lang)} (${r.best.units.join(", ")})`,
      `${n(r.worst.value, lang)} (${r.worst.units.join(", ")})`,
    ]);
    return `**${own ? (vi ? "Theo nhóm" : "By group") : vi ? "Theo vùng" : "By region"}, ${whose(s, lang, fw)}: ${byLabel(s.by, lang, s.framework, fw)}**\n\n${markdownTable(header, rows, ["left", "right", "right", "right", "left", "left"])}\n`;
  },
  csv: (s, lang) => ({
    header: csvHeader(lang, [s.year === null ? "group" : "region", "count", "mean", "median", "best", "best_units", "worst", "worst_units"]),
    rows: s.regions.map((r) => [
      s.year === null ? (r.group ?? "") : regionCell(r.region, lang),
      String(r.count),
      n(r.mean, lang),
      n(r.median, lang),
      n(r.best.value, lang),
      r.best.units.join("; "),
      n(r.worst.value, lang),
      r.worst.units.join("; "),
    ]),
  }),
};

const goalRenderer: Renderer<RankGoal> = {
  markdown: (g, lang, fw) => {
    const vi = lang === "vi";
    const own = g.year === null;
    const where = g.within ? (own ? (vi ? " trong nhóm" : " within its group") : vi ? " trong vùng" : " within its region") : "";
    const lines = [
      `**${g.unit}: ${vi ? "mục tiêu hạng" : "target rank"} ${g.targetRank}${where} (${byLabel(g.by, lang, g.framework, fw)}, ${whose(g, lang, fw)})**`,
      markdownTable(
        [vi ? "Chỉ tiêu" : "Item", vi ? "Giá trị" : "Value"],
        [
          [vi ? "Điểm hiện tại" : "Current score", n(g.currentValue, lang)],
          [vi ? "Hạng hiện tại" : "Current rank", `${g.currentRank}/${g.competitors}`],
          [vi ? "Điểm cần đạt" : "Score needed", n(g.requiredValue, lang)],
          [vi ? "Mức tăng cần thiết" : "Increase needed", formatNumber(g.increase, { lang, signed: true })],
          [
            vi ? "Khả thi (≤ điểm tối đa)" : "Feasible (≤ maximum)",
            g.feasible ? (vi ? "có" : "yes") : vi ? `không (tối đa ${n(g.max!, lang)})` : `no (maximum ${g.max})`,
          ],
        ],
        ["left", "right"],
      ),
      g.note[lang],
    ];
    return lines.join("\n\n") + "\n";
  },
  csv: (g, lang, fw) => ({
    header: csvHeader(lang, ["unit", "by", "target_rank", "current_value", "current_rank", "required_value", "increase", "feasible"]),
    rows: [
      [
        g.unit,
        lang === "vi" ? byLabel(g.by, lang, g.framework, fw) : g.by,
        String(g.targetRank),
        n(g.currentValue, lang),
        String(g.currentRank),
        n(g.requiredValue, lang),
        n(g.increase, lang),
        yesNo(g.feasible, lang),
      ],
    ],
  }),
};

export const tableRenderers: RendererMap = {
  scoreTable: tableRenderer,
  ranking: rankingRenderer,
  regionSummary: regionRenderer,
  rankGoal: goalRenderer,
};

/** Charts of this module's results, by kind. @internal */
export const tableCharts: ChartRenderers = {
  ranking: rankingChart,
};

/** The notebook display of score tables, rankings, region summaries and rank goals. @internal */
export function showTable(value: unknown): Record<string, unknown> | Promise<Record<string, unknown>> {
  return jupyterBundleWith(tableRenderers, tableCharts, value);
}
