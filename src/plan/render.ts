/**
 * Renderers for plans, year-over-year results and gap reports, by their `kind`.
 * @internal
 * @module
 */
import { D, formatNumber, type Lang } from "../decimal";
import type { Component, Framework } from "../framework/types";
import { compositeNameOf, csvHeader, frameworkFor, nameOf } from "../render/labels";
import { markdownTable } from "../render/primitives";
import type { ChartRenderers, CsvRenderers, MarkdownRenderers, Renderer, RendererMap } from "../render/types";
import type { Comparator, Plan, PlanSubIndex } from "./create";
import type { GapReport, GapRow } from "./gap";
import type { Change, Direction, YearOverYear } from "./yoy";
import { planUnitsLine } from "./units";
import { gapStatusLabel, SUMMARY_TEXT } from "./terms";

/** "Đơn vị: Lạng Sơn", or both units when the plan's index is another unit's. */
const who = (framework: string, unit: string, indexUnit: string | undefined, lang: Lang): string =>
  planUnitsLine(framework, unit, indexUnit, lang) ?? `${T[lang].unit}: ${unit}`;
/** Whether a result names an index unit other than its own unit. */
const twoUnits = (framework: string, unit: string, indexUnit: string | undefined): boolean => planUnitsLine(framework, unit, indexUnit, "en") !== null;
const INDEX_UNIT_HEADER: Record<Lang, string> = { vi: "Đơn vị có chỉ số", en: "index_unit" };
import { jupyterBundleWith } from "../render/dispatch";
import { gapChart, planChart, yearOverYearChart } from "./chart";

const label = (f: string, id: string, lang: Lang, fw?: Framework): string => nameOf(f, id, lang, fw);
const compLabel = (f: string, lang: Lang, fw?: Framework): string => compositeNameOf(f, lang, fw);
const num = (v: number | null, lang: Lang, signed = false): string => (v === null ? "—" : formatNumber(v, { lang, signed }));
/** The component `id` of a result's framework, when the framework is known. */
const compOf = (f: string, id: string, fw?: Framework): Component | undefined => frameworkFor(f, fw)?.components.find((c) => c.id === id);
/** Whether the result's framework has no composite row. */
const noComposite = (f: string, fw?: Framework): boolean => frameworkFor(f, fw)?.composite.method === "none";
/** Whether the framework is one of mixed indicators (units, directions or yes/no): its headers say "indicator" and "change". */
const isMixed = (f: string, fw?: Framework): boolean =>
  frameworkFor(f, fw)?.components.some((c) => c.unit !== undefined || c.direction !== undefined || c.kind !== undefined) ?? false;
const YES_NO: Record<Lang, [string, string]> = { vi: ["chưa đạt", "đạt"], en: ["no", "yes"] };
/** A value of component `c` at its decimals; a yes/no component's 0/1 as "chưa đạt"/"đạt" (not for changes). */
const val = (v: number | null, lang: Lang, c: Component | undefined, signed = false): string => {
  if (v === null) return "—";
  if (c?.kind === "yesNo" && !signed && (v === 0 || v === 1)) return YES_NO[lang][v];
  return formatNumber(v, { lang, signed, ...(c?.decimals !== undefined ? { decimals: c.decimals } : {}) });
};
/** A target as plans print it: comparator, value, unit ("≥ 90,0 %", "≤ 0 điểm"); a yes/no target reads "đạt". */
const targetText = (v: number | null, cmp: Comparator, lang: Lang, c: Component | undefined): string => {
  if (v === null) return "—";
  if (c?.kind === "yesNo" && cmp !== "atMost" && v === 1) return YES_NO[lang][1];
  return CMP[lang][cmp] + val(v, lang, c) + (c?.unit && c.kind !== "yesNo" ? ` ${c.unit[lang]}` : "");
};
const pct = (v: number | null, lang: Lang): string => (v === null ? "—" : `${formatNumber(new D(String(v)).times(100), { lang, decimals: 1 })} %`);

