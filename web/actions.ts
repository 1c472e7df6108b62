/** What the buttons do: show a card, fill the example, make and check a plan, assess the results. */
import {
  allocate,
  checkPlan,
  createPlan,
  gapReport,
  publishedScoreCard,
  scoreCard,
  type AllocationStrategy,
  type PgiPath,
  type ScoreCard,
} from "../dist/index.js";
import { $, formatTyped, value } from "./dom";
import { rankAmongProvinces } from "./data";
import { report, showAtField, showBanner, subIndexOf } from "./feedback";
import { renderAll } from "./render";
import { both, strings } from "./i18n";
import { IDS, state, type Ids } from "./state";
import { prefillManualCard, syncEditions, syncIndexUnit, syncMode, syncResultSources, syncSource } from "./sync";

function currentCard(): ScoreCard {
  if (value("source") === "published") return publishedScoreCard(value("province"), Number(value("edition")));
  const v = (id: string) => value(id).trim();
  const scores: Record<string, string> = {};
  for (const id of IDS) scores[id] = v(`card-${id}`);
  return scoreCard({ unit: v("card-unit"), year: v("card-year"), scores, ...(v("card-composite") ? { composite: v("card-composite") } : {}) });
}

const cardField = (path: PgiPath): string | null => {
  // A published card that is not shipped (a composite-only edition): the edition chosen.
  if (path.length === 0 && value("source") === "published") return "edition";
  if (path[0] === "scores") {
    const id = subIndexOf(path[1]);
    return id ? `card-${id}` : null;
  }
  return path[0] === "unit" ? "card-unit" : path[0] === "year" ? "card-year" : path[0] === "composite" ? "card-composite" : null;
};

export function showCard(): void {
  state.card = null;
  $("card-out").replaceChildren();
  const compositeOnly = prefillManualCard();
  if (compositeOnly) {
    const { unit, year, composite } = compositeOnly;
    const note = (lang: "vi" | "en") => strings(lang).compositeOnlyNote(unit, year, lang === "vi" ? composite.replace(".", ",") : composite);
    showAtField($("card-section"), "edition", { vi: note("vi"), en: note("en") });
    return;
  }
  try {
    state.card = currentCard();
  } catch (e) {
    report($("card-section"), e, cardField);
    return;
  }
  syncIndexUnit();
  syncResultSources();
  renderAll();
}

export function fillExample(): void {
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

type Targets = Record<string, string | { target: number; delta: number }>;

/** The targets as the form states them: typed per sub-index, or allocated from a composite target. */
function formTargets(card: ScoreCard, byComposite: boolean): Targets {
  if (byComposite) {
    const a = allocate(card, { compositeTarget: value("composite-target").trim() }, { strategy: value("strategy") as AllocationStrategy });
    return { ...a.targets };
  }
  const targets: Targets = {};
  for (const id of IDS) {
    const v = value(`target-${id}`).trim();
    if (v !== "") targets[id] = v;
  }
  return targets;
}

/** The plan form's field a createPlan/allocate error is about. */
function planField(path: PgiPath, byComposite: boolean): string | null {
  if (path[0] === "title") return "plan-title";
  if (path[0] === "unit") return value("plan-unit").trim() ? "plan-unit" : "index-unit";
  if (path[0] === "indexUnit" || (path[0] === "baseline" && path[1] === "unit")) return "index-unit";
  if (path[0] === "targetYear" || path[0] === "baselineYear") return "target-year";
  if (path[0] === "compositeTarget" || path[0] === "compositeDelta" || (byComposite && path.length === 0)) return "composite-target";
  if (path[0] === "strategy") return "strategy";
  if (path[0] === "targets" && !byComposite) {
    const id = subIndexOf(path[1]);
    return id ? `target-${id}` : null;
  }
  return byComposite ? "composite-target" : null;
}

export function makePlan(): void {
  const scope = $("plan-section");
  state.plan = state.check = state.rankInfo = state.gap = null;
  state.view = null;
  if (!state.card) showCard();
  const card = state.card;
  if (!card) {
    showBanner(scope, both("needCard"));
    return;
  }
  const byComposite = value("mode") === "composite";
  try {
    const targets = formTargets(card, byComposite);
    // Who plans (empty: the province itself) and whose PGI the plan targets.
    const indexUnit = value("index-unit").trim();
    const unit = value("plan-unit").trim() || indexUnit;
    state.plan = createPlan({
      unit,
      indexUnit,
      title: value("plan-title").trim(),
      baselineYear: card.year,
      targetYear: value("target-year").trim(),
      baseline: card,
      targets,
    });
  } catch (e) {
    report(scope, e, (path) => planField(path, byComposite));
    renderAll();
    return;
  }
  state.check = checkPlan(state.plan);
  // No rank for a plan with errors: its composite is not a target to rank.
  state.rankInfo = state.check.some((f) => f.severity === "error") ? null : rankAmongProvinces(state.plan);
  syncResultSources();
  renderAll();
}

export function makeGap(): void {
  const scope = $("gap-section");
  state.gap = null;
  state.view = null;
  if (!state.plan) {
    showBanner(scope, both("needPlan"));
    return;
  }
  const plan = state.plan;
  const scores: Record<string, string> = {};
  for (const id of IDS) scores[id] = value(`result-${id}`).trim();
  try {
    const actual =
      value("results-source") === "published"
        ? publishedScoreCard(plan.indexUnit, plan.targetYear)
        : scoreCard({ unit: plan.indexUnit, year: plan.targetYear, scores });
    state.gap = gapReport(plan, actual);
  } catch (e) {
    report(scope, e, (path) => {
      const i = path.indexOf("scores");
      const id = i >= 0 ? subIndexOf(path[i + 1]) : path[0] === "actual" ? subIndexOf(path[1]) : null;
      return id ? `result-${id}` : null;
    });
  }
  renderAll();
}
