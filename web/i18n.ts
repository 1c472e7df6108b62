/**
 * Every text of the planner page, the Vietnamese and the English side by side. The library's own
 * renderers and messages bring their own wording; this table holds only the page's labels,
 * buttons and lines.
 */
import type { Lang } from "../dist/index.js";

type Pair<T> = { readonly vi: T; readonly en: T };
/** A text in both languages. */
export type Text = Pair<string>;

const TEXT = {
  title: { vi: "PGI — Lập kế hoạch và đánh giá chỉ tiêu Chỉ số Xanh cấp tỉnh", en: "PGI — planning and assessing Provincial Green Index targets" },
  s1: { vi: "1. Bảng điểm cơ sở", en: "1. Baseline score card" },
  s2: { vi: "2. Chỉ tiêu và kế hoạch", en: "2. Targets and plan" },
  s3: { vi: "3. Kết quả và đánh giá", en: "3. Results and assessment" },
  source: { vi: "Nguồn bảng điểm", en: "Score card from" },
  sourcePublished: { vi: "Số liệu PGI đã công bố", en: "Published PGI figures" },
  sourceManual: { vi: "Tự nhập bảng điểm", en: "Type a score card" },
  province: { vi: "Tỉnh, thành phố", en: "Province" },
  edition: { vi: "Năm (kỳ PGI)", en: "Edition (PGI year)" },
  unit: { vi: "Đơn vị", en: "Unit" },
  year: { vi: "Năm", en: "Year" },
  composite: { vi: "Điểm tổng hợp công bố (không bắt buộc)", en: "Published composite (optional)" },
  showCard: { vi: "Xem bảng điểm", en: "Show the card" },
  example: { vi: "Điền ví dụ Lạng Sơn", en: "Fill in the Lạng Sơn example" },
  exampleHint: {
    vi: "Bảng điểm 2023, chỉ tiêu kế hoạch 2024 và kết quả PGI 2024 của Lạng Sơn.",
    en: "Lạng Sơn's 2023 card, its 2024 plan targets and its published PGI 2024 results.",
  },
  planTitle: { vi: "Tên kế hoạch", en: "Plan title" },
  planTitleDefault: { vi: "Kế hoạch cải thiện Chỉ số Xanh cấp tỉnh", en: "Provincial Green Index improvement plan" },
  targetYear: { vi: "Năm mục tiêu", en: "Target year" },
  mode: { vi: "Cách đặt chỉ tiêu", en: "How targets are set" },
  modeTargets: { vi: "Chỉ tiêu từng chỉ số thành phần", en: "A target per sub-index" },
  modeComposite: { vi: "Chỉ tiêu điểm tổng hợp + cách phân bổ", en: "A composite target + an allocation strategy" },
  target: { vi: "Chỉ tiêu", en: "Target" },
  compositeTarget: { vi: "Chỉ tiêu điểm tổng hợp", en: "Composite target" },
  strategy: { vi: "Cách phân bổ", en: "Allocation strategy" },
  strategies: {
    equal: { vi: "chia đều", en: "equal shares" },
    headroom: { vi: "theo dư địa (10 − điểm)", en: "by headroom (10 − score)" },
    weakestFirst: { vi: "ưu tiên chỉ số yếu nhất", en: "weakest first" },
    benchmark: { vi: "theo khoảng cách tới tỉnh dẫn đầu", en: "by the gap to the best province" },
  },
  makePlan: { vi: "Lập kế hoạch và kiểm tra", en: "Make and check the plan" },
  check: { vi: "Kiểm tra kế hoạch", en: "Plan check" },
  allClear: { vi: "Kế hoạch nhất quán: không có lỗi.", en: "The plan is consistent: no errors." },
  errorsFound: {
    vi: (n: number) => `Kế hoạch có ${n} lỗi cần sửa.`,
    en: (n: number) => `The plan has ${n} error${n === 1 ? "" : "s"} to fix.`,
  },
  planUnit: { vi: "Đơn vị lập kế hoạch", en: "Planning unit" },
  planUnitHint: { vi: "huyện, sở, xã…; để trống nếu là tỉnh", en: "a district, department, commune…; empty for the province" },
  indexUnit: { vi: "Chỉ số PGI của tỉnh", en: "PGI of the province" },
  /** The rank line: composite, rank, of how many published figures, the edition, how many provinces have none. */
  rankLine: {
    vi: (who: string, c: string, r: number, n: number, y: number, missing: number) =>
      `Với điểm tổng hợp ${c}, ${who} sẽ xếp hạng ${r}/${n} tỉnh có số liệu công bố năm ${y}${missing > 0 ? `; ${missing} tỉnh chưa có số liệu` : ""} (các tỉnh khác giữ nguyên điểm).`,
    en: (who: string, c: string, r: number, n: number, y: number, missing: number) =>
      `With a composite of ${c}, ${who} would rank ${r} of the ${n} provinces with published ${y} figures${missing > 0 ? `; ${missing} provinces have none published` : ""} (the others' scores held fixed).`,
  },
  compositeOnlyNote: {
    vi: (unit: string, y: number, c: string) =>
      `Năm ${y} chỉ có điểm tổng hợp của ${unit} được công bố (${c}), không có điểm các chỉ số thành phần. Chọn “Tự nhập bảng điểm” để nhập điểm các chỉ số thành phần (đơn vị, năm và điểm tổng hợp đã được điền sẵn).`,
    en: (unit: string, y: number, c: string) =>
      `Only ${unit}'s composite is published for ${y} (${c}), not its sub-indices. Choose “Type a score card” to type the sub-index scores (the unit, year and composite are filled in).`,
  },
  compositeOnly: { vi: (y: number) => `PGI ${y} (chỉ có điểm tổng hợp)`, en: (y: number) => `PGI ${y} (composite only)` },
  resultsSource: { vi: "Nguồn kết quả", en: "Results from" },
  resultsPublished: { vi: (y: number) => `Số liệu PGI ${y} đã công bố`, en: (y: number) => `Published PGI ${y} figures` },
  resultsManual: { vi: "Tự nhập kết quả", en: "Type the results" },
  result: { vi: "Kết quả", en: "Result" },
  makeGap: { vi: "Đánh giá thực hiện", en: "Assess the results" },
  dlPlan: { vi: "Tải kế hoạch (JSON)", en: "Download the plan (JSON)" },
  dlCsv: { vi: "Tải đánh giá (CSV)", en: "Download the assessment (CSV)" },
  dlPng: { vi: "Tải biểu đồ (PNG)", en: "Download the chart (PNG)" },
  dlSvg: { vi: "Tải biểu đồ (SVG)", en: "Download the chart (SVG)" },
  needCard: { vi: "Hãy chọn hoặc nhập bảng điểm cơ sở trước.", en: "Choose or type a baseline score card first." },
  needPlan: { vi: "Hãy lập kế hoạch trước.", en: "Make the plan first." },
  decimalHint: { vi: "Số có thể viết với dấu phẩy thập phân, ví dụ 6,58.", en: "Numbers may use a decimal comma, e.g. 6,58." },
  fatal: { vi: "Đã xảy ra lỗi không lường trước", en: "Something unexpected went wrong" },
  error: { vi: "Lỗi", en: "Error" },
};

/** The table with every pair replaced by its text in one language. */
type In<T> = T extends Pair<infer V> ? V : { readonly [K in keyof T]: In<T[K]> };
export type Strings = In<typeof TEXT>;

const isPair = (node: object): node is Pair<unknown> => "vi" in node && "en" in node;
function pick(node: object, lang: Lang): unknown {
  if (isPair(node)) return node[lang];
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, pick(v as object, lang)]));
}

const cache = new Map<Lang, Strings>();
/** The page's texts in one language. */
export function strings(lang: Lang): Strings {
  let s = cache.get(lang);
  if (!s) cache.set(lang, (s = pick(TEXT, lang) as Strings));
  return s;
}

/** The text a `data-i18n` key ("strategies.equal") names, in one language; `null` for a key that names no text. */
export function textOf(key: string, lang: Lang): string | null {
  const value = key.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), strings(lang));
  return typeof value === "string" ? value : null;
}

type TextKey = { [K in keyof typeof TEXT]: (typeof TEXT)[K] extends Text ? K : never }[keyof typeof TEXT];
/** Both languages' texts of one key. */
export const both = (key: TextKey): Text => TEXT[key];
