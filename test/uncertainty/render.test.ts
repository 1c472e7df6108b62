import { describe, expect, it } from "vitest";
import { defineFramework } from "../../src/framework/define";
import { toCsv, toMarkdown, toVegaLite } from "../../src/index";
import { parseCsv } from "../../src/render/primitives";
import { publishedTable } from "../../src/table/published";
import { rankProbability, scoreForRankProbability } from "../../src/uncertainty/rank-probability";
import { rankConfidenceSets } from "../../src/uncertainty/rank-sets";
import { sensitivity } from "../../src/uncertainty/sensitivity";
import { sobolIndices } from "../../src/uncertainty/sobol";
import { uncertainty } from "../../src/uncertainty/uncertainty";

const fw = defineFramework({
  id: "d",
  name: { vi: "D", en: "D" },
  components: [{ id: "a" }, { id: "b" }],
  indicators: [
    { id: "x", component: "a", direction: "higher" },
    { id: "y", component: "b", direction: "higher" },
  ],
});
const rows = Array.from({ length: 8 }, (_, i) => ({ unit: `P${i}`, indicators: { x: ((i * 37) % 11) + 0.5, y: (i * 53) % 13 } }));
const ua = uncertainty(fw, rows, { runs: 200, alternatives: { weights: { noise: 0.25 }, composite: ["sum", "mean"] } });
const sa = sensitivity(fw, rows, {
  n: 100,
  bootstrap: 20,
  alternatives: {
    weights: { noise: 0.5 },
    normalization: [
      { method: "minmax", range: [1, 10] },
      { method: "minmax", range: [0, 100] },
    ],
  },
});
const history = { history: [publishedTable(2022)], runs: 1000 };
const rp = rankProbability(publishedTable(2023), "Lạng Sơn", 24.5, history);
const goal = scoreForRankProbability(publishedTable(2023), "Lạng Sơn", 20, 0.8, history);
const sets = rankConfidenceSets({ A: 10, B: 5, C: 4.9 }, { A: 0.1, B: 0.5, C: 0.5 });
const sobol = sobolIndices((u) => u[0]! + 2 * u[1]!, 2, { n: 500, bootstrap: 20 });
const all = { uncertainty: ua, sensitivity: sa, rankProbability: rp, scoreForRankProbability: goal, rankConfidenceSets: sets, sobolIndices: sobol };

describe("renderers of the uncertainty results", () => {
  it("uncertainty: a row per unit, ordered by nominal rank in Markdown, in row order in CSV, decimal comma in vi", () => {
    const csv = parseCsv(toCsv(ua, { lang: "en" }));
    expect(csv[0]).toEqual(["unit", "nominal", "mean", "median", "q05", "q95"]);
    expect(csv.slice(1).map((r) => r[0])).toEqual(rows.map((r) => r.unit));
    const p1 = ua.units.find((u) => u.unit === "P1")!;
    expect(csv[2]).toEqual(["P1", String(p1.nominal), String(p1.mean), String(p1.median), String(p1.q05), String(p1.q95)]);
    const vi = parseCsv(toCsv(ua, { lang: "vi" }));
    expect(vi[0]![0]).toBe("Đơn vị");
    expect(vi[2]![2]).toBe(String(p1.mean).replace(".", ","));
    const md = toMarkdown(ua, { lang: "en" }).split("\n");
    expect(md[0]).toBe("**Uncertainty of the ranks — d: 200 runs (seed 1)**");
    // With the framework passed, the title names it in the output's language.
    expect(toMarkdown(ua, { lang: "en", framework: fw }).split("\n")[0]).toBe("**Uncertainty of the ranks — D: 200 runs (seed 1)**");
    expect(md).toContain("- Composite rule: sum; mean");
    const firstRow = md.find((l) => /^\| P\d/.test(l))!;
    expect(firstRow).toContain(ua.units.find((u) => u.nominal === 1)!.unit);
    expect(toMarkdown(ua)).toContain("- Trọng số: mỗi trọng số nhân với 1 ± tối đa 0,25");
  });

  it("sensitivity and sobolIndices: first-order, total and their intervals per factor", () => {
    expect(parseCsv(toCsv(sa, { lang: "en" }))).toEqual([
      ["factor", "first_order", "first_order_q05", "first_order_q95", "total", "total_q05", "total_q95"],
      ...sa.factors.map((f) => [
        f.factor,
        String(f.firstOrder),
        String(f.firstOrderInterval![0]),
        String(f.firstOrderInterval![1]),
        String(f.total),
        String(f.totalInterval![0]),
        String(f.totalInterval![1]),
      ]),
    ]);
    expect(toMarkdown(sa)).toContain("| Trọng số ");
    expect(toMarkdown(sa, { lang: "en" })).toContain("| Weights ");
    const s = parseCsv(toCsv(sobol, { lang: "en" }));
    expect(s.slice(1).map((r) => [r[0], r[1], r[4]])).toEqual(sobol.indices.map((i) => [String(i.dimension), String(i.firstOrder), String(i.total)]));
  });

  it("rankProbability: every rank in CSV, the likely ranks in Markdown as percentages", () => {
    const csv = parseCsv(toCsv(rp, { lang: "en" }));
    expect(csv).toHaveLength(1 + rp.ranks.length);
    expect(csv[0]).toEqual(["unit", "score", "rank", "count", "probability", "at_or_above"]);
    const md = toMarkdown(rp, { lang: "en" });
    expect(md.split("\n")[0]).toBe("**Lạng Sơn with 24.5 (PGI 2023): the chance of each rank**");
    const likely = rp.ranks.filter((r) => r.count > 0).length;
    expect(md.split("\n").filter((l) => /^\| +\d+ \|/.test(l))).toHaveLength(likely);
    expect(toMarkdown(rp)).toContain("Với xác suất 90 %, hạng nằm trong khoảng");
  });

  it("scoreForRankProbability: the score needed, or that none on the scale reaches it", () => {
    expect(toMarkdown(goal, { lang: "en" })).toContain(`Score needed: **${goal.score}**`);
    expect(toMarkdown(goal)).toContain(`Điểm cần đạt: **${String(goal.score).replace(".", ",")}**`);
    expect(parseCsv(toCsv(goal, { lang: "en" }))[1]).toEqual(["Lạng Sơn", "2023", "20", "0.8", String(goal.score), String(goal.achieved), "1000"]);
  });

  it("rankConfidenceSets: the best and worst rank per unit", () => {
    expect(parseCsv(toCsv(sets, { lang: "en" }))).toEqual([
      ["unit", "value", "standard_error", "rank", "lower", "upper"],
      ["A", "10", "0.1", "1", "1", "1"],
      ["B", "5", "0.5", "2", "2", "3"],
      ["C", "4.9", "0.5", "3", "2", "3"],
    ]);
    expect(toMarkdown(sets).split("\n")[0]).toBe("**Tập tin cậy 95,0 % của thứ hạng (riêng từng đơn vị)**");
  });

  it("a JSON copy renders as the result itself (Markdown, CSV and chart)", () => {
    for (const r of Object.values(all)) {
      const copy = JSON.parse(JSON.stringify(r));
      for (const lang of ["vi", "en"] as const) {
        expect(toMarkdown(copy, { lang })).toBe(toMarkdown(r, { lang }));
        expect(toCsv(copy, { lang })).toBe(toCsv(r, { lang }));
      }
      if (r.kind !== "scoreForRankProbability") expect(toVegaLite(copy)).toEqual(toVegaLite(r));
    }
  });

  it("a tampered copy is refused with a PgiError, never a TypeError", () => {
    const copy = JSON.parse(JSON.stringify(ua));
    delete copy.units;
    expect(() => toMarkdown(copy)).toThrow(/not as pgi-kit built it/);
    const rpCopy = JSON.parse(JSON.stringify(rp));
    rpCopy.atOrAbove = [];
    expect(() => toVegaLite(rpCopy)).toThrow(/not as pgi-kit built it|no finite chart values/);
  });
});

