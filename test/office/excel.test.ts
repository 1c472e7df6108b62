import { describe, expect, it } from "vitest";
import { officeXlsx, wrappedLines } from "../../src/cli/office/excel";
import { readWorkbook, unzip } from "../../src/cli/office/xlsx-read";
import { createPlan, gapReport, langSonPlan2024, publishedScoreCard } from "../../src/index";

const gap = gapReport(createPlan(langSonPlan2024()), publishedScoreCard("Lạng Sơn", 2024));

describe("Excel workbooks as offices print them", () => {
  it("a gap report: title row, Vietnamese names first and ids last, numbers with the report's decimals, progress as %", async () => {
    const bytes = await officeXlsx(gap, { lang: "vi" });
    const [sheet] = readWorkbook(bytes, "gap.xlsx");
    expect(sheet!.sheet).toBe("Báo cáo");
    const rows = sheet!.data;
    expect(rows[0]![0]).toBe("Kết quả thực hiện kế hoạch cải thiện, nâng cao Chỉ số Xanh cấp tỉnh (PGI) năm 2024");
    expect(rows[1]).toEqual([
      "Đơn vị",
      "Năm cơ sở",
      "Năm mục tiêu",
      "Chỉ số thành phần",
      "Điểm cơ sở",
      "Chỉ tiêu",
      "Kết quả",
      "Mức tăng theo kế hoạch",
      "Mức tăng đạt được",
      "Còn thiếu",
      "Vượt",
      "Tiến độ",
      "Đánh giá",
      "Mã chỉ số",
    ]);
    // Thúc đẩy thực hành xanh: 3,60 → 6,71, progress 398,72 % read back as it is shown (a % cell).
    expect(rows[4]).toEqual(["Lạng Sơn", 2023, 2024, "Thúc đẩy thực hành xanh", 3.6, 4.38, 6.71, 0.78, 3.11, 0, 2.33, 398.72, "đạt", "greenPractices"]);
    const files = unzip(bytes, "gap.xlsx");
    const xml = (p: string): string => new TextDecoder().decode(files.get(p)!);
    const styles = xml("xl/styles.xml");
    expect(styles).toContain('formatCode="0.00"');
    expect(styles).toContain('formatCode="0.0%"');
    expect(styles).toContain('val="Times New Roman"');
    const ws = xml("xl/worksheets/sheet1.xml");
    expect(ws).toMatch(/<pane [^>]*ySplit="2"[^>]*state="frozen"/); // title and header frozen
    expect(ws).toMatch(/<pageSetup fitToWidth="1" fitToHeight="0"[^>]*orientation="landscape"/);
    expect(ws).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(ws).toMatch(/<mergeCell ref="A1:N1"\/>/);
    expect(xml("xl/workbook.xml")).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Báo cáo'!$2:$2</definedName>`);
  });

  it("English headers and the English sheet name", async () => {
    const [sheet] = readWorkbook(await officeXlsx(gap, { lang: "en" }), "gap.xlsx");
    expect(sheet!.sheet).toBe("Report");
    expect(sheet!.data[1]![0]).toBe("unit");
    expect(sheet!.data[1]!.at(-1)).toBe("id");
  });

  it("wrapped lines are counted at spaces", () => {
    expect(wrappedLines("Mức tăng theo kế hoạch", 8)).toBe(3);
    expect(wrappedLines("đạt", 8)).toBe(1);
  });
});
