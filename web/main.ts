/**
 * The PGI planner page: a card, a plan and its check, the rank the plan's composite would reach,
 * a gap report with its chart. Everything is computed in the page with pgi-kit's ESM build; the
 * page is one HTML file and one script (it opens from file://).
 */
import embed from "vega-embed";
import {
  PGI_EDITIONS, PGI_PUBLISHED, PGI_SUBINDEX_IDS, allocate, checkPlan, createPlan, gapReport, isPgiError, publishedScoreCard,
  rank, scoreCard, scoreTable, subIndex, PGI, toCsv, toMarkdown, toVegaLite,
  type AllocationStrategy, type Finding, type GapReport, type Lang, type Plan, type ScoreCard,
} from "../dist/index.js";
import { markdownToHtml } from "./markdown";

type Ids = (typeof PGI_SUBINDEX_IDS)[number];
const IDS = PGI_SUBINDEX_IDS as readonly Ids[];

const T = {
  vi: {
    title: "PGI — Lập kế hoạch và đánh giá chỉ tiêu Chỉ số Xanh cấp tỉnh",
    s1: "1. Bảng điểm cơ sở", s2: "2. Chỉ tiêu và kế hoạch", s3: "3. Kết quả và đánh giá",
    source: "Nguồn bảng điểm", sourcePublished: "Số liệu PGI đã công bố", sourceManual: "Tự nhập bảng điểm",
    province: "Tỉnh, thành phố", edition: "Năm (kỳ PGI)", unit: "Đơn vị", year: "Năm",
    composite: "Điểm tổng hợp công bố (không bắt buộc)", showCard: "Xem bảng điểm",
    example: "Điền ví dụ Lạng Sơn", exampleHint: "Bảng điểm 2023, chỉ tiêu kế hoạch 2024 và kết quả PGI 2024 của Lạng Sơn.",
    planTitle: "Tên kế hoạch", planTitleDefault: "Kế hoạch cải thiện Chỉ số Xanh cấp tỉnh", targetYear: "Năm mục tiêu",
    mode: "Cách đặt chỉ tiêu", modeTargets: "Chỉ tiêu từng chỉ số thành phần", modeComposite: "Chỉ tiêu điểm tổng hợp + cách phân bổ",
    target: "Chỉ tiêu", compositeTarget: "Chỉ tiêu điểm tổng hợp", strategy: "Cách phân bổ",
    strategies: { equal: "chia đều", headroom: "theo dư địa (10 − điểm)", weakestFirst: "ưu tiên chỉ số yếu nhất", benchmark: "theo khoảng cách tới tỉnh dẫn đầu" },
    makePlan: "Lập kế hoạch và kiểm tra", check: "Kiểm tra kế hoạch", allClear: "Kế hoạch nhất quán: không có lỗi.",
    errorsFound: (n: number) => `Kế hoạch có ${n} lỗi cần sửa.`,
    rankLine: (c: string, r: number, n: number, y: number) => `Với điểm tổng hợp ${c}, tỉnh sẽ xếp hạng ${r}/${n} so với điểm PGI ${y} đã công bố của các tỉnh khác (các tỉnh khác giữ nguyên điểm).`,
    resultsSource: "Nguồn kết quả", resultsPublished: (y: number) => `Số liệu PGI ${y} đã công bố`, resultsManual: "Tự nhập kết quả",
    result: "Kết quả", makeGap: "Đánh giá thực hiện",
    dlPlan: "Tải kế hoạch (JSON)", dlCsv: "Tải đánh giá (CSV)", dlPng: "Tải biểu đồ (PNG)", dlSvg: "Tải biểu đồ (SVG)",
    needCard: "Hãy chọn hoặc nhập bảng điểm cơ sở trước.", needPlan: "Hãy lập kế hoạch trước.",
    decimalHint: "Số có thể viết với dấu phẩy thập phân, ví dụ 6,58.",
    fatal: "Đã xảy ra lỗi không lường trước", error: "Lỗi",
  },
  en: {
    title: "PGI — planning and assessing Provincial Green Index targets",
    s1: "1. Baseline score card", s2: "2. Targets and plan", s3: "3. Results and assessment",
    source: "Score card from", sourcePublished: "Published PGI figures", sourceManual: "Type a score card",
    province: "Province", edition: "Edition (PGI year)", unit: "Unit", year: "Year",
    composite: "Published composite (optional)", showCard: "Show the card",
    example: "Fill in the Lạng Sơn example", exampleHint: "Lạng Sơn's 2023 card, its 2024 plan targets and its published PGI 2024 results.",
    planTitle: "Plan title", planTitleDefault: "Provincial Green Index improvement plan", targetYear: "Target year",
    mode: "How targets are set", modeTargets: "A target per sub-index", modeComposite: "A composite target + an allocation strategy",
    target: "Target", compositeTarget: "Composite target", strategy: "Allocation strategy",
    strategies: { equal: "equal shares", headroom: "by headroom (10 − score)", weakestFirst: "weakest first", benchmark: "by the gap to the best province" },
    makePlan: "Make and check the plan", check: "Plan check", allClear: "The plan is consistent: no errors.",
    errorsFound: (n: number) => `The plan has ${n} error${n === 1 ? "" : "s"} to fix.`,
    rankLine: (c: string, r: number, n: number, y: number) => `With a composite of ${c}, the province would rank ${r} of ${n} against the other provinces' published PGI ${y} scores (theirs held fixed).`,
    resultsSource: "Results from", resultsPublished: (y: number) => `Published PGI ${y} figures`, resultsManual: "Type the results",
    result: "Result", makeGap: "Assess the results",
    dlPlan: "Download the plan (JSON)", dlCsv: "Download the assessment (CSV)", dlPng: "Download the chart (PNG)", dlSvg: "Download the chart (SVG)",
    needCard: "Choose or type a baseline score card first.", needPlan: "Make the plan first.",
    decimalHint: "Numbers may use a decimal comma, e.g. 6,58.",
    fatal: "Something unexpected went wrong", error: "Error",
  },
} as const;

