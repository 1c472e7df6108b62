/** The page's form: three sections (card, plan, results), built once. */
import { $, button, field, h, input, select } from "./dom";
import { provinces } from "./data";
import { strings } from "./i18n";
import { IDS } from "./state";
import { componentName } from "./dom";
import { t } from "./state";

const wide = (el: HTMLElement): HTMLElement => {
  el.classList.add("wide");
  return el;
};
const option = (value: string, key?: string, text = ""): HTMLElement => h("option", { value, ...(key ? { "data-i18n": key } : {}) }, text);

function cardSection(): HTMLElement {
  const s1 = h("section", { id: "card-section" }, h("h2", { "data-i18n": "s1" }));
  const source = select([option("published", "sourcePublished"), option("manual", "sourceManual")]);
  const province = select(provinces().map((p) => option(p, undefined, p)));
  province.value = "Lạng Sơn";
  s1.append(h("div", { class: "row" }, field("source", "source", source), field("province", "province", province), field("edition", "edition", select())));
  const manual = h("div", { id: "manual-card", hidden: "" });
  manual.append(
    h(
      "div",
      { class: "row" },
      field("card-unit", "unit", input("", { inputmode: "text" })),
      field("card-year", "year", input("2023", { inputmode: "numeric" })),
      field("card-composite", "composite", input()),
    ),
  );
  const scores = h("div", { class: "row" });
  for (const id of IDS) scores.append(field(`card-${id}`, () => componentName(id), input()));
  manual.append(scores);
  s1.append(manual, h("p", { class: "hint", "data-i18n": "decimalHint" }));
  s1.append(
    h(
      "div",
      { class: "row actions" },
      button("show-card", "primary", "showCard"),
      button("example", "secondary", "example"),
      h("span", { class: "hint", "data-i18n": "exampleHint" }),
    ),
  );
  s1.append(h("div", { id: "card-out", class: "out" }));
  return s1;
}

function planSection(): HTMLElement {
  const s2 = h("section", { id: "plan-section" }, h("h2", { "data-i18n": "s2" }));
  // Who plans (free text: a district, a department, a commune) and whose PGI the plan targets (a province).
  const planUnit = input("", { inputmode: "text", "data-i18n-placeholder": "planUnitHint" });
  const indexUnit = input("Lạng Sơn", { inputmode: "text", list: "province-list" });
  const list = h("datalist", { id: "province-list" }, ...provinces().map((p) => option(p, undefined, p)));
  s2.append(h("div", { class: "row" }, wide(field("plan-unit", "planUnit", planUnit)), wide(field("index-unit", "indexUnit", indexUnit)), list));
  s2.append(
    h(
      "div",
      { class: "row" },
      wide(field("plan-title", "planTitle", input(strings("vi").planTitleDefault, { inputmode: "text" }))),
      field("target-year", "targetYear", input("2024", { inputmode: "numeric" })),
    ),
  );
  s2.append(h("div", { class: "row" }, field("mode", "mode", select([option("targets", "modeTargets"), option("composite", "modeComposite")]))));
  const targets = h("div", { class: "row", id: "targets-row" });
  for (const id of IDS) targets.append(field(`target-${id}`, () => `${t().target}: ${componentName(id)}`, input()));
  const strategy = select((["equal", "headroom", "weakestFirst", "benchmark"] as const).map((s) => option(s, `strategies.${s}`)));
  const compositeRow = h(
    "div",
    { class: "row", id: "composite-row", hidden: "" },
    field("composite-target", "compositeTarget", input()),
    field("strategy", "strategy", strategy),
  );
  s2.append(targets, compositeRow);
  s2.append(h("div", { class: "row actions" }, button("make-plan", "primary", "makePlan"), button("dl-plan", "secondary", "dlPlan", true)));
  s2.append(h("div", { id: "plan-out", class: "out" }), h("div", { id: "check-out", class: "out" }), h("p", { id: "rank-out", class: "rank" }));
  return s2;
}

function gapSection(): HTMLElement {
  const s3 = h("section", { id: "gap-section" }, h("h2", { "data-i18n": "s3" }));
  s3.append(h("div", { class: "row" }, field("results-source", "resultsSource", select())));
  const results = h("div", { class: "row", id: "results-row" });
  for (const id of IDS) results.append(field(`result-${id}`, () => `${t().result}: ${componentName(id)}`, input()));
  s3.append(results);
  s3.append(
    h(
      "div",
      { class: "row actions" },
      button("make-gap", "primary", "makeGap"),
      button("dl-csv", "secondary", "dlCsv", true),
      button("dl-png", "secondary", "dlPng", true),
      button("dl-svg", "secondary", "dlSvg", true),
    ),
  );
  s3.append(h("div", { id: "gap-out", class: "out" }), h("div", { id: "chart", class: "chart" }));
  return s3;
}

/** Build the page into #app. */
export function buildForm(): void {
  const app = $("app");
  const langButtons = h(
    "div",
    {},
    h("button", { id: "lang-vi", type: "button" }, "Tiếng Việt"),
    " ",
    h("button", { id: "lang-en", type: "button" }, "English"),
  );
  app.append(h("header", {}, h("h1", { "data-i18n": "title" }), langButtons));
  const main = h("main");
  main.append(h("div", { id: "fatal", class: "banner error", hidden: "" }), cardSection(), planSection(), gapSection());
  app.append(main);
}
