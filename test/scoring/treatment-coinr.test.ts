/**
 * Imputation and treatment inside the framework agree with COINr's full pipeline — `Impute` →
 * `Treat` → `Normalise` (min–max to [1, 10]) → `Aggregate` (arithmetic mean) — on 30 units with
 * missing values, skewed columns (one winsorised, one log-transformed after winsorising fails),
 * ties, a lower-is-better indicator and groups, to 1e-9 before rounding; and a what-if with one
 * value changed equals COINr's full rerun. Fixtures: ./fixtures/coinr/pipeline_* (R outputs
 * only; each file's first line names the COINr version and the call).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import Decimal from "decimal.js";
import { defineFramework, scoreColumns, scoreUnits, whatIf, type UnitRow } from "../../src/index";
import { computeRaw, prepareColumns } from "../../src/scoring/stages";
import { prepareValues } from "../../src/scoring/prepare";

const dir = join(__dirname, "fixtures", "coinr");
function table(name: string): Record<string, string[]> {
  const lines = readFileSync(join(dir, `${name}.csv`), "utf8")
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("#"));
  const head = lines[0]!.split(",");
  const out: Record<string, string[]> = Object.fromEntries(head.map((h) => [h, []]));
  for (const l of lines.slice(1)) {
    l.split(",").forEach((v, j) => {
      out[head[j]!]!.push(v);
    });
  }
  return out;
}
const num = (v: string): number | null => (v === "NA" ? null : Number(v));
const ids = ["i01", "i02", "i03", "i04", "i05", "i06"] as const;
const data = table("pipeline_data");
const units = data.uCode!;
const n = units.length;
// The data were written by R with 17 significant digits; the values are 2-decimal numbers.
const value = (id: string, u: number) => {
  const x = num(data[id]![u]!);
  return x === null ? null : Number(x.toFixed(2));
};
const rows = (grouped: boolean): UnitRow[] =>
  units.map((unit, u) => ({
    unit,
    ...(grouped ? { group: data.Group_region![u]! } : {}),
    indicators: Object.fromEntries(ids.map((id) => [id, value(id, u)])),
  }));

const spec = (imputation: "mean" | "groupMedian", i03None = false) =>
  ({
    id: "district",
    name: { vi: "Chỉ số huyện", en: "District index" },
    components: [{ id: "c1" }, { id: "c2" }],
    indicators: [
      { id: "i01", component: "c1", direction: "higher" },
      { id: "i02", component: "c1", direction: "lower" },
      { id: "i03", component: "c1", direction: "higher", ...(i03None ? { treatment: { method: "none" as const } } : {}) },
      { id: "i04", component: "c2", direction: "higher", treatment: { method: "auto", winmax: 2 } },
      { id: "i05", component: "c2", direction: "higher" },
      { id: "i06", component: "c2", direction: "higher" },
    ],
    composite: "mean",
    decimals: 6,
    treatment: { method: "auto" },
    imputation: { method: imputation },
  }) as const;

const close = (got: number, want: number, what: string) => {
  const tol = 1e-9 * Math.max(1, Math.abs(want));
  if (!(Math.abs(got - want) <= tol)) throw new Error(`${what}: got ${got}, COINr ${want}`);
};

/** The run's values before rounding: prepared raw values, normalised scores, components, composite. */
function unrounded(fw: ReturnType<typeof defineFramework>, grouped: boolean) {
  const r0 = rows(grouped);
  const p = prepareColumns(fw, {
    units,
    ...(grouped ? { groups: r0.map((r) => r.group ?? null) } : {}),
    columns: Object.fromEntries(ids.map((id) => [id, r0.map((r) => r.indicators[id] as number | null)])),
  });
  const prep = prepareValues(p);
  const raw = computeRaw({ ...p, values: prep.values, extremes: null }, false);
  return { prep, raw };
}