interface State {
  lang: Lang;
  card: ScoreCard | null;
  plan: Plan | null;
  check: readonly Finding[] | null;
  rankInfo: { composite: number; rank: number; of: number; year: number } | null;
  gap: GapReport | null;
  view: { toImageURL(type: string, scale?: number): Promise<string> } | null;
}
const state: State = { lang: "vi", card: null, plan: null, check: null, rankInfo: null, gap: null, view: null };
const t = () => T[state.lang];

// ---------- DOM helpers ----------
const $ = <E extends HTMLElement = HTMLElement>(id: string): E => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el as E;
};
function h(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.append(c);
  return el;
}
/** A labelled input or select with a place for its error. Its label text comes from `key`. */
function field(id: string, key: string | (() => string), control: HTMLElement): HTMLElement {
  control.id = id;
  const label = h("label", { for: id });
  label.dataset.i18n = typeof key === "string" ? key : "";
  if (typeof key !== "string") labelFns.set(label, key);
  return h("div", { class: "field", id: `${id}-field` }, label, control, h("div", { class: "error", id: `${id}-error`, role: "alert" }));
}
const labelFns = new Map<HTMLElement, () => string>();
const input = (value = "", attrs: Record<string, string> = {}): HTMLInputElement => {
  const el = h("input", { type: "text", inputmode: "decimal", autocomplete: "off", ...attrs }) as HTMLInputElement;
  el.value = value;
  return el;
};
const componentName = (id: string): string => subIndex(PGI, id).name[state.lang];

// ---------- errors at their fields ----------
function clearErrors(scope: HTMLElement): void {
  for (const el of scope.querySelectorAll<HTMLElement>(".field.invalid")) el.classList.remove("invalid");
  for (const el of scope.querySelectorAll<HTMLElement>(".field .error")) el.textContent = "";
  for (const el of scope.querySelectorAll<HTMLElement>(".banner.error")) el.remove();
}
function showFieldError(fieldId: string, message: string): void {
  const f = document.getElementById(`${fieldId}-field`);
  if (!f) return;
  f.classList.add("invalid");
  $(`${fieldId}-error`).textContent = message;
}
function showBanner(scope: HTMLElement, message: string): void {
  scope.querySelector(".actions")?.after(h("div", { class: "banner error", role: "alert" }, `${t().error}: ${message}`));
}
/** Show a thrown error at the field its path names (a map from the library's paths to field ids). */
function report(scope: HTMLElement, e: unknown, fieldOf: (path: readonly (string | number)[]) => string | null): void {
  if (isPgiError(e)) {
    const id = fieldOf(e.path);
    if (id && document.getElementById(`${id}-field`)) return showFieldError(id, e.message);
    return showBanner(scope, e.message);
  }
  showBanner(scope, e instanceof Error ? e.message : String(e));
}
const subIndexOf = (key: unknown): Ids | null => {
  try {
    return subIndex(PGI, String(key)).id as Ids;
  } catch {
    return null;
  }
};

