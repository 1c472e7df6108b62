/**
 * The scoring pipeline and survey aggregation next to plain-number implementations of the same
 * work (bench/plain.ts), same run. `npm run bench` prints medians and ratios.
 */
import { bench, describe } from "vitest";
import { aggregateSurvey, scoreUnits } from "../src/index";
import { framework, rows, survey } from "./data";
import { plainScore, plainSurvey } from "./plain";

const fw46 = framework(46);
const pgiSize = rows(fw46, 63);
describe("score + rank, 63 units × 46 indicators (PGI size)", () => {
  bench("pgi-kit scoreUnits", () => void scoreUnits(fw46, pgiSize));
  bench("plain number", () => void plainScore(fw46, pgiSize));
});

const fw50 = framework(50);
const communes = rows(fw50, 10_000);
describe("score + rank, 10,000 units × 50 indicators (commune scale)", () => {
  bench("pgi-kit scoreUnits", () => void scoreUnits(fw50, communes), { time: 3000 });
  bench("plain number", () => void plainScore(fw50, communes), { time: 3000 });
});

const { responses, questions } = survey(100_000, 500);
describe("aggregateSurvey, 100,000 responses × 50 questions", () => {
  bench("pgi-kit aggregateSurvey", () => void aggregateSurvey(responses, questions), { time: 3000 });
  bench("plain number", () => void plainSurvey(responses, questions), { time: 3000 });
});
