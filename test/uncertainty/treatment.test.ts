import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { isPgiError, type PgiError } from "../../src/errors";
import { defineFramework, type FrameworkSpec } from "../../src/framework/define";
import { scoreUnits } from "../../src/scoring/engine";
import { sensitivity } from "../../src/uncertainty/sensitivity";
import { uncertainty } from "../../src/uncertainty/uncertainty";

// A synthetic data set with two strongly skewed indicators (a few very large values), so that
// COINr-style treatment ("auto": winsorise, else log) changes the ranks.
const spec = {
  id: "skewed",
  name: { vi: "Chỉ số lệch", en: "Skewed index" },
  components: [{ id: "env" }, { id: "gov" }],
  indicators: [
    { id: "waste", component: "env", direction: "higher" },
    { id: "air", component: "env", direction: "lower" },
    { id: "permits", component: "gov", direction: "higher" },
    { id: "staff", component: "gov", direction: "higher" },
  ],
} as const satisfies FrameworkSpec;
const fwOf = (extra: Record<string, unknown> = {}) => defineFramework({ ...spec, ...extra } as FrameworkSpec);
const fw = fwOf();
const rows = Array.from({ length: 20 }, (_, u) => ({
  unit: `U${u + 1}`,
  group: u % 2 === 0 ? "north" : "south",
  indicators: {
    waste: 2 ** ((u * 7) % 20),
    air: (u * 53) % 89,
    permits: u === 3 || u === 8 ? null : Math.round(1.6 ** ((u * 11) % 20)),
    staff: u === 5 ? null : (u * 17) % 61,
  },
}));
const ranksOf = (f: ReturnType<typeof fwOf>) => scoreUnits(f, rows).units.map((x) => x.rank ?? 0);
const thrown = (f: () => unknown): PgiError => {
  try {
    f();
  } catch (e) {
    if (isPgiError(e)) return e;
    throw e;
  }
  throw new Error("no PgiError");
};

