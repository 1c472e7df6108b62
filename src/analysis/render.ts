/**
 * Renderers of the analyst functions' results (Markdown and CSV, Vietnamese or English), by kind.
 * @internal
 * @module
 */
import type { Lang } from "../decimal";
import { formatPath } from "../errors";
import type { Finding } from "../findings";
import { markdownTable } from "../render/primitives";
import type { Renderer, RendererMap, TextTable } from "../render/types";
import type { Correlations } from "./correlations";
import type { Imputation } from "./impute";
import type { PanelImputation } from "./panel";
import type { IndicatorFlag, IndicatorStatistics } from "./stats";
import type { Treatment } from "./treat";

/** A result number as written (all its digits), with the decimal comma in Vietnamese; `—` (Markdown) or empty (CSV) when missing. */
const num = (v: number | null | undefined, lang: Lang, empty = "—"): string =>
  v === null || v === undefined ? empty : lang === "vi" ? String(v).replace(".", ",") : String(v);

const FLAG: Record<Lang, Record<IndicatorFlag, string>> = {
  en: {
    lowAvailability: "values for under 65 % of units",
    skewKurtosis: "skewed and heavy-tailed (outliers)",
    manyZeros: "mostly zeros",
    fewUnique: "few distinct values",
  },
  vi: {
    lowAvailability: "có số liệu ở dưới 65 % đơn vị",
    skewKurtosis: "lệch và nhọn (có giá trị ngoại lai)",
    manyZeros: "phần lớn bằng 0",
    fewUnique: "ít giá trị khác nhau",
  },
};

function findingsList(findings: readonly Finding[], lang: Lang): string {
  return findings.map((f) => `- \`${f.code}\`${f.path.length ? ` (${formatPath(f.path)})` : ""}: ${lang === "vi" ? f.messageVi : f.message}`).join("\n");
}

const join = (parts: readonly string[]): string => parts.filter((p) => p !== "").join("\n\n") + "\n";

const statsRenderer: Renderer<IndicatorStatistics> = {
  markdown: (s, lang) => {
    const vi = lang === "vi";
    const header = vi
      ? ["Chỉ tiêu", "Có số liệu", "Thiếu", "Nhỏ nhất", "Lớn nhất", "Trung bình", "Trung vị", "Độ lệch chuẩn", "Độ bất đối xứng", "Độ nhọn", "Cảnh báo"]
      : ["Indicator", "Present", "Missing", "Min", "Max", "Mean", "Median", "SD", "Skewness", "Kurtosis", "Flags"];
    const rows = s.indicators.map((i) => [
      i.id,
      String(i.n),
      String(i.missing),
      num(i.min, lang),
      num(i.max, lang),
      num(i.mean, lang),
      num(i.median, lang),
      num(i.sd, lang),
      num(i.skewness, lang),
      num(i.kurtosis, lang),
      i.flags.map((f) => FLAG[lang][f]).join("; ") || "—",
    ]);
    const title = vi ? `**Thống kê chỉ tiêu (${s.units} đơn vị)**` : `**Indicator statistics (${s.units} units)**`;
    return join([
      title,
      markdownTable(
        header,
        rows,
        header.map((_, i) => (i === 0 || i === header.length - 1 ? "left" : "right")),
      ),
    ]);
  },
  csv: (s, lang): TextTable => ({
    header:
      lang === "vi"
        ? [
            "Chỉ tiêu",
            "Có số liệu",
            "Thiếu",
            "Nhỏ nhất",
            "Lớn nhất",
            "Trung bình",
            "Trung vị",
            "Độ lệch chuẩn",
            "Độ bất đối xứng",
            "Độ nhọn",
            "Khác 0",
            "Số giá trị khác nhau",
            "Số lần lặp nhiều nhất",
            "Tỷ lệ có số liệu",
            "Cảnh báo",
          ]
        : ["indicator", "n", "missing", "min", "max", "mean", "median", "sd", "skewness", "kurtosis", "non_zero", "unique", "same", "availability", "flags"],
    rows: s.indicators.map((i) => [
      i.id,
      String(i.n),
      String(i.missing),
      num(i.min, lang, ""),
      num(i.max, lang, ""),
      num(i.mean, lang, ""),
      num(i.median, lang, ""),
      num(i.sd, lang, ""),
      num(i.skewness, lang, ""),
      num(i.kurtosis, lang, ""),
      String(i.nonZero),
      String(i.unique),
      String(i.same),
      num(i.availability, lang),
      i.flags.join(" "),
    ]),
  }),
};

