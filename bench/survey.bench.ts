/**
 * aggregateSurvey (answers assigned key by key, and built with Object.fromEntries) and
 * publishedScoreCard next to their baselines (tight: typed accumulators;
 * plain: a Map of arrays; a plain scoreCard of numbers for the lookup).
 */
import { bench, describe } from "vitest";
import { aggregateSurvey, publishedScoreCard, scoreCard } from "../src/index";
import { survey, surveyFromEntries } from "./data";
import { plainSurvey } from "./plain";
import { tightSurvey } from "./tight";

let sink = 0;
const { responses, questions } = survey(100_000, 500);
describe("aggregateSurvey, 100,000 responses × 50 questions", () => {
  bench("tight (typed accumulators, Math.round)", () => void (sink += tightSurvey(responses, questions).values[0]!), { time: 3000 });
  bench("plain (Map of arrays, float)", () => void (sink += plainSurvey(responses, questions).size), { time: 3000 });
  bench("pgi-kit aggregateSurvey", () => void (sink += aggregateSurvey(responses, questions).units.length), { time: 3000 });
});

const fromEntries = surveyFromEntries(100_000, 500);
describe("aggregateSurvey, 100,000 × 50, answers built with Object.fromEntries", () => {
  bench("tight (typed accumulators, Math.round)", () => void (sink += tightSurvey(fromEntries.responses, fromEntries.questions).values[0]!), { time: 3000 });
  bench("pgi-kit aggregateSurvey", () => void (sink += aggregateSurvey(fromEntries.responses, fromEntries.questions).units.length), { time: 3000 });
});

describe("publishedScoreCard (one call)", () => {
  bench(
    "tight: scoreCard of numbers",
    () =>
      void (sink += scoreCard({ unit: "Lạng Sơn", year: 2023, scores: { pollution: 4.5, compliance: 4.6, greenPractices: 4.1, incentives: 4.13 } }).composite),
  );
  bench("pgi-kit publishedScoreCard, folded name", () => void (sink += publishedScoreCard("Lang Son", 2023).composite));
});

export { sink };