describe("treatment and imputation alternatives", () => {
  it("a single-choice list equal to the framework's own treatment and imputation gives the nominal ranks in every run", () => {
    const own = { treatment: { method: "auto", winmax: 3 }, imputation: { method: "median" } };
    const f = fwOf(own);
    const u = uncertainty(f, rows, { runs: 25, alternatives: { treatment: [own.treatment], imputation: [own.imputation] } });
    const nominal = ranksOf(f);
    expect(u.units.map((x) => x.nominal ?? 0)).toEqual(nominal);
    u.perRun.ranks.forEach((rs, k) => {
      expect(rs).toEqual(new Array(25).fill(nominal[k]));
    });
    expect(u.factors.map((x) => x.name)).toEqual(["treatment", "imputation"]);
  });

  it('a run under treatment "auto" or "none" ranks as scoreUnits does with that framework, and the two differ on skewed data', () => {
    const choices = [{ method: "none" }, { method: "auto", winmax: 5, skewThreshold: 2, kurtosisThreshold: 3.5 }] as const;
    const expected = choices.map((t) => ranksOf(fwOf({ treatment: t })));
    expect(expected[0]).not.toEqual(expected[1]); // the data set is skewed enough for treatment to matter
    const u = uncertainty(fw, rows, { runs: 40, seed: 3, alternatives: { treatment: [...choices] } });
    const picks = u.perRun.picks.treatment!;
    expect(new Set(picks)).toEqual(new Set([0, 1]));
    for (let r = 0; r < 40; r++) {
      expect(u.perRun.ranks.map((rs) => rs[r])).toEqual(expected[picks[r]!]);
    }
    expect(u.failed).toEqual([]);
  });

  it("a run under each imputation ranks as scoreUnits does with it; with normalisation alternatives too (z-score scored exactly)", () => {
    const imps = [{ method: "mean" }, { method: "median" }, { method: "groupMedian" }] as const;
    const norms = [
      { method: "minmax", range: [0, 100] },
      { method: "zscore", mean: 10, sd: 2 },
    ] as const;
    const u = uncertainty(fw, rows, { runs: 60, seed: 5, alternatives: { normalization: [...norms], treatment: [{ method: "auto" }], imputation: [...imps] } });
    const withNorm = (n: (typeof norms)[number], i: (typeof imps)[number]) =>
      n.method === "minmax"
        ? fwOf({ normalization: n, treatment: { method: "auto" }, imputation: i })
        : defineFramework({
            ...spec,
            indicators: spec.indicators.map((x) => ({ ...x, normalization: n })),
            treatment: { method: "auto" },
            imputation: i,
          } as FrameworkSpec);
    const seen = new Set<string>();
    for (let r = 0; r < 60; r++) {
      const n = u.perRun.picks.normalization![r]!;
      const i = u.perRun.picks.imputation![r]!;
      seen.add(`${n},${i}`);
      expect(u.perRun.ranks.map((rs) => rs[r])).toEqual(ranksOf(withNorm(norms[n]!, imps[i]!)));
    }
    expect(seen.size).toBe(6);
  });

  it("an imputation that leaves a value missing is a warning naming the alternative (scoreUnits' own finding), and the runs rank as scoreUnits does", () => {
    const gappy = rows.map((r, u) => (u === 3 ? { unit: r.unit, indicators: { ...r.indicators, staff: null } } : r)); // U4: no group, two gaps in gov
    const imps = [{ method: "mean" }, { method: "groupMean" }] as const;
    const u = uncertainty(fw, gappy, { runs: 30, alternatives: { imputation: [...imps] } });
    const byGroup = scoreUnits(fwOf({ imputation: imps[1] }), gappy);
    const gaps = byGroup.findings.filter((f) => f.code === "IMPUTATION_GAP");
    expect(gaps.length).toBe(2);
    expect(u.findings?.map((f) => [f.code, f.severity, f.details.imputation])).toEqual(gaps.map(() => ["IMPUTATION_GAP", "warning", 1]));
    u.findings!.forEach((f, k) => {
      expect(f.message).toBe(`with imputation[1] (groupMean): ${gaps[k]!.message}`);
      expect(f.messageVi).toBe(`với imputation[1] (groupMean): ${gaps[k]!.messageVi}`);
    });
    expect(byGroup.units[3]!.rank).toBeNull(); // U4's gov component is missing: no composite
    const expected = imps.map((i) => scoreUnits(fwOf({ imputation: i }), gappy).units.map((x) => x.rank ?? 0));
    const picks = u.perRun.picks.imputation!;
    expect(new Set(picks)).toEqual(new Set([0, 1]));
    picks.forEach((p, r) => {
      expect(u.perRun.ranks.map((rs) => rs[r])).toEqual(expected[p]);
    });
    // Without a gap there is no findings field at all.
    expect("findings" in uncertainty(fw, rows, { runs: 3, alternatives: { imputation: [{ method: "mean" }] } })).toBe(false);
  });

  const treatmentArb = fc.oneof(
    fc.constant({ method: "none" as const }),
    fc.record({ method: fc.constant("auto" as const), winmax: fc.integer({ min: 0, max: 6 }), skewThreshold: fc.double({ min: 0.5, max: 4, noNaN: true }) }),
  );
  const impArb = fc.constantFrom(...(["mean", "median", "groupMean", "groupMedian"] as const)).map((method) => ({ method }));
  const valueArb = fc.oneof(
    fc.constant(null),
    fc.integer({ min: 0, max: 30 }).map((e) => Math.round(1.5 ** e)),
  );
  const rowsArb = fc
    .array(fc.tuple(valueArb, valueArb, valueArb, valueArb, fc.boolean()), { minLength: 4, maxLength: 12 })
    .map((xs) => xs.map(([a, b, c, d, g], u) => ({ unit: `U${u + 1}`, group: g ? "north" : "south", indicators: { waste: a, air: b, permits: c, staff: d } })));
  test.prop([rowsArb, treatmentArb, impArb, fc.integer({ min: 1, max: 1000 })], { numRuns: 25 })(
    "a run drawing a treatment and an imputation ranks exactly as scoreUnits with that framework",
    (data, t, i, seed) => {
      const u = uncertainty(fw, data, { runs: 6, seed, alternatives: { treatment: [{ method: "none" }, t], imputation: [{ method: "mean" }, i] } });
      const expected = [
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ].map(([a, b]) =>
        scoreUnits(fwOf({ treatment: [{ method: "none" }, t][a!], imputation: [{ method: "mean" }, i][b!] }), data).units.map((x) => x.rank ?? 0),
      );
      for (let r = 0; r < 6; r++) {
        const k = u.perRun.picks.treatment![r]! * 2 + u.perRun.picks.imputation![r]!;
        expect(u.perRun.ranks.map((rs) => rs[r])).toEqual(expected[k]);
      }
    },
  );

  it("the same seed gives byte-identical JSON; another seed other draws", () => {
    const alternatives = {
      treatment: [{ method: "none" }, { method: "auto" }],
      imputation: [{ method: "mean" }, { method: "median" }],
      weights: { noise: 0.25 },
    };
    const a = JSON.stringify(uncertainty(fw, rows, { runs: 50, seed: 9, alternatives }));
    expect(JSON.stringify(uncertainty(fw, rows, { runs: 50, seed: 9, alternatives }))).toBe(a);
    expect(JSON.stringify(uncertainty(fw, rows, { runs: 50, seed: 10, alternatives }))).not.toBe(a);
    const s = JSON.stringify(sensitivity(fw, rows, { n: 16, bootstrap: 5, seed: 9, alternatives }));
    expect(JSON.stringify(sensitivity(fw, rows, { n: 16, bootstrap: 5, seed: 9, alternatives }))).toBe(s);
  });

  it('sensitivity names the factors "treatment" and "imputation"; a single choice has no effect', () => {
    const s = sensitivity(fw, rows, {
      n: 32,
      bootstrap: 0,
      alternatives: { treatment: [{ method: "none" }, { method: "auto" }], imputation: [{ method: "mean" }], weights: { noise: 0.2 } },
    });
    expect(s.factors.map((f) => f.factor)).toEqual(["treatment", "imputation", "weights"]);
    expect(s.factors[1]!.firstOrder).toBe(0);
    expect(s.factors[1]!.total).toBe(0);
    expect(s.factors[0]!.total).toBeGreaterThan(0);
    expect(s.runs).toBe(32 * 5);
  });

  it("every alternative is validated before the first run: a bad one is a bilingual PgiError naming it", () => {
    const e1 = thrown(() => uncertainty(fw, rows, { alternatives: { treatment: [{ method: "none" }, { method: "auto", winmax: -1 }] } }));
    expect(e1.path.slice(0, 4)).toEqual(["options", "alternatives", "treatment", 1]);
    expect(e1.message).toMatch(/winmax must be a whole number from 0 to 1000/);
    expect(e1.messageVi).toMatch(/winmax phải là số nguyên từ 0 đến 1000/);
    const e2 = thrown(() => uncertainty(fw, rows, { alternatives: { imputation: [{ method: "mode" }] } }));
    expect(e2.path.slice(0, 4)).toEqual(["options", "alternatives", "imputation", 0]);
    expect(e2.messageVi).toMatch(/imputation.method phải là/);
    const e3 = thrown(() => uncertainty(fw, rows, { alternatives: { imputation: ["mean"] } }));
    expect(e3.path.slice(0, 4)).toEqual(["options", "alternatives", "imputation", 0]);
    const e4 = thrown(() => uncertainty(fw, rows, { alternatives: { treatment: [] } }));
    expect(e4.path).toEqual(["options", "alternatives", "treatment"]);
    expect(e4.messageVi).toMatch(/treatment phải là danh sách/);
    // A combination the framework refuses (treatment "auto" with goalposts in raw units) names both alternatives.
    const goal = { method: "goalposts", min: 0, max: 1000000 };
    const e5 = thrown(() =>
      sensitivity(fw, rows, { alternatives: { normalization: [{ method: "minmax", range: [0, 100] }, goal], treatment: [{ method: "auto" }] } }),
    );
    expect(e5.path.slice(0, 4)).toEqual(["options", "alternatives", "normalization[1]", "treatment[0]"]);
    expect(e5.messageVi).toMatch(/goalposts/);
  });

  describe("pgi uncertainty and pgi sensitivity", () => {
    const dir = mkdtempSync(join(tmpdir(), "pgi-unc2-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const file = (name: string, text: string): string => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const cell = (x: number | null) => (x === null ? "" : String(x));
    const gappy = rows.map((r, u) => (u === 3 ? { unit: r.unit, group: null, indicators: { ...r.indicators, staff: null } } : r));
    const csv = file(
      "rows.csv",
      [
        "unit,group,waste,air,permits,staff",
        ...gappy.map((r) =>
          [r.unit, r.group ?? "", cell(r.indicators.waste), cell(r.indicators.air), cell(r.indicators.permits), cell(r.indicators.staff)].join(","),
        ),
      ].join("\n") + "\n",
    );
    const fwFile = file("framework.json", JSON.stringify(spec));
    const alternatives = { treatment: [{ method: "none" }, { method: "auto", winmax: 5 }], imputation: [{ method: "mean" }, { method: "groupMean" }] };
    const altFile = file("alternatives.json", JSON.stringify(alternatives));
    async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
      let out = "";
      let err = "";
      const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
      return { code, out, err };
    }

    it("pass the treatment and imputation alternatives through from the JSON file, as the library gives them", async () => {
      const a = await run("uncertainty", fwFile, csv, "--alternatives", altFile, "--runs", "30", "--seed", "4", "--format", "json");
      expect(a.err).toBe("");
      expect(a.code).toBe(0);
      expect(JSON.parse(a.out)).toEqual(JSON.parse(JSON.stringify(uncertainty(fw, gappy, { runs: 30, seed: 4, alternatives }))));
      expect(JSON.parse(a.out).factors.map((f: { name: string }) => f.name)).toEqual(["treatment", "imputation"]);
      const md = await run("uncertainty", fwFile, csv, "--alternatives", altFile, "--runs", "30");
      expect(md.out).toContain('- Xử lý giá trị ngoại lai: {"method":"none"}; {"method":"auto","winmax":5}');
      expect(md.out, md.out).toContain("**Cảnh báo (2)**");
      expect(md.out).toContain("- `IMPUTATION_GAP` với imputation[1] (groupMean): U4: không có giá trị thay thế");
      const s = await run("sensitivity", fwFile, csv, "--alternatives", altFile, "--n", "8", "--bootstrap", "0", "--lang", "en");
      expect(s.code).toBe(0);
      expect(s.out).toMatch(/\| Outlier treatment +\|/);
      expect(s.out).toMatch(/\| Imputation +\|/);
      expect(s.out).toContain("**Warnings (2)**");
    });
  });
});
