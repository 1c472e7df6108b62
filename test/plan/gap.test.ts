import { describe, expect, it } from "vitest";
import { test as prop, fc } from "@fast-check/vitest";
import { exactSum } from "../../src/testing";
import {
  checkPlan,
  createPlan,
  gapReport,
  gapStatusLabel,
  langSonPlan2024,
  publishedScoreCard,
  scoreCard,
  toCsv,
  toMarkdown,
  yearOverYear,
  type PlanInput,
} from "../../src/index";
import { parseCsv } from "../../src/render/primitives";
import { thrown } from "../foundation/helpers";

const ids = ["pollution", "compliance", "greenPractices", "incentives"] as const;
const card = (year: number, s: readonly number[], extra: Record<string, unknown> = {}) =>
  scoreCard({ unit: "Tỉnh A", year, scores: Object.fromEntries(ids.map((id, i) => [id, s[i]!])), ...extra });
const plan = (b: readonly number[], t: readonly (number | null)[], over: Partial<PlanInput> = {}) =>
  createPlan({
    unit: "Tỉnh A",
    units: "any",
    title: "KH",
    baselineYear: 2023,
    targetYear: 2024,
    baseline: Object.fromEntries(ids.map((id, i) => [id, b[i]!])),
    targets: Object.fromEntries(ids.flatMap((id, i) => (t[i] === null ? [] : [[id, t[i]!]]))),
    ...over,
  });

describe("gapReport: Lạng Sơn 2024 against its plan", () => {
  const report = gapReport(createPlan(langSonPlan2024()), publishedScoreCard("Lạng Sơn", 2024));

  it("rows carry baseline, target, actual, deltas, remaining, surplus, progress and status", () => {
    expect(report.subIndices.pollution).toEqual({
      baseline: 4.84,
      target: 6.58,
      actual: 4.95,
      plannedDelta: 1.74,
      achievedDelta: 0.11,
      remaining: 1.63,
      surplus: 0,
      progress: 0.0632,
      status: "partial",
    });
    expect(report.subIndices.greenPractices).toEqual({
      baseline: 3.6,
      target: 4.38,
      actual: 6.71,
      plannedDelta: 0.78,
      achievedDelta: 3.11,
      remaining: 0,
      surplus: 2.33,
      progress: 3.9872,
      status: "met",
    });
    expect(report.composite).toEqual({
      baseline: 17.33,
      target: 22.37,
      actual: 22.63,
      plannedDelta: 5.04,
      achievedDelta: 5.3,
      remaining: 0,
      surplus: 0.26,
      progress: 1.0516,
      status: "met",
    });
  });

  it("summarises met and missed, and flags a composite met while sub-indices are missed", () => {
    expect(report.summary).toEqual({
      met: ["greenPractices", "incentives"],
      missed: ["pollution", "compliance"],
      compositeMet: true,
      compositeMetButSubIndicesMissed: true,
      subIndicesMetButCompositeMissed: false,
    });
    expect(report.actual).toEqual({ composite: 22.63, publishedComposite: null, rank: null, source: expect.stringContaining("edition inferred") });
  });

  it("the table's status and the summary say the same words: đạt / chưa đạt (regression: 'đạt một phần' against 'Chưa đạt')", () => {
    const vi = toMarkdown(report);
    expect(vi).toContain(
      "Đạt chỉ tiêu: Thúc đẩy thực hành xanh, Chính sách khuyến khích và dịch vụ hỗ trợ. Chưa đạt: Giảm thiểu ô nhiễm và thiên tai, Đảm bảo tuân thủ.",
    );
    expect(vi).not.toContain("một phần");
    const rows = vi.split("\n").filter((l) => l.startsWith("| Giảm thiểu") || l.startsWith("| Đảm bảo"));
    expect(rows.map((l) => l.split("|").at(-2)!.trim())).toEqual(["chưa đạt (có cải thiện)", "chưa đạt (có cải thiện)"]);
    expect(toMarkdown(report, { lang: "en" })).toContain("| missed (improved) |");
    expect([gapStatusLabel("none"), gapStatusLabel("regressed"), gapStatusLabel("noTarget", "en")]).toEqual([
      "chưa đạt (không đổi)",
      "chưa đạt (kém hơn cơ sở)",
      "no target",
    ]);
  });

  it("renders in Vietnamese and English", () => {
    const vi = toMarkdown(report);
    expect(vi).toMatch(
      /\| Giảm thiểu ô nhiễm và thiên tai\s+\|\s+4,84 \|\s+6,58 \|\s+4,95 \|\s+\+1,74 \|\s+\+0,11 \|\s+1,63 \|\s+0,00 \|\s+6,3 % \| chưa đạt \(có cải thiện\)/,
    );
    // the inferred edition is said in the reader's language, next to the source page
    expect(vi).toContain(
      "Nguồn kết quả: https://pcivietnam.vn/en/pgi/pci-subindices-of-63-provincescities — năm của số liệu là suy luận (trang nguồn không ghi năm)",
    );
    expect(vi).not.toContain("edition inferred");
    const en = toMarkdown(report, { lang: "en" });
    expect(en).toContain("The composite target is met although some sub-index targets are missed.");
    expect(en).toContain("Source of the results: https://pcivietnam.vn/en/pgi/pci-subindices-of-63-provincescities — edition inferred");
  });
});

