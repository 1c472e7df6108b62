/**
 * Outlier treatment inside the framework: the spec (framework-wide, per indicator, switched off
 * per indicator), its errors, the findings and result of a treated run, and the invariant that
 * treatment never swaps two units' order.
 */
import { describe, expect, it } from "vitest";
import { test as prop, fc } from "@fast-check/vitest";
import { defineFramework, scoreUnits, treat, uncertainty, type FrameworkSpec, type UnitRow } from "../../src/index";
import { prepareValues } from "../../src/scoring/prepare";
import { prepareColumns } from "../../src/scoring/stages";
import { thrown } from "../foundation/helpers";

const name = { vi: "Huyện", en: "District" };
const spec = (extra: Record<string, unknown> = {}, indicator: Record<string, unknown> = {}): FrameworkSpec =>
  ({
    id: "d",
    name,
    components: [{ id: "env" }],
    indicators: [
      { id: "a", component: "env", direction: "higher", ...indicator },
      { id: "b", component: "env", direction: "lower" },
    ],
    ...extra,
  }) as FrameworkSpec;
// The reference column of `treat`: 1…20, 100, 200, 400, 800 → winsorised 2 points.
const ref = [...Array.from({ length: 20 }, (_, i) => i + 1), 100, 200, 400, 800];
const rows: UnitRow[] = ref.map((x, u) => ({ unit: `U${u + 1}`, indicators: { a: x, b: ref[(u * 7) % ref.length]! } }));