const T = {
  vi: {
    subIndex: "Chỉ số thành phần",
    baseline: (y: number) => `Điểm ${y}`,
    target: (y: number) => `Chỉ tiêu ${y}`,
    actual: (y: number) => `Kết quả ${y}`,
    increase: "Mức tăng",
    stated: "Mức tăng ghi trong KH",
    owners: "Cơ quan chủ trì",
    due: "Thời hạn",
    planned: "Mức tăng KH",
    achieved: "Mức tăng đạt",
    remaining: "Còn thiếu",
    surplus: "Vượt",
    progress: "Tiến độ",
    status: "Đánh giá",
    previous: (y: number) => `${y}`,
    change: "Thay đổi",
    direction: "Xu hướng",
    rank: "Xếp hạng",
    source: "Nguồn",
    plan: "Kế hoạch",
    unit: "Đơn vị",
  },
  en: {
    subIndex: "Sub-index",
    baseline: (y: number) => `${y} score`,
    target: (y: number) => `${y} target`,
    actual: (y: number) => `${y} result`,
    increase: "Increase",
    stated: "Stated increase",
    owners: "Responsible",
    due: "Due",
    planned: "Planned increase",
    achieved: "Achieved increase",
    remaining: "Remaining",
    surplus: "Surplus",
    progress: "Progress",
    status: "Status",
    previous: (y: number) => `${y}`,
    change: "Change",
    direction: "Direction",
    rank: "Rank",
    source: "Source",
    plan: "Plan",
    unit: "Unit",
  },
} as const;

const M = {
  vi: {
    baseline: (y: number) => `Cơ sở ${y}`,
    indicator: "Chỉ tiêu",
    change: "Thay đổi",
    plannedChange: "Thay đổi theo KH",
    achievedChange: "Thay đổi đạt được",
  },
  en: {
    baseline: (y: number) => `${y} baseline`,
    indicator: "Indicator",
    change: "Change",
    plannedChange: "Planned change",
    achievedChange: "Achieved change",
  },
} as const;

const COMPARATOR_VI: Record<Comparator, string> = { atLeast: "từ mức này trở lên", atMost: "không vượt quá", exactly: "đúng bằng" };

const DIRECTION: Record<Lang, Record<Direction, string>> = {
  vi: { up: "tăng", down: "giảm", unchanged: "không đổi" },
  en: { up: "up", down: "down", unchanged: "unchanged" },
};
const CMP: Record<Lang, Record<PlanSubIndex["comparator"], string>> = {
  vi: { atLeast: "≥ ", atMost: "≤ ", exactly: "= " },
  en: { atLeast: "≥ ", atMost: "≤ ", exactly: "= " },
};

/** A plan's deadline as its readers write it: 30/11/2024 in Vietnamese, the ISO date in English. */
const dueText = (iso: string, lang: Lang): string => (lang === "vi" ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso);

const planMarkdown: Renderer<Plan<string>>["markdown"] = (p, lang, fw) => {
  const t = T[lang];
  const subs = Object.values(p.subIndices) as PlanSubIndex[];
  const withStated = subs.some((s) => s.statedDelta !== null);
  const withOwners = subs.some((s) => s.owners.length > 0 || s.due !== null);
  const mixed = isMixed(p.framework, fw);
  const header = [
    mixed ? M[lang].indicator : t.subIndex,
    (mixed ? M[lang] : t).baseline(p.baselineYear),
    t.target(p.targetYear),
    mixed ? M[lang].change : t.increase,
  ];
  if (withStated) header.push(t.stated);
  if (withOwners) header.push(t.owners, t.due);
  const rows = subs.map((s) => {
    const co = compOf(p.framework, s.id, fw);
    const r = [label(p.framework, s.id, lang, fw), val(s.baseline, lang, co), targetText(s.target, s.comparator, lang, co), val(s.delta, lang, co, true)];
    if (withStated) r.push(val(s.statedDelta, lang, co, true));
    if (withOwners) r.push(s.owners.join("; "), s.due === null ? "" : dueText(s.due, lang));
    return r;
  });
  const c = p.composite;
  if (!noComposite(p.framework, fw) && c.baseline !== null) {
    const comp = [`**${compLabel(p.framework, lang, fw)}**`, `**${num(c.baseline, lang)}**`, `**${num(c.target, lang)}**`, `**${num(c.delta, lang, true)}**`];
    if (withStated) comp.push("");
    if (withOwners) comp.push("", "");
    rows.push(comp);
  }
  const align = header.map((_, i) => (i >= 1 && i <= (withStated ? 4 : 3) ? "right" : "left") as "right" | "left");
  const lines = [
    `### ${p.title}`,
    `${who(p.framework, p.unit, p.indexUnit, lang)} · ${(mixed ? M[lang] : t).baseline(p.baselineYear)} → ${t.target(p.targetYear)}`,
    markdownTable(header, rows, align),
  ];
  if (c.stated !== null && c.sumOfTargets !== null && c.stated !== c.sumOfTargets) {
    lines.push(
      lang === "vi" ? `Tổng chỉ tiêu các chỉ số thành phần: ${num(c.sumOfTargets, lang)}.` : `Sum of the sub-index targets: ${num(c.sumOfTargets, lang)}.`,
    );
  }
  if (p.source) lines.push(`${t.source}: ${p.source}`);
  return lines.join("\n\n") + "\n";
};