// ---------- downloads ----------
function download(name: string, href: string): void {
  const a = h("a", { href, download: name }) as HTMLAnchorElement;
  document.body.append(a);
  a.click();
  a.remove();
}
function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  download(name, url);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
const slug = (s: string): string => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase();

// ---------- the page ----------
const provinces = [...new Set(PGI_PUBLISHED.filter((r) => r.scores !== null).map((r) => r.province))].sort((a, b) => a.localeCompare(b, "vi"));
const editionsOf = (p: string): number[] => PGI_PUBLISHED.filter((r) => r.province === p && r.scores !== null).map((r) => r.edition).sort();

function build(): void {
  const app = $("app");
  const langButtons = h("div", {}, h("button", { id: "lang-vi", type: "button" }, "Tiếng Việt"), " ", h("button", { id: "lang-en", type: "button" }, "English"));
  app.append(h("header", {}, h("h1", { "data-i18n": "title" }), langButtons));
  const main = h("main");
  main.append(h("div", { id: "fatal", class: "banner error", hidden: "" }));

  // 1. card
  const s1 = h("section", { id: "card-section" }, h("h2", { "data-i18n": "s1" }));
  const source = h("select") as HTMLSelectElement;
  source.append(h("option", { value: "published", "data-i18n": "sourcePublished" }), h("option", { value: "manual", "data-i18n": "sourceManual" }));
  const province = h("select") as HTMLSelectElement;
  for (const p of provinces) province.append(h("option", { value: p }, p));
  province.value = "Lạng Sơn";
  const edition = h("select") as HTMLSelectElement;
  s1.append(h("div", { class: "row" }, field("source", "source", source), field("province", "province", province), field("edition", "edition", edition)));
  const manual = h("div", { id: "manual-card", hidden: "" });
  manual.append(h("div", { class: "row" }, field("card-unit", "unit", input("", { inputmode: "text" })), field("card-year", "year", input("2023", { inputmode: "numeric" })), field("card-composite", "composite", input())));
  const scores = h("div", { class: "row" });
  for (const id of IDS) scores.append(field(`card-${id}`, () => componentName(id), input()));
  manual.append(scores);
  s1.append(manual, h("p", { class: "hint", "data-i18n": "decimalHint" }));
  s1.append(h("div", { class: "row actions" }, h("button", { id: "show-card", class: "primary", type: "button", "data-i18n": "showCard" }), h("button", { id: "example", class: "secondary", type: "button", "data-i18n": "example" }), h("span", { class: "hint", "data-i18n": "exampleHint" })));
  s1.append(h("div", { id: "card-out", class: "out" }));
  main.append(s1);

  // 2. plan
  const s2 = h("section", { id: "plan-section" }, h("h2", { "data-i18n": "s2" }));
  s2.append(h("div", { class: "row" }, field("plan-title", "planTitle", input(T.vi.planTitleDefault, { inputmode: "text", size: "50" })), field("target-year", "targetYear", input("2024", { inputmode: "numeric" }))));
  const mode = h("select") as HTMLSelectElement;
  mode.append(h("option", { value: "targets", "data-i18n": "modeTargets" }), h("option", { value: "composite", "data-i18n": "modeComposite" }));
  s2.append(h("div", { class: "row" }, field("mode", "mode", mode)));
  const targets = h("div", { class: "row", id: "targets-row" });
  for (const id of IDS) targets.append(field(`target-${id}`, () => `${t().target}: ${componentName(id)}`, input()));
  const strategy = h("select") as HTMLSelectElement;
  for (const s of ["equal", "headroom", "weakestFirst", "benchmark"] as const) strategy.append(h("option", { value: s, "data-i18n": `strategies.${s}` }));
  const compositeRow = h("div", { class: "row", id: "composite-row", hidden: "" }, field("composite-target", "compositeTarget", input()), field("strategy", "strategy", strategy));
  s2.append(targets, compositeRow);
  s2.append(h("div", { class: "row actions" }, h("button", { id: "make-plan", class: "primary", type: "button", "data-i18n": "makePlan" }), h("button", { id: "dl-plan", class: "secondary", type: "button", disabled: "", "data-i18n": "dlPlan" })));
  s2.append(h("div", { id: "plan-out", class: "out" }), h("div", { id: "check-out", class: "out" }), h("p", { id: "rank-out", class: "rank" }));
  main.append(s2);

  // 3. results
  const s3 = h("section", { id: "gap-section" }, h("h2", { "data-i18n": "s3" }));
  const rsource = h("select") as HTMLSelectElement;
  s3.append(h("div", { class: "row" }, field("results-source", "resultsSource", rsource)));
  const results = h("div", { class: "row", id: "results-row" });
  for (const id of IDS) results.append(field(`result-${id}`, () => `${t().result}: ${componentName(id)}`, input()));
  s3.append(results);
  s3.append(h("div", { class: "row actions" },
    h("button", { id: "make-gap", class: "primary", type: "button", "data-i18n": "makeGap" }),
    h("button", { id: "dl-csv", class: "secondary", type: "button", disabled: "", "data-i18n": "dlCsv" }),
    h("button", { id: "dl-png", class: "secondary", type: "button", disabled: "", "data-i18n": "dlPng" }),
    h("button", { id: "dl-svg", class: "secondary", type: "button", disabled: "", "data-i18n": "dlSvg" })));
  s3.append(h("div", { id: "gap-out", class: "out" }), h("div", { id: "chart", class: "chart" }));
  main.append(s3);
  app.append(main);

  // wiring
  $("lang-vi").addEventListener("click", () => setLang("vi"));
  $("lang-en").addEventListener("click", () => setLang("en"));
  source.addEventListener("change", () => { syncSource(); safely(s1, showCard); });
  province.addEventListener("change", () => { syncEditions(); safely(s1, showCard); });
  edition.addEventListener("change", () => safely(s1, showCard));
  mode.addEventListener("change", syncMode);
  rsource.addEventListener("change", syncResults);
  $("target-year").addEventListener("change", syncResultSources);
  $("show-card").addEventListener("click", () => safely(s1, showCard));
  $("example").addEventListener("click", () => safely(s1, fillExample));
  $("make-plan").addEventListener("click", () => safely(s2, makePlan));
  $("make-gap").addEventListener("click", () => safely(s3, makeGap));
  $("dl-plan").addEventListener("click", () => state.plan && downloadText(`${slug(state.plan.unit)}-plan-${state.plan.targetYear}.json`, JSON.stringify(state.plan, null, 2) + "\n", "application/json"));
  $("dl-csv").addEventListener("click", () => state.gap && downloadText(`${slug(state.gap.unit)}-gap-${state.gap.targetYear}.csv`, toCsv(state.gap, { lang: state.lang, bom: true }), "text/csv;charset=utf-8"));
  $("dl-png").addEventListener("click", () => void chartImage("png"));
  $("dl-svg").addEventListener("click", () => void chartImage("svg"));
  syncEditions();
  syncResultSources();
  setLang("vi");
}

