/**
 * Imputation inside the framework: the spec and its errors, what a run fills and reports (mean,
 * median, by group, gaps it cannot fill), and the invariant that it never changes a present value.
 */
import { describe, expect, it } from "vitest";
import { test as prop, fc } from "@fast-check/vitest";
import { defineFramework, impute, scoreColumns, scoreUnits, type FrameworkSpec, type UnitRow } from "../../src/index";
import { prepareValues } from "../../src/scoring/prepare";
import { prepareColumns } from "../../src/scoring/stages";
import { thrown } from "../foundation/helpers";

const name = { vi: "Huyện", en: "District" };
const spec = (imputation: unknown): FrameworkSpec =>
  ({
    id: "d",
    name,
    components: [{ id: "env" }, { id: "soc" }],
    indicators: [
      { id: "a", component: "env", direction: "higher" },
      { id: "b", component: "env", direction: "lower" },
      { id: "c", component: "soc", direction: "higher" },
    ],
    imputation,
  }) as FrameworkSpec;

const rows: UnitRow[] = [
  { unit: "A", group: "north", indicators: { a: 1, b: 10, c: 5 } },
  { unit: "B", group: "north", indicators: { a: 2.5, b: null, c: 7 } },
  { unit: "C", group: "north", indicators: { a: null, b: 30, c: 9 } },
  { unit: "D", group: "south", indicators: { a: 8, b: 20, c: null } },
  { unit: "E", group: "south", indicators: { a: 10, b: 40 } },
  { unit: "F", indicators: { a: null, b: 50, c: 1 } },
];

describe("the imputation spec", () => {
  it.each([
    ["an unknown method", { method: "knn" }, ["imputation", "method"]],
    ["a bare string", "mean", ["imputation"]],
    ["an extra key", { method: "mean", decimals: 2 }, ["imputation"]],
    ["a __proto__ key", JSON.parse('{"method":"mean","__proto__":{}}'), ["imputation"]],
    ["NaN", Number.NaN, ["imputation"]],
  ])("refuses %s with a bilingual INVALID_FRAMEWORK naming the field", (_, imputation, path) => {
    const e = thrown(() => defineFramework(spec(imputation)));
    expect(e.code).toBe("INVALID_FRAMEWORK");
    expect(e.path).toEqual(path);
    expect(e.messageVi).toMatch(/imputation (phải|\.method phải)|imputation\.method phải|phải có dạng/);
  });
});

