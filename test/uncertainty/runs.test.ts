import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defineFramework, type FrameworkSpec } from "../../src/framework/define";
import { parseCsv } from "../../src/render/primitives";
import { uniform } from "../../src/uncertainty/random";
import { planRuns, rankRun, rankRunFull } from "../../src/uncertainty/runs";
import { drawChoice } from "../../src/uncertainty/uncertainty";

const FIX = join(__dirname, "fixtures/synthetic-63x46");
const big = defineFramework(JSON.parse(readFileSync(join(FIX, "framework.json"), "utf8")) as FrameworkSpec);
const grid = parseCsv(readFileSync(join(FIX, "rows.csv"), "utf8"));
const bigRows = grid.slice(1).map((r) => ({ unit: r[0]!, indicators: Object.fromEntries(grid[0]!.slice(1).map((id, i) => [id, Number(r[i + 1])])) }));

const small = defineFramework({
  id: "district",
  name: { vi: "Chỉ số huyện", en: "District index" },
  components: [{ id: "env" }, { id: "gov" }],
  indicators: [
    { id: "waste", component: "env", direction: "higher" },
    { id: "air", component: "env", direction: "lower" },
    { id: "permits", component: "gov", direction: "higher" },
  ],
});
// Missing components, ties and values on a coarse grid (composites that land on .5 at 2 decimals).
const smallRows = Array.from({ length: 12 }, (_, u) => ({
  unit: `U${u + 1}`,
  indicators: { waste: (u * 37) % 101, air: (u * 53) % 89, permits: u % 3 === 0 ? null : (u * 17) % 61 },
}));

describe("a run's ranks", () => {
  it.each([
    [
      "63 × 46, weights noise and two normalisations",
      big,
      bigRows,
      {
        weights: { noise: 0.25 },
        normalization: [
          { method: "minmax", range: [1, 100] },
          { method: "minmax", range: [1, 10] },
        ],
      },
    ],
    [
      "12 units with missing components, noise and every composite rule",
      small,
      smallRows,
      { weights: { noise: 0.5 }, composite: ["sum", "mean", "weightedSum"], aggregation: ["mean", "weightedMean"] },
    ],
    ["12 units, weight sets", small, smallRows, { weights: [{ components: { env: 3 } }, { indicators: { air: 2, waste: 0.5 } }] }],
  ] as const)("are the engine's full rounding stage's ranks (%s)", (_name, fw, rows, alternatives) => {
    const plan = planRuns(fw, rows, alternatives);
    const u = uniform(5);
    for (let r = 0; r < 300; r++) {
      const { choice } = drawChoice(plan, u);
      expect(Array.from(rankRun(plan, choice))).toEqual(Array.from(rankRunFull(plan, choice)));
    }
  });
});