async function chartImage(type: "png" | "svg"): Promise<void> {
  if (!state.view || !state.gap) return;
  const url = await state.view.toImageURL(type, type === "png" ? 2 : 1);
  download(`${slug(state.gap.unit)}-gap-${state.gap.targetYear}.${type}`, url);
}

/** Run an action; whatever it throws is shown in its section, never a blank page. */
function safely(scope: HTMLElement, action: () => void | Promise<void>): void {
  clearErrors(scope);
  try {
    const r = action();
    if (r && typeof (r as Promise<void>).catch === "function") (r as Promise<void>).catch((e: unknown) => showBanner(scope, e instanceof Error ? e.message : String(e)));
  } catch (e) {
    showBanner(scope, e instanceof Error ? e.message : String(e));
  }
}

function syncSource(): void {
  const manual = $<HTMLSelectElement>("source").value === "manual";
  $("manual-card").hidden = !manual;
  $("province-field").hidden = manual;
  $("edition-field").hidden = manual;
}
function syncEditions(): void {
  const ed = $<HTMLSelectElement>("edition");
  const keep = ed.value;
  ed.replaceChildren(...editionsOf($<HTMLSelectElement>("province").value).map((y) => h("option", { value: String(y) }, `PGI ${y}`)));
  if ([...ed.options].some((o) => o.value === keep)) ed.value = keep;
}
function syncMode(): void {
  const composite = $<HTMLSelectElement>("mode").value === "composite";
  $("targets-row").hidden = composite;
  $("composite-row").hidden = !composite;
}
function publishedResultYear(): number | null {
  const unit = state.plan?.unit ?? state.card?.unit ?? $<HTMLSelectElement>("province").value;
  const year = Number($<HTMLInputElement>("target-year").value);
  return PGI_PUBLISHED.some((r) => r.province === unit && r.edition === year && r.scores !== null) ? year : null;
}
function syncResultSources(): void {
  const rs = $<HTMLSelectElement>("results-source");
  const keep = rs.value;
  const year = publishedResultYear();
  rs.replaceChildren(...(year !== null ? [h("option", { value: "published" }, t().resultsPublished(year))] : []), h("option", { value: "manual", "data-i18n": "resultsManual" }));
  rs.querySelector<HTMLElement>("[data-i18n]")!.textContent = t().resultsManual;
  if ([...rs.options].some((o) => o.value === keep)) rs.value = keep;
  syncResults();
}
function syncResults(): void {
  const published = $<HTMLSelectElement>("results-source").value === "published";
  for (const id of IDS) $<HTMLInputElement>(`result-${id}`).disabled = published;
  if (published) {
    const year = publishedResultYear();
    const unit = state.plan?.unit ?? state.card?.unit ?? $<HTMLSelectElement>("province").value;
    const row = PGI_PUBLISHED.find((r) => r.province === unit && r.edition === year);
    if (row?.scores) for (const id of IDS) $<HTMLInputElement>(`result-${id}`).value = formatTyped(row.scores[id]);
  }
}
/** A figure as an office would type it: a decimal comma in Vietnamese. */
const formatTyped = (s: string): string => (state.lang === "vi" ? s.replace(".", ",") : s);

