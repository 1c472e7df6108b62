/**
 * The PGI planner page: a card, a plan and its check, the rank the plan's composite would reach,
 * a gap report with its chart. Everything is computed in the page with pgi-kit's ESM build; the
 * page is one HTML file and one script (it opens from file://).
 *
 * Modules: i18n (the texts, both languages side by side), state, dom, form (building the page),
 * sync (dependent choices, the language), actions (the buttons), render (drawing the results),
 * feedback (errors at their fields), downloads, data (the shipped published figures).
 */
import { fillExample, makeGap, makePlan, showCard } from "./actions";
import { $, h } from "./dom";
import { downloadChart, downloadCsv, downloadPlan } from "./downloads";
import { safely } from "./feedback";
import { buildForm } from "./form";
import { refitChart } from "./render";
import { strings } from "./i18n";
import { state } from "./state";
import { setLang, syncEditions, syncMode, syncResults, syncResultSources, syncSource } from "./sync";

function wire(): void {
  const [s1, s2, s3] = [$("card-section"), $("plan-section"), $("gap-section")];
  const on = (id: string, event: string, fn: () => void) => $(id).addEventListener(event, fn);
  on("lang-vi", "click", () => setLang("vi"));
  on("lang-en", "click", () => setLang("en"));
  on("source", "change", () => {
    syncSource();
    safely(s1, showCard);
  });
  on("province", "change", () => {
    syncEditions();
    safely(s1, showCard);
  });
  on("edition", "change", () => safely(s1, showCard));
  on("mode", "change", syncMode);
  on("results-source", "change", syncResults);
  on("target-year", "change", syncResultSources);
  on("show-card", "click", () => safely(s1, showCard));
  on("example", "click", () => safely(s1, fillExample));
  on("make-plan", "click", () => safely(s2, makePlan));
  on("make-gap", "click", () => safely(s3, makeGap));
  on("dl-plan", "click", downloadPlan);
  on("dl-csv", "click", downloadCsv);
  on("dl-png", "click", () => void downloadChart("png"));
  on("dl-svg", "click", () => void downloadChart("svg"));
  let resizing: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener("resize", () => {
    clearTimeout(resizing);
    resizing = setTimeout(refitChart, 200);
  });
}

// Never a blank page: anything uncaught is shown at the top.
function fatal(message: string): void {
  const text = `${strings(state.lang).fatal}: ${message}`;
  const el = document.getElementById("fatal");
  if (el) {
    el.textContent = text;
    el.hidden = false;
  } else {
    document.body.prepend(h("div", { class: "banner error", id: "fatal" }, text));
  }
}

window.addEventListener("error", (e) => fatal(e.message));
window.addEventListener("unhandledrejection", (e) => fatal(String((e.reason as Error)?.message ?? e.reason)));
try {
  buildForm();
  wire();
  syncEditions();
  syncResultSources();
  setLang("vi");
  showCard();
} catch (e) {
  fatal(e instanceof Error ? e.message : String(e));
}
