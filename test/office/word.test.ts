import { describe, expect, it } from "vitest";
import { officeDocx, tasksPart } from "../../src/cli/office/word";
import { unzip } from "../../src/cli/office/xlsx-read";
import { assessMany, createPlan, gapReport, langSonPlan2024, publishedScoreCard, yearOverYear } from "../../src/index";
import { ENV_SPEC } from "../checklist/fixtures";

/** The text of word/document.xml, and its runs' text joined paragraph by paragraph. */
function documentXml(bytes: Uint8Array): { xml: string; text: string } {
  const xml = new TextDecoder().decode(unzip(bytes, "report.docx").get("word/document.xml")!);
  const text = xml
    .split("</w:p>")
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .join("\n")
    .replace(/&amp;/g, "&");
  return { xml, text };
}

const plan = createPlan(langSonPlan2024());
const gap = gapReport(plan, publishedScoreCard("Lạng Sơn", 2024));
// A district's plan for its province's index (Văn Quan plans, Lạng Sơn's PGI is measured).
const districtGap = gapReport(createPlan({ ...langSonPlan2024(), unit: "Huyện Văn Quan", indexUnit: "Lạng Sơn" }), publishedScoreCard("Lạng Sơn", 2024));
const filled = {
  lang: "vi",
  agency: "UBND huyện Văn Quan|Phòng Tài nguyên và Môi trường",
  number: "215/BC-TNMT",
  place: "Văn Quan",
  signer: "Trưởng phòng|Nguyễn Văn An",
  date: "2025-01-05",
} as const;

describe("Word reports in the layout of Decree 30/2020/NĐ-CP", () => {
  it("a gap report of a district plan: national heading, issuing body and number, date, title, the table, recipients and signature", async () => {
    const { xml, text } = documentXml(await officeDocx(districtGap, filled));
    const lines = text.split("\n");
    for (const line of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "UBND HUYỆN VĂN QUAN",
      "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG",
      "Số: 215/BC-TNMT",
      "Văn Quan, ngày 05 tháng 01 năm 2025",
      "BÁO CÁO",
      "Kết quả thực hiện kế hoạch cải thiện, nâng cao Chỉ số Xanh cấp tỉnh (PGI) năm 2024",
      "Kế hoạch của huyện Văn Quan — chỉ số PGI của tỉnh Lạng Sơn",
      "Nơi nhận:",
      "TRƯỞNG PHÒNG",
      "Nguyễn Văn An",
    ]) {
      expect(lines).toContain(line);
    }
    // The body table: a Word table with the sub-indices and their figures as the report prints them.
    expect(xml).toMatch(/<w:tbl>[\s\S]*Giảm thiểu ô nhiễm và thiên tai[\s\S]*4,84[\s\S]*6,58[\s\S]*4,95[\s\S]*<\/w:tbl>/);
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(3); // heading, body table, signature block
    // Motto underlined, date italic, Times New Roman 13 pt on A4 with the decree's margins.
    expect(xml).toMatch(/<w:u w:val="single"\/>[\s\S]{0,200}Độc lập - Tự do - Hạnh phúc/);
    expect(xml).toMatch(/<w:i\/>[\s\S]{0,200}Văn Quan, ngày 05/);
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('<w:sz w:val="26"/>');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it("fields not given are dotted placeholders", async () => {
    const { text } = documentXml(await officeDocx(gap, { lang: "vi" }));
    expect(text).toContain("Số: ……/BC-……");
    expect(text).toContain("…………, ngày …… tháng …… năm ……");
    expect(text).not.toContain("chỉ số PGI của"); // the plan's unit is the index's unit
  });

  it("NTM assessments, year-over-year and plans; a plan read from a document keeps its tasks", async () => {
    const s = assessMany(
      ENV_SPEC,
      [
        { unit: "Xã A", region: "mountain", values: { "17.1": 91, "17.3": true, "17.8": 0 } },
        { unit: "Xã B", region: "delta", values: { "17.1": 93, "17.3": "chưa đạt", "17.8": 1 } },
      ],
      { targets: { "Xã A": "ntm", "Xã B": "NTM" } },
    );
    const ntm = documentXml(await officeDocx(s, { lang: "vi" })).text;
    expect(ntm).toContain("Kết quả đánh giá tiêu chí môi trường (minh hoạ)");
    expect(ntm).toContain("NTM (chưa đạt)");
    const yoy = documentXml(await officeDocx(yearOverYear(publishedScoreCard("Hải Dương", 2023), publishedScoreCard("Hải Dương", 2024)), { lang: "vi" })).text;
    expect(yoy).toContain("Biến động Chỉ số Xanh cấp tỉnh (PGI) của Hải Dương năm 2024 so với năm 2023");
    const source =
      "I. MỤC TIÊU\nNăm 2023 đạt 4,84 điểm.\nII. NHIỆM VỤ, GIẢI PHÁP\n1. Chỉ số Giảm thiểu ô nhiễm\nTăng cường kiểm tra các cơ sở sản xuất.\nIII. TỔ CHỨC THỰC HIỆN\nCác cơ quan báo cáo trước ngày 30/11.";
    const p = documentXml(await officeDocx(plan, { lang: "vi", number: "12", sourceText: source })).text;
    expect(p).toContain("KẾ HOẠCH");
    expect(p).toContain("Số: 12/KH-……");
    expect(p).toContain("NHIỆM VỤ, GIẢI PHÁP\n1. Chỉ số Giảm thiểu ô nhiễm\nTăng cường kiểm tra các cơ sở sản xuất.");
    expect(p).not.toContain("TỔ CHỨC THỰC HIỆN");
    expect(tasksPart("# Kế hoạch\n## II. Nhiệm vụ và giải pháp\n- Kiểm tra\n## III. Tổ chức thực hiện\n- x")).toEqual(["- Kiểm tra"]);
  });

  it("English: the same layout in English words", async () => {
    const { text } = documentXml(await officeDocx(gap, { lang: "en", date: "5/1/2025" }));
    expect(text).toContain("SOCIALIST REPUBLIC OF VIETNAM");
    expect(text).toContain("No.: ……/BC-……");
    expect(text).toContain("……, 05/01/2025");
    expect(text).toContain("Recipients:");
  });

  it("a date that is not a date is refused in both languages", async () => {
    const e = await officeDocx(gap, { lang: "vi", date: "mai" }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: "INVALID_INPUT", message: 'date: the date must be yyyy-mm-dd or dd/mm/yyyy, got "mai"' });
    expect((e as { messageVi: string }).messageVi).toBe('date: ngày phải ghi dạng dd/mm/yyyy hoặc yyyy-mm-dd, nhận được "mai"');
  });
});