describe("the treatment spec", () => {
  it("fills COINr's defaults (winmax 5, skewness 2, kurtosis 3.5) and keeps an indicator's own rule", () => {
    const fw = defineFramework(spec({ treatment: { method: "auto" } }, { treatment: { method: "auto", winmax: 1, kurtosisThreshold: 4 } }));
    expect(fw.treatment).toEqual({ method: "auto", winmax: 5, skewThreshold: 2, kurtosisThreshold: 3.5 });
    expect(fw.indicators[0]!.treatment).toEqual({ method: "auto", winmax: 1, skewThreshold: 2, kurtosisThreshold: 4 });
    expect(fw.indicators[1]!.treatment).toBeUndefined();
    expect(defineFramework(spec({}, { treatment: { method: "none" } })).indicators[0]!.treatment).toEqual({ method: "none" });
  });

  it("leaves a framework without treatment or imputation exactly as before (no new keys)", () => {
    const fw = defineFramework(spec());
    expect("treatment" in fw || "imputation" in fw || "treatment" in fw.indicators[0]!).toBe(false);
    const s = scoreUnits(fw, rows);
    expect(Object.keys(s)).toEqual(["kind", "framework", "units", "indicators", "findings"]);
  });

  it("survives a JSON copy of the framework (rebuilt from its spec, same scores)", () => {
    const fw = defineFramework(spec({ treatment: { method: "auto" }, imputation: { method: "median" } }, { treatment: { method: "auto", winmax: 3 } }));
    const copy = JSON.parse(JSON.stringify(fw));
    expect(scoreUnits(copy, rows)).toEqual(scoreUnits(fw, rows));
  });

  it.each([
    ["an unknown method", { treatment: { method: "winsorise" } }, ["treatment", "method"]],
    ["no method", { treatment: {} }, ["treatment", "method"]],
    ["a string", { treatment: "auto" }, ["treatment"]],
    ["NaN winmax", { treatment: { method: "auto", winmax: Number.NaN } }, ["treatment", "winmax"]],
    ["a fractional winmax", { treatment: { method: "auto", winmax: 2.5 } }, ["treatment", "winmax"]],
    ["an empty-text winmax", { treatment: { method: "auto", winmax: "" } }, ["treatment", "winmax"]],
    ["an Infinity skewThreshold", { treatment: { method: "auto", skewThreshold: Number.POSITIVE_INFINITY } }, ["treatment", "skewThreshold"]],
    ["a negative skewThreshold", { treatment: { method: "auto", skewThreshold: -1 } }, ["treatment", "skewThreshold"]],
    ['an "abc" kurtosisThreshold', { treatment: { method: "auto", kurtosisThreshold: "abc" } }, ["treatment", "kurtosisThreshold"]],
    ["options with none", { treatment: { method: "none", winmax: 3 } }, ["treatment"]],
    ["a __proto__ key", { treatment: JSON.parse('{"method":"auto","__proto__":{"winmax":1}}') }, ["treatment"]],
  ])("refuses %s with a bilingual INVALID_FRAMEWORK naming the field", (_, extra, path) => {
    const e = thrown(() => defineFramework(spec(extra)));
    expect(e.code).toBe("INVALID_FRAMEWORK");
    expect(e.path).toEqual(path);
    expect(e.message).toMatch(/treatment|winmax|Threshold|unknown key/);
    expect(e.messageVi).not.toBe(e.message);
    expect(e.messageVi).not.toMatch(/\b(must|the|remove)\b/);
  });

  it("refuses treatment or imputation in a framework without indicators (it would do nothing)", () => {
    const bare = { id: "plan", name, components: [{ id: "env" }] };
    const t = thrown(() => defineFramework({ ...bare, treatment: { method: "auto" } } as FrameworkSpec));
    expect([t.code, t.path, t.message]).toEqual([
      "INVALID_FRAMEWORK",
      ["treatment"],
      "treatment: treatment works on the raw values of indicators, and this framework has none; add indicators or leave out treatment",
    ]);
    const i = thrown(() => defineFramework({ ...bare, imputation: { method: "mean" } } as FrameworkSpec));
    expect(i.messageVi).toBe(
      "imputation: điền giá trị thiếu (imputation) áp dụng cho số liệu gốc của các chỉ tiêu, nhưng bộ chỉ số này không có chỉ tiêu nào; hãy thêm chỉ tiêu hoặc bỏ imputation",
    );
  });

  it("refuses a bad rule on an indicator at the indicator's path", () => {
    const e = thrown(() => defineFramework(spec({}, { treatment: { method: "log" } })));
    expect(e.path).toEqual(["indicators", 0, "treatment", "method"]);
    expect(e.messageVi).toBe(
      'indicators[0].treatment.method: treatment.method phải là "auto" (thay giá trị ngoại lai, nếu chưa đạt thì lấy logarit, như COINr) hoặc "none"',
    );
  });

  it("refuses auto treatment of an indicator normalised by goalposts (a log would leave their units), unless it says none", () => {
    const goal = { normalization: { method: "goalposts", min: 0, max: 1000 } };
    const e = thrown(() => defineFramework(spec({ treatment: { method: "auto" } }, goal)));
    expect(e.code).toBe("INVALID_FRAMEWORK");
    expect(e.path).toEqual(["treatment"]);
    expect(e.message).toBe(
      'treatment: indicator "a" is normalised by goalposts in the units of its raw values, but treatment "auto" may log-transform those values; give this indicator "treatment": { "method": "none" }, or normalise it with minmax',
    );
    expect(e.messageVi).toBe(
      'treatment: chỉ tiêu "a" được chuẩn hoá bằng goalposts theo đơn vị của số liệu gốc, nhưng cách xử lý giá trị ngoại lai "auto" có thể lấy logarit số liệu đó; hãy ghi cho chỉ tiêu này "treatment": { "method": "none" }, hoặc chuẩn hoá bằng minmax',
    );
    const dt = thrown(() => defineFramework(spec({}, { treatment: { method: "auto" }, normalization: { method: "distanceToTarget", low: 0, target: 50 } })));
    expect(dt.path).toEqual(["indicators", 0, "treatment"]);
    expect(() => defineFramework(spec({ treatment: { method: "auto" } }, { ...goal, treatment: { method: "none" } }))).not.toThrow();
  });
});

