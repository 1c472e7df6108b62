/**
 * Multi-level frameworks (components that name a `parent`): every level agrees with COINr's
 * Aggregate on a four-level framework (fixtures under ./fixtures/coinr/levels*, R outputs only),
 * each level equals its aggregation of the level below, and a bad tree is refused before any work.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  correlations,
  createPlan,
  rank,
  cronbachAlpha,
  defineFramework,
  gapReport,
  scoreCard,
  scoreColumns,
  scoreUnits,
  solveFor,
  sensitivity,
  toMarkdown,
  toVegaLite,
  uncertainty,
  whatIf,
  type FrameworkSpec,
  type UnitRow,
} from "../../src/index";
import { thrown } from "../foundation/helpers";

const dir = join(__dirname, "fixtures", "coinr");
function csv(name: string): { head: string[]; rows: string[][] } {
  const lines = readFileSync(join(dir, `${name}.csv`), "utf8")
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("#"));
  return { head: lines[0]!.split(","), rows: lines.slice(1).map((l) => l.split(",")) };
}
const num = (v: string): number | null => (v === "NA" ? null : Number(v));

const data = csv("levels_data");
const rows: UnitRow[] = data.rows.map((r) => ({ unit: r[0]!, indicators: Object.fromEntries(data.head.slice(1).map((h, j) => [h, num(r[j + 1]!)])) }));
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

/** The same tree with weighted arithmetic means at every level and the index their plain mean (levels_amean.csv). */
const amean = {
  ...spec,
  components: spec.components.map((c) => (c.id.startsWith("S") ? { id: c.id, aggregation: "weightedMean" as const } : c)),
  composite: "mean",
} as const satisfies FrameworkSpec;

