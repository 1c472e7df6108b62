import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { createPlan, extractPlan, toPlanDocument, type PlanInput, type TargetSpec } from "../../src/index";

const cents = (min: number, max: number) => fc.integer({ min, max }).map((v) => v / 100);
const OWNERS = [
  "Phòng Tài nguyên và Môi trường",
  "Công an huyện",
  "UBND các xã, thị trấn",
  "Sở Nông nghiệp và Môi trường",
  "Văn phòng HĐND và UBND huyện",
  "Đội Quản lý thị trường số 3",
  "Phòng Tài chính - Kế hoạch",
  "Ban Quản lý các khu công nghiệp",
  "Trung tâm Phát triển quỹ đất",
];
const date = fc
  .record({ y: fc.integer({ min: 2015, max: 2035 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const target: fc.Arbitrary<TargetSpec | null> = fc.option(
  fc.record(
    {
      target: cents(0, 1200),
      delta: cents(-500, 500),
      comparator: fc.constantFrom("atLeast", "atMost", "exactly"),
      owners: fc.subarray(OWNERS, { maxLength: 5 }),
      due: date,
    },
    { requiredKeys: ["target", "comparator"] },
  ),
);
const planInput: fc.Arbitrary<PlanInput> = fc
  .record({
    // who plans, and (below a province) the province whose index the plan targets
    units: fc.constantFrom<[string, string?]>(
      ["Lạng Sơn"],
      ["Huyện Văn Quan", "Lạng Sơn"],
      ["Hải Dương"],
      ["Thành phố Hồ Chí Minh"],
      ["Bà Rịa - Vũng Tàu"],
      ["Sở Nông nghiệp và Môi trường", "Cao Bằng"],
      ["Văn Quan", "Lang Son"],
    ),
    title: fc.constantFrom(
      "Kế hoạch cải thiện, nâng cao Chỉ số Xanh cấp tỉnh (PGI)",
      "Kế hoạch PGI",
      "Kế hoạch nâng cao PGI năm 2025 trên địa bàn huyện Văn Quan",
    ),
    baselineYear: fc.integer({ min: 2015, max: 2030 }),
    gap: fc.integer({ min: 1, max: 5 }),
    source: fc.option(fc.constantFrom("https://pcivietnam.vn/en/pgi", "Báo cáo PGI 2024 của VCCI")),
    baseline: fc.tuple(cents(100, 1000), cents(100, 1000), cents(100, 1000), cents(100, 1000)),
    targets: fc.tuple(target, target, target, target),
    compositeTarget: fc.option(cents(400, 4000)),
  })
  .map((r) => {
    const ids = ["pollution", "compliance", "greenPractices", "incentives"] as const;
    const targets: Record<string, TargetSpec> = {};
    ids.forEach((id, i) => {
      const t = r.targets[i];
      if (t) targets[id] = t;
    });
    return {
      unit: r.units[0],
      ...(r.units[1] !== undefined ? { indexUnit: r.units[1] } : {}),
      title: r.title,
      baselineYear: r.baselineYear,
      targetYear: r.baselineYear + r.gap,
      ...(r.source !== null ? { source: r.source } : {}),
      baseline: Object.fromEntries(ids.map((id, i) => [id, r.baseline[i]!])),
      targets,
      ...(r.compositeTarget !== null ? { compositeTarget: r.compositeTarget } : {}),
    };
  });

describe("toPlanDocument → extractPlan", () => {
  test.prop([planInput], { numRuns: 300 })(
    "a plan written as a document reads back as the same plan",
    (input) => {
      const plan = createPlan(input);
      const { plan: back } = extractPlan(toPlanDocument(plan));
      expect(back).not.toBeNull();
      expect(createPlan(back!)).toEqual(plan);
    },
    60_000,
  ); // seconds on a loaded shared machine
});