const planCsv: Renderer<Plan<string>>["csv"] = (p, lang, fw) => {
  const header = csvHeader(lang, [
    "unit",
    "baseline_year",
    "target_year",
    "id",
    "name",
    "baseline",
    "comparator",
    "target",
    "delta",
    "stated_delta",
    "owners",
    "due",
  ]);
  const mixed = isMixed(p.framework, fw);
  if (mixed) header.push(...csvHeader(lang, ["measure"]));
  const both = twoUnits(p.framework, p.unit, p.indexUnit);
  if (both) header.splice(1, 0, INDEX_UNIT_HEADER[lang]);
  const rows = (Object.values(p.subIndices) as PlanSubIndex[]).map((s) => {
    const co = compOf(p.framework, s.id, fw);
    const n = (v: number) => formatNumber(v, { lang, ...(co?.decimals !== undefined ? { decimals: co.decimals } : {}) });
    const r = [
      p.unit,
      String(p.baselineYear),
      String(p.targetYear),
      s.id,
      label(p.framework, s.id, lang, fw),
      n(s.baseline),
      lang === "vi" ? COMPARATOR_VI[s.comparator] : s.comparator,
      s.target === null ? "" : n(s.target),
      s.delta === null ? "" : n(s.delta),
      s.statedDelta === null ? "" : n(s.statedDelta),
      s.owners.join("; "),
      s.due ?? "",
    ];
    if (mixed) r.push(co?.unit?.[lang] ?? "");
    return r;
  });
  const c = p.composite;
  if (!noComposite(p.framework, fw) && c.baseline !== null)
    rows.push([
      p.unit,
      String(p.baselineYear),
      String(p.targetYear),
      "composite",
      compLabel(p.framework, lang, fw),
      num(c.baseline, lang),
      lang === "vi" ? COMPARATOR_VI.atLeast : "atLeast",
      c.target === null ? "" : num(c.target, lang),
      c.delta === null ? "" : num(c.delta, lang),
      "",
      "",
      "",
    ]);
  if (both) for (const r of rows) r.splice(1, 0, p.indexUnit);
  return { header, rows };
};

const yoyMarkdown: Renderer<YearOverYear<string>>["markdown"] = (y, lang, fw) => {
  const t = T[lang];
  const row = (name: string, c: Change): string[] => [
    name,
    num(c.previous, lang),
    num(c.current, lang),
    num(c.change, lang, true),
    DIRECTION[lang][c.direction],
  ];
  const rows = Object.entries(y.subIndices as Record<string, Change>).map(([id, c]) => {
    const co = compOf(y.framework, id, fw);
    return [label(y.framework, id, lang, fw), val(c.previous, lang, co), val(c.current, lang, co), val(c.change, lang, co, true), DIRECTION[lang][c.direction]];
  });
  if (y.composite !== null && !noComposite(y.framework, fw)) rows.push(row(`**${compLabel(y.framework, lang, fw)}**`, y.composite));
  if (y.rank)
    rows.push([
      t.rank,
      String(y.rank.previous),
      String(y.rank.current),
      y.rank.change > 0 ? `+${y.rank.change}` : String(y.rank.change),
      y.rank.change > 0 ? DIRECTION[lang].up : y.rank.change < 0 ? DIRECTION[lang].down : DIRECTION[lang].unchanged,
    ]);
  return (
    [
      `### ${y.unit}: ${y.fromYear} → ${y.toYear}`,
      markdownTable([isMixed(y.framework, fw) ? M[lang].indicator : t.subIndex, t.previous(y.fromYear), t.previous(y.toYear), t.change, t.direction], rows, [
        "left",
        "right",
        "right",
        "right",
        "left",
      ]),
      y.summary[lang] + ".",
    ].join("\n\n") + "\n"
  );
};

