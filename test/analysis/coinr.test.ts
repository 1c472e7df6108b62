import { describe, expect, it } from "vitest";
import { correlations, cronbachAlpha, impute, imputePanel, indicatorStats, treat } from "../../src/index";
import { treatColumn } from "../../src/analysis/treat";
import { kurtosis, skewness, sd, pearson, spearman, pairs } from "../../src/scoring/moments";
import { close, fixture, FW, IDS, num, ROWS } from "./helpers";

const col = (id: string) => ROWS.map((r) => r.indicators[id] ?? null);
const present = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);

describe("indicatorStats equals COINr's get_stats", () => {
  const ref = fixture("get_stats.csv");
  const h = (name: string) => ref.header.indexOf(name);
  const s = indicatorStats(FW, ROWS);
  for (const row of ref.rows) {
    const id = row[0]!;
    it(`${id}: every statistic and flag`, () => {
      const got = s.indicators.find((i) => i.id === id)!;
      const xs = present(col(id));
      // before rounding (binary64) to 1e-12, and as returned (10 significant digits) to 1e-9
      expect(close(sd(xs), num(row[h("Std")]!), 1e-12)).toBe(true);
      expect(close(skewness(xs), num(row[h("Skew")]!), 1e-12)).toBe(true);
      expect(close(kurtosis(xs), num(row[h("Kurt")]!), 1e-12)).toBe(true);
      expect(close(got.sd, num(row[h("Std")]!))).toBe(true);
      expect(close(got.skewness, num(row[h("Skew")]!))).toBe(true);
      expect(close(got.kurtosis, num(row[h("Kurt")]!))).toBe(true);
      expect(got.min).toBe(num(row[h("Min")]!));
      expect(got.max).toBe(num(row[h("Max")]!));
      expect(close(got.mean, num(row[h("Mean")]!))).toBe(true);
      expect(close(got.median, num(row[h("Median")]!))).toBe(true);
      expect(got.n).toBe(num(row[h("N.Avail")]!));
      expect(got.nonZero).toBe(num(row[h("N.NonZero")]!));
      expect(got.unique).toBe(num(row[h("N.Unique")]!));
      expect(got.same).toBe(num(row[h("N.Same")]!));
      expect(close(got.availability, num(row[h("Frc.Avail")]!))).toBe(true);
      expect(got.flags.includes("lowAvailability")).toBe(row[h("Flag.Avail")] === "LOW");
      expect(got.flags.includes("manyZeros")).toBe(row[h("Flag.NonZero")] === "LOW");
      expect(got.flags.includes("fewUnique")).toBe(row[h("Flag.Unique")] === "LOW");
      expect(got.flags.includes("skewKurtosis")).toBe(row[h("Flag.SkewKurt")] === "OUT");
    });
  }
  it("means and medians are exact decimals", () => {
    const i3 = s.indicators.find((i) => i.id === "i3")!;
    expect(i3.median).toBe(33.475);
    expect(i3.mean).toBe(34.1904166667);
  });
});

describe("correlations equal R's cor (as COINr's get_corr calls it)", () => {
  for (const method of ["pearson", "spearman"] as const) {
    it(`${method}: the whole matrix, pairwise complete`, () => {
      const ref = fixture(`cor_${method}.csv`);
      const c = correlations(FW, ROWS, { method });
      expect(c.ids).toEqual(IDS);
      for (const row of ref.rows) {
        const i = IDS.indexOf(row[0]!);
        for (let j = 0; j < IDS.length; j++) {
          const want = num(row[j + 1]!);
          const f = method === "pearson" ? pearson : spearman;
          const unrounded = i === j ? 1 : f(...pairs(col(IDS[i]!), col(IDS[j]!)));
          expect(close(unrounded, want, 1e-12), `${IDS[i]} ${IDS[j]}`).toBe(true);
          expect(close(c.matrix[i]![j]!, want), `${IDS[i]} ${IDS[j]}`).toBe(true);
        }
      }
    });
  }
  it("each indicator with its component (the sign of a lower-is-better indicator reversed)", () => {
    const ref = fixture("cor_with_component.csv");
    const scores = fixture("component_scores.csv");
    for (const method of ["pearson", "spearman"] as const) {
      const c = correlations(FW, ROWS, { method });
      for (const [m, id, comp, r] of ref.rows) {
        if (m !== method) continue;
        const w = c.withComponent.find((x) => x.indicator === id)!;
        expect(w.component).toBe(comp);
        expect(close(w.correlation, num(r!)! * (id === "i3" ? -1 : 1)), `${method} ${id}`).toBe(true);
        // the component scores R was given are scoreUnits' own
        const k = scores.header.indexOf(comp!);
        const f = method === "pearson" ? pearson : spearman;
        const unrounded = f(
          ...pairs(
            col(id!),
            scores.rows.map((row) => num(row[k]!)),
          ),
        );
        expect(close(unrounded, num(r!), 1e-12)).toBe(true);
      }
    }
  });
  it("flags the collinear pair and the negative pairs inside a component (direction-adjusted)", () => {
    const c = correlations(FW, ROWS);
    expect(c.flags.filter((f) => f.flag === "collinear").map((f) => [f.a, f.b])).toEqual([["i6", "i7"]]);
    for (const f of c.flags.filter((f) => f.flag === "negative")) {
      const i = IDS.indexOf(f.a);
      const j = IDS.indexOf(f.b);
      const sign = (f.a === "i3" ? -1 : 1) * (f.b === "i3" ? -1 : 1);
      expect(c.matrix[i]![j]! * sign).toBeLessThan(0);
      expect(FW.indicators[i]!.component).toBe(FW.indicators[j]!.component);
    }
    // i1 and i3 (lower) correlate at +0.53 on raw values: −0.53 direction-adjusted
    expect(c.flags).toContainEqual({ flag: "negative", a: "i1", b: "i3", component: "env", correlation: -0.5279213099 });
  });
});

