/**
 * solveFor on frameworks without a closed-form inverse — the normalisations and aggregations of
 * COINr (rank, z-score, geometric mean…), and treatment and imputation in the framework — answers
 * the smallest value at the indicator's precision whose re-scoring reaches the target after
 * rounding: checked here against a scan of every grid value.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defineFramework, scoreUnits, solveFor, whatIf, type FrameworkSpec, type UnitRow } from "../../src/index";

const name = { vi: "Thử", en: "Test" };
const rows: UnitRow[] = [
  { unit: "A", indicators: { p: 1, q: 12.5 } },
  { unit: "B", indicators: { p: 2, q: null } },
  { unit: "C", indicators: { p: 2, q: 3 } },
  { unit: "D", indicators: { p: 3, q: 7.25 } },
  { unit: "E", indicators: { p: 5, q: 7.25 } },
  { unit: "F", indicators: { p: 8, q: 9 } },
  { unit: "G", indicators: { p: 50, q: 1 } },
  { unit: "H", indicators: { p: null, q: 0.5 } },
];
const fwOf = (extra: Record<string, unknown>, nz?: Record<string, unknown>) =>
  defineFramework({
    id: "s",
    name,
    components: [{ id: "env" }],
    indicators: [
      { id: "p", component: "env", direction: "higher", ...(nz ? { normalization: nz } : {}) },
      { id: "q", component: "env", direction: "lower", ...(nz ? { normalization: nz } : {}) },
    ],
    ...extra,
  } as FrameworkSpec);

/** The first grid value (step 10^−dp, from the current value in the improving direction) whose re-scoring reaches `ok`. */
function scan(
  fw: ReturnType<typeof fwOf>,
  unit: string,
  id: string,
  up: boolean,
  dp: number,
  to: number,
  ok: (s: ReturnType<typeof scoreUnits>["units"][number]) => boolean,
): number | null {
  const u = rows.findIndex((r) => r.unit === unit);
  const x0 = rows[u]!.indicators[id] as number;
  const f = 10 ** dp;
  for (let k = Math.round(x0 * f) + (up ? 1 : -1); up ? k <= to * f : k >= to * f; k += up ? 1 : -1) {
    const x = k / f;
    const changed = rows.map((r, i) => (i === u ? { ...r, indicators: { ...r.indicators, [id]: x } } : r));
    try {
      if (ok(scoreUnits(fw, changed).units[u]!)) return x;
    } catch {
      // a value the method cannot score with (fractionOfMax: a maximum of 0) reaches nothing
    }
  }
  return null;
}

