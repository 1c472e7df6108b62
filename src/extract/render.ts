/**
 * Renderers of the extraction report (`planExtraction`, `extractReport`), by their `kind`.
 * @internal
 * @module
 */
import { formatNumber, type Lang } from "../decimal";
import { nameOf } from "../render/labels";
import { markdownTable } from "../render/primitives";
import type { Renderer, RendererMap, TextTable } from "../render/types";
import type { ExtractField, ExtractReport, PlanExtraction } from "./extract";
import { jupyterBundleWith } from "../render/dispatch";

const FIELD: Record<Lang, Record<ExtractField, string>> = {
  vi: {
    title: "Tên kế hoạch",
    unit: "Đơn vị",
    indexUnit: "Tỉnh của chỉ số",
    baselineYear: "Năm cơ sở",
    targetYear: "Năm mục tiêu",
    source: "Nguồn số liệu",
    section: "Mục",
    target: "Chỉ tiêu / mức tăng",
    baseline: "Điểm cơ sở",
    owner: "Cơ quan thực hiện",
    partner: "Cơ quan phối hợp",
    due: "Thời hạn",
    compositeTarget: "Chỉ tiêu điểm PGI",
    compositeBaseline: "Điểm PGI cơ sở",
    rankGoal: "Mục tiêu xếp hạng",
  },
  en: {
    title: "Title",
    unit: "Unit",
    indexUnit: "Index of",
    baselineYear: "Baseline year",
    targetYear: "Target year",
    source: "Source",
    section: "Section",
    target: "Target / increase",
    baseline: "Baseline",
    owner: "Owner",
    partner: "Partner",
    due: "Due",
    compositeTarget: "PGI target",
    compositeBaseline: "PGI baseline",
    rankGoal: "Rank goal",
  },
};

const sub = (id: string | null, lang: Lang): string => (id === null ? "" : nameOf("pgi", id, lang));
const val = (v: string | number, lang: Lang, field: ExtractField): string =>
  typeof v === "number" && field !== "baselineYear" && field !== "targetYear" ? formatNumber(v, { lang }) : String(v);
const ln = (n: number | null, lang: Lang): string => (n === null ? (lang === "vi" ? "tùy chọn" : "options") : String(n));

function reportMarkdown(r: ExtractReport, lang: Lang): string {
  const vi = lang === "vi";
  const parts = [vi ? `**Đọc văn bản kế hoạch** — ${r.lines} dòng` : `**Reading the plan document** — ${r.lines} lines`];
  const read = r.read.filter((x) => x.field !== "section");
  parts.push(
    markdownTable(
      vi ? ["Dòng", "Nội dung đọc", "Chỉ số", "Giá trị", "Văn bản"] : ["Line", "Read", "Sub-index", "Value", "Text"],
      read.map((x) => [
        ln(x.line, lang),
        FIELD[lang][x.field],
        sub(x.subIndex, lang),
        x.field === "rankGoal"
          ? ""
          : x.field === "due" && vi && typeof x.value === "string"
            ? `${x.value.slice(8, 10)}/${x.value.slice(5, 7)}/${x.value.slice(0, 4)}`
            : val(x.value, lang, x.field),
        x.text,
      ]),
      ["right"],
    ),
  );
  if (r.problems.length === 0) parts.push(vi ? "_Đọc được toàn bộ; không có gì bị bỏ qua._" : "_Everything was read; nothing left out._");
  else {
    parts.push(vi ? "**Không đọc được hoặc còn thiếu**" : "**Not read or missing**");
    parts.push(
      markdownTable(
        vi ? ["Dòng", "Mã", "Chỉ số", "Ghi chú", "Văn bản"] : ["Line", "Code", "Sub-index", "Note", "Text"],
        r.problems.map((p) => [p.line === null ? "—" : String(p.line), p.code, sub(p.subIndex, lang), vi ? p.messageVi : p.message, p.text]),
        ["right"],
      ),
    );
  }
  if (r.rankGoals.length > 0) {
    parts.push(vi ? "**Mục tiêu xếp hạng** (không quy đổi thành điểm)" : "**Rank goals** (not turned into scores)");
    parts.push(
      markdownTable(
        vi ? ["Dòng", "Chỉ số", "Nhóm dẫn đầu", "Tăng bậc", "Hạng", "Văn bản"] : ["Line", "Sub-index", "Top group", "Rise", "Rank", "Text"],
        r.rankGoals.map((g) => [
          String(g.line),
          sub(g.subIndex, lang) || (vi ? "PGI" : "PGI"),
          g.group !== null ? String(g.group) : (g.groupName ?? ""),
          g.rise === null ? "" : String(g.rise),
          g.rank === null ? "" : String(g.rank),
          g.text,
        ]),
        ["right"],
      ),
    );
  }
  return parts.join("\n\n") + "\n";
}

function reportCsv(r: ExtractReport, lang: Lang): TextTable {
  const vi = lang === "vi";
  const rows = [
    ...r.read.map((x) => [ln(x.line, lang), "read", x.field, x.subIndex ?? "", val(x.value, lang, x.field), x.text]),
    ...r.problems.map((p) => [p.line === null ? "" : String(p.line), "problem", p.code, p.subIndex ?? "", vi ? p.messageVi : p.message, p.text]),
  ];
  return { header: vi ? ["dong", "loai", "ma", "chi_so", "gia_tri", "van_ban"] : ["line", "type", "code", "sub_index", "value", "text"], rows };
}

const reportRenderer: Renderer<ExtractReport> = { markdown: reportMarkdown, csv: reportCsv };
const LEVELS: readonly [string, string][] = [
  ["Thành phố", "city"],
  ["Thị xã", "town"],
  ["Thị trấn", "township"],
  ["Huyện", "district"],
  ["Quận", "urban district"],
  ["Phường", "ward"],
  ["Xã", "commune"],
];

/** "Kế hoạch của huyện Văn Quan — chỉ số PGI của tỉnh Lạng Sơn" when the two units differ. */
function unitsLine(x: PlanExtraction, lang: Lang): string | null {
  if (x.unit === null || x.indexUnit === null || x.unit === x.indexUnit) return null;
  const level = LEVELS.find(([w]) => x.unit!.startsWith(`${w} `));
  if (lang === "vi") {
    const who = level ? `${level[0].toLocaleLowerCase("vi")}${x.unit.slice(level[0].length)}` : x.unit;
    return `Kế hoạch của ${who} — chỉ số PGI của tỉnh ${x.indexUnit}`;
  }
  const who = level ? `${x.unit.slice(level[0].length + 1)} ${level[1]}` : x.unit;
  return `Plan of ${who} — PGI of ${x.indexUnit} province`;
}

const extractionRenderer: Renderer<PlanExtraction> = {
  markdown: (x, lang) => {
    const units = unitsLine(x, lang);
    return (units === null ? "" : `${units}\n\n`) + reportMarkdown(x.report, lang);
  },
  csv: (x, lang) => reportCsv(x.report, lang),
};

/** @internal */
export const extractRenderers: RendererMap = { extractReport: reportRenderer, planExtraction: extractionRenderer };

/** The notebook display of plan extractions. @internal */
export function showExtract(value: unknown): Record<string, unknown> | Promise<Record<string, unknown>> {
  return jupyterBundleWith(extractRenderers, {}, value);
}