function setLang(lang: Lang): void {
  state.lang = lang;
  document.documentElement.lang = lang;
  document.title = t().title;
  $("lang-vi").setAttribute("aria-pressed", String(lang === "vi"));
  $("lang-en").setAttribute("aria-pressed", String(lang === "en"));
  for (const el of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    const key = el.dataset.i18n!;
    if (!key) continue;
    const value = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], t());
    if (typeof value === "string") el.textContent = value;
  }
  for (const [el, fn] of labelFns) el.textContent = fn();
  const title = $<HTMLInputElement>("plan-title");
  if (title.value === T.vi.planTitleDefault || title.value === T.en.planTitleDefault) title.value = t().planTitleDefault;
  syncResultSources();
  renderAll();
}

// ---------- computing ----------
function currentCard(): ScoreCard {
  if ($<HTMLSelectElement>("source").value === "published") {
    return publishedScoreCard($<HTMLSelectElement>("province").value, Number($<HTMLSelectElement>("edition").value));
  }
  const v = (id: string) => $<HTMLInputElement>(id).value.trim();
  const scores: Record<string, string> = {};
  for (const id of IDS) scores[id] = v(`card-${id}`);
  return scoreCard({ unit: v("card-unit"), year: v("card-year"), scores, ...(v("card-composite") ? { composite: v("card-composite") } : {}) });
}
const cardField = (path: readonly (string | number)[]): string | null => {
  if (path[0] === "scores") { const id = subIndexOf(path[1]); return id ? `card-${id}` : null; }
  return path[0] === "unit" ? "card-unit" : path[0] === "year" ? "card-year" : path[0] === "composite" ? "card-composite" : null;
};

function showCard(): void {
  state.card = null;
  $("card-out").replaceChildren();
  try {
    state.card = currentCard();
  } catch (e) {
    report($("card-section"), e, cardField);
    return;
  }
  syncResultSources();
  renderAll();
}