describe("charts of the uncertainty results", () => {
  it("rank intervals: a bar from q05 to q95 and a dot at the median per unit, ordered by nominal rank", () => {
    const spec = toVegaLite(ua, { lang: "en" }) as unknown as {
      data: { values: { unit: string; low: number; high: number; mid: number }[] };
      layer: { mark: { type: string }; encoding: { x: { sort: string[] } } }[];
    };
    const byNominal = [...ua.units].sort((a, b) => a.nominal! - b.nominal! || (a.unit < b.unit ? -1 : 1));
    expect(spec.data.values.map((v) => v.unit)).toEqual(byNominal.map((u) => u.unit));
    expect(spec.layer[0]!.encoding.x.sort).toEqual(byNominal.map((u) => u.unit));
    expect(spec.data.values[0]).toMatchObject({ low: byNominal[0]!.q05, high: byNominal[0]!.q95, mid: byNominal[0]!.median });
  });

  it("sensitivity bars: first-order and interactions (total − first-order) stacked, factors by total", () => {
    const spec = toVegaLite(sa, { lang: "en" }) as unknown as {
      data: { values: { name: string; part: string; value: number }[] };
      encoding: { y: { sort: string[] } };
    };
    const w = sa.factors.find((f) => f.factor === "weights")!;
    expect(spec.data.values.filter((v) => v.name === "Weights").map((v) => [v.part, v.value])).toEqual([
      ["First-order", Math.max(0, w.firstOrder)],
      ["Interactions", Math.max(0, Math.round((w.total - Math.max(0, w.firstOrder)) * 10000) / 10000)],
    ]);
    expect(spec.encoding.y.sort[0]).toBe("Weights");
  });

  it("rank-probability curve: the chance of each rank or better, by rank", () => {
    const spec = toVegaLite(rp) as unknown as { data: { values: { rank: number; atOrAbove: number }[] }; config: { locale: { number: { decimal: string } } } };
    expect(spec.data.values.map((v) => [v.rank, v.atOrAbove])).toEqual(rp.atOrAbove.map((a) => [a.rank, a.probability]));
    expect(spec.config.locale.number.decimal).toBe(",");
  });
});

describe("notebook display", () => {
  it("every uncertainty result displays as its table (and its chart, where it has one)", () => {
    for (const r of Object.values(all)) {
      const bundle = (r as unknown as Record<symbol, () => Record<string, unknown>>)[Symbol.for("Jupyter.display")]!.call(r);
      expect(bundle["text/markdown"]).toBe(toMarkdown(r));
      expect("application/vnd.vegalite.v5+json" in bundle).toBe(r.kind !== "scoreForRankProbability");
    }
  });
});
