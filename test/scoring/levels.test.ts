/**
 * Multi-level frameworks (components that name a `parent`): every level agrees with COINr's
 * Aggregate on a four-level framework (fixtures under ./fixtures/coinr/levels*, R outputs only),
 * each level equals its aggregation of the level below, and a bad tree is refused before any work.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { test as prop, fc } from "@fast-check/vitest";
import { defineFramework, scoreColumns, scoreUnits, whatIf, type FrameworkSpec, type UnitRow } from "../../src/index";
import { thrown } from "../foundation/helpers";

const dir = join(__dirname, "fixtures", "coinr");
function csv(name: string): { head: string[]; rows: string[][] } {
  const lines = readFileSync(join(dir, `${name}.csv`), "utf8").split("\n").filter((l) => l !== "" && !l.startsWith("#"));
  return { head: lines[0]!.split(","), rows: lines.slice(1).map((l) => l.split(",")) };
}
const num = (v: string): number | null => (v === "NA" ? null : Number(v));

const data = csv("levels_data");
const rows: UnitRow[] = data.rows.map((r) => ({ unit: r[0]!, indicators: Object.fromEntries(data.head.slice(1).map((h, j) => [h, num(r[j + 1]!)])) }));
const want = csv("levels");
const name = { vi: "Thử", en: "Test" };

/** The COINr framework of levels.csv: x1…x9 → P1…P4 (weighted mean) → S1, S2 (weighted geometric mean) → index (weighted harmonic mean). */
const spec = {
  id: "levels",
  name,
  decimals: 10,
  components: [
    { id: "P1", parent: "S1", weight: 1, aggregation: "weightedMean" },
    { id: "P2", parent: "S1", weight: 2, aggregation: "weightedMean" },
    { id: "P3", parent: "S2", weight: 1, aggregation: "weightedMean" },
    { id: "P4", parent: "S2", weight: 0.5, aggregation: "weightedMean" },
    { id: "S1", weight: 2, aggregation: "geometricMean" },
    { id: "S2", weight: 1, aggregation: "geometricMean" },
  ],
  indicators: [
    { id: "x1", component: "P1", direction: "higher", weight: 2 },
    { id: "x2", component: "P1", direction: "higher", weight: 1 },
    { id: "x3", component: "P1", direction: "lower", weight: 0.5 },
    { id: "x4", component: "P2", direction: "higher", weight: 1 },
    { id: "x5", component: "P2", direction: "higher", weight: 3 },
    { id: "x6", component: "P3", direction: "higher", weight: 1 },
    { id: "x7", component: "P3", direction: "lower", weight: 1 },
    { id: "x8", component: "P4", direction: "higher", weight: 1.5 },
    { id: "x9", component: "P4", direction: "higher", weight: 1 },
  ],
  composite: "harmonicMean",
} as const satisfies FrameworkSpec;

const close = (got: number | null | undefined, want: number | null, tol = 1e-9) => {
  if (want === null) expect(got).toBeNull();
  else {
    expect(got).not.toBeNull();
    expect(Math.abs(got! - want)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(want)));
  }
};

describe("a four-level framework agrees with COINr", () => {
  it("every indicator, pillar, sub-index and the index equal COINr's Aggregate to 1e-9", () => {
    const fw = defineFramework(spec);
    const s = scoreUnits(fw, rows);
    want.rows.forEach((r, u) => {
      const got = s.units[u]!;
      expect(got.unit).toBe(r[0]);
      want.head.slice(1).forEach((h, j) => {
        const w = num(r[j + 1]!);
        if (h.startsWith("x")) close(got.indicators[h as "x1"], w);
        else if (h === "Index") close(got.composite, w);
        else close(got.components[h as "P1"], w);
      });
    });
  });
});