function fillExample(): void {
  $<HTMLSelectElement>("source").value = "published";
  syncSource();
  $<HTMLSelectElement>("province").value = "Lạng Sơn";
  syncEditions();
  $<HTMLSelectElement>("edition").value = "2023";
  showCard();
  $<HTMLInputElement>("target-year").value = "2024";
  $<HTMLSelectElement>("mode").value = "targets";
  syncMode();
  const example: Record<Ids, string> = { pollution: "6.58", compliance: "6.11", greenPractices: "4.38", incentives: "5.30" };
  for (const id of IDS) $<HTMLInputElement>(`target-${id}`).value = formatTyped(example[id]);
  syncResultSources();
}

function makePlan(): void {
  const scope = $("plan-section");
  state.plan = state.check = state.rankInfo = state.gap = null;
  state.view = null;
  if (!state.card) showCard();
  const card = state.card;
  if (!card) return showBanner(scope, t().needCard);
  const title = $<HTMLInputElement>("plan-title").value.trim();
  const targetYear = $<HTMLInputElement>("target-year").value.trim();
  let targets: Record<string, string | { target: number; delta: number }> = {};
  const byComposite = $<HTMLSelectElement>("mode").value === "composite";
  try {
    if (byComposite) {
      const a = allocate(card, { compositeTarget: $<HTMLInputElement>("composite-target").value.trim() }, { strategy: $<HTMLSelectElement>("strategy").value as AllocationStrategy });
      targets = { ...a.targets };
    } else {
      for (const id of IDS) {
        const v = $<HTMLInputElement>(`target-${id}`).value.trim();
        if (v !== "") targets[id] = v;
      }
    }
    state.plan = createPlan({ unit: card.unit, title, baselineYear: card.year, targetYear, baseline: card, targets });
  } catch (e) {
    report(scope, e, (path) => {
      if (path[0] === "title") return "plan-title";
      if (path[0] === "targetYear" || path[0] === "baselineYear") return "target-year";
      if (path[0] === "compositeTarget" || path[0] === "compositeDelta" || (byComposite && path.length === 0)) return "composite-target";
      if (path[0] === "strategy") return "strategy";
      if (path[0] === "targets" && !byComposite) { const id = subIndexOf(path[1]); return id ? `target-${id}` : null; }
      return byComposite ? "composite-target" : null;
    });
    renderAll();
    return;
  }
  state.check = checkPlan(state.plan);
  state.rankInfo = rankAmongProvinces(state.plan);
  syncResultSources();
  renderAll();
}

/** The rank the plan's composite target would reach among the shipped provinces' published composites. */
function rankAmongProvinces(plan: Plan): State["rankInfo"] {
  const target = plan.composite.target;
  if (target === null) return null;
  const editions = PGI_EDITIONS.filter((y) => y <= plan.targetYear);
  const year = editions.length ? editions[editions.length - 1]! : PGI_EDITIONS[PGI_EDITIONS.length - 1]!;
  // Every shipped province of that edition: its card where the sub-indices are published, else its composite.
  const others = PGI_PUBLISHED.filter((r) => r.edition === year && (r.scores !== null || r.composite !== null) && r.province !== plan.unit)
    .map((r) => (r.scores !== null ? publishedScoreCard(r.province, year) : { unit: r.province, year, composite: r.composite! }));
  const ranking = rank(scoreTable([...others, { unit: plan.unit, year, composite: target }]));
  const row = ranking.rows.find((r) => r.unit === plan.unit)!;
  return { composite: target, rank: row.rank!, of: ranking.rows.length, year };
}

async function makeGap(): Promise<void> {
  const scope = $("gap-section");
  state.gap = null;
  state.view = null;
  if (!state.plan) return showBanner(scope, t().needPlan);
  const plan = state.plan;
  const scores: Record<string, string> = {};
  for (const id of IDS) scores[id] = $<HTMLInputElement>(`result-${id}`).value.trim();
  try {
    const actual = $<HTMLSelectElement>("results-source").value === "published"
      ? publishedScoreCard(plan.unit, plan.targetYear)
      : scoreCard({ unit: plan.unit, year: plan.targetYear, scores });
    state.gap = gapReport(plan, actual);
  } catch (e) {
    report(scope, e, (path) => {
      const i = path.indexOf("scores");
      const id = i >= 0 ? subIndexOf(path[i + 1]) : path[0] === "actual" ? subIndexOf(path[1]) : null;
      return id ? `result-${id}` : null;
    });
    renderAll();
    return;
  }
  renderAll();
}

