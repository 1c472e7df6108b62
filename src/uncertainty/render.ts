/**
 * Renderers of the uncertainty results (Markdown and CSV, Vietnamese or English), by kind. Numbers
 * are written with all the digits the result holds (it is rounded already), a decimal comma in
 * Vietnamese; probabilities in Markdown as percentages at one decimal.
 * @internal
 * @module
 */
import { formatNumber, type Lang } from "../decimal";
import type { Framework } from "../framework/types";
import { jupyterBundleWith } from "../render/dispatch";
import { frameworkFor } from "../render/labels";
import { markdownTable } from "../render/primitives";
import type { Renderer, RendererMap, TextTable } from "../render/types";
import { uncertaintyCharts } from "./chart";
import { factorName } from "./labels";
import type { RankProbability, ScoreForRankProbability } from "./rank-probability";
import type { RankConfidenceSets } from "./rank-sets";
import type { Sensitivity } from "./sensitivity";
import type { SobolResult } from "./sobol";
import type { Uncertainty } from "./uncertainty";

/** A number as the result holds it, decimal comma in Vietnamese; `empty` when missing. */
const num = (v: number | null | undefined, lang: Lang, empty = "—"): string =>
  v === null || v === undefined ? empty : lang === "vi" ? String(v).replace(".", ",") : String(v);
/** A probability as a percentage at one decimal ("82,4 %"). */
const pct = (p: number, lang: Lang): string => `${formatNumber(p * 100, { lang, decimals: 1 })} %`;
const interval = (i: readonly [number, number] | null, lang: Lang, empty = "—"): string => (i === null ? empty : `${num(i[0], lang)} – ${num(i[1], lang)}`);
const join = (parts: readonly string[]): string => parts.filter((p) => p !== "").join("\n\n") + "\n";
const years = (changes: readonly (readonly [number, number])[]): string => changes.map(([a, b]) => `${a}→${b}`).join(", ");

/** A discrete alternative, in a line (JSON, cut at 60 characters). */
function choice(c: unknown): string {
  const s = typeof c === "string" ? c : JSON.stringify(c);
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}

/** The warnings of the treatment and imputation alternatives, as a list (empty when none). */
function warnings(findings: Uncertainty["findings"], lang: Lang): string {
  if (findings === undefined || findings.length === 0) return "";
  const vi = lang === "vi";
  return (
    (vi ? `**Cảnh báo (${findings.length})**\n\n` : `**Warnings (${findings.length})**\n\n`) +
    findings
      .slice(0, 20)
      .map((f) => `- \`${f.code}\` ${vi ? f.messageVi : f.message}`)
      .join("\n") +
    (findings.length > 20 ? (vi ? `\n- … và ${findings.length - 20} cảnh báo khác` : `\n- … and ${findings.length - 20} more`) : "")
  );
}

/** The framework in a title: its name in `lang` when the framework is passed, else its id. */
function titleOf(id: string, lang: Lang, given?: Framework): string {
  const name = frameworkFor(id, given)?.name[lang]?.trim();
  return name ? name : id;
}

