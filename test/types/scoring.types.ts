/** Type tests for the scoring engine and survey aggregation (checked by tsc, never run). */
import { aggregateSurvey, defineFramework, scoreUnits, solveFor, whatIf, type Question } from "../../src/index";

const fw = defineFramework({ id: "x", name: { vi: "X", en: "X" }, components: [{ id: "a" }], indicators: [{ id: "i", component: "a", direction: "higher" }] });
// @ts-expect-error: direction is higher or lower
defineFramework({ id: "x", name: { vi: "X", en: "X" }, components: [{ id: "a" }], indicators: [{ id: "i", component: "a", direction: "up" }] });
// @ts-expect-error: a name has vi and en
defineFramework({ id: "x", name: "X", components: [{ id: "a" }] });
// @ts-expect-error: aggregation is one of mean, weightedMean, geometricMean, harmonicMean, median
defineFramework({ id: "x", name: { vi: "X", en: "X" }, components: [{ id: "a" }], aggregation: "mode" });
const s = scoreUnits(fw, [{ unit: "A", indicators: { i: 1 } }]);
// @ts-expect-error: indicator values are numbers, strings or null
scoreUnits(fw, [{ unit: "A", indicators: { i: true } }]);
// @ts-expect-error: a row needs a unit
scoreUnits(fw, [{ indicators: { i: 1 } }]);
// @ts-expect-error: results are readonly
s.units[0]!.rank = 1;
// @ts-expect-error: changes are numbers, strings or null
whatIf(fw, [{ unit: "A", indicators: { i: 1 } }], { unit: "A", changes: { i: [1] } });
// @ts-expect-error: the target is a number or a string
solveFor(fw, [{ unit: "A", indicators: { i: 1 } }], { unit: "A", target: null });
// @ts-expect-error: likert questions need agreeFrom
const q: Question = { id: "q", type: "likert" };
void q;
// @ts-expect-error: question types are a closed set
aggregateSurvey([], [{ id: "q", type: "text" }]);
// @ts-expect-error: weights are numbers
aggregateSurvey([{ unit: "A", weight: "2", answers: {} }], [{ id: "q", type: "yesNo" }]);
