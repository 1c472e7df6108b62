/** Type tests for mixed indicator plans (checked by tsc, never run). */
import { createPlan, defineFramework, gapReport, publishedScoreCard, scoreCard, yearOverYear, type Component, type GapRow } from "../../src/index";

const fw = defineFramework({
  id: "commune", name: { vi: "Xã", en: "Commune" }, composite: "none",
  components: [
    { id: "bins", unit: "%", scale: [0, 100], direction: "higher", decimals: 1 },
    { id: "dumps", unit: { vi: "điểm", en: "sites" }, scale: [0, null], direction: "lower", decimals: 0 },
    { id: "rules", kind: "yesNo" },
  ],
});
const c: Component = fw.components[0]!;
const unit: string | undefined = c.unit?.vi;
const direction: "higher" | "lower" | undefined = c.direction;
void unit;
void direction;
// @ts-expect-error: direction is "higher" or "lower"
defineFramework({ id: "x", name: { vi: "x", en: "x" }, components: [{ id: "a", direction: "down" }] });
// @ts-expect-error: composite is sum, mean, weightedSum or none
defineFramework({ id: "x", name: { vi: "x", en: "x" }, components: [{ id: "a" }], composite: "max" });

const plan = createPlan({ unit: "X", baselineYear: 2024, targetYear: 2025, baseline: { bins: 50, dumps: 3, rules: 0 }, targets: { bins: 90 } }, fw);
const base: number | null = plan.composite.baseline;
void base;
// A report of your own framework may have no composite row; a PGI report always has one.
const mixed = gapReport(plan, scoreCard({ unit: "X", year: 2025, scores: { bins: 80, dumps: 1, rules: 1 } }, fw), fw);
const row: GapRow | null = mixed.composite;
// @ts-expect-error: possibly null
void mixed.composite.status;
const pgi = gapReport(createPlan({ unit: "Lạng Sơn", baselineYear: 2023, targetYear: 2024, baseline: publishedScoreCard("Lạng Sơn", 2023), targets: { pollution: 6.58 } }), publishedScoreCard("Lạng Sơn", 2024));
const pgiRow: GapRow = pgi.composite;
void row;
void pgiRow;
const yoy = yearOverYear(publishedScoreCard("Lạng Sơn", 2023), publishedScoreCard("Lạng Sơn", 2024));
const change: number = yoy.composite.change;
void change;