// ---------- rendering ----------
let checkFields: string[] = [];
/** The plan check's errors shown at the fields they are about, in the page's language. */
function showCheckAtFields(lang: Lang): void {
  for (const id of checkFields) {
    $(`${id}-field`).classList.remove("invalid");
    $(`${id}-error`).textContent = "";
  }
  checkFields = [];
  const byComposite = $<HTMLSelectElement>("mode").value === "composite";
  for (const f of state.check ?? []) {
    if (f.severity !== "error") continue;
    const id = f.path[0] === "targets" && !byComposite ? subIndexOf(f.path[1]) : null;
    const fieldId = id ? `target-${id}` : f.path[0] === "targetYear" ? "target-year" : f.path[0] === "compositeTarget" || byComposite ? "composite-target" : null;
    if (!fieldId) continue;
    const el = $(`${fieldId}-error`);
    el.textContent = [el.textContent, lang === "vi" ? f.messageVi : f.message].filter(Boolean).join("; ");
    $(`${fieldId}-field`).classList.add("invalid");
    checkFields.push(fieldId);
  }
}

let chartToken = 0;
function renderAll(): void {
  const lang = state.lang;
  $("card-out").innerHTML = state.card ? markdownToHtml(toMarkdown(state.card, { lang })) : "";
  $("plan-out").innerHTML = state.plan ? markdownToHtml(toMarkdown(state.plan, { lang })) : "";
  const checkOut = $("check-out");
  checkOut.replaceChildren();
  if (state.check) {
    const errors = state.check.filter((f) => f.severity === "error").length;
    checkOut.append(h("h3", {}, t().check), h("div", { class: `banner ${errors ? "error" : "ok"}`, id: "check-summary" }, errors ? t().errorsFound(errors) : t().allClear));
    const list = h("div", { id: "check-findings" });
    list.innerHTML = markdownToHtml(toMarkdown(state.check, { lang }));
    checkOut.append(list);
  }
  showCheckAtFields(lang);
  const r = state.rankInfo;
  $("rank-out").textContent = r ? t().rankLine(new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", { minimumFractionDigits: 2 }).format(r.composite), r.rank, r.of, r.year) : "";
  ($("dl-plan") as HTMLButtonElement).disabled = !state.plan;
  $("gap-out").innerHTML = state.gap ? markdownToHtml(toMarkdown(state.gap, { lang })) : "";
  for (const id of ["dl-csv", "dl-png", "dl-svg"]) ($(id) as HTMLButtonElement).disabled = true;
  const chart = $("chart");
  chart.replaceChildren();
  chart.removeAttribute("data-drawn");
  if (state.gap) {
    ($("dl-csv") as HTMLButtonElement).disabled = false;
    const token = ++chartToken;
    const spec = toVegaLite(state.gap, { lang, width: 560 });
    embed(chart, spec as never, { actions: false, renderer: "svg" })
      .then((res) => {
        if (token !== chartToken) return;
        state.view = res.view;
        chart.dataset.drawn = "true";
        for (const id of ["dl-png", "dl-svg"]) ($(id) as HTMLButtonElement).disabled = false;
      })
      .catch((e: unknown) => showBanner($("gap-section"), e instanceof Error ? e.message : String(e)));
  }
}

// Never a blank page: anything uncaught is shown at the top.
function fatal(message: string): void {
  const el = document.getElementById("fatal");
  if (el) {
    el.textContent = `${T[state.lang].fatal}: ${message}`;
    el.hidden = false;
  } else {
    document.body.prepend(h("div", { class: "banner error", id: "fatal" }, `${T[state.lang].fatal}: ${message}`));
  }
}
window.addEventListener("error", (e) => fatal(e.message));
window.addEventListener("unhandledrejection", (e) => fatal(String((e.reason as Error)?.message ?? e.reason)));
try {
  build();
  showCard();
} catch (e) {
  fatal(e instanceof Error ? e.message : String(e));
}
