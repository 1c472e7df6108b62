/** Type tests for plans, gap reports and year-over-year results (checked by tsc, never run). */
import { checkPlan, createPlan, gapReport, publishedScoreCard, yearOverYear, type Finding, type GapStatus } from "../../src/index";

const plan = createPlan({
  unit: "Lạng Sơn", title: "KH", baselineYear: 2023, targetYear: 2024,
  baseline: publishedScoreCard("Lạng Sơn", 2023),
  targets: { pollution: 6.58, compliance: { target: "6,11", owners: ["Sở TN&MT"], due: "2024-10-31" } },
});
const d: number | null = plan.subIndices.pollution.delta;
void d;
// @ts-expect-error: only the four PGI ids
void plan.subIndices.biodiversity;
// @ts-expect-error: plans are readonly
plan.composite = plan.composite;
// @ts-expect-error: comparator is atLeast, atMost or exactly
createPlan({ unit: "X", title: "T", baselineYear: 2023, targetYear: 2024, baseline: {}, targets: { pollution: { target: 6, comparator: "above" } } });
// @ts-expect-error: owners are strings
createPlan({ unit: "X", title: "T", baselineYear: 2023, targetYear: 2024, baseline: {}, targets: { pollution: { target: 6, owners: 5 } } });
// @ts-expect-error: a target is a number, string, Decimal or target object, not a boolean
createPlan({ unit: "X", title: "T", baselineYear: 2023, targetYear: 2024, baseline: {}, targets: { pollution: true } });
// title is optional (offices' default title)
createPlan({ unit: "X", baselineYear: 2023, targetYear: 2024, baseline: {}, targets: {} });
// @ts-expect-error: unit is required
createPlan({ baselineYear: 2023, targetYear: 2024, baseline: {}, targets: {} });

const findings: readonly Finding[] = checkPlan(plan);
// @ts-expect-error: findings are readonly
findings.push(findings[0]!);

const report = gapReport(plan, publishedScoreCard("Lạng Sơn", 2024));
const s: GapStatus = report.subIndices.incentives.status;
void s;
// @ts-expect-error: statuses are a closed set
const bad: GapStatus = "done";
void bad;
// @ts-expect-error: the results must be a score card
gapReport(plan, { pollution: 5 });

const yoy = yearOverYear(publishedScoreCard("Hải Dương", 2023), publishedScoreCard("Hải Dương", 2024));
// @ts-expect-error: direction is up, down or unchanged
const dir: "rising" = yoy.composite.direction;
void dir;