const uncertaintyRenderer: Renderer<Uncertainty> = {
  markdown: (u, lang, fw) => {
    const vi = lang === "vi";
    const title = vi
      ? `**Phân tích bất định thứ hạng — ${titleOf(u.framework, lang, fw)}: ${u.runs} lần chạy (hạt giống ${u.seed})**`
      : `**Uncertainty of the ranks — ${titleOf(u.framework, lang, fw)}: ${u.runs} runs (seed ${u.seed})**`;
    const what: string[] = [];
    if (u.weights !== null) {
      what.push(
        "noise" in u.weights
          ? vi
            ? `- ${factorName("weights", lang)}: mỗi trọng số nhân với 1 ± tối đa ${num(u.weights.noise, lang)}`
            : `- ${factorName("weights", lang)}: each weight multiplied by 1 ± up to ${num(u.weights.noise, lang)}`
          : vi
            ? `- ${factorName("weights", lang)}: chọn một trong ${u.weights.sets} bộ trọng số`
            : `- ${factorName("weights", lang)}: one of ${u.weights.sets} weight sets`,
      );
    }
    for (const f of u.factors) what.push(`- ${factorName(f.name, lang)}: ${f.choices.map(choice).join("; ")}`);
    if (what.length === 0)
      what.push(vi ? "- Không có phương án thay thế: mọi lần chạy cho thứ hạng danh nghĩa." : "- No alternatives: every run gives the nominal ranks.");
    const sorted = [...u.units].sort((a, b) => (a.nominal ?? Infinity) - (b.nominal ?? Infinity));
    const header = vi
      ? ["Đơn vị", "Hạng danh nghĩa", "Hạng trung bình", "Trung vị", "5 %", "95 %"]
      : ["Unit", "Nominal rank", "Mean rank", "Median", "5 %", "95 %"];
    const table = markdownTable(
      header,
      sorted.map((x) => [x.unit, num(x.nominal, lang), num(x.mean, lang), num(x.median, lang), num(x.q05, lang), num(x.q95, lang)]),
      ["left", "right", "right", "right", "right", "right"],
    );
    const failed =
      u.failed.length === 0
        ? ""
        : (vi ? `**${u.failed.length} lần chạy không thành công**\n\n` : `**${u.failed.length} runs failed**\n\n`) +
          u.failed
            .slice(0, 20)
            .map((f) => `- ${vi ? "lần" : "run"} ${f.run + 1}: \`${f.code}\` ${vi ? f.messageVi : f.message}`)
            .join("\n") +
          (u.failed.length > 20 ? (vi ? `\n- … và ${u.failed.length - 20} lần khác` : `\n- … and ${u.failed.length - 20} more`) : "");
    const note = vi
      ? "Hạng: điểm cao nhất xếp thứ nhất, các đơn vị bằng điểm cùng hạng cao nhất. Phân vị theo định nghĩa loại 7 (như R và COINr)."
      : "Ranks: highest score first, ties share the best rank. Quantiles of type 7 (as R and COINr).";
    return join([title, what.join("\n"), table, failed, warnings(u.findings, lang), note]);
  },
  csv: (u, lang): TextTable => ({
    header:
      lang === "vi"
        ? ["Đơn vị", "Hạng danh nghĩa", "Hạng trung bình", "Trung vị", "Phân vị 5 %", "Phân vị 95 %"]
        : ["unit", "nominal", "mean", "median", "q05", "q95"],
    rows: u.units.map((x) => [x.unit, num(x.nominal, lang, ""), num(x.mean, lang, ""), num(x.median, lang, ""), num(x.q05, lang, ""), num(x.q95, lang, "")]),
  }),
};

function indexTable(
  rows: readonly { name: string; first: number; total: number; fi: readonly [number, number] | null; ti: readonly [number, number] | null }[],
  lang: Lang,
  what: "factor" | "input",
): string {
  const vi = lang === "vi";
  const header = vi
    ? [what === "factor" ? "Yếu tố" : "Biến", "Chỉ số bậc nhất", "Khoảng 5–95 %", "Chỉ số toàn phần", "Khoảng 5–95 %", "Tương tác"]
    : [what === "factor" ? "Factor" : "Input", "First-order", "5–95 % interval", "Total", "5–95 % interval", "Interactions"];
  return markdownTable(
    header,
    rows.map((r) => [
      r.name,
      num(r.first, lang),
      interval(r.fi, lang),
      num(r.total, lang),
      interval(r.ti, lang),
      num(Math.max(0, Math.round((r.total - r.first) * 10000) / 10000), lang),
    ]),
    ["left", "right", "right", "right", "right", "right"],
  );
}

function indexCsv(
  rows: readonly { id: string; first: number; total: number; fi: readonly [number, number] | null; ti: readonly [number, number] | null }[],
  lang: Lang,
  key: string,
): TextTable {
  return {
    header:
      lang === "vi"
        ? [key === "factor" ? "Yếu tố" : "Biến", "Chỉ số bậc nhất", "Bậc nhất 5 %", "Bậc nhất 95 %", "Chỉ số toàn phần", "Toàn phần 5 %", "Toàn phần 95 %"]
        : [key, "first_order", "first_order_q05", "first_order_q95", "total", "total_q05", "total_q95"],
    rows: rows.map((r) => [
      r.id,
      num(r.first, lang),
      num(r.fi?.[0], lang, ""),
      num(r.fi?.[1], lang, ""),
      num(r.total, lang),
      num(r.ti?.[0], lang, ""),
      num(r.ti?.[1], lang, ""),
    ]),
  };
}

