/** Keeping the form consistent: visible fields, choices that depend on other choices, the language. */
import type { Lang } from "../dist/index.js";
import { $, formatTyped, h, labelFns, value } from "./dom";
import { editionsOf, publishedScores } from "./data";
import { both, textOf } from "./i18n";
import { renderAll } from "./render";
import { IDS, state, t } from "./state";

export function syncSource(): void {
  const manual = value("source") === "manual";
  $("manual-card").hidden = !manual;
  $("province-field").hidden = manual;
  $("edition-field").hidden = manual;
}

export function syncEditions(): void {
  const ed = $<HTMLSelectElement>("edition");
  const keep = ed.value;
  ed.replaceChildren(...editionsOf(value("province")).map((y) => h("option", { value: String(y) }, `PGI ${y}`)));
  if ([...ed.options].some((o) => o.value === keep)) ed.value = keep;
}

export function syncMode(): void {
  const composite = value("mode") === "composite";
  $("targets-row").hidden = composite;
  $("composite-row").hidden = !composite;
}

/** The unit whose results are looked up: the plan's, else the card's, else the chosen province. */
const resultsUnit = (): string => state.plan?.unit ?? state.card?.unit ?? value("province");

function publishedResultYear(): number | null {
  const year = Number(value("target-year"));
  return publishedScores(resultsUnit(), year) ? year : null;
}

export function syncResultSources(): void {
  const rs = $<HTMLSelectElement>("results-source");
  const keep = rs.value;
  const year = publishedResultYear();
  rs.replaceChildren(...(year !== null ? [h("option", { value: "published" }, t().resultsPublished(year))] : []), h("option", { value: "manual", "data-i18n": "resultsManual" }, t().resultsManual));
  if ([...rs.options].some((o) => o.value === keep)) rs.value = keep;
  syncResults();
}

export function syncResults(): void {
  const published = value("results-source") === "published";
  for (const id of IDS) $<HTMLInputElement>(`result-${id}`).disabled = published;
  if (!published) return;
  const row = publishedScores(resultsUnit(), Number(value("target-year")));
  if (row?.scores) for (const id of IDS) $<HTMLInputElement>(`result-${id}`).value = formatTyped(row.scores[id]);
}

export function setLang(lang: Lang): void {
  state.lang = lang;
  document.documentElement.lang = lang;
  document.title = t().title;
  $("lang-vi").setAttribute("aria-pressed", String(lang === "vi"));
  $("lang-en").setAttribute("aria-pressed", String(lang === "en"));
  for (const el of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    const text = el.dataset.i18n ? textOf(el.dataset.i18n, lang) : null;
    if (text !== null) el.textContent = text;
  }
  for (const [el, fn] of labelFns) el.textContent = fn();
  const title = $<HTMLInputElement>("plan-title");
  if (Object.values(both("planTitleDefault")).includes(title.value)) title.value = t().planTitleDefault;
  syncResultSources();
  renderAll();
}
