import { describe, expect, it } from "vitest";
import { officeXlsx } from "../../src/cli/office/excel";
import { readWorkbook } from "../../src/cli/office/xlsx-read";
import { assessMany, createPlan, gapReport, langSonPlan2024, publishedScoreCard } from "../../src/index";

// Criterion 17 split as some provinces number it: criteria "17.1" and "17.2" (illustrative thresholds).
const checklist = {
  id: "c17-tach",
  name: { vi: "Tiêu chí 17 (minh hoạ)", en: "Criterion 17 (illustration)" },
  levels: [{ id: "ntm", name: { vi: "NTM", en: "NTM" } }],
  criteria: [
    {
      id: "17.1",
      name: { vi: "Nước sạch", en: "Clean water" },
      levels: ["ntm"],
      indicators: [{ id: "nuoc", name: "Tỷ lệ hộ dùng nước sạch", unit: "%", threshold: { atLeast: 95 } }],
    },
    {
      id: "17.2",
      name: { vi: "Rác thải", en: "Waste" },
      levels: ["ntm"],
      indicators: [{ id: "rac", name: "Điểm tập kết rác tự phát", threshold: { atMost: 0 } }],
    },
  ],
};

describe("Vietnamese workbooks keep ids written with a point as text", () => {
  it('a missing criterion "17.1" stays "17.1" (as a number, Vietnamese Excel showed 17,1), while figures stay numbers', async () => {
    const summary = assessMany(checklist, [
      { unit: "Xã Hữu Lễ", target: "ntm", values: { nuoc: "87,4", rac: 0 } },
      { unit: "Xã Tân Đoàn", target: "ntm", values: { nuoc: "96,2", rac: 0 } },
    ]);
    const [sheet] = readWorkbook(await officeXlsx(summary, { lang: "vi" }), "xa.xlsx");
    const row = sheet!.data.find((r) => r[0] === "Xã Hữu Lễ")!;
    expect(row.at(-1)).toBe("17.1");
  });

  it("numbers of a gap report are still numbers", async () => {
    const gap = gapReport(createPlan(langSonPlan2024()), publishedScoreCard("Lạng Sơn", 2024));
    const [sheet] = readWorkbook(await officeXlsx(gap, { lang: "vi" }), "gap.xlsx");
    expect(sheet!.data[4]!.slice(4, 7)).toEqual([3.6, 4.38, 6.71]);
  });
});
