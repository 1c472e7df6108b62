/**
 * Who plans and whose index: a district's plan for its province's PGI (Văn Quan, Lạng Sơn: "so với
 * năm 2023 đạt 4,84 điểm" is the province's figure) is assessed against the province's card.
 */
import { describe, expect, it } from "vitest";
import {
  checkPlan,
  createPlan,
  gapReport,
  langSonPlan2024,
  PlanInputSchema,
  publishedScoreCard,
  scoreCard,
  toCsv,
  toMarkdown,
  yearOverYear,
  type PlanInput,
} from "../../src/index";
import { parseCsv } from "../../src/render/primitives";
import { thrown } from "../foundation/helpers";

const TARGETS = { pollution: 6.58, compliance: 6.11, greenPractices: 4.38, incentives: 5.3 };
const district = (over: Partial<PlanInput> = {}): PlanInput => ({
  unit: "Huyện Văn Quan",
  indexUnit: "Lạng Sơn",
  title: "Kế hoạch cải thiện Chỉ số PGI năm 2024 trên địa bàn huyện Văn Quan",
  baselineYear: 2023,
  targetYear: 2024,
  baseline: publishedScoreCard("Lạng Sơn", 2023),
  targets: TARGETS,
  ...over,
});

describe("a district's plan for its province's PGI", () => {
  it("carries both units; indexUnit defaults to unit and is written as the registry writes it", () => {
    const p = createPlan(district());
    expect([p.unit, p.indexUnit]).toEqual(["Huyện Văn Quan", "Lạng Sơn"]);
    expect(createPlan(langSonPlan2024()).indexUnit).toBe("Lạng Sơn");
    expect(createPlan(district({ indexUnit: "tỉnh Lang Son" })).indexUnit).toBe("Lạng Sơn");
    const own = createPlan({ ...district(), unit: "TP.HCM", indexUnit: undefined, baseline: publishedScoreCard("TP. Hồ Chí Minh", 2023) });
    expect([own.unit, own.indexUnit]).toEqual(["TP.HCM", "TP. Hồ Chí Minh"]);
    expect(Object.keys(own).slice(0, 4)).toEqual(["kind", "framework", "unit", "indexUnit"]);
  });

  it("is assessed against the province's 2024 card (the same figures as the province's own plan)", () => {
    const g = gapReport(createPlan(district()), publishedScoreCard("Lạng Sơn", 2024));
    const own = gapReport(createPlan(langSonPlan2024()), publishedScoreCard("Lạng Sơn", 2024));
    expect([g.unit, g.indexUnit]).toEqual(["Huyện Văn Quan", "Lạng Sơn"]);
    expect(g.subIndices).toEqual(own.subIndices);
    expect(g.subIndices.pollution).toMatchObject({ actual: 4.95, remaining: 1.63, progress: 0.0632, status: "partial" });
    expect(g.composite).toMatchObject({ target: 22.37, actual: 22.63, status: "met" });
  });

  it("refuses a card of another province, naming both units and what to pass", () => {
    const e = thrown(() => gapReport(createPlan(district()), publishedScoreCard("Cao Bằng", 2024)));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.path).toEqual(["actual", "unit"]);
    expect(e.message).toBe(
      'actual.unit: the results are for "Cao Bằng" but the plan of "Huyện Văn Quan" targets the index of "Lạng Sơn"; pass the 2024 results of "Lạng Sơn"',
    );
    expect(e.messageVi).toBe(
      'actual.unit: kết quả là của "Cao Bằng" nhưng kế hoạch của "Huyện Văn Quan" hướng tới chỉ số của "Lạng Sơn"; hãy dùng kết quả năm 2024 của "Lạng Sơn"',
    );
  });

  it('a PGI plan\'s index unit must be a province: the error says to pass indexUnit or units: "any"', () => {
    const e = thrown(() => createPlan(district({ indexUnit: undefined })));
    expect(e.code).toBe("UNKNOWN_PROVINCE");
    expect(e.path).toEqual(["unit"]);
    expect(e.message).toContain('the plan\'s unit "Huyện Văn Quan" is not a province');
    expect(e.message).toContain('pass indexUnit: "Lạng Sơn"');
    expect(e.messageVi).toContain('"Huyện Văn Quan" không phải là tỉnh, thành phố');
    expect(e.messageVi).not.toMatch(/\b(the|pass|province)\b/);
    const typo = thrown(() => createPlan(district({ indexUnit: "Lang Sonn" })));
    expect(typo.path).toEqual(["indexUnit"]);
    expect(typo.message).toContain('(did you mean "Lạng Sơn"');
    expect(typo.messageVi).toContain('(có phải là "Lạng Sơn"');
    // units: "any" lets a district index be planned (an index computed for districts).
    const any = createPlan({
      unit: "Huyện Văn Quan",
      units: "any",
      baselineYear: 2023,
      targetYear: 2024,
      baseline: { 1: 5, 2: 5, 3: 5, 4: 5 },
      targets: { 1: 6 },
    });
    expect(any.indexUnit).toBe("Huyện Văn Quan");
    expect(thrown(() => createPlan(district({ units: "some" as never }))).path).toEqual(["units"]);
  });

  it("a baseline card of another unit than the index unit is refused", () => {
    const e = thrown(() => createPlan(district({ baseline: publishedScoreCard("Hải Dương", 2023) })));
    expect(e.path).toEqual(["baseline", "unit"]);
    expect(e.message).toContain('the baseline card is of "Hải Dương" but the plan targets the index of "Lạng Sơn"');
  });

  it("yearOverYear takes one province under two spellings as one unit (TP.HCM and TP. Hồ Chí Minh)", () => {
    const before = scoreCard({ unit: "TP.HCM", year: 2022, scores: { 1: 3.12, 2: 4.94, 3: 4.09, 4: 1.87 }, composite: 13.99 });
    const y = yearOverYear(before, publishedScoreCard("TP. Hồ Chí Minh", 2023));
    expect(y.composite!.change).toBe(10.21);
    expect(thrown(() => yearOverYear(before, publishedScoreCard("Hải Dương", 2023))).path).toEqual(["current", "unit"]);
  });

  it("the schema accepts what createPlan accepts about units", () => {
    const input = { ...district(), baseline: { 1: 4.84, 2: 4.14, 3: 3.6, 4: 4.75 } };
    expect(PlanInputSchema.safeParse(input).success).toBe(true);
    expect(PlanInputSchema.safeParse({ ...input, indexUnit: undefined }).success).toBe(false);
    expect(PlanInputSchema.safeParse({ ...input, indexUnit: undefined, units: "any" }).success).toBe(true);
  });

  it("a JSON copy comes back with both units; a copy made before indexUnit stands for its own unit", () => {
    const p = createPlan(district());
    const back = createPlan(JSON.parse(JSON.stringify(p)));
    expect(back).toEqual(p);
    expect(gapReport(JSON.parse(JSON.stringify(p)), publishedScoreCard("Lạng Sơn", 2024)).indexUnit).toBe("Lạng Sơn");
    const old = JSON.parse(JSON.stringify(createPlan(langSonPlan2024())));
    delete old.indexUnit;
    expect(createPlan(old).indexUnit).toBe("Lạng Sơn");
    const anyPlan = createPlan({
      unit: "Xã Tân Thành",
      units: "any",
      baselineYear: 2023,
      targetYear: 2024,
      baseline: { 1: 5, 2: 5, 3: 5, 4: 5 },
      targets: { 1: 6 },
    });
    expect(createPlan(JSON.parse(JSON.stringify(anyPlan)))).toEqual(anyPlan);
    const tampered = { ...JSON.parse(JSON.stringify(p)), indexUnit: 5 };
    expect(thrown(() => createPlan(tampered)).path).toEqual(["indexUnit"]);
    expect(checkPlan(p)).toEqual([]);
  });

  it("renderers say both units, in Vietnamese and English; one unit reads as before", () => {
    const p = createPlan(district());
    const g = gapReport(p, publishedScoreCard("Lạng Sơn", 2024));
    expect(toMarkdown(p)).toContain("Kế hoạch của huyện Văn Quan — chỉ số PGI của tỉnh Lạng Sơn · Điểm 2023 → Chỉ tiêu 2024");
    expect(toMarkdown(p, { lang: "en" })).toContain("Plan of Văn Quan district — PGI of Lạng Sơn province · 2023 score → 2024 target");
    expect(toMarkdown(g)).toContain("Kế hoạch của huyện Văn Quan — chỉ số PGI của tỉnh Lạng Sơn · Điểm 2023 → Kết quả 2024");
    expect(toMarkdown(g, { lang: "en" })).toContain("Plan of Văn Quan district — PGI of Lạng Sơn province");
    expect(toMarkdown(createPlan(langSonPlan2024()))).toContain("Đơn vị: Lạng Sơn · Điểm 2023");
    const csv = parseCsv(toCsv(g, { lang: "en" }));
    expect(csv[0]!.slice(0, 3)).toEqual(["unit", "index_unit", "baseline_year"]);
    expect(csv[1]!.slice(0, 2)).toEqual(["Huyện Văn Quan", "Lạng Sơn"]);
    expect(parseCsv(toCsv(p).replace(/^\uFEFF/, ""))[0]!.slice(0, 2)).toEqual(["Đơn vị", "Đơn vị có chỉ số"]);
    expect(parseCsv(toCsv(createPlan(langSonPlan2024()), { lang: "en" }))[0]![1]).toBe("baseline_year");
    const hcm = createPlan({ ...district(), unit: "Sở Tài nguyên và Môi trường", indexUnit: "TP.HCM", baseline: publishedScoreCard("TP. Hồ Chí Minh", 2023) });
    expect(toMarkdown(hcm)).toContain("Kế hoạch của Sở Tài nguyên và Môi trường — chỉ số PGI của thành phố Hồ Chí Minh");
    expect(toMarkdown(hcm, { lang: "en" })).toContain("PGI of Hồ Chí Minh city");
  });
});