describe("cronbachAlpha equals COINr's get_cronbach", () => {
  it("every component", () => {
    const ref = fixture("get_cronbach.csv");
    const a = cronbachAlpha(FW, ROWS);
    for (const [c, v] of ref.rows) expect(close(a[c!]!, num(v!)), c).toBe(true);
    expect(correlations(FW, ROWS).alpha).toEqual(a);
  });
});

describe("treat equals COINr's Treat with its defaults", () => {
  const ref = fixture("treat_cases.csv");
  const h = (name: string) => ref.header.indexOf(name);
  for (const row of ref.rows) {
    it(`case ${row[0]}`, () => {
      const input = row[h("input")]!.split(" ").map(num);
      const want = row[h("output")]!.split(" ").map(num);
      const t = treat(input);
      const u = treatColumn(input);
      expect(t.values.length).toBe(want.length);
      t.values.forEach((v, i) => {
        expect(close(v, want[i]!), `value ${i}`).toBe(true);
      });
      expect(close(t.before.skewness, num(row[h("skew0")]!))).toBe(true);
      expect(close(t.before.kurtosis, num(row[h("kurt0")]!))).toBe(true);
      const nwin = num(row[h("nwin")]!);
      const last = num(row[h("skew2")]!) !== null ? "2" : "1";
      if (nwin === null) expect(t.method).toBe("none");
      else if (last === "2") expect(t.method).toBe("log");
      else {
        expect(t.method).toBe("winsorise");
        expect(t.winsorised).toBe(nwin);
      }
      if (t.method !== "none") {
        expect(close(t.after.skewness, num(row[h(`skew${last}`)]!))).toBe(true);
        expect(close(t.after.kurtosis, num(row[h(`kurt${last}`)]!))).toBe(true);
        expect(u.method).toBe(t.method);
      }
    });
  }
  it("the issue's reference: 1…20, 100, 200, 400, 800", () => {
    const t = treat([...Array.from({ length: 20 }, (_, i) => i + 1), 100, 200, 400, 800]);
    expect(t.values.slice(-4)).toEqual([100, 200, 200, 200]);
    expect(t.winsorised).toBe(2);
    expect(t.before.skewness!.toFixed(3)).toBe("3.516");
    expect(t.after.skewness!.toFixed(3)).toBe("2.128");
    expect(t.before.kurtosis!.toFixed(2)).toBe("13.01");
    expect(t.after.kurtosis!.toFixed(3)).toBe("3.047");
  });
  it("every column of the district data set (Treat(df))", () => {
    const vals = fixture("treat_districts_values.csv");
    const dets = fixture("treat_districts.csv");
    IDS.forEach((id, j) => {
      const t = treat(col(id));
      vals.rows.forEach((r, u) => {
        expect(close(t.values[u]!, num(r[j]!)), `${id} ${u}`).toBe(true);
      });
      const d = dets.rows.find((r) => r[0] === id)!;
      expect(t.method).toBe(d[4] === "NA" ? "none" : "winsorise");
    });
  });
});

describe("impute equals COINr's i_mean, i_median, i_mean_grp, i_median_grp", () => {
  const methods = { mean: "i_mean", median: "i_median", groupMean: "i_mean_grp", groupMedian: "i_median_grp" } as const;
  for (const [method, f] of Object.entries(methods)) {
    it(method, () => {
      const ref = fixture(`impute_${f}.csv`);
      const r = impute(FW, ROWS, { method: method as keyof typeof methods });
      ref.rows.forEach((row, u) => {
        ref.header.forEach((id, j) => {
          expect(close(r.rows[u]!.indicators[id]!, num(row[j]!)), `${method} ${u} ${id}`).toBe(true);
        });
      });
      const gaps = ROWS.flatMap((row) => IDS.filter((id) => row.indicators[id] === null)).length;
      expect(r.imputed.length + r.findings.length).toBe(gaps);
      if (method.startsWith("group")) {
        expect(r.findings.length).toBe(8); // i7: no unit of the group "south" has a value
        expect(r.findings.every((x) => x.code === "IMPUTATION_GAP" && x.details.group === "south")).toBe(true);
      } else expect(r.findings).toEqual([]);
    });
  }
});

describe("imputePanel equals COINr's impute_panel", () => {
  const ref = fixture("impute_panel.csv");
  for (const unit of ["A", "B"]) {
    for (const method of ["latest", "linear"] as const) {
      it(`unit ${unit}, ${method}`, () => {
        const rows = ref.rows.filter((r) => r[0] === unit);
        const series = rows.map((r) => ({ year: Number(r[1]), value: num(r[2]!) }));
        const got = imputePanel(series, { method });
        const k = ref.header.indexOf(method);
        got.series.forEach((p, i) => {
          expect(close(p.value, num(rows[i]![k]!)), `${p.year}`).toBe(true);
        });
      });
    }
  }
});
