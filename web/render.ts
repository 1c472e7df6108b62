/** Drawing what has been computed: the card, the plan and its check, the rank line, the gap report and its chart. */
import embed from "vega-embed";
import { toMarkdown, toVegaLite, type Lang } from "../dist/index.js";
import { $, h, value } from "./dom";
import { setCheckErrors, showBanner, subIndexOf, textOf } from "./feedback";
import { markdownToHtml } from "./markdown";
import { state, t } from "./state";

/** The field a plan-check finding is about, or `null`. */
function checkField(path: readonly (string | number)[], byComposite: boolean): string | null {
  const id = path[0] === "targets" && !byComposite ? subIndexOf(path[1]) : null;
  if (id) return `target-${id}`;
  if (path[0] === "targetYear") return "target-year";
  return path[0] === "compositeTarget" || byComposite ? "composite-target" : null;
}

/** The plan check's errors shown at the fields they are about (both languages kept). */
function showCheckAtFields(): void {
  const byComposite = value("mode") === "composite";
  const list: { field: string; text: { en: string; vi: string } }[] = [];
  for (const f of state.check ?? []) {
    const field = f.severity === "error" ? checkField(f.path, byComposite) : null;
    if (field) list.push({ field, text: { en: f.message, vi: f.messageVi } });
  }
  setCheckErrors(list);
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
  showCheckAtFields();
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
    .catch((e: unknown) => showBanner($("gap-section"), textOf(e)));
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
