import { describe, expect, it } from "vitest";
import { correlationHeatmap, correlations, cronbachAlpha, impute, imputePanel, indicatorStats, isPgiError, PGI, treat } from "../../src/index";
import { FW, ROWS } from "./helpers";

/** The PgiError `fn` throws: its code, path and both messages (the Vietnamese written out, not the English). */
function refusal(fn: () => unknown): { code: string; path: string; en: string; vi: string } {
  try {
    fn();
  } catch (e) {
    expect(isPgiError(e)).toBe(true);
    const pe = e as { code: string; path: (string | number)[]; message: string; messageVi: string };
    expect(pe.messageVi).not.toBe(pe.message);
    expect(pe.messageVi.length).toBeGreaterThan(10);
    return { code: pe.code, path: pe.path.join("."), en: pe.message, vi: pe.messageVi };
  }
  throw new Error("expected a PgiError");
}

const row = (indicators: Record<string, unknown>, unit = "X") => ({ unit, indicators });
const withBad = (bad: unknown) => [...ROWS.slice(0, 3), row({ i1: bad }, "Bad")];
const TABLE_FNS = {
  impute: (rows: unknown[]) => impute(FW, rows, { method: "mean" }),
  indicatorStats: (rows: unknown[]) => indicatorStats(FW, rows),
  correlations: (rows: unknown[]) => correlations(FW, rows),
  cronbachAlpha: (rows: unknown[]) => cronbachAlpha(FW, rows),
};

describe("bad rows are refused with a bilingual PgiError", () => {
  for (const [name, fn] of Object.entries(TABLE_FNS)) {
    describe(name, () => {
      for (const bad of [NaN, Infinity, -Infinity, "", "abc", true, {}]) {
        it(`value ${String(typeof bad === "object" ? "{}" : bad)}`, () => {
          const r = refusal(() => fn(withBad(bad)));
          expect(r.code).toBe("INVALID_NUMBER");
          expect(r.path).toBe("rows.3.indicators.i1");
        });
      }
      it("an unknown indicator", () => {
        const r = refusal(() => fn([row({ i99: 1 })]));
        expect(r.code).toBe("UNKNOWN_INDICATOR");
        expect(r.vi).toContain('"i99"');
      });
      it("a unit twice", () => {
        const r = refusal(() => fn([row({ i1: 1 }, "Văn Quan"), row({ i1: 2 }, "văn quan ")]));
        expect(r.code).toBe("DUPLICATE_UNIT");
        expect(r.path).toBe("rows.1.unit");
      });
      it("__proto__ keys", () => {
        const r = refusal(() => fn([{ unit: "X", indicators: JSON.parse('{"__proto__": 1}') }]));
        expect(r.code).toBe("UNSAFE_KEY");
        const r2 = refusal(() => fn([JSON.parse('{"unit": "X", "indicators": {}, "__proto__": {}}')]));
        expect(r2.code).toBe("UNSAFE_KEY");
      });
      it("rows that are not an array, a row without a unit, an unknown field", () => {
        expect(refusal(() => fn("rows" as never)).code).toBe("INVALID_INPUT");
        expect(refusal(() => fn([{ indicators: {} }])).path).toBe("rows.0.unit");
        expect(refusal(() => fn([{ unit: "X", indicators: {}, colour: 1 }])).path).toBe("rows.0.colour");
      });
      it("a framework without indicators (PGI)", () => {
        expect(refusal(() => (name === "impute" ? impute(PGI, [], { method: "mean" }) : indicatorStats(PGI, []))).code).toBe("INVALID_FRAMEWORK");
      });
    });
  }
});