describe("gapReport: statuses", () => {
  it("met, partial, none and regressed", () => {
    const r = gapReport(plan([5, 5, 5, 5], [6, 6, 6, 6]), card(2024, [6.5, 5.5, 5, 4.9]));
    expect(ids.map((id) => r.subIndices[id].status)).toEqual(["met", "partial", "none", "regressed"]);
    expect(r.subIndices.incentives).toMatchObject({ achievedDelta: -0.1, remaining: 1.1, surplus: 0, progress: -0.1 });
    expect(r.summary.missed).toEqual(["compliance", "greenPractices", "incentives"]);
    expect(r.composite.status).toBe("partial");
  });

  it("every sub-index met but the composite target (stated higher) missed", () => {
    const r = gapReport(plan([5, 5, 5, 5], [6, 6, 6, 6], { compositeTarget: 25 }), card(2024, [6, 6, 6, 6]));
    expect(r.summary.subIndicesMetButCompositeMissed).toBe(true);
    expect(r.composite).toMatchObject({ target: 25, actual: 24, remaining: 1, status: "partial" });
  });

  it("progress is null when the planned delta is 0 or negative; noTarget rows", () => {
    const r = gapReport(plan([5, 5, 5, 5], [5, 4, null, 6]), card(2024, [5, 4.5, 5, 6]));
    expect(r.subIndices.pollution).toMatchObject({ status: "met", progress: null });
    expect(r.subIndices.compliance).toMatchObject({ status: "met", progress: null, surplus: 0.5 });
    expect(r.subIndices.greenPractices).toMatchObject({ status: "noTarget", target: null, remaining: null, surplus: null, progress: null });
    expect(r.composite.status).toBe("noTarget");
    expect(r.summary.compositeMet).toBeNull();
  });

  it("a zero composite planned delta is 0, never -0 (regression: fast-check counterexample)", () => {
    const r = gapReport(plan([5.43, 1.06, 4.51, 5.46], [1.03, 6.3, 1.01, 8.12]), card(2024, [1, 1, 1, 1]));
    expect(Object.is(r.composite.plannedDelta, 0)).toBe(true);
    expect(r.composite.progress).toBeNull();
    expect(r.composite.status).toBe("regressed");
    expect(JSON.stringify(r.composite.plannedDelta)).toBe("0");
  });

  it("uses the published composite and rank of the actual card", () => {
    const r = gapReport(
      plan([7.43, 5.85, 3.83, 5.23], [7.5, 7, 4.5, 6]),
      scoreCard({ unit: "Tỉnh A", year: 2024, scores: { 1: 7.65, 2: 7.58, 3: 4.99, 4: 6.11 }, composite: 26.34, rank: 13 }),
    );
    expect(r.composite.actual).toBe(26.34);
    expect(r.actual).toEqual({ composite: 26.34, publishedComposite: 26.34, rank: 13, source: null });
    expect(toMarkdown(r)).toContain("Xếp hạng công bố năm 2024: 13.");
  });

  it("refuses results of another unit, year or kind", () => {
    const p = plan([5, 5, 5, 5], [6, 6, 6, 6]);
    expect(thrown(() => gapReport(p, card(2023, [6, 6, 6, 6]))).path).toEqual(["actual", "year"]);
    expect(thrown(() => gapReport(p, scoreCard({ unit: "Tỉnh B", year: 2024, scores: { 1: 5, 2: 5, 3: 5, 4: 5 } }))).path).toEqual(["actual", "unit"]);
    expect(thrown(() => gapReport(p, { pollution: 5 } as never)).path).toEqual(["actual"]);
  });
});

