/**
 * The scoring pipeline and survey aggregation next to two baselines of the same work, same run:
 * `tight` (bench/tight.ts: column-major Float64Array, Math.round, no objects — the floor) and
 * `plain` (bench/plain.ts: reads the same row objects, plain float). `npm run bench` prints
 * medians and the ratio of each entry to both baselines.
 */
import { bench, describe } from "vitest";
import { aggregateSurvey, publishedScoreCard, scoreCard, scoreColumns, scoreUnits } from "../src/index";
import { columnsOf, framework, readAll, rows, rowsFromEntries, survey } from "./data";
import { plainScore, plainSurvey } from "./plain";
import { tightPlan, tightScore, tightSurvey } from "./tight";

let sink = 0;

function scoringGroup(m: number, n: number, time: number): void {
  const fw = framework(m);
  const assigned = rows(fw, n);
  const entries = rowsFromEntries(fw, n);
  const cols = columnsOf(fw, assigned);
  const plan = tightPlan(fw);
  const input = { units: cols.units, columns: cols.columns };
  describe(`score + rank, ${n.toLocaleString("en")} units × ${m} indicators`, () => {
    bench("tight (Float64Array columns, Math.round)", () => void (sink += tightScore(plan, cols.matrix, n).rank[0]!), { time });
    bench("plain (row objects, float)", () => void (sink += plainScore(fw, entries).rank[0]!), { time });
    bench("pgi-kit scoreColumns (columns in and out)", () => void (sink += scoreColumns(fw, input).rank[0]!), { time });
    bench("pgi-kit scoreUnits, Object.fromEntries rows, read in full", () => void (sink += readAll(scoreUnits(fw, entries))), { time });
    bench("pgi-kit scoreUnits, property-by-property rows, read in full", () => void (sink += readAll(scoreUnits(fw, assigned))), { time });
  });
}

scoringGroup(46, 63, 1000);
scoringGroup(50, 10_000, 3000);
scoringGroup(50, 100_000, 6000);

const { responses, questions } = survey(100_000, 500);
describe("aggregateSurvey, 100,000 responses × 50 questions", () => {
  bench("tight (typed accumulators, Math.round)", () => void (sink += tightSurvey(responses, questions).values[0]!), { time: 3000 });
  bench("plain (Map of arrays, float)", () => void (sink += plainSurvey(responses, questions).size), { time: 3000 });
  bench("pgi-kit aggregateSurvey", () => void (sink += aggregateSurvey(responses, questions).units.length), { time: 3000 });
});

describe("publishedScoreCard (one call)", () => {
  bench("tight: scoreCard of numbers", () => void (sink += scoreCard({ unit: "Lạng Sơn", year: 2023, scores: { pollution: 4.5, compliance: 4.6, greenPractices: 4.1, incentives: 4.13 } }).composite));
  bench("pgi-kit publishedScoreCard, folded name", () => void (sink += publishedScoreCard("Lang Son", 2023).composite));
});

export { sink };