describe("a treated run", () => {
  it("winsorises the reference column as treat() does, says so in a finding and in `treated`", () => {
    const fw = defineFramework(spec({ treatment: { method: "auto" } }));
    const s = scoreUnits(fw, rows);
    const t = treat(ref);
    // b (the same values in another order) is treated too: the rule is framework-wide.
    const same = { method: "winsorise", winsorised: 2, passes: true, before: t.before, after: t.after };
    expect(s.treated).toEqual([
      { indicator: "a", ...same },
      { indicator: "b", ...same },
    ]);
    expect(s.findings.filter((f) => f.code === "OUTLIERS_TREATED").map((f) => f.message)).toEqual([
      'indicator "a": 2 outlying values winsorised (set to the next value in) before normalisation; skewness 3.516 → 2.128, kurtosis 13.014 → 3.047',
      'indicator "b": 2 outlying values winsorised (set to the next value in) before normalisation; skewness 3.516 → 2.128, kurtosis 13.014 → 3.047',
    ]);
    expect(s.findings[0]!.messageVi).toBe(
      'chỉ tiêu "a": đã thay 2 giá trị ngoại lai bằng giá trị liền kề trước khi chuẩn hoá; độ lệch 3,516 → 2,128, độ nhọn 13,014 → 3,047',
    );
    // 400 and 800 became 200: all three score the top of the range; 100 scores 1 + 9·99/199.
    const score = (unit: string) => s.units.find((u) => u.unit === unit)!.indicators.a;
    expect([score("U22"), score("U23"), score("U24"), score("U21")]).toEqual([10, 10, 10, 5.48]);
    expect(s.imputed).toBeUndefined();
  });

  it('scores an indicator with treatment "none" from its raw values while the others are treated', () => {
    const fw = defineFramework(spec({ treatment: { method: "auto" } }, { treatment: { method: "none" } }));
    const plain = scoreUnits(defineFramework(spec()), rows);
    const s = scoreUnits(fw, rows);
    expect(s.units.map((u) => u.indicators.a)).toEqual(plain.units.map((u) => u.indicators.a));
    expect(s.treated!.map((t) => t.indicator)).toEqual(["b"]);
  });

  it("log-transforms when winsorising winmax points is not enough", () => {
    const fw = defineFramework(spec({}, { treatment: { method: "auto", winmax: 1 } }));
    const s = scoreUnits(fw, rows);
    expect(s.treated!.map((t) => [t.indicator, t.method, t.winsorised, t.passes])).toEqual([["a", "log", 0, true]]);
    const f = s.findings.find((x) => x.code === "OUTLIERS_TREATED")!;
    expect(f.severity).toBe("info");
    expect(f.message).toMatch(
      /^indicator "a": still skewed after winsorising 1 points, so its values were log-transformed, log\(x − min \+ 0\.01·\(max − min\)\), before normalisation; skewness 3\.516 → /,
    );
    // log is increasing: the order of the units is kept, 1 scores 1 and 800 scores 10.
    expect(s.units[0]!.indicators.a).toBe(1);
    expect(s.units[23]!.indicators.a).toBe(10);
  });
});

describe("other runs take the stage too", () => {
  it("uncertainty's nominal ranks are scoreUnits' ranks of the treated, imputed values", () => {
    const fw = defineFramework(spec({ treatment: { method: "auto" }, imputation: { method: "mean" } }, { treatment: { method: "auto", winmax: 1 } }));
    const gappy = rows.map((r, u) => (u === 3 ? { ...r, indicators: { a: null, b: r.indicators.b } } : r));
    const nominal = uncertainty(fw, gappy, { runs: 2, seed: 1 }).units.map((x) => x.nominal);
    expect(nominal).toEqual(scoreUnits(fw, gappy).units.map((x) => x.rank));
    expect(nominal).not.toEqual(scoreUnits(defineFramework(spec()), gappy).units.map((x) => x.rank));
  });
});

const column = fc.array(
  fc.option(
    fc.oneof(
      fc.integer({ min: -500, max: 500 }).map((x) => x / 10),
      fc.integer({ min: 0, max: 30 }).map((k) => 2 ** k),
      fc.constantFrom(0, 1, 1, 2),
    ),
    { nil: null, freq: 6 },
  ),
  { minLength: 4, maxLength: 40 },
);

describe("treatment is monotone", () => {
  prop.prop([column, fc.integer({ min: 0, max: 6 }), fc.boolean()])(
    "treatment never swaps two units' order (prepared values and scores)",
    (xs, winmax, imputed) => {
      const fw = defineFramework({
        id: "p",
        name,
        components: [{ id: "env" }],
        indicators: [{ id: "a", component: "env", direction: "higher" }],
        treatment: { method: "auto", winmax },
        ...(imputed ? { imputation: { method: "median" as const } } : {}),
        decimals: 6,
      });
      const units = xs.map((_, u) => `U${u}`);
      const prep = prepareValues(prepareColumns(fw, { units, columns: { a: xs } }));
      const s = scoreUnits(
        fw,
        xs.map((x, u) => ({ unit: units[u]!, indicators: { a: x } })),
      );
      for (let u = 0; u < xs.length; u++) {
        for (let v = 0; v < xs.length; v++) {
          const [x, y] = [xs[u]!, xs[v]!];
          if (x === null || y === null || !(x < y)) continue;
          expect(prep.values[u]!).toBeLessThanOrEqual(prep.values[v]!);
          const [a, b] = [s.units[u]!.indicators.a, s.units[v]!.indicators.a];
          if (a !== null && b !== null) expect(a).toBeLessThanOrEqual(b);
        }
      }
    },
  );
});
