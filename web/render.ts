/** Drawing what has been computed: the card, the plan and its check, the rank line, the gap report and its chart. */
import embed from "vega-embed";
import { toMarkdown, toVegaLite, type Lang } from "../dist/index.js";
import { $, h, value } from "./dom";
import { showBanner, subIndexOf } from "./feedback";
import { markdownToHtml } from "./markdown";
import { state, t } from "./state";

let checkFields: string[] = [];

/** The field a plan-check finding is about, or `null`. */
function checkField(path: readonly (string | number)[], byComposite: boolean): string | null {
  const id = path[0] === "targets" && !byComposite ? subIndexOf(path[1]) : null;
  if (id) return `target-${id}`;
  if (path[0] === "targetYear") return "target-year";
  return path[0] === "compositeTarget" || byComposite ? "composite-target" : null;
}

/** The plan check's errors shown at the fields they are about, in the page's language. */
function showCheckAtFields(lang: Lang): void {
  for (const id of checkFields) {
    $(`${id}-field`).classList.remove("invalid");
    $(`${id}-error`).textContent = "";
  }
  checkFields = [];
  const byComposite = value("mode") === "composite";
  for (const f of state.check ?? []) {
    if (f.severity !== "error") continue;
    const fieldId = checkField(f.path, byComposite);
    if (!fieldId) continue;
    const el = $(`${fieldId}-error`);
    el.textContent = [el.textContent, lang === "vi" ? f.messageVi : f.message].filter(Boolean).join("; ");
    $(`${fieldId}-field`).classList.add("invalid");
    checkFields.push(fieldId);
  }
}

function renderCheck(lang: Lang): void {
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
}

function renderRank(lang: Lang): void {
  const r = state.rankInfo;
  const composite = r && new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", { minimumFractionDigits: 2 }).format(r.composite);
  $("rank-out").textContent = r && composite ? t().rankLine(composite, r.rank, r.of, r.year) : "";
}

let chartToken = 0;
function renderChart(lang: Lang): void {
  for (const id of ["dl-csv", "dl-png", "dl-svg"]) $<HTMLButtonElement>(id).disabled = true;
  const chart = $("chart");
  chart.replaceChildren();
  chart.removeAttribute("data-drawn");
  if (!state.gap) return;
  $<HTMLButtonElement>("dl-csv").disabled = false;
  const token = ++chartToken;
  const spec = toVegaLite(state.gap, { lang, width: 560 });
  embed(chart, spec as never, { actions: false, renderer: "svg" })
    .then((res) => {
      if (token !== chartToken) return;
      state.view = res.view;
      chart.dataset.drawn = "true";
      for (const id of ["dl-png", "dl-svg"]) $<HTMLButtonElement>(id).disabled = false;
    })
    .catch((e: unknown) => showBanner($("gap-section"), e instanceof Error ? e.message : String(e)));
}

/** Draw everything in the state, in the page's language. */
export function renderAll(): void {
  const lang = state.lang;
  $("card-out").innerHTML = state.card ? markdownToHtml(toMarkdown(state.card, { lang })) : "";
  $("plan-out").innerHTML = state.plan ? markdownToHtml(toMarkdown(state.plan, { lang })) : "";
  renderCheck(lang);
  renderRank(lang);
  $<HTMLButtonElement>("dl-plan").disabled = !state.plan;
  $("gap-out").innerHTML = state.gap ? markdownToHtml(toMarkdown(state.gap, { lang })) : "";
  renderChart(lang);
}