const yoyCsv: Renderer<YearOverYear<string>>["csv"] = (y, lang, fw) => ({
  header: csvHeader(lang, ["unit", "from_year", "to_year", "id", "name", "previous", "current", "change", "direction"]),
  rows: [
    ...Object.entries(y.subIndices as Record<string, Change>).map(([id, c]) => [
      y.unit,
      String(y.fromYear),
      String(y.toYear),
      id,
      label(y.framework, id, lang, fw),
      num(c.previous, lang),
      num(c.current, lang),
      num(c.change, lang),
      lang === "vi" ? DIRECTION.vi[c.direction] : c.direction,
    ]),
    ...(y.composite === null || noComposite(y.framework, fw)
      ? []
      : [
          [
            y.unit,
            String(y.fromYear),
            String(y.toYear),
            "composite",
            compLabel(y.framework, lang, fw),
            num(y.composite.previous, lang),
            num(y.composite.current, lang),
            num(y.composite.change, lang),
            lang === "vi" ? DIRECTION.vi[y.composite.direction] : y.composite.direction,
          ],
        ]),
  ],
});

/**
 * The results' source line. A shipped card whose edition is inferred carries
 * "<page> — edition inferred (…)"; in Vietnamese that note is said in Vietnamese.
 */
function sourceLine(source: string, lang: Lang): string {
  if (lang === "en") return `Source of the results: ${source}`;
  const inferred = /edition inferred/i.test(source);
  const page = inferred ? source.split(" — ")[0]! : source;
  return `Nguồn kết quả: ${page}${inferred ? " — năm của số liệu là suy luận (trang nguồn không ghi năm)" : ""}`;
}

const gapMarkdown: Renderer<GapReport<string>>["markdown"] = (g, lang, fw) => {
  const t = T[lang];
  const row = (name: string, r: GapRow, co?: Component): string[] => [
    name,
    val(r.baseline, lang, co),
    co ? targetText(r.target, r.comparator ?? "atLeast", lang, co) : num(r.target, lang),
    val(r.actual, lang, co),
    val(r.plannedDelta, lang, co, true),
    val(r.achievedDelta, lang, co, true),
    val(r.remaining, lang, co, true).replace(/^\+/, ""),
    val(r.surplus, lang, co, true).replace(/^\+/, ""),
    pct(r.progress, lang),
    gapStatusLabel(r.status, lang),
  ];
  const mixed = isMixed(g.framework, fw);
  const rows = Object.entries(g.subIndices as Record<string, GapRow>).map(([id, r]) =>
    row(label(g.framework, id, lang, fw), r, mixed ? compOf(g.framework, id, fw) : undefined),
  );
  const gc = g.composite;
  const withComposite = gc !== null && !noComposite(g.framework, fw);
  if (withComposite) rows.push(row(`**${compLabel(g.framework, lang, fw)}**`, gc));
  const s = g.summary;
  const names = (ids: readonly string[]): string => ids.map((id) => label(g.framework, id, lang, fw)).join(", ");
  const notes: string[] = [];
  const w = SUMMARY_TEXT[lang];
  if (lang === "vi") {
    notes.push(`${w.met}: ${s.met.length > 0 ? names(s.met) : w.nothing}. ${w.missed}: ${s.missed.length > 0 ? names(s.missed) : w.nothing}.`);
    if (s.compositeMetButSubIndicesMissed) notes.push("Điểm tổng hợp đạt chỉ tiêu nhưng còn chỉ số thành phần chưa đạt.");
    if (s.subIndicesMetButCompositeMissed) notes.push("Các chỉ số thành phần đều đạt nhưng điểm tổng hợp chưa đạt chỉ tiêu.");
    if (g.actual.rank !== null) notes.push(`Xếp hạng công bố năm ${g.targetYear}: ${g.actual.rank}.`);
    if (withComposite)
      notes.push(
        g.actual.publishedComposite !== null
          ? `Điểm tổng hợp công bố: ${num(g.actual.publishedComposite, lang)}.`
          : `Điểm tổng hợp ${num(g.actual.composite, lang)} là tổng 4 chỉ số thành phần (không có số công bố).`,
      );
  } else {
    notes.push(`${w.met}: ${s.met.length > 0 ? names(s.met) : w.nothing}. ${w.missed}: ${s.missed.length > 0 ? names(s.missed) : w.nothing}.`);
    if (s.compositeMetButSubIndicesMissed) notes.push("The composite target is met although some sub-index targets are missed.");
    if (s.subIndicesMetButCompositeMissed) notes.push("Every sub-index target is met but the composite target is missed.");
    if (g.actual.rank !== null) notes.push(`Published ${g.targetYear} rank: ${g.actual.rank}.`);
    if (withComposite)
      notes.push(
        g.actual.publishedComposite !== null
          ? `Published composite: ${num(g.actual.publishedComposite, lang)}.`
          : `The composite ${num(g.actual.composite, lang)} is the sum of the sub-indices (none was published).`,
      );
  }
  const lines = [
    `### ${lang === "vi" ? "Đánh giá thực hiện" : "Gap report"}: ${g.title}`,
    `${who(g.framework, g.unit, g.indexUnit, lang)} · ${(mixed ? M[lang] : t).baseline(g.baselineYear)} → ${t.actual(g.targetYear)}`,
    markdownTable(
      [
        mixed ? M[lang].indicator : t.subIndex,
        (mixed ? M[lang] : t).baseline(g.baselineYear),
        t.target(g.targetYear),
        t.actual(g.targetYear),
        mixed ? M[lang].plannedChange : t.planned,
        mixed ? M[lang].achievedChange : t.achieved,
        t.remaining,
        t.surplus,
        t.progress,
        t.status,
      ],
      rows,
      ["left", "right", "right", "right", "right", "right", "right", "right", "right", "left"],
    ),
    notes.join(" "),
  ];
  if (g.actual.source) lines.push(sourceLine(g.actual.source, lang));
  return lines.join("\n\n") + "\n";
};