const sensitivityRenderer: Renderer<Sensitivity> = {
  markdown: (s, lang, fw) => {
    const vi = lang === "vi";
    const title = vi
      ? `**Phân tích độ nhạy thứ hạng — ${titleOf(s.framework, lang, fw)}: ${s.runs} lần chạy (n = ${s.n}, hạt giống ${s.seed}, ${s.bootstrap} lần lấy mẫu lại)**`
      : `**Sensitivity of the ranks — ${titleOf(s.framework, lang, fw)}: ${s.runs} runs (n = ${s.n}, seed ${s.seed}, ${s.bootstrap} bootstrap resamples)**`;
    const rows = s.factors.map((f) => ({
      name: factorName(f.factor, lang),
      first: f.firstOrder,
      total: f.total,
      fi: f.firstOrderInterval,
      ti: f.totalInterval,
    }));
    const note = vi
      ? `Đại lượng phân tích: độ lệch hạng tuyệt đối trung bình so với hạng danh nghĩa (phương sai ${num(s.variance, lang)}). Chỉ số bậc nhất theo Saltelli (2010), chỉ số toàn phần theo Jansen (1999); tương tác = toàn phần − bậc nhất.`
      : `Output studied: the mean absolute rank shift from the nominal ranks (variance ${num(s.variance, lang)}). First-order indices after Saltelli (2010), total indices after Jansen (1999); interactions = total − first-order.`;
    return join([title, indexTable(rows, lang, "factor"), warnings(s.findings, lang), note]);
  },
  csv: (s, lang) =>
    indexCsv(
      s.factors.map((f) => ({ id: f.factor, first: f.firstOrder, total: f.total, fi: f.firstOrderInterval, ti: f.totalInterval })),
      lang,
      "factor",
    ),
};

const sobolRenderer: Renderer<SobolResult> = {
  markdown: (s, lang) => {
    const vi = lang === "vi";
    const title = vi
      ? `**Chỉ số Sobol: ${s.dimensions} biến, ${s.runs} lần chạy mô hình (n = ${s.n}, hạt giống ${s.seed})**`
      : `**Sobol indices: ${s.dimensions} inputs, ${s.runs} model runs (n = ${s.n}, seed ${s.seed})**`;
    const rows = s.indices.map((i) => ({ name: `u[${i.dimension}]`, first: i.firstOrder, total: i.total, fi: i.firstOrderInterval, ti: i.totalInterval }));
    const note = vi ? `Phương sai của đầu ra: ${num(s.variance, lang)}.` : `Output variance: ${num(s.variance, lang)}.`;
    return join([title, indexTable(rows, lang, "input"), note]);
  },
  csv: (s, lang) =>
    indexCsv(
      s.indices.map((i) => ({ id: String(i.dimension), first: i.firstOrder, total: i.total, fi: i.firstOrderInterval, ti: i.totalInterval })),
      lang,
      "dimension",
    ),
};

/** The framework as titles name it: the shipped PGI framework by its acronym, any other by its id. */
const fwName = (id: string): string => (id === "pgi" ? "PGI" : id);

const rankProbabilityRenderer: Renderer<RankProbability> = {
  markdown: (p, lang) => {
    const vi = lang === "vi";
    const title = vi
      ? `**${p.unit} với ${num(p.score, lang)} điểm (${fwName(p.framework)} ${p.year}): xác suất đạt từng hạng**`
      : `**${p.unit} with ${num(p.score, lang)} (${fwName(p.framework)} ${p.year}): the chance of each rank**`;
    const summary = vi
      ? `Với xác suất 90 %, hạng nằm trong khoảng ${p.interval.low}–${p.interval.high}. ${p.runs} lần mô phỏng (hạt giống ${p.seed}); các đơn vị khác thay đổi như đã thay đổi giữa các năm ${years(p.changes)}.`
      : `With probability 90 % the rank is from ${p.interval.low} to ${p.interval.high}. ${p.runs} simulated years (seed ${p.seed}); the other units change as they changed in ${years(p.changes)}.`;
    const shown = p.ranks.map((r, i) => ({ r, a: p.atOrAbove[i]! })).filter((x) => x.r.count > 0);
    const table = markdownTable(
      vi ? ["Hạng", "Xác suất", "Đạt hạng này trở lên"] : ["Rank", "Probability", "This rank or better"],
      shown.map((x) => [String(x.r.rank), pct(x.r.probability, lang), pct(x.a.probability, lang)]),
      ["right", "right", "right"],
    );
    const fixed =
      p.fixed.length === 0
        ? ""
        : vi
          ? `Giữ nguyên điểm (không có số liệu thay đổi): ${p.fixed.join(", ")}.`
          : `Kept at their score (no change on record): ${p.fixed.join(", ")}.`;
    return join([title, summary, table, fixed]);
  },
  csv: (p, lang) => ({
    header:
      lang === "vi"
        ? ["Đơn vị", "Điểm", "Hạng", "Số lần", "Xác suất", "Xác suất đạt hạng này trở lên"]
        : ["unit", "score", "rank", "count", "probability", "at_or_above"],
    rows: p.ranks.map((r, i) => [
      p.unit,
      num(p.score, lang),
      String(r.rank),
      String(r.count),
      num(r.probability, lang),
      num(p.atOrAbove[i]!.probability, lang),
    ]),
  }),
};