describe.each([
  ["pipeline_mean", "mean", false],
  ["pipeline_groupmedian", "groupMedian", true],
] as const)("%s: the framework's imputation and treatment equal COINr's pipeline", (fixture, method, grouped) => {
  const want = table(fixture);
  const fw = defineFramework(spec(method, grouped));
  const { prep, raw } = unrounded(fw, grouped);
  const at = (_id: string, u: number) => want.uCode!.indexOf(units[u]!);

  it("imputes exactly the missing values, with COINr's values, and says which", () => {
    const gaps = units.flatMap((unit, u) => ids.flatMap((id) => (value(id, u) === null ? [{ unit, indicator: id }] : [])));
    expect(prep.imputed.map(({ unit, indicator }) => ({ unit, indicator }))).toEqual(gaps);
    expect(gaps.length).toBe(7);
    for (const v of prep.imputed) close(v.value, num(want[`imputed_${v.indicator}`]![at(v.indicator, units.indexOf(v.unit))]!)!, `${v.unit} ${v.indicator}`);
  });

  it("treats the indicators COINr treats, the same way, to the same values", () => {
    const dets = table(`${fixture}_treat`);
    const treatedByCoinr = dets.iCode!.filter((_, j) => dets["check_SkewKurt0.Pass"]![j] === "FALSE");
    expect(prep.treated.map((t) => t.indicator)).toEqual(treatedByCoinr);
    for (const t of prep.treated) {
      const j = dets.iCode!.indexOf(t.indicator);
      close(t.before.skewness!, Number(dets["check_SkewKurt0.Skew"]![j]), "skewness");
      if (t.method === "winsorise") {
        expect(t.winsorised).toBe(Number(dets["winsorise.nwin"]![j]));
        close(t.after.kurtosis!, Number(dets["check_SkewKurt1.Kurt"]![j]), "kurtosis after");
      } else {
        expect(dets["check_SkewKurt1.Pass"]![j]).toBe("FALSE");
        expect(t.passes).toBe(dets["check_SkewKurt2.Pass"]![j] === "TRUE");
        close(t.after.skewness!, Number(dets["check_SkewKurt2.Skew"]![j]), "skewness after log");
      }
    }
    ids.forEach((id, i) => {
      for (let u = 0; u < n; u++) close(prep.values[i * n + u]!, num(want[`treated_${id}`]![at(id, u)]!)!, `${units[u]} ${id} treated`);
    });
  });

  it("normalises and aggregates to COINr's scores, components and index (1e-9, before rounding)", () => {
    const { v } = raw;
    ids.forEach((id, i) => {
      for (let u = 0; u < n; u++) close(v.norm[i * n + u]!, num(want[`norm_${id}`]![at(id, u)]!)!, `${units[u]} ${id}`);
    });
    ["c1", "c2"].forEach((c, j) => {
      for (let u = 0; u < n; u++) close(v.comp[j * n + u]!, num(want[c]![at(c, u)]!)!, `${units[u]} ${c}`);
    });
    for (let u = 0; u < n; u++) close(v.compositeRaw[u]!, num(want.index![at("index", u)]!)!, `${units[u]} index`);
  });

  it("scoreUnits and scoreColumns publish COINr's numbers rounded half-up, and rank by them", () => {
    const s = scoreUnits(fw, rows(grouped));
    const half = (x: number, dp: number) => new Decimal(x).toDecimalPlaces(dp, Decimal.ROUND_HALF_UP).toNumber();
    s.units.forEach((su, u) => {
      const k = at("index", u);
      expect(su.composite).toBe(half(num(want.index![k]!)!, 6));
      expect(su.components).toEqual({ c1: half(num(want.c1![k]!)!, 6), c2: half(num(want.c2![k]!)!, 6) });
      expect(su.rank).toBe(Number(want.rank![k]));
    });
    expect(s.imputed).toEqual(prep.imputed);
    expect(s.treated).toEqual(prep.treated);
    const cols = scoreColumns(fw, {
      units,
      ...(grouped ? { groups: data.Group_region } : {}),
      columns: Object.fromEntries(ids.map((id) => [id, units.map((_, u) => value(id, u))])),
    });
    expect(Array.from(cols.composite)).toEqual(s.units.map((x) => x.composite));
    expect(cols.imputed).toEqual(s.imputed);
    expect(cols.findings).toEqual(s.findings);
  });
});

describe("what-if re-runs imputation and treatment, as COINr's full rerun", () => {
  it("at U05 i05 = 1000 (i05 then needs winsorising) every unit's scores and rank equal COINr's rerun", () => {
    const fw = defineFramework(spec("mean"));
    const want = table("pipeline_whatif");
    const w = whatIf(fw, rows(false), { unit: "U05", changes: { i05: 1000 } });
    const half = (x: number) => new Decimal(x).toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toNumber();
    const after = scoreUnits(
      fw,
      rows(false).map((r) => (r.unit === "U05" ? { ...r, indicators: { ...r.indicators, i05: 1000 } } : r)),
    );
    expect(after.treated!.map((t) => [t.indicator, t.method, t.winsorised])).toEqual([
      ["i03", "winsorise", 2],
      ["i04", "log", 0],
      ["i05", "winsorise", 1],
    ]);
    after.units.forEach((su) => {
      const k = want.uCode!.indexOf(su.unit);
      expect(su.composite).toBe(half(Number(want.index![k])));
      expect(su.rank).toBe(Number(want.rank![k]));
    });
    const u05 = w.moved.find((m) => m.unit === "U05")!;
    expect(u05.after.rank).toBe(Number(want.rank![want.uCode!.indexOf("U05")]));
    expect(u05.after.composite).toBe(half(Number(want.index![want.uCode!.indexOf("U05")])));
    // Every unit that moved is reported with COINr's rerun numbers.
    for (const m of w.moved) expect(m.after.composite).toBe(half(Number(want.index![want.uCode!.indexOf(m.unit)])));
    expect(w.othersMoved).toBe(true);
  });
});
