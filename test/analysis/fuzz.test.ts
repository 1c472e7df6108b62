/**
 * The fuzz promises of every export (test/fuzz/harness.ts) held by the analyst functions: only
 * PgiErrors, finite numbers, frozen results, untouched arguments, the same output twice, and JSON
 * copies of the arguments giving the identical answer.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index";
import { argsFor, copyProblems, jsonCopy, newTally, probe, type Target } from "../fuzz/harness";
import { FW, ROWS } from "./helpers";

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const rows = () => jsonCopy(ROWS.slice(0, 12));
const fw = () => FW;
const REF = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 100, 200, 400, 800];

const targets: Target[] = [
  { name: "treat", fn: api.treat, samples: () => [[[...REF]], [[1, null, "2,5", 4, 1000], { winmax: 2 }]] },
  {
    name: "impute",
    fn: api.impute,
    samples: () => [
      [fw(), rows(), { method: "mean" }],
      [jsonCopy(fw()), rows(), { method: "groupMedian", decimals: 2 }],
    ],
  },
  {
    name: "imputePanel",
    fn: api.imputePanel,
    samples: () => [
      [
        [
          { year: 2020, value: 1 },
          { year: 2021, value: null },
          { year: 2023, value: "3,5" },
        ],
        { method: "linear" },
      ],
    ],
  },
  {
    name: "indicatorStats",
    fn: api.indicatorStats,
    samples: () => [
      [fw(), rows()],
      [jsonCopy(fw()), rows(), { decimals: 3 }],
    ],
  },
  {
    name: "correlations",
    fn: api.correlations,
    samples: () => [
      [fw(), rows()],
      [fw(), rows(), { method: "spearman", collinear: 0.5 }],
    ],
  },
  { name: "cronbachAlpha", fn: api.cronbachAlpha, samples: () => [[fw(), rows()]] },
];
const results = () => [
  api.treat(REF),
  api.impute(FW, rows(), { method: "groupMean" }),
  api.imputePanel(
    [
      { year: 2020, value: 1 },
      { year: 2021, value: null },
    ],
    { method: "latest" },
  ),
  api.indicatorStats(FW, rows()),
  api.correlations(FW, rows()),
];
for (const [name, fn] of [
  ["toMarkdown", api.toMarkdown],
  ["toCsv", api.toCsv],
] as const) {
  targets.push({ name, fn, samples: () => results().flatMap((r) => [[r], [jsonCopy(r), { lang: "en" }]]) });
}
targets.push({
  name: "toVegaLite",
  fn: api.toVegaLite,
  samples: () => [[api.correlations(FW, rows())], [jsonCopy(api.correlations(FW, rows(), { method: "spearman" })), { lang: "en" }]],
});

describe("the analyst functions keep every export's promises", () => {
  for (const target of targets) {
    it(`${target.name}: only PgiErrors, finite numbers, frozen results, untouched arguments, same output twice`, () => {
      const tally = newTally();
      fc.assert(
        fc.property(argsFor(target), (args) => probe(target, args, tally)),
        { numRuns: RUNS, seed: 21 },
      );
      expect(tally.examples).toEqual([]);
    }, 120_000);
    it(`${target.name}: JSON copies of its arguments give the identical answer`, () => {
      expect(copyProblems(target)).toEqual([]);
    });
  }
});
