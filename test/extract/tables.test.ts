import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { extractPlan, formatNumber } from "../../src/index";

const IDS = ["pollution", "compliance", "greenPractices", "incentives"] as const;
/** Ways offices name each sub-index in a table row. */
const NAMES: readonly (readonly string[])[] = [
  ["Giảm thiểu ô nhiễm và thiên tai", "Chỉ số thành phần 1", "CSTP 1", "Giảm thiểu ô nhiễm môi trường và tác động tiêu cực của BĐKH"],
  ["Đảm bảo tuân thủ", "Bảo đảm tuân thủ", "Chỉ số thành phần 2", "CSTP 2"],
  ["Thúc đẩy thực hành xanh", "Chỉ số thành phần 3", "CSTP 3", "Vai trò lãnh đạo của chính quyền tỉnh trong bảo vệ môi trường"],
  ["Chính sách khuyến khích và dịch vụ hỗ trợ", "Chỉ số thành phần 4", "CSTP 4", "Chính sách ưu đãi và dịch vụ hỗ trợ doanh nghiệp trong bảo vệ môi trường"],
];
const cents = (min: number, max: number) => fc.integer({ min, max }).map((v) => v / 100);
const row = fc.record({ baseline: cents(100, 1000), target: cents(100, 1000), delta: cents(-300, 300), name: fc.nat(3) });
const table = fc.record({
  year: fc.integer({ min: 2020, max: 2030 }),
  rows: fc.tuple(row, row, row, row),
  form: fc.constantFrom("markdown", "tabs", "cells"),
  order: fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }),
});

const n = (v: number): string => formatNumber(v);

function write(t: {
  year: number;
  rows: readonly { baseline: number; target: number; delta: number; name: number }[];
  form: string;
  order: readonly number[];
}): string {
  const header = ["STT", "Chỉ số thành phần", `Điểm năm ${t.year}`, `Chỉ tiêu năm ${t.year + 1}`, "Mức tăng"];
  const rows = t.order.map((i, k) => {
    const r = t.rows[i]!;
    return [String(k + 1), NAMES[i]![r.name]!, n(r.baseline), n(r.target), r.delta < 0 ? `-${n(-r.delta)}` : n(r.delta)];
  });
  const body =
    t.form === "markdown"
      ? [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)]
      : t.form === "tabs"
        ? [header, ...rows].map((r) => r.join("\t"))
        : [header, ...rows].flat().flatMap((c) => [c, ""]);
  return [
    "ỦY BAN NHÂN DÂN",
    "TỈNH LẠNG SƠN",
    "",
    "KẾ HOẠCH",
    `Cải thiện Chỉ số Xanh cấp tỉnh (PGI) năm ${t.year + 1}`,
    "",
    "I. MỤC TIÊU",
    "",
    ...body,
    "",
    "II. TỔ CHỨC THỰC HIỆN",
  ].join("\n");
}

describe("tables of targets", () => {
  test.prop([table], { numRuns: 150 })(
    "a targets table, in any of its text forms and any row order, reads back to its figures",
    (t) => {
      const { plan, report } = extractPlan(write(t));
      expect(report.problems).toEqual([]);
      expect(plan).toMatchObject({ unit: "Lạng Sơn", baselineYear: t.year, targetYear: t.year + 1 });
      IDS.forEach((id, i) => {
        const r = t.rows[i]!;
        expect(plan!.baseline).toHaveProperty(id, r.baseline);
        expect(plan!.targets[id]).toEqual({ target: r.target, delta: r.delta, comparator: "exactly" });
      });
    },
    60_000,
  ); // seconds on a loaded shared machine
});