const corrRenderer: Renderer<Correlations> = {
  markdown: (c, lang) => {
    const vi = lang === "vi";
    const m = vi ? (c.method === "pearson" ? "Pearson" : "Spearman (theo hạng)") : c.method === "pearson" ? "Pearson" : "Spearman (ranks)";
    const title = vi ? `**Hệ số tương quan ${m} giữa các chỉ tiêu**` : `**${m} correlations between indicators**`;
    const matrix = markdownTable(
      ["", ...c.ids],
      c.ids.map((id, i) => [id, ...c.matrix[i]!.map((v) => num(v, lang))]),
      ["left", ...c.ids.map(() => "right" as const)],
    );
    const wc = markdownTable(
      vi ? ["Chỉ tiêu", "Thành phần", "Tương quan với thành phần"] : ["Indicator", "Component", "Correlation with its component"],
      c.withComponent.map((w) => [w.indicator, w.component, num(w.correlation, lang)]),
      ["left", "left", "right"],
    );
    const flags = c.flags.map((f) =>
      f.flag === "collinear"
        ? vi
          ? `- ${f.a} và ${f.b} gần như trùng nhau (tương quan ${num(f.correlation, lang)}): cân nhắc bỏ bớt một chỉ tiêu`
          : `- ${f.a} and ${f.b} are nearly collinear (correlation ${num(f.correlation, lang)}): consider dropping one`
        : vi
          ? `- ${f.a} và ${f.b} trong thành phần ${f.component} tương quan ngược chiều (${num(f.correlation, lang)}, đã tính chiều tốt của chỉ tiêu)`
          : `- ${f.a} and ${f.b} in component ${f.component} correlate negatively (${num(f.correlation, lang)}, direction-adjusted)`,
    );
    const alpha = markdownTable(
      vi ? ["Thành phần", "Hệ số Cronbach alpha"] : ["Component", "Cronbach's alpha"],
      Object.entries(c.alpha).map(([k, v]) => [k, num(v, lang)]),
      ["left", "right"],
    );
    return join([title, matrix, wc, alpha, flags.join("\n")]);
  },
  csv: (c, lang) => ({
    header: [lang === "vi" ? "Chỉ tiêu" : "indicator", ...c.ids],
    rows: c.ids.map((id, i) => [id, ...c.matrix[i]!.map((v) => num(v, lang, ""))]),
  }),
};

const METHOD: Record<Lang, Record<Treatment["method"], string>> = {
  en: { none: "no treatment needed", winsorise: "winsorised", log: "log-transformed" },
  vi: { none: "không cần xử lý", winsorise: "đã thay giá trị ngoại lai bằng giá trị liền kề", log: "đã chuyển sang thang logarit" },
};

const treatRenderer: Renderer<Treatment> = {
  markdown: (t, lang) => {
    const vi = lang === "vi";
    const head = vi
      ? `**Xử lý giá trị ngoại lai: ${METHOD.vi[t.method]}${t.method === "winsorise" ? ` (${t.winsorised} giá trị)` : ""}**`
      : `**Outlier treatment: ${METHOD.en[t.method]}${t.method === "winsorise" ? ` (${t.winsorised} ${t.winsorised === 1 ? "point" : "points"})` : ""}**`;
    const table = markdownTable(
      vi ? ["", "Độ bất đối xứng", "Độ nhọn"] : ["", "Skewness", "Kurtosis"],
      [
        [vi ? "Trước" : "Before", num(t.before.skewness, lang), num(t.before.kurtosis, lang)],
        [vi ? "Sau" : "After", num(t.after.skewness, lang), num(t.after.kurtosis, lang)],
      ],
      ["left", "right", "right"],
    );
    return join([head, table]);
  },
  csv: (t, lang) => ({
    header: lang === "vi" ? ["Vị trí", "Giá trị"] : ["position", "value"],
    rows: t.values.map((v, i) => [String(i), num(v, lang, "")]),
  }),
};

const imputeRenderer: Renderer<Imputation> = {
  markdown: (r, lang) => {
    const vi = lang === "vi";
    const name = {
      mean: vi ? "trung bình" : "mean",
      median: vi ? "trung vị" : "median",
      groupMean: vi ? "trung bình của nhóm" : "group mean",
      groupMedian: vi ? "trung vị của nhóm" : "group median",
    }[r.method];
    const head = vi
      ? `**Bổ sung số liệu thiếu (${name}): ${r.imputed.length} giá trị**`
      : `**Imputation (${name}): ${r.imputed.length} ${r.imputed.length === 1 ? "value" : "values"}**`;
    const table = r.imputed.length
      ? markdownTable(
          vi ? ["Đơn vị", "Chỉ tiêu", "Giá trị bổ sung"] : ["Unit", "Indicator", "Imputed value"],
          r.imputed.map((i) => [i.unit, i.indicator, num(i.value, lang)]),
          ["left", "left", "right"],
        )
      : "";
    return join([head, table, findingsList(r.findings, lang)]);
  },
  csv: (r, lang) => ({
    header: lang === "vi" ? ["Đơn vị", "Chỉ tiêu", "Giá trị bổ sung"] : ["unit", "indicator", "value"],
    rows: r.imputed.map((i) => [i.unit, i.indicator, num(i.value, lang)]),
  }),
};

const panelRenderer: Renderer<PanelImputation> = {
  markdown: (p, lang) => {
    const vi = lang === "vi";
    const head = vi
      ? `**Bổ sung số liệu theo năm (${p.method === "latest" ? "giá trị gần nhất" : "nội suy tuyến tính"})**`
      : `**Imputation over years (${p.method === "latest" ? "latest value" : "linear"})**`;
    const table = markdownTable(
      vi ? ["Năm", "Giá trị", "Bổ sung"] : ["Year", "Value", "Imputed"],
      p.series.map((s) => [
        String(s.year),
        num(s.value, lang),
        s.imputed ? (vi ? `có${s.from !== undefined ? ` (từ ${s.from})` : ""}` : `yes${s.from !== undefined ? ` (from ${s.from})` : ""}`) : "",
      ]),
      ["right", "right", "left"],
    );
    return join([head, table, findingsList(p.findings, lang)]);
  },
  csv: (p, lang) => ({
    header: lang === "vi" ? ["Năm", "Giá trị", "Bổ sung"] : ["year", "value", "imputed"],
    rows: p.series.map((s) => [String(s.year), num(s.value, lang, ""), lang === "vi" ? (s.imputed ? "có" : "không") : String(s.imputed)]),
  }),
};

/** The analyst functions' renderers by result kind. @internal */
export const analysisRenderers: RendererMap = {
  indicatorStats: statsRenderer,
  correlations: corrRenderer,
  treatment: treatRenderer,
  imputation: imputeRenderer,
  panelImputation: panelRenderer,
};