describe("a four-level framework agrees with COINr", () => {
  for (const [what, sp, file] of [
    ["weighted arithmetic, then geometric, then harmonic means", spec, "levels"],
    ["weighted arithmetic means at every level", amean, "levels_amean"],
  ] as const) {
    it(`every indicator, pillar, sub-index and the index equal COINr's Aggregate to 1e-9 (${what})`, () => {
      const fw = defineFramework(sp);
      const s = scoreUnits(fw, rows);
      const want = csv(file);
      expect(want.rows.length).toBe(12);
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
  }
});

describe("the shape of a multi-level framework and its results", () => {
  const fw = defineFramework(spec);

  it("components hold the top level; subComponents the levels below, each with its parent and level (COINr's numbering: indicators are level 1)", () => {
    expect(fw.components.map((c) => [c.id, c.position, c.level, c.parent])).toEqual([
      ["S1", 1, 3, undefined],
      ["S2", 2, 3, undefined],
    ]);
    expect(fw.subComponents!.map((c) => [c.id, c.position, c.level, c.parent, c.weight])).toEqual([
      ["P1", 1, 2, "S1", 1],
      ["P2", 2, 2, "S1", 2],
      ["P3", 1, 2, "S2", 1],
      ["P4", 2, 2, "S2", 0.5],
    ]);
    // The composite's scale is that of a mean of the top level.
    expect(fw.composite).toEqual({ method: "harmonicMean", scale: { min: 1, max: 10 }, decimals: 10 });
  });

  it("levels are scored exactly, so decimals may go up to 10 with arithmetic means too (a regression of the property test: seed 1745070953)", () => {
    const fw10 = defineFramework({
      id: "d",
      name,
      decimals: 10,
      components: [{ id: "T" }, { id: "A", parent: "T" }],
      indicators: [{ id: "a", component: "A", direction: "higher" }],
    });
    expect(
      scoreUnits(fw10, [
        { unit: "X", indicators: { a: 1 } },
        { unit: "Y", indicators: { a: 4 } },
        { unit: "Z", indicators: { a: 2 } },
      ]).units.map((u) => u.composite),
    ).toEqual([1, 10, 4]);
  });

  it("a framework without parent has neither subComponents nor levels", () => {
    const flat = defineFramework({
      id: "flat",
      name,
      components: [{ id: "A" }, { id: "B" }],
      indicators: [
        { id: "a", component: "A", direction: "higher" },
        { id: "b", component: "B", direction: "lower" },
      ],
    });
    expect("subComponents" in flat).toBe(false);
    expect(flat.components.some((c) => "level" in c || "parent" in c)).toBe(false);
  });

  it("results carry every level: the top level first, then the levels below; scoreColumns gives the same numbers", () => {
    const s = scoreUnits(fw, rows);
    expect(Object.keys(s.units[0]!.components)).toEqual(["S1", "S2", "P1", "P2", "P3", "P4"]);
    const cols = scoreColumns(fw, {
      units: rows.map((r) => r.unit),
      columns: Object.fromEntries(data.head.slice(1).map((h) => [h, rows.map((r) => (r.indicators[h] ?? null) as number | null)])),
    });
    expect(Object.keys(cols.components)).toEqual(["S1", "S2", "P1", "P2", "P3", "P4"]);
    s.units.forEach((r, u) => {
      for (const id of Object.keys(r.components)) expect(cols.components[id]![u]).toBe(r.components[id as "P1"] ?? Number.NaN);
      expect(cols.composite[u]).toBe(r.composite);
      expect(cols.rank[u]).toBe(r.rank);
    });
  });

  it("a JSON copy of the framework scores the same", () => {
    const copy = JSON.parse(JSON.stringify(fw)) as typeof fw;
    expect(JSON.stringify(scoreUnits(copy, rows))).toBe(JSON.stringify(scoreUnits(fw, rows)));
  });

  it("a parent is formed from the children it has (half rule, as for indicators); below half it is null, and so is the composite", () => {
    const tree = defineFramework({
      id: "t",
      name,
      components: [{ id: "T" }, { id: "A", parent: "T" }, { id: "B", parent: "T" }, { id: "C", parent: "T" }, { id: "U" }],
      indicators: [
        { id: "a", component: "A", direction: "higher" },
        { id: "b", component: "B", direction: "higher" },
        { id: "c", component: "C", direction: "higher" },
        { id: "u", component: "U", direction: "higher" },
      ],
      composite: "sum",
    });
    const s = scoreUnits(tree, [
      { unit: "X", indicators: { a: 0, b: 10, c: null, u: 1 } },
      { unit: "Y", indicators: { a: 10, b: null, c: null, u: 2 } },
      { unit: "Z", indicators: { a: 5, b: 0, c: 4, u: 3 } },
    ]);
    // X: T = mean(A 1, B 10) with C skipped; Y: 1 of 3 children, below half; Z: c alone is constant (5.5).
    expect(s.units.map((u) => [u.unit, u.components, u.composite])).toEqual([
      ["X", { T: 5.5, U: 1, A: 1, B: 10, C: null }, 6.5],
      ["Y", { T: null, U: 5.5, A: 10, B: null, C: null }, null],
      ["Z", { T: 4, U: 10, A: 5.5, B: 1, C: 5.5 }, 14],
    ]);
    const t = s.findings.find((f) => f.path.join(".") === "units.1.components.T")!;
    expect(t.message).toBe("Y: T has 1 of 3 child components, fewer than half: the T score and the composite are null");
    const c = s.findings.find((f) => f.path.join(".") === "units.0.components.C")!;
    expect(c.message).toBe("X: C has 0 of 1 indicators, fewer than half: the C score is null and T is formed without it");
  });
});

describe("plans, gap reports, renderers and what-if keep to the top level", () => {
  const fw = defineFramework(spec);

  it("a plan and a gap report are of the top-level components; a component below the top is no sub-index of a plan", () => {
    const baseline = scoreCard({ unit: "U1", year: 2024, scores: { S1: 3.69, S2: 3.04 } }, fw);
    const plan = createPlan({ unit: "U1", baselineYear: 2024, targetYear: 2025, baseline, targets: { S1: 4.5, S2: 4 } }, fw);
    expect(Object.keys(plan.subIndices)).toEqual(["S1", "S2"]);
    const gap = gapReport(plan, scoreCard({ unit: "U1", year: 2025, scores: { S1: 4.6, S2: 3.5 } }, fw));
    expect(Object.entries(gap.subIndices).map(([id, r]) => [id, r.status])).toEqual([
      ["S1", "met"],
      ["S2", "partial"],
    ]);
    expect(thrown(() => scoreCard({ unit: "U1", year: 2024, scores: { S1: 3.69, S2: 3.04, P1: 3.39 } }, fw)).code).toBe("UNKNOWN_SUBINDEX");
  });

  it("rankings of the scored units take the framework it was scored with, and rank by the top level", () => {
    const s = scoreUnits(fw, rows);
    const byS1 = rank(s, { framework: fw, by: "S1" });
    const s1 = s.units.map((u) => u.components.S1!);
    expect(byS1.rows.map((r) => r.unit)).toEqual([...s.units].sort((a, b) => s1[s.units.indexOf(b)]! - s1[s.units.indexOf(a)]!).map((u) => u.unit));
    expect(rank(s, { framework: fw }).rows.map((r) => [r.unit, r.rank])).toEqual([...s.units].sort((a, b) => a.rank! - b.rank!).map((u) => [u.unit, u.rank]));
  });

  it("the scoring table shows every level; the stacked chart stacks the top level only", () => {
    const s = scoreUnits(fw, rows);
    expect(
      toMarkdown(s, { lang: "en" })
        .split("\n")
        .find((l) => l.includes("Rank"))!
        .replace(/\s+/g, " "),
    ).toBe("| Rank | Unit | S1 | S2 | P1 | P2 | P3 | P4 | Composite |");
    const chart = toVegaLite(s, { chart: "stacked", framework: fw, lang: "en" }) as unknown as { data: { values: { unit: string; component: string }[] } };
    expect([...new Set(chart.data.values.map((v) => v.component))]).toEqual(["S1", "S2"]);
  });

  it("what-if re-scores every level", () => {
    const w = whatIf(fw, rows, { unit: "U1", changes: { x9: 25 } });
    const u1 = w.moved.find((m) => m.unit === "U1")!;
    expect([u1.before.components.P4, u1.after.components.P4]).toEqual([1, 4.6]); // x9 becomes the maximum: (1.5·1 + 1·10) / 2.5
    expect(u1.after.components.S2).not.toBe(u1.before.components.S2);
    expect(u1.after.composite).toBeGreaterThan(u1.before.composite!);
  });

  it("solve-for answers for a top-level component through the indicators below it: the smallest value that reaches it", () => {
    const r = solveFor(fw, rows, { unit: "U1", component: "S2", indicator: "x9", target: 4 });
    expect(r.indicators.map((x) => [x.id, x.current, x.required, x.feasible, x.verified])).toEqual([["x9", 14, 19, true, true]]);
    const s2 = (x9: number) => whatIf(fw, rows, { unit: "U1", changes: { x9 } }).moved.find((m) => m.unit === "U1")!.after.components.S2!;
    expect(s2(19)).toBeGreaterThanOrEqual(4);
    expect(s2(18)).toBeLessThan(4);
    // x1 is below S1, not S2.
    expect(thrown(() => solveFor(fw, rows, { unit: "U1", component: "S2", indicator: "x1", target: 4 })).code).toBe("UNKNOWN_INDICATOR");
  }, 60_000);

  it("solve-for answers a rank through the composite of the top level", () => {
    const r = solveFor(fw, rows, { unit: "U1", indicator: "x5", rank: 8 });
    expect(r.indicators.map((x) => [x.id, x.required, x.verified])).toEqual([["x5", 3.9, true]]);
    const rankAt = (x5: number) => whatIf(fw, rows, { unit: "U1", changes: { x5 } }).moved.find((m) => m.unit === "U1")?.after.rank;
    expect(rankAt(3.9)).toBeLessThanOrEqual(8);
    expect(rankAt(3.8)).toBeGreaterThan(8);
  }, 60_000);
});

describe("uncertainty of a multi-level framework", () => {
  const fw = defineFramework(spec);
  const ranks = (f: ReturnType<typeof defineFramework>) => scoreUnits(f, rows).units.map((u) => u.rank);

  it("runs with the framework's own choices rank as scoreUnits does", () => {
    const u = uncertainty(fw, rows, { runs: 3 });
    expect(u.units.map((x) => x.nominal)).toEqual(ranks(fw));
    // perRun.ranks: per unit, its rank in each run.
    expect(u.perRun.ranks).toEqual(ranks(fw).map((r) => [r, r, r]));
  });

  it("a run with a weight set of the top level ranks as scoreUnits does with those weights, every level below aggregated", () => {
    const u = uncertainty(fw, rows, { runs: 2, alternatives: { weights: [{ components: { S1: 1 } }] } });
    const reweighted = defineFramework({ ...spec, components: spec.components.map((c) => (c.id === "S1" ? { ...c, weight: 1 } : c)) });
    expect(ranks(reweighted)).not.toEqual(ranks(fw));
    expect(u.perRun.ranks).toEqual(ranks(reweighted).map((r) => [r, r]));
  });

  it("a weight set naming a component below the top level reweights it in its parent, as scoreUnits does", () => {
    const u = uncertainty(fw, rows, { runs: 2, alternatives: { weights: [{ components: { P2: 0.25 }, indicators: { x5: 1 } }] } });
    const reweighted = defineFramework({
      ...spec,
      components: spec.components.map((c) => (c.id === "P2" ? { ...c, weight: 0.25 } : c)),
      indicators: spec.indicators.map((i) => (i.id === "x5" ? { ...i, weight: 1 } : i)),
    });
    expect(ranks(reweighted)).not.toEqual(ranks(fw));
    expect(u.perRun.ranks).toEqual(ranks(reweighted).map((r) => [r, r]));
  });

  it("weight noise varies the weights of every level (a run of noise 0 ranks as the framework)", () => {
    const still = uncertainty(fw, rows, { runs: 2, alternatives: { weights: { noise: 0 } } });
    expect(still.perRun.ranks).toEqual(ranks(fw).map((r) => [r, r]));
    const noisy = uncertainty(fw, rows, { runs: 200, seed: 3, alternatives: { weights: { noise: 0.9 } } });
    expect(noisy.perRun.ranks.some((runs, u) => runs.some((r) => r !== ranks(fw)[u]))).toBe(true);
  });

  it("sensitivity takes one too: the composite rule and the top level's weights as factors", () => {
    const s = sensitivity(fw, rows, { n: 40, bootstrap: 5, alternatives: { composite: ["harmonicMean", "geometricMean"], weights: { noise: 0.5 } } });
    expect(s.factors.map((f) => f.factor)).toEqual(["composite", "weights"]);
    for (const f of s.factors) expect(Number.isFinite(f.total)).toBe(true);
  });
});

describe("the statistics before choosing see every level", () => {
  const indicators = [
    { id: "a", component: "A", direction: "higher" },
    { id: "a2", component: "A", direction: "higher" },
    { id: "b", component: "B", direction: "lower" },
  ] as const;
  const tree = defineFramework({ id: "g", name, components: [{ id: "T" }, { id: "A", parent: "T" }, { id: "B", parent: "T" }], indicators });
  const flat = defineFramework({ id: "f", name, components: [{ id: "A" }, { id: "B" }], indicators });
  const all = defineFramework({ id: "o", name, components: [{ id: "T" }], indicators: indicators.map((i) => ({ ...i, component: "T" })) });
  const data = [
    [1, 2, 3],
    [2, 3, 1],
    [3, 5, 2],
    [4, 4, 4],
    [5, 7, 0],
  ].map(([a, a2, b], i) => ({ unit: `U${i}`, indicators: { a, a2, b } }));

  it("each indicator correlates with its own component, below the top level too (as in the one-level framework of the same components)", () => {
    expect(correlations(tree, data).withComponent).toEqual(correlations(flat, data).withComponent);
  });

  it("Cronbach's alpha of every level: a parent's over the indicators below it", () => {
    expect(cronbachAlpha(tree, data)).toEqual({ T: cronbachAlpha(all, data).T, A: cronbachAlpha(flat, data).A, B: null });
    expect(cronbachAlpha(tree, data).T).not.toBeNull();
  });
});

describe("a bad tree is refused before any work, in both languages", () => {
  const base =
    (components: unknown[], indicators?: unknown[], extra: Record<string, unknown> = {}) =>
    () =>
      defineFramework({
        id: "bad",
        name,
        components,
        indicators: indicators ?? [
          { id: "a", component: "A", direction: "higher" },
          { id: "b", component: "B", direction: "higher" },
        ],
        ...extra,
      } as unknown as FrameworkSpec);

  it("an unknown parent, naming the components there are", () => {
    const e = thrown(base([{ id: "T" }, { id: "A", parent: "T" }, { id: "B", parent: "Tt" }]));
    expect([e.code, e.path]).toEqual(["INVALID_FRAMEWORK", ["components", 2, "parent"]]);
    expect(e.message).toContain('component "B" names an unknown parent "Tt"; parent is the id of another component: T, A, B');
    expect(e.messageVi).toContain('thành phần "B" ghi thành phần cha "Tt" không có trong bộ chỉ số');
  });

  it("__proto__ (and other reserved names) as a parent", () => {
    for (const p of ["__proto__", "constructor", "toString"]) {
      const e = thrown(base([{ id: "T" }, { id: "A", parent: "T" }, { id: "B", parent: p }]));
      expect([e.code, e.path]).toEqual(["INVALID_FRAMEWORK", ["components", 2, "parent"]]);
      expect(e.message).toContain("unknown parent");
    }
    expect(thrown(base([{ id: "T" }, JSON.parse('{"id":"A","parent":"T","__proto__":{"parent":"x"}}'), { id: "B", parent: "T" }])).code).toBe(
      "INVALID_FRAMEWORK",
    );
  });

  it("a parent that is not a string", () => {
    const e = thrown(base([{ id: "T" }, { id: "A", parent: 1 }, { id: "B", parent: "T" }]));
    expect([e.path, e.message, e.messageVi]).toEqual([
      ["components", 1, "parent"],
      "components[1].parent: parent must be the id of a component",
      "components[1].parent: parent phải là mã của một thành phần",
    ]);
  });

  it("a cycle, and a component that is its own parent", () => {
    const e = thrown(
      base(
        [
          { id: "T", parent: "B" },
          { id: "A", parent: "T" },
          { id: "B", parent: "T" },
        ],
        [{ id: "a", component: "A", direction: "higher" }],
      ),
    );
    expect(e.path).toEqual(["components", 0, "parent"]);
    expect(e.message).toContain('the parents of components form a cycle: "T" → "B" → "T"');
    expect(e.messageVi).toContain('các thành phần cha tạo thành vòng lặp: "T" → "B" → "T"');
    expect(thrown(base([{ id: "A", parent: "A" }, { id: "B" }])).message).toContain('cycle: "A" → "A"');
  });

  it("more than 10 levels of components", () => {
    const chain = Array.from({ length: 11 }, (_, i) => ({ id: `L${i}`, ...(i > 0 ? { parent: `L${i - 1}` } : {}) }));
    const e = thrown(base(chain, [{ id: "a", component: "L10", direction: "higher" }]));
    expect(e.path).toEqual(["components", 10, "parent"]);
    expect(e.message).toContain('component "L10" is more than 10 levels of components deep');
    expect(e.messageVi).toContain("bộ chỉ số có tối đa 10 cấp thành phần");
    // Ten levels are accepted.
    expect(base(chain.slice(0, 10), [{ id: "a", component: "L9", direction: "higher" }])().components[0]!.level).toBe(11);
  });

  it("a component with both indicators and child components", () => {
    const e = thrown(
      base(
        [{ id: "T" }, { id: "A", parent: "T" }, { id: "B" }],
        [
          { id: "a", component: "A", direction: "higher" },
          { id: "t", component: "T", direction: "higher" },
          { id: "b", component: "B", direction: "higher" },
        ],
      ),
    );
    expect(e.path).toEqual(["indicators", 1, "component"]);
    expect(e.message).toContain('component "T" has both indicators ("t") and child components ("A"); a component aggregates one level');
    expect(e.messageVi).toContain('thành phần "T" vừa có chỉ tiêu ("t") vừa có thành phần con ("A")');
  });

  it("a component with neither indicators nor children", () => {
    const e = thrown(base([{ id: "T" }, { id: "A", parent: "T" }, { id: "B", parent: "T" }, { id: "C", parent: "T" }]));
    expect([e.path, e.message]).toEqual([["components", 3], 'components[3]: component "C" has no indicators']);
  });

  it("a child's weight under a parent whose aggregation uses no weights", () => {
    const e = thrown(base([{ id: "T" }, { id: "A", parent: "T", weight: 2 }, { id: "B", parent: "T" }]));
    expect(e.path).toEqual(["components", 1, "weight"]);
    expect(e.message).toContain('component "A" has weight 2, but its parent "T" aggregates with "mean", which uses no weights');
    expect(e.messageVi).toContain('thành phần "A" có trọng số 2 nhưng thành phần cha "T" gộp bằng "mean"');
    // A weighted parent takes it; the composite does not need to be weighted for it.
    expect(
      base([
        { id: "T", aggregation: "weightedMean" },
        { id: "A", parent: "T", weight: 2 },
        { id: "B", parent: "T" },
      ])().subComponents![0]!.weight,
    ).toBe(2);
  });

  it("parent in a framework without indicators", () => {
    const e = thrown(base([{ id: "T" }, { id: "A", parent: "T" }], [], { composite: "none" }));
    expect(e.path).toEqual(["components", 1, "parent"]);
    expect(e.message).toContain("parent is for frameworks scored from indicators");
  });

  it("a geometric mean at a level below the top names the unit, the parent and the child", () => {
    const fw = defineFramework({
      id: "g",
      name,
      normalization: { method: "minmax", range: [0, 10] },
      components: [
        { id: "T", aggregation: "geometricMean" },
        { id: "A", parent: "T" },
        { id: "B", parent: "T" },
      ],
      indicators: [
        { id: "a", component: "A", direction: "higher" },
        { id: "b", component: "B", direction: "higher" },
      ],
    });
    const e = thrown(() =>
      scoreUnits(fw, [
        { unit: "X", indicators: { a: 1, b: 2 } },
        { unit: "Y", indicators: { a: 2, b: 1 } },
      ]),
    );
    expect([e.code, e.path, e.details]).toEqual(["INVALID_INPUT", ["units", 0, "components", "A"], { unit: "X", component: "T", child: "A" }]);
    expect(e.message).toMatch(
      /^units\[0\]\.components\.A: X: component "T", child component "A": the score is 0: a geometric mean needs every value greater than 0/,
    );
  });
});