describe("bad options are refused", () => {
  it("impute: a missing or unknown method, bad decimals, an unknown option", () => {
    expect(refusal(() => impute(FW, ROWS, {} as never)).path).toBe("options.method");
    expect(refusal(() => impute(FW, ROWS, { method: "mode" } as never)).vi).toContain('"groupMean"');
    expect(refusal(() => impute(FW, ROWS, { method: "mean", decimals: 11 })).path).toBe("options.decimals");
    expect(refusal(() => impute(FW, ROWS, { method: "mean", by: "x" } as never)).path).toBe("options.by");
    expect(refusal(() => impute(FW, ROWS, JSON.parse('{"method": "mean", "__proto__": 1}'))).code).toBe("UNSAFE_KEY");
  });
  it("correlations: method and thresholds", () => {
    expect(refusal(() => correlations(FW, ROWS, { method: "kendall" } as never)).path).toBe("options.method");
    expect(refusal(() => correlations(FW, ROWS, { collinear: NaN })).path).toBe("options.collinear");
    expect(refusal(() => correlations(FW, ROWS, { negative: 2 })).path).toBe("options.negative");
  });
  it("treat: values and options", () => {
    for (const bad of [NaN, Infinity, "", "abc"]) expect(refusal(() => treat([1, 2, bad as number])).code).toBe("INVALID_NUMBER");
    expect(refusal(() => treat("1,2,3" as never)).code).toBe("INVALID_INPUT");
    expect(refusal(() => treat([1, 2, 3], { winmax: -1 })).path).toBe("options.winmax");
    expect(refusal(() => treat([1, 2, 3], { skewThreshold: Infinity })).path).toBe("options.skewThreshold");
  });
  it("imputePanel: years and values", () => {
    expect(
      refusal(() =>
        imputePanel(
          [
            { year: 2020, value: 1 },
            { year: 2020, value: 2 },
          ],
          { method: "latest" },
        ),
      ).path,
    ).toBe("series.1.year");
    expect(refusal(() => imputePanel([{ year: 2020.5, value: 1 }], { method: "latest" })).path).toBe("series.0.year");
    expect(refusal(() => imputePanel([{ year: 2020, value: "abc" }], { method: "linear" })).code).toBe("INVALID_NUMBER");
    expect(refusal(() => imputePanel([{ year: 2020, value: NaN }], { method: "linear" })).code).toBe("INVALID_NUMBER");
    expect(refusal(() => imputePanel([JSON.parse('{"year": 2020, "value": 1, "__proto__": 1}')], { method: "linear" })).code).toBe("UNSAFE_KEY");
    expect(refusal(() => imputePanel([], { method: "nearest" } as never)).path).toBe("options.method");
  });
  it("correlationHeatmap: only a correlations result", () => {
    expect(refusal(() => correlationHeatmap({ kind: "scoring" } as never)).code).toBe("INVALID_INPUT");
    expect(refusal(() => correlationHeatmap(correlations(FW, ROWS), { width: 0 })).path).toBe("options.width");
  });
});

describe("inputs are read, never changed", () => {
  it("numeric strings with a decimal comma are read; the rows are not mutated", () => {
    const rows = [row({ i1: "1,5" }, "A"), row({ i1: 2.5 }, "B"), row({ i1: null }, "C")];
    const copy = JSON.parse(JSON.stringify(rows));
    const r = impute(FW, rows, { method: "mean" });
    expect(r.imputed.find((x) => x.indicator === "i1")).toEqual({ unit: "C", indicator: "i1", value: 2 });
    expect(rows).toEqual(copy);
    expect(Object.isFrozen(r)).toBe(true);
  });
  it("means are exact for values printed with an exponent and for negative values", () => {
    const rows = [1e-7, 2e-7, 4e-7].map((i1, u) => ({ unit: `U${u}`, indicators: { i1 } }));
    expect(indicatorStats(FW, rows).indicators[0]!.mean).toBe(2.333e-7);
    const neg = [-0.5, -0.25, 0.1].map((i1, u) => ({ unit: `U${u}`, indicators: { i1 } }));
    expect(indicatorStats(FW, neg, { decimals: 4 }).indicators[0]!.mean).toBe(-0.2167);
  });
  it("a too short or constant column is left as it is by treat", () => {
    expect(treat([1, 2, 1000]).method).toBe("none");
    expect(treat([5, 5, 5, 5, 5]).before).toEqual({ skewness: null, kurtosis: null });
    expect(treat([null, 1, null]).values).toEqual([null, 1, null]);
  });
  it("imputePanel: before the first known year stays missing under latest, with a finding", () => {
    const r = imputePanel(
      [
        { year: 2021, value: null },
        { year: 2022, value: 3 },
        { year: 2023, value: null },
      ],
      { method: "latest" },
    );
    expect(r.series.map((p) => p.value)).toEqual([null, 3, 3]);
    expect(r.series[2]).toEqual({ year: 2023, value: 3, imputed: true, from: 2022 });
    expect(r.findings.map((f) => f.code)).toEqual(["IMPUTATION_GAP"]);
    expect(
      imputePanel(
        [
          { year: 2021, value: null },
          { year: 2022, value: 3 },
        ],
        { method: "linear" },
      ).series[0]!.value,
    ).toBe(3);
  });
  it("imputePanel: linear interpolation is exact", () => {
    const r = imputePanel(
      [
        { year: 2020, value: 0.1 },
        { year: 2021, value: null },
        { year: 2022, value: null },
        { year: 2023, value: 0.2 },
      ],
      { method: "linear", decimals: 4 },
    );
    expect(r.series.map((p) => p.value)).toEqual([0.1, 0.1333, 0.1667, 0.2]);
  });
});
