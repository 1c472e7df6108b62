/**
 * The fuzz promises of every export (test/fuzz/harness.ts) held by the uncertainty functions:
 * only PgiErrors, finite numbers, frozen results, untouched arguments, the same output twice, and
 * JSON copies of the arguments (and of the results, for the renderers) giving the identical answer.
 * `sobolIndices` takes a model function, which the harness cannot copy or print: its bad inputs are
 * tested in sobol.test.ts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index";
import { argsFor, copyProblems, jsonCopy, newTally, probe, type Target } from "../fuzz/harness";

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const fw = () =>
  api.defineFramework({
    id: "d",
    name: { vi: "Chỉ số huyện", en: "District index" },
    components: [{ id: "env" }, { id: "gov" }],
    indicators: [
      { id: "waste", component: "env", direction: "higher" },
      { id: "air", component: "env", direction: "lower" },
      { id: "permits", component: "gov", direction: "higher" },
    ],
  });
const rows = () =>
  Array.from({ length: 8 }, (_, u) => ({ unit: `U${u + 1}`, indicators: { waste: (u * 37) % 101, air: (u * 53) % 89, permits: (u * 17) % 61 } }));
const card = (unit: string, year: number, composite: number) => ({ unit, year, composite });
const past = () => api.scoreTable([card("A", 2022, 20), card("B", 2022, 21), card("C", 2022, 22)], { units: "any" });
const now = () => api.scoreTable([card("A", 2023, 21), card("B", 2023, 20), card("C", 2023, 23)], { units: "any" });
const alternatives = { weights: { noise: 0.3 }, composite: ["sum", "mean"] };

const targets: Target[] = [
  {
    name: "rankConfidenceSets",
    fn: api.rankConfidenceSets,
    samples: () => [
      [{ A: 10, B: 5, C: 4.9 }, { A: 0.1, B: 0.5, C: 0.5 }, { bootstrap: 100 }],
      [[1, 2, 3], [1, 1, 1], { simultaneous: true, bootstrap: 100 }],
    ],
  },
  {
    name: "rankProbability",
    fn: api.rankProbability,
    samples: () => [
      [now(), "C", 21.5, { history: [past()], runs: 50 }],
      [jsonCopy(now()), "A", "20,5", { history: [jsonCopy(past())], runs: 20, seed: 3 }],
    ],
  },
  { name: "scoreForRankProbability", fn: api.scoreForRankProbability, samples: () => [[now(), "C", 1, 0.5, { history: [past()], runs: 50 }]] },
  {
    name: "uncertainty",
    fn: api.uncertainty,
    samples: () => [
      [fw(), rows(), { runs: 10, alternatives }],
      [jsonCopy(fw()), rows(), { runs: 5, seed: 2 }],
    ],
  },
  { name: "sensitivity", fn: api.sensitivity, samples: () => [[fw(), rows(), { n: 8, bootstrap: 0, alternatives }]] },
];
const results = () => [
  api.rankConfidenceSets({ A: 10, B: 5, C: 4.9 }, { A: 0.1, B: 0.5, C: 0.5 }, { bootstrap: 100 }),
  api.rankProbability(now(), "C", 21.5, { history: [past()], runs: 50 }),
  api.scoreForRankProbability(now(), "C", 1, 0.5, { history: [past()], runs: 50 }),
  api.uncertainty(fw(), rows(), { runs: 10, alternatives }),
  api.sensitivity(fw(), rows(), { n: 8, bootstrap: 0, alternatives }),
  api.sobolIndices((u) => u[0]! + 2 * u[1]!, 2, { n: 50, bootstrap: 10 }),
];
for (const [name, fn] of [
  ["toMarkdown", api.toMarkdown],
  ["toCsv", api.toCsv],
] as const) {
  targets.push({ name, fn, samples: () => results().flatMap((r) => [[r], [jsonCopy(r), { lang: "en" }]]) });
}

describe("the uncertainty functions keep every export's promises", () => {
  for (const target of targets) {
    it(`${target.name}: only PgiErrors, finite numbers, frozen results, untouched arguments, same output twice`, () => {
      const tally = newTally();
      fc.assert(
        fc.property(argsFor(target), (args) => probe(target, args, tally)),
        { numRuns: RUNS, seed: 22 },
      );
      expect(tally.examples).toEqual([]);
    }, 120_000);
    it(`${target.name}: JSON copies of its arguments give the identical answer`, () => {
      expect(copyProblems(target)).toEqual([]);
    });
  }
});