describe("yearOverYear", () => {
  it("Hải Dương 2023 → 2024: changes, counts, rank and summary", () => {
    const y = yearOverYear(publishedScoreCard("Hải Dương", 2023), publishedScoreCard("Hải Dương", 2024));
    expect(y.subIndices.pollution).toEqual({ previous: 7.43, current: 7.65, change: 0.22, direction: "up" });
    expect(y.composite).toEqual({ previous: 22.34, current: 26.34, change: 4, direction: "up" });
    expect(y.rank).toEqual({ previous: 25, current: 13, change: 12 });
    expect(y.counts).toEqual({ up: 4, down: 0, unchanged: 0 });
    expect(y.summary.en).toBe("4 sub-indices rose; the PGI composite rose by 4.00 points (22.34 → 26.34)");
  });

  it("says it the way plans do: '3 chỉ số thành phần giảm điểm, 1 chỉ số thành phần tăng điểm'", () => {
    const y = yearOverYear(card(2023, [6, 6, 6, 6]), card(2024, [5, 5.5, 5.99, 6.2]));
    expect(y.counts).toEqual({ up: 1, down: 3, unchanged: 0 });
    expect(y.summary.vi).toBe("3 chỉ số thành phần giảm điểm, 1 chỉ số thành phần tăng điểm; điểm PGI giảm 1,31 điểm (24,00 → 22,69)");
    expect(y.summary.en).toBe("3 sub-indices fell, 1 sub-index rose; the PGI composite fell by 1.31 points (24.00 → 22.69)");
  });

  it("unchanged scores and composite", () => {
    const y = yearOverYear(card(2023, [6, 6, 6, 6]), card(2024, [6, 6, 6, 6]));
    expect(y.counts).toEqual({ up: 0, down: 0, unchanged: 4 });
    expect(y.summary.vi).toBe("4 chỉ số thành phần giữ nguyên điểm; điểm PGI giữ nguyên (24,00)");
  });

  it("refuses swapped years, other units and non-cards", () => {
    expect(thrown(() => yearOverYear(card(2024, [6, 6, 6, 6]), card(2023, [6, 6, 6, 6]))).path).toEqual(["current", "year"]);
    expect(thrown(() => yearOverYear(card(2023, [6, 6, 6, 6]), publishedScoreCard("Hải Dương", 2024))).path).toEqual(["current", "unit"]);
    expect(thrown(() => yearOverYear({} as never, card(2024, [6, 6, 6, 6]))).path).toEqual(["previous"]);
  });
});

const score = fc.integer({ min: 100, max: 1000 });
const four = fc.tuple(score, score, score, score);
const toScores = (h: readonly number[]) => h.map((x) => x / 100);