const scoreForRankRenderer: Renderer<ScoreForRankProbability> = {
  markdown: (g, lang) => {
    const vi = lang === "vi";
    const title = vi
      ? `**${g.unit}: điểm cần có để đạt hạng ${g.rank} trở lên với xác suất ${pct(g.probability, lang)} (${fwName(g.framework)} ${g.year})**`
      : `**${g.unit}: the score that reaches rank ${g.rank} or better with probability ${pct(g.probability, lang)} (${fwName(g.framework)} ${g.year})**`;
    const answer =
      g.score === null
        ? vi
          ? `Không có điểm nào trên thang đạt được: ngay cả điểm tối đa cũng chỉ cho xác suất ${pct(g.achieved, lang)}.`
          : `No score on the scale reaches it: even the maximum gives a chance of ${pct(g.achieved, lang)}.`
        : vi
          ? `Điểm cần đạt: **${num(g.score, lang)}** (xác suất đạt được ${pct(g.achieved, lang)}).`
          : `Score needed: **${num(g.score, lang)}** (chance reached ${pct(g.achieved, lang)}).`;
    const how = vi
      ? `${g.runs} lần mô phỏng (hạt giống ${g.seed}); các đơn vị khác thay đổi như đã thay đổi giữa các năm ${years(g.changes)}.`
      : `${g.runs} simulated years (seed ${g.seed}); the other units change as they changed in ${years(g.changes)}.`;
    return join([title, answer, how]);
  },
  csv: (g, lang) => ({
    header:
      lang === "vi"
        ? ["Đơn vị", "Năm", "Hạng mục tiêu", "Xác suất yêu cầu", "Điểm cần đạt", "Xác suất đạt được", "Số lần mô phỏng"]
        : ["unit", "year", "target_rank", "probability", "required_value", "achieved", "runs"],
    rows: [[g.unit, String(g.year), String(g.rank), num(g.probability, lang), num(g.score, lang, ""), num(g.achieved, lang), String(g.runs)]],
  }),
};

const rankSetsRenderer: Renderer<RankConfidenceSets> = {
  markdown: (s, lang) => {
    const vi = lang === "vi";
    const title = vi
      ? `**Tập tin cậy ${pct(s.coverage, lang)} của thứ hạng (${s.simultaneous ? "đồng thời cho mọi đơn vị" : "riêng từng đơn vị"})**`
      : `**${pct(s.coverage, lang)} confidence sets for ranks (${s.simultaneous ? "simultaneous" : "marginal"})**`;
    const header = vi
      ? ["Đơn vị", "Giá trị", "Sai số chuẩn", "Hạng", "Hạng tốt nhất", "Hạng kém nhất"]
      : ["Unit", "Value", "Standard error", "Rank", "Best rank", "Worst rank"];
    const sorted = [...s.units].sort((a, b) => a.rank - b.rank);
    const table = markdownTable(
      header,
      sorted.map((u) => [u.unit, num(u.value, lang), num(u.standardError, lang), String(u.rank), String(u.lower), String(u.upper)]),
      ["left", "right", "right", "right", "right", "right"],
    );
    const note = vi
      ? `Theo Mogstad, Romano, Shaikh và Wilhelm (2023); ${s.bootstrap} lần rút mẫu (hạt giống ${s.seed})${s.stepdown ? ", kiểm định từng bước" : ""}.`
      : `After Mogstad, Romano, Shaikh and Wilhelm (2023); ${s.bootstrap} draws (seed ${s.seed})${s.stepdown ? ", stepwise tests" : ""}.`;
    return join([title, table, note]);
  },
  csv: (s, lang) => ({
    header:
      lang === "vi"
        ? ["Đơn vị", "Giá trị", "Sai số chuẩn", "Hạng", "Hạng tốt nhất", "Hạng kém nhất"]
        : ["unit", "value", "standard_error", "rank", "lower", "upper"],
    rows: s.units.map((u) => [u.unit, num(u.value, lang), num(u.standardError, lang), String(u.rank), String(u.lower), String(u.upper)]),
  }),
};

/** The uncertainty results' renderers by kind. @internal */
export const uncertaintyRenderers: RendererMap = {
  uncertainty: uncertaintyRenderer,
  sensitivity: sensitivityRenderer,
  sobolIndices: sobolRenderer,
  rankProbability: rankProbabilityRenderer,
  scoreForRankProbability: scoreForRankRenderer,
  rankConfidenceSets: rankSetsRenderer,
};

export { uncertaintyCharts };

/** The notebook display of the uncertainty results (their table and chart). @internal */
export function showUncertainty(value: unknown): ReturnType<typeof jupyterBundleWith> {
  return jupyterBundleWith(uncertaintyRenderers, uncertaintyCharts, value);
}