describe("solveFor searches when there is no closed-form inverse", () => {
  it.each([
    ["rank", { decimals: 4 }, { method: "rank" }, 1, 60, 0.4],
    ["z-score", { decimals: 4 }, { method: "zscore", mean: 10, sd: 2 }, 0.5, 200, -20],
    ["fraction of the maximum", { decimals: 4 }, { method: "fractionOfMax" }, 0.1, 60, 0.4],
    ["min–max with a geometric mean", { aggregation: "geometricMean" }, undefined, 2, 60, 0.4],
    ["min–max with outlier treatment (the score falls at p = 21, where p stops being treated)", { treatment: { method: "auto" } }, undefined, 2, 60, 0.4],
    ["min–max with imputation", { imputation: { method: "median" } }, undefined, 2, 60, 0.4],
  ])("%s: the answer is the first grid value that reaches the target (a scan of every value agrees)", { timeout: 60000 }, (_, extra, nz, plus, pFar, qFar) => {
    const fw = fwOf(extra, nz);
    const before = scoreUnits(fw, rows).units[3]!; // D
    const target = Number((before.composite! + plus).toFixed(fw.decimals));
    const s = solveFor(fw, rows, { unit: "D", target });
    expect(s.alreadyMet).toBe(false);
    const reach = (x: { composite: number | null }) => x.composite !== null && x.composite >= target;
    const p = s.indicators.find((i) => i.id === "p")!;
    const q = s.indicators.find((i) => i.id === "q")!;
    expect(p.required).toBe(scan(fw, "D", "p", true, 0, pFar, reach));
    expect(q.required).toBe(scan(fw, "D", "q", false, 2, qFar, reach));
    for (const i of [p, q]) {
      if (i.required === null) expect(i.feasible).toBe(false);
      else {
        expect(i.verified).toBe(true);
        expect(i.achievedScore!).toBeGreaterThanOrEqual(target);
      }
    }
    // At least one indicator can reach it.
    expect([p.feasible, q.feasible]).toContain(true);
  });

  it("answers a rank target too, and says infeasible (with the best score seen) when no value reaches it", () => {
    const fw = fwOf({ decimals: 4 }, { method: "rank" });
    expect(solveFor(fw, rows, { unit: "A", rank: 2 }).indicators.map((i) => i.feasible)).toEqual([false, false]);
    const s = solveFor(fw, rows, { unit: "A", rank: 3 });
    const p = s.indicators.find((i) => i.id === "p")!;
    expect(p.required).toBe(9);
    expect(p.required).toBe(scan(fw, "A", "p", true, 0, 60, (x) => x.rank !== null && x.rank <= 3));
    expect(whatIf(fw, rows, { unit: "A", changes: { p: p.required! } }).moved[0]!.after.rank).toBe(3);
    const far = solveFor(fw, rows, { unit: "A", indicator: "p", target: 100 });
    expect(far.indicators[0]).toMatchObject({ id: "p", required: null, feasible: false, verified: false });
    expect(far.indicators[0]!.bestScore).toBe(
      scoreUnits(
        fw,
        rows.map((r) => (r.unit === "A" ? { ...r, indicators: { ...r.indicators, p: 51 } } : r)),
      ).units[0]!.composite,
    );
  });

  it("re-runs treatment and imputation on every trial: COINr's pipeline data, U05 to the best rank i05 alone reaches", () => {
    const lines = readFileSync(join(__dirname, "fixtures", "coinr", "pipeline_data.csv"), "utf8")
      .split("\n")
      .filter((l) => l && !l.startsWith("#"));
    const head = lines[0]!.split(",");
    const data: UnitRow[] = lines.slice(1).map((l) => {
      const v = l.split(",");
      return { unit: v[0]!, indicators: Object.fromEntries(head.slice(2).map((h, j) => [h, v[j + 2] === "NA" ? null : Number(Number(v[j + 2]).toFixed(2))])) };
    });
    const fw = defineFramework({
      id: "district",
      name,
      components: [{ id: "c1" }, { id: "c2" }],
      indicators: ["i01", "i02", "i03", "i04", "i05", "i06"].map((id, j) => ({
        id,
        component: j < 3 ? "c1" : "c2",
        direction: id === "i02" ? ("lower" as const) : ("higher" as const),
      })),
      composite: "mean",
      treatment: { method: "auto" },
      imputation: { method: "mean" },
    });
    const rankAt = (x: number) =>
      scoreUnits(
        fw,
        data.map((r) => (r.unit === "U05" ? { ...r, indicators: { ...r.indicators, i05: x } } : r)),
      ).units[4]!.rank!;
    const now = scoreUnits(fw, data).units[4]!.rank!;
    // The best rank i05 alone can reach, then the value that reaches it.
    const target = Math.min(...[40, 60, 80, 1000].map(rankAt));
    expect(target).toBeLessThan(now);
    const a = solveFor(fw, data, { unit: "U05", indicator: "i05", rank: target }).indicators[0]!;
    expect(a.verified).toBe(true);
    expect(rankAt(a.required!)).toBeLessThanOrEqual(target);
    expect(rankAt(Number((a.required! - 0.01).toFixed(2)))).toBeGreaterThan(target);
  });
});