describe("an imputed run", () => {
  it("fills each gap with the column's mean, as impute() does, scores with it and says which values", () => {
    const fw = defineFramework(spec({ method: "mean" }));
    const s = scoreUnits(fw, rows);
    expect(s.imputed).toEqual(impute(fw, rows, { method: "mean" }).imputed);
    expect(s.imputed).toEqual([
      { unit: "B", indicator: "b", value: 30 },
      { unit: "C", indicator: "a", value: 5.375 },
      { unit: "D", indicator: "c", value: 5.5 },
      { unit: "E", indicator: "c", value: 5.5 },
      { unit: "F", indicator: "a", value: 5.375 },
    ]);
    expect(s.findings.filter((f) => f.code === "VALUES_IMPUTED").map((f) => [f.message, f.messageVi])).toEqual([
      [
        'indicator "a": 2 missing values filled with the mean of the indicator\'s present values before normalisation',
        'chỉ tiêu "a": đã điền 2 giá trị thiếu bằng trung bình của các giá trị hiện có của chỉ tiêu trước khi chuẩn hoá',
      ],
      [
        'indicator "b": 1 missing value filled with the mean of the indicator\'s present values before normalisation',
        'chỉ tiêu "b": đã điền 1 giá trị thiếu bằng trung bình của các giá trị hiện có của chỉ tiêu trước khi chuẩn hoá',
      ],
      [
        'indicator "c": 2 missing values filled with the mean of the indicator\'s present values before normalisation',
        'chỉ tiêu "c": đã điền 2 giá trị thiếu bằng trung bình của các giá trị hiện có của chỉ tiêu trước khi chuẩn hoá',
      ],
    ]);
    // C's a = 5.375 scores 1 + 9·(5.375 − 1)/9 = 5.375; nothing is missing any more.
    expect(s.units[2]!.indicators).toEqual({ a: 5.38, b: 5.5, c: 10 });
    expect(s.units.every((u) => u.rank !== null)).toBe(true);
    expect(s.indicators.every((i) => i.missing === 0)).toBe(true);
    expect(s.treated).toBeUndefined();
  });

  it("fills from the units of the same group, and reports a gap it cannot fill (no group, or a group without a value)", () => {
    const fw = defineFramework(spec({ method: "groupMedian" }));
    const s = scoreUnits(fw, rows);
    expect(s.imputed).toEqual([
      { unit: "B", indicator: "b", value: 20 },
      { unit: "C", indicator: "a", value: 1.75 },
    ]);
    const gaps = s.findings.filter((f) => f.code === "IMPUTATION_GAP");
    // Indicator by indicator, unit by unit.
    expect(gaps.map((f) => [f.message, f.messageVi, f.path])).toEqual([
      [
        'F: no value of "a" to impute: the unit has no group',
        'F: không có giá trị thay thế cho chỉ tiêu "a": đơn vị không thuộc nhóm nào',
        ["units", 5, "indicators", "a"],
      ],
      [
        'D: no value of "c" to impute: no unit of group "south" has one',
        'D: không có giá trị thay thế cho chỉ tiêu "c": không đơn vị nào trong nhóm "south" có số liệu',
        ["units", 3, "indicators", "c"],
      ],
      [
        'E: no value of "c" to impute: no unit of group "south" has one',
        'E: không có giá trị thay thế cho chỉ tiêu "c": không đơn vị nào trong nhóm "south" có số liệu',
        ["units", 4, "indicators", "c"],
      ],
    ]);
    // The gaps stay missing: D and E have no soc score, hence no composite.
    expect(s.units[3]!.components.soc).toBeNull();
    expect(s.units[3]!.rank).toBeNull();
  });

  it("gives scoreColumns the same numbers and record as scoreUnits", () => {
    const fw = defineFramework(spec({ method: "median" }));
    const s = scoreUnits(fw, rows);
    const cols = scoreColumns(fw, {
      units: rows.map((r) => r.unit),
      groups: rows.map((r) => r.group ?? null),
      columns: {
        a: rows.map((r) => (r.indicators.a ?? null) as number | null),
        b: rows.map((r) => (r.indicators.b ?? null) as number | null),
        c: rows.map((r) => (r.indicators.c ?? null) as number | null),
      },
    });
    expect(Array.from(cols.composite)).toEqual(s.units.map((u) => u.composite));
    expect(cols.imputed).toEqual(s.imputed);
    expect(cols.findings).toEqual(s.findings);
  });

  it("does not change the caller's rows", () => {
    const fw = defineFramework(spec({ method: "mean" }));
    const copy = JSON.parse(JSON.stringify(rows));
    scoreUnits(fw, rows);
    expect(rows).toEqual(copy);
  });
});

describe("imputation keeps present values", () => {
  const column = fc.array(
    fc.option(
      fc.integer({ min: -100000, max: 100000 }).map((x) => x / 100),
      { nil: null, freq: 3 },
    ),
    { minLength: 2, maxLength: 30 },
  );
  prop.prop([column, column, fc.constantFrom("mean", "median", "groupMean", "groupMedian")])(
    "imputation inside scoring never changes a present value (nor, under min–max, its score)",
    (a0, b0, method) => {
      const n = Math.min(a0.length, b0.length);
      const [a, b] = [a0.slice(0, n), b0.slice(0, n)];
      const fw = defineFramework({
        id: "p",
        name,
        components: [{ id: "env" }],
        indicators: [
          { id: "a", component: "env", direction: "higher" },
          { id: "b", component: "env", direction: "lower" },
        ],
        imputation: { method },
        decimals: 6,
      });
      const plain = defineFramework({
        id: "p",
        name,
        components: [{ id: "env" }],
        indicators: fw.indicators.map(({ id, component, direction }) => ({ id, component, direction })),
        decimals: 6,
      });
      const units = a.map((_, u) => `U${u}`);
      const groups = a.map((_, u) => (u % 3 === 0 ? "x" : "y"));
      const prep = prepareValues(prepareColumns(fw, { units, groups, columns: { a, b } }));
      [a, b].forEach((col, i) => {
        col.forEach((x, u) => {
          if (x !== null) expect(prep.values[i * n + u]).toBe(x);
        });
      });
      const rowsOf = units.map((unit, u) => ({ unit, group: groups[u]!, indicators: { a: a[u]!, b: b[u]! } }));
      const s = scoreUnits(fw, rowsOf);
      const t = scoreUnits(plain, rowsOf);
      for (let u = 0; u < n; u++) {
        if (a[u] !== null) expect(s.units[u]!.indicators.a).toBe(t.units[u]!.indicators.a);
        if (b[u] !== null) expect(s.units[u]!.indicators.b).toBe(t.units[u]!.indicators.b);
      }
      expect(s.imputed!.every((v) => (v.indicator === "a" ? a : b)[units.indexOf(v.unit)] === null)).toBe(true);
    },
  );
});