describe("plan and gap properties", () => {
  prop.prop(
    [
      four,
      fc.tuple(
        fc.integer({ min: -300, max: 300 }),
        fc.integer({ min: -300, max: 300 }),
        fc.integer({ min: -300, max: 300 }),
        fc.integer({ min: -300, max: 300 }),
      ),
    ],
    { numRuns: 150 },
  )("target = baseline + delta exactly for any 2-dp inputs", (b, d) => {
    const p = createPlan({
      unit: "U",
      units: "any",
      title: "T",
      baselineYear: 2023,
      targetYear: 2024,
      baseline: Object.fromEntries(ids.map((id, i) => [id, b[i]! / 100])),
      targets: Object.fromEntries(ids.map((id, i) => [id, { delta: d[i]! / 100 }])),
    });
    ids.forEach((id, i) => {
      expect(p.subIndices[id].target).toBe((b[i]! + d[i]!) / 100);
      expect(p.subIndices[id].delta).toBe(d[i]! / 100);
    });
    expect(p.composite.delta).toBe(d.reduce((x, y) => x + y, 0) / 100);
  });

  prop.prop([four, four], { numRuns: 150 })("progress is 1 exactly when actual equals target (and the plan raises it)", (b, t) => {
    const p = plan(toScores(b), toScores(t));
    const r = gapReport(p, card(2024, toScores(t)));
    for (const [i, id] of ids.entries()) {
      const row = r.subIndices[id];
      expect(row.status).toBe("met");
      expect(row.progress).toBe(t[i]! > b[i]! ? 1 : null);
      expect(row.remaining).toBe(0);
      expect(row.surplus).toBe(0);
    }
  });

  prop.prop([four, four, four], { numRuns: 200 })("status and remaining/surplus agree: remaining > 0 ⇔ not met", (b, t, a) => {
    const r = gapReport(plan(toScores(b), toScores(t)), card(2024, toScores(a)));
    for (const row of [...ids.map((id) => r.subIndices[id]), r.composite]) {
      expect(row.remaining! > 0).toBe(row.status !== "met");
      expect(row.surplus! > 0).toBe(row.status === "met" && row.actual > row.target!);
      expect(row.remaining! === 0 || row.surplus! === 0).toBe(true);
      if (row.status === "partial") expect(row.achievedDelta).toBeGreaterThan(0);
      if (row.status === "regressed") expect(row.achievedDelta).toBeLessThan(0);
      if (row.status === "none") expect(row.achievedDelta).toBe(0);
    }
  });

  prop.prop([four, four, four], { numRuns: 150 })("the composite row equals the sum of the sub-index rows when no composite target is stated", (b, t, a) => {
    const r = gapReport(plan(toScores(b), toScores(t)), card(2024, toScores(a)));
    const sum = (k: "baseline" | "target" | "actual" | "plannedDelta" | "achievedDelta") => exactSum(ids.map((id) => r.subIndices[id][k] as number));
    for (const k of ["baseline", "target", "actual", "plannedDelta", "achievedDelta"] as const) expect(r.composite[k]).toBe(sum(k));
  });

  prop.prop([four, four, four], { numRuns: 100 })("no function mutates its input", (b, t, a) => {
    const input: PlanInput = {
      unit: "Tỉnh A",
      units: "any",
      title: "T",
      baselineYear: 2023,
      targetYear: 2024,
      baseline: Object.fromEntries(ids.map((id, i) => [id, String(b[i]! / 100)])),
      targets: Object.fromEntries(ids.map((id, i) => [id, { target: t[i]! / 100, owners: ["X"] }])),
    };
    const actualInput = { unit: "Tỉnh A", year: 2024, scores: Object.fromEntries(ids.map((id, i) => [id, a[i]! / 100])) };
    const copies = structuredClone([input, actualInput]);
    const p = createPlan(input);
    const c = scoreCard(actualInput);
    const prev = card(2023, toScores(b));
    const prevJson = JSON.stringify(prev);
    const pJson = JSON.stringify(p);
    checkPlan(input);
    checkPlan(p);
    gapReport(p, c);
    gapReport(input, c);
    yearOverYear(prev, c);
    expect(JSON.stringify(p)).toBe(pJson);
    expect([input, actualInput]).toEqual(copies);
    expect(JSON.stringify(prev)).toBe(prevJson);
  });

  prop.prop([four, four, four, fc.constantFrom("vi" as const, "en" as const)], { numRuns: 100 })(
    "rendered CSV parses back to the report's numbers",
    (b, t, a, lang) => {
      const r = gapReport(plan(toScores(b), toScores(t)), card(2024, toScores(a)));
      const rows = parseCsv(toCsv(r, { lang }));
      const n = (s: string): number => Number(s.replace(",", "."));
      expect(rows).toHaveLength(6);
      for (const row of rows.slice(1)) {
        const src = row[3] === "composite" ? r.composite : r.subIndices[row[3] as (typeof ids)[number]];
        expect([n(row[5]!), n(row[6]!), n(row[7]!), n(row[8]!), n(row[9]!), n(row[10]!), n(row[11]!)]).toEqual([
          src.baseline,
          src.target,
          src.actual,
          src.plannedDelta,
          src.achievedDelta,
          src.remaining,
          src.surplus,
        ]);
        expect(row[12] === "" ? null : n(row[12]!)).toBe(src.progress);
        const vi: Record<string, string> = {
          met: "đạt",
          partial: "chưa đạt (có cải thiện)",
          none: "chưa đạt (không đổi)",
          regressed: "chưa đạt (kém hơn cơ sở)",
          noTarget: "không có chỉ tiêu",
        };
        expect(row[13]).toBe(lang === "en" ? src.status : vi[src.status]);
      }
    },
  );
});

describe("gap report rendering", () => {
  it("shows progress as a percentage rounded half-up on the decimal value (1.85 % → 1.9 %)", () => {
    // composite: planned 4.00 → 24.00 (+20), achieved +0.37: progress 0.0185; in binary floating point 0.0185 × 100 is 1.8499999999999999
    const r = gapReport(plan([1, 1, 1, 1], [6, 6, 6, 6]), card(2024, [1.37, 1, 1, 1]));
    expect(r.composite.progress).toBe(0.0185);
    expect(0.0185 * 100).toBeLessThan(1.85);
    expect(toMarkdown(r, { lang: "en" })).toMatch(/\|\s+1\.9 % \| missed \(improved\)\s+\|\n\n/);
  });
});