const gapCsv: Renderer<GapReport<string>>["csv"] = (g, lang, fw) => {
  const mixed = isMixed(g.framework, fw);
  const row = (id: string, name: string, r: GapRow): string[] => {
    const co = mixed ? compOf(g.framework, id, fw) : undefined;
    const n = (v: number) => formatNumber(v, { lang, ...(co?.decimals !== undefined ? { decimals: co.decimals } : {}) });
    const out = [
      g.unit,
      String(g.baselineYear),
      String(g.targetYear),
      id,
      name,
      n(r.baseline),
      r.target === null ? "" : n(r.target),
      n(r.actual),
      r.plannedDelta === null ? "" : n(r.plannedDelta),
      n(r.achievedDelta),
      r.remaining === null ? "" : n(r.remaining),
      r.surplus === null ? "" : n(r.surplus),
      r.progress === null ? "" : formatNumber(r.progress, { lang, decimals: 4 }),
      lang === "vi" ? gapStatusLabel(r.status, "vi") : r.status,
    ];
    if (mixed) out.push(lang === "vi" ? COMPARATOR_VI[r.comparator ?? "atLeast"] : (r.comparator ?? "atLeast"), co?.unit?.[lang] ?? "");
    return out;
  };
  const header = csvHeader(lang, [
    "unit",
    "baseline_year",
    "target_year",
    "id",
    "name",
    "baseline",
    "target",
    "actual",
    "planned_delta",
    "achieved_delta",
    "remaining",
    "surplus",
    "progress",
    "status",
    ...(mixed ? ["comparator", "measure"] : []),
  ]);
  const rows = [
    ...Object.entries(g.subIndices as Record<string, GapRow>).map(([id, r]) => row(id, label(g.framework, id, lang, fw), r)),
    ...(g.composite === null || noComposite(g.framework, fw) ? [] : [row("composite", compLabel(g.framework, lang, fw), g.composite)]),
  ];
  if (twoUnits(g.framework, g.unit, g.indexUnit)) {
    header.splice(1, 0, INDEX_UNIT_HEADER[lang]);
    for (const r of rows) r.splice(1, 0, g.indexUnit);
  }
  return { header, rows };
};

/** Renderers of plans, year-over-year changes and gap reports, by kind: Markdown and CSV. @internal */
export const planRenderers: RendererMap = {
  plan: { markdown: planMarkdown, csv: planCsv },
  yearOverYear: { markdown: yoyMarkdown, csv: yoyCsv },
  gapReport: { markdown: gapMarkdown, csv: gapCsv },
};

/** Their Markdown renderers alone (what `toMarkdown` and the notebook display carry). @internal */
export const planMarkdownRenderers: MarkdownRenderers = {
  plan: { markdown: planMarkdown },
  yearOverYear: { markdown: yoyMarkdown },
  gapReport: { markdown: gapMarkdown },
};

/** Their CSV renderers alone (what `toCsv` carries). @internal */
export const planCsvRenderers: CsvRenderers = {
  plan: { csv: planCsv },
  yearOverYear: { csv: yoyCsv },
  gapReport: { csv: gapCsv },
};

/** Charts of this module's results, by kind. @internal */
export const planCharts: ChartRenderers = {
  plan: planChart,
  yearOverYear: yearOverYearChart,
  gapReport: gapChart,
};

/** The notebook display of plans, year-over-year changes and gap reports. @internal */
export function showPlan(value: unknown): Record<string, unknown> | Promise<Record<string, unknown>> {
  return jupyterBundleWith(planMarkdownRenderers, planCharts, value);
}
