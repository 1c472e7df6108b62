import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatKind, readWorkbook, xmlText } from "../../src/cli/office/xlsx-read";

describe("reading .xlsx cells as they are shown", () => {
  it("tells percentage and date formats from others (built-in ids and format codes)", () => {
    expect([formatKind(9, undefined), formatKind(10, undefined), formatKind(14, undefined), formatKind(2, undefined)]).toEqual([
      "percent",
      "percent",
      "date",
      "other",
    ]);
    expect(formatKind(164, "0.0%")).toBe("percent");
    expect(formatKind(165, "0.0 %")).toBe("percent");
    expect(formatKind(166, '0.0" %"')).toBe("other"); // a quoted % sign is text, the value is not scaled
    expect(formatKind(167, "dd/mm/yyyy")).toBe("date");
    expect(formatKind(168, "[Red]#,##0.00")).toBe("other");
    expect(formatKind(169, "0.00E+00")).toBe("other");
    expect(formatKind(170, "General")).toBe("other");
  });

  it("unescapes XML and Office escapes", () => {
    expect(xmlText("Tr&#7841;m &amp; _x000D_x")).toBe("Trạm & \rx");
  });

  it("keeps the row numbers of the sheet (an empty row stays empty) and reads % cells ×100 exactly", () => {
    const [sheet] = readWorkbook(readFileSync(join(__dirname, "fixtures", "tieu-chi-moi-truong-2024.xlsx")), "x.xlsx");
    expect(sheet!.data[2]).toEqual([]); // the blank row between the title and the header
    expect(sheet!.percentCells).toBe(5);
    expect(sheet!.data.slice(5).map((r) => r[4])).toEqual([96.2, 91.5, 87.4, 93.5, 94.8]);
  });

  it("refuses a file that is not a workbook, naming it, in both languages", () => {
    let e: { message: string; messageVi: string } | undefined;
    try {
      readWorkbook(new TextEncoder().encode("unit,17.1\n"), "communes.xlsx");
    } catch (x) {
      e = x as typeof e;
    }
    expect(e!.message).toBe("communes.xlsx is not a readable .xlsx workbook: it is not a zip archive (save it again as Excel Workbook .xlsx)");
    expect(e!.messageVi).toBe("communes.xlsx không phải tệp .xlsx đọc được: đây không phải tệp nén zip (hãy lưu lại dưới dạng Excel Workbook .xlsx)");
  });
});
