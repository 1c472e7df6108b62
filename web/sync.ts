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

/** The chosen province's shipped editions; one with only the composite published says so. */
export function syncEditions(): void {
  const ed = $<HTMLSelectElement>("edition");
  const keep = ed.value;
  const editions = editionsOf(value("province"));
  ed.replaceChildren(...editions.map((e) => h("option", { value: String(e.year) }, e.scores ? `PGI ${e.year}` : t().compositeOnly(e.year))));
  if ([...ed.options].some((o) => o.value === keep)) ed.value = keep;
  else {
    // The latest edition with sub-indices, else the latest.
    const best = [...editions].reverse().find((e) => e.scores) ?? editions[editions.length - 1];
    if (best) ed.value = String(best.year);
  }
}

/**
 * A composite-only edition chosen: the manual card is filled with what is published (unit, year,
 * composite), for the sub-indices to be typed. Returns the edition's composite and year, else `null`.
 */
export function prefillManualCard(): { readonly unit: string; readonly year: number; readonly composite: string } | null {
  const unit = value("province");
  const e = editionsOf(unit).find((x) => String(x.year) === value("edition"));
  if (value("source") !== "published" || !e || e.scores || e.composite === null) return null;
  $<HTMLInputElement>("card-unit").value = unit;
  $<HTMLInputElement>("card-year").value = String(e.year);
  $<HTMLInputElement>("card-composite").value = formatTyped(e.composite);
  return { unit, year: e.year, composite: e.composite };
}

/** The index unit follows the card: a card of a province makes that province the plan's index unit. */
export function syncIndexUnit(): void {
  if (state.card) $<HTMLInputElement>("index-unit").value = state.card.unit;
}

export function syncMode(): void {
  const composite = value("mode") === "composite";
  $("targets-row").hidden = composite;
  $("composite-row").hidden = !composite;
}

/** The unit whose results are looked up: the plan's index unit, else the card's, else the chosen province. */
const resultsUnit = (): string => state.plan?.indexUnit ?? state.card?.unit ?? value("province");

function publishedResultYear(): number | null {
  const year = Number(value("target-year"));
  return publishedScores(resultsUnit(), year) ? year : null;
}

export function syncResultSources(): void {
  const rs = $<HTMLSelectElement>("results-source");
  const keep = rs.value;
  const year = publishedResultYear();
  rs.replaceChildren(
    ...(year !== null ? [h("option", { value: "published" }, t().resultsPublished(year))] : []),
    h("option", { value: "manual", "data-i18n": "resultsManual" }, t().resultsManual),
  );
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
  for (const el of document.querySelectorAll<HTMLInputElement>("[data-i18n-placeholder]")) el.placeholder = textOf(el.dataset.i18nPlaceholder!, lang) ?? "";
  const title = $<HTMLInputElement>("plan-title");
  if (Object.values(both("planTitleDefault")).includes(title.value)) title.value = t().planTitleDefault;
  syncEditions();
  syncResultSources();
  renderAll();
}
