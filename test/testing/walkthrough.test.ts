/**
 * The five property tests of docs/testing.md, as they stand there (only the import paths differ:
 * "pgi-kit" → "../../src/index", "pgi-kit/testing" → "../../src/testing"), so the guide is proven.
 */
import { test, fc } from "@fast-check/vitest";
import { expect } from "vitest";
import { allocate, createPlan, gapReport, PGI_SUBINDEX_IDS, rank, scoreCard, scoreTable } from "../../src/index";
import { arbPlanInput, arbScore, arbScoreCardInput, arbScoreTableCards, exactDifference, exactSum } from "../../src/testing";

// 1. The composite is the exact sum of the sub-indices.
test.prop([arbScoreCardInput({ keys: "any", numbers: "mixed" })])("composite = exact sum of the four scores", (input) => {
  const card = scoreCard(input);
  expect(card.computedComposite).toBe(exactSum(Object.values(input.scores)));
});

// 2. A plan's delta is target − baseline, exactly.
test.prop([arbPlanInput()])("delta = target − baseline", (input) => {
  const plan = createPlan(input);
  for (const id of PGI_SUBINDEX_IDS) {
    expect(plan.subIndices[id].delta).toBe(exactDifference(input.targets[id] as number, input.baseline[id]));
  }
});

// 3. Partly reached: what was achieved plus what remains is what was planned.
const unit = "Lạng Sơn";
test.prop([arbPlanInput({ unit, baselineYear: 2023, targetYear: 2024 }), arbScoreCardInput({ unit, year: 2024 })])(
  "achieved + remaining = planned when partial",
  (input, results) => {
    const report = gapReport(createPlan(input), scoreCard(results));
    for (const row of [...PGI_SUBINDEX_IDS.map((id) => report.subIndices[id]), report.composite]) {
      if (row.status !== "partial") continue;
      expect(exactSum([row.achievedDelta, row.remaining!])).toBe(row.plannedDelta);
    }
  },
);

// 4. An allocation's deltas add up to the requested composite target.
const request = arbScoreCardInput().chain((input) => {
  const card = scoreCard(input);
  const target = arbScore({ min: card.computedComposite, max: 40 }); // any composite from the baseline up to 40
  return fc.tuple(fc.constant(card), target, fc.constantFrom("equal" as const, "headroom" as const, "weakestFirst" as const));
});
test.prop([request])("allocations sum to the target", ([card, compositeTarget, strategy]) => {
  const a = allocate(card, { compositeTarget }, { strategy });
  const targets = PGI_SUBINDEX_IDS.map((id) => a.targets[id]);
  expect(exactSum(targets.map((t) => t.delta))).toBe(exactDifference(compositeTarget, card.computedComposite));
  expect(exactSum(targets.map((t) => t.target))).toBe(compositeTarget);
});

// 5. Ranks are standard competition ranks: ties share a rank, the next one skips.
test.prop([arbScoreTableCards()])("ranks are competition ranks", (cards) => {
  const rows = rank(scoreTable(cards)).rows;
  for (const row of rows) {
    expect(row.rank).toBe(1 + rows.filter((other) => other.value > row.value).length);
  }
});
