// Type tests for plan documents: misuse fails to compile.
import { createPlan, extractPlan, toPlanDocument, type PlanExtraction, type PlanInput } from "../../src/index";

const x: PlanExtraction = extractPlan("# Kế hoạch");
// @ts-expect-error the plan may be missing: check for null first
createPlan(x.plan);
if (x.plan !== null) createPlan(x.plan satisfies PlanInput);
// @ts-expect-error the text is a string, not a file or buffer
extractPlan(new Uint8Array(2));
// @ts-expect-error options are baseline, unit, title, baselineYear, targetYear
extractPlan("x", { lang: "vi" });
// @ts-expect-error years are numbers
extractPlan("x", { targetYear: "2025" });
const line: number | null = x.report.problems[0]!.line;
void line;
// @ts-expect-error lang is "vi" or "en"
toPlanDocument(createPlan({ unit: "A", title: "B", baselineYear: 2023, targetYear: 2024, baseline: { 1: 5, 2: 5, 3: 5, 4: 5 }, targets: {} }), { lang: "fr" });
const text: string = toPlanDocument({ unit: "A", title: "B", baselineYear: 2023, targetYear: 2024, baseline: { 1: 5, 2: 5, 3: 5, 4: 5 }, targets: {} });
void text;
