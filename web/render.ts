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
    checkOut.append(
      h("h3", {}, t().check),
      h("div", { class: `banner ${errors ? "error" : "ok"}`, id: "check-summary" }, errors ? t().errorsFound(errors) : t().allClear),
    );
    const list = h("div", { id: "check-findings" });
    list.innerHTML = markdownToHtml(toMarkdown(state.check, { lang }));
    checkOut.append(list);
  }
  showCheckAtFields();
}

function renderRank(lang: Lang): void {
  const r = state.rankInfo;
  const composite = r && new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", { minimumFractionDigits: 2 }).format(r.composite);
  $("rank-out").textContent = r && composite ? t().rankLine(r.unit, composite, r.rank, r.of, r.year, r.missing) : "";
}

/** A title in lines of at most `chars` characters, broken between words. */
export function titleLines(title: string, chars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of title.split(/\s+/)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

type Embedded = Awaited<ReturnType<typeof embed>>;
const MAX_PLOT = 640;
let chartToken = 0;
/** The width the chart was last fitted to (a resize redraws it only when this changes). */
let fittedTo = 0;

/**
 * Draw the gap chart as wide as its container: drawn once to measure what the axis labels and
 * legend take beside the plot, then again with the plot width that leaves the chart inside.
 */
async function drawChart(chart: HTMLElement, lang: Lang, token: number): Promise<Embedded | null> {
  const gap = state.gap!;
  const avail = Math.max(200, chart.clientWidth);
  let width = Math.min(MAX_PLOT, Math.max(100, avail - 220));
  for (let pass = 0; ; pass++) {
    const spec = { ...toVegaLite(gap, { lang, width }) } as Record<string, unknown>;
    if (typeof spec.title === "string") spec.title = { text: titleLines(spec.title, Math.floor(avail / 8)) };
    // On a phone the legend's three entries go one under another, so the legend is not the widest part.
    if (avail < 520) spec.config = { ...(spec.config as object), legend: { ...((spec.config as { legend?: object }).legend ?? {}), columns: 1 } };
    chart.replaceChildren();
    const res = await embed(chart, spec as never, { actions: false, renderer: "svg" });
    if (token !== chartToken) {
      res.finalize();
      return null;
    }
    const drawn = Number(chart.querySelector("svg")?.getAttribute("width") ?? 0);
    const fit = Math.min(MAX_PLOT, Math.floor(width + avail - drawn));
    if (pass === 1 || (drawn <= avail && fit - width < 8) || fit < 80) {
      fittedTo = chart.clientWidth;
      return res;
    }
    res.finalize();
    width = fit;
  }
}

function renderChart(lang: Lang): void {
  for (const id of ["dl-csv", "dl-png", "dl-svg"]) $<HTMLButtonElement>(id).disabled = true;
  const chart = $("chart");
  chart.replaceChildren();
  chart.removeAttribute("data-drawn");
  const token = ++chartToken;
  if (!state.gap) return;
  $<HTMLButtonElement>("dl-csv").disabled = false;
  drawChart(chart, lang, token)
    .then((res) => {
      if (!res) return;
      state.view = res.view;
      chart.dataset.drawn = "true";
      for (const id of ["dl-png", "dl-svg"]) $<HTMLButtonElement>(id).disabled = false;
    })
    .catch((e: unknown) => showBanner($("gap-section"), textOf(e)));
}

/** Redraw the chart when its container's width changed (a phone turned, a window resized). */
export function refitChart(): void {
  if (state.gap && $("chart").clientWidth !== fittedTo) renderChart(state.lang);
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
