import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { parseCsv } from "../../src/render/primitives";
import { ENV_SPEC } from "../checklist/fixtures";

// Office-shaped workbooks, built by test/office/fixtures/build.mjs (committed as .xlsx).
const fixture = (name: string): string => join(__dirname, "fixtures", name);

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "pgi-office-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, value: unknown): string => {
  const p = join(dir, name);
  writeFileSync(p, typeof value === "string" ? value : JSON.stringify(value));
  return p;
};
const spec = file("env.json", ENV_SPEC);

describe("pgi assess reads sheets as offices keep them", () => {
  it("a cell formatted as % is read as it is shown (96,2 %, stored 0.962, is 96,2): 2 of 5 communes reach NTM", async () => {
    const { code, out, err } = await run("assess", spec, fixture("phan-tram.xlsx"), "--format", "csv", "--lang", "en");
    expect(err).toBe('pgi: The sheet has no column for indicators "18.1", "19.1" (no level being assessed needs them): read as no data.\n');
    expect(code).toBe(0);
    const rows = parseCsv(out).slice(1);
    expect(rows.map((r) => [r[0], r[3]])).toEqual([
      ["Xã Tân Đoàn", "met"],
      ["Xã Tràng Phái", "met"],
      ["Xã Hữu Lễ", "not met"],
      ["Xã Tri Lễ", "not met"],
      ["Xã Yên Phúc", "not met"],
    ]);
    const json = JSON.parse((await run("assess", spec, fixture("phan-tram.xlsx"), "--format", "json")).out);
    expect(json.levels[0].count).toBe("2/5");
    expect(json.assessments[0].criteria[0].indicators[0].value).toBe(96.2);
  });

  it("finds the header under a title row, skips the column numbering, ignores STT and Ghi chú and says so", async () => {
    const vi = await run("assess", spec, fixture("tieu-chi-moi-truong-2024.xlsx"));
    expect(vi.code).toBe(0);
    expect(vi.out).toMatch(/\| NTM\s+\|\s+5 \|\s+2 \|\s+2\/5 \| Xã Hữu Lễ, Xã Tri Lễ, Xã Yên Phúc/);
    expect(vi.out).toContain('Các cột đã bỏ qua (không phải chỉ tiêu của bộ tiêu chí): "STT", "Ghi chú".');
    const en = await run("assess", spec, fixture("tieu-chi-moi-truong-2024.xlsx"), "--format", "csv", "--lang", "en");
    expect(en.err).toBe(
      'pgi: Columns ignored (not indicators of the checklist): "STT", "Ghi chú". The sheet has no column for indicators "18.1", "19.1" (no level being assessed needs them): read as no data.\n',
    );
    expect(parseCsv(en.out)).toHaveLength(6);
  });

  it('a commune sheet with STT, Huyện, Ghi chú, levels typed "NTM nâng cao", "95 %" and "✓"/"Có"/"x"/"Không"', async () => {
    const { code, out, err } = await run("assess", spec, fixture("xa-dang-ky-2024.xlsx"), "--format", "csv");
    expect(code).toBe(0);
    expect(err).toBe('pgi: Các cột đã bỏ qua (không phải chỉ tiêu của bộ tiêu chí): "STT", "Huyện", "Ghi chú".\n');
    expect(parseCsv(out.replace(/^\uFEFF/, ""), ";")).toEqual([
      ["Đơn vị", "Vùng", "Mục tiêu", "Đạt mục tiêu", "Mức cao nhất đã đạt", "Tiêu chí đạt", "Tiêu chí còn thiếu"],
      ["Xã An Sơn", "Miền núi", "NTM", "đạt", "NTM", "1/1", ""],
      ["Xã Điềm He", "Đồng bằng", "NTM nâng cao", "đạt", "NTM nâng cao", "2/2", ""],
      ["Xã Lương Năng", "Miền núi", "NTM nâng cao", "chưa đạt", "", "1/2", "c17"],
      ["Xã Vĩnh Lại", "Miền núi", "NTM kiểu mẫu", "chưa đạt", "NTM", "2/3", "c18"],
    ]);
  });

  it("the same workbook saved by LibreOffice Calc (its own styles and shared strings) reads the same", async () => {
    const { code, out } = await run("assess", spec, fixture("tieu-chi-moi-truong-2024-libreoffice.xlsx"), "--format", "json");
    expect(code).toBe(0);
    const s = JSON.parse(out);
    expect(s.levels[0].count).toBe("2/5");
    expect(s.assessments.map((a: { criteria: { indicators: { value: unknown }[] }[] }) => a.criteria[0]!.indicators[0]!.value)).toEqual([
      96.2, 91.5, 87.4, 93.5, 94.8,
    ]);
  });

  it("a whole missing indicator column is an error naming it (exit 2), in Vietnamese and English", async () => {
    const vi = await run("assess", spec, fixture("thieu-cot-17-8.xlsx"));
    expect(vi.code).toBe(2);
    expect(vi.out).toBe("");
    expect(vi.err).toContain('thiếu cột của chỉ tiêu "17.8" (Điểm tập kết rác tự phát, mức NTM cần)');
    const en = await run("assess", spec, fixture("thieu-cot-17-8.xlsx"), "--lang", "en");
    expect(en.err).toContain('has no column for indicator "17.8" (Open dumping sites, needed for NTM)');
  });

  it("an empty cell stays no data (chưa có số liệu), not an error", async () => {
    const one = file("one.csv", "Tên xã;Mục tiêu;17.1;17.3;17.8\nXã A;NTM;;đạt;0\n");
    const { code, out } = await run("assess", spec, one);
    expect(code).toBe(0);
    expect(out).toMatch(/17\.1 Hộ dùng nước sạch\s+\|\s+≥ 95 %\s+\|\s+chưa có số liệu/);
  });

  it('CSV as typed: "95 %" and "95%" in a % column, "x"/"✓" for done, level names, a title row', async () => {
    const csv = file(
      "typed.csv",
      "\uFEFFBIỂU TỔNG HỢP KẾT QUẢ NĂM 2024;;;;;\r\nSTT;Tên xã;Mức đăng ký;17.1 Tỷ lệ hộ dùng nước sạch (%);17.3;17.8;18.1;Ghi chú\r\n1;Xã A;NTM;95 %;x;0;;\r\n2;Xã B;NTM;95%;✓;0;;\r\n3;Xã C;Nông thôn mới nâng cao;99,5 %;Có;0;96 %;\r\n",
    );
    const { code, out, err } = await run("assess", spec, csv, "--format", "json");
    expect(err).toContain('"STT", "Ghi chú"');
    expect(code).toBe(0);
    const s = JSON.parse(out);
    expect(s.units.map((u: { target: string; reachedTarget: boolean }) => [u.target, u.reachedTarget])).toEqual([
      ["ntm", true],
      ["ntm", true],
      ["ntmNangCao", false],
    ]);
    expect(s.assessments[2].criteria[0].indicators[0].value).toBe(99.5);
  });

  it('"Chưa đạt" typed by the user comes back "chưa đạt", the word the table and the summary use', async () => {
    const one = file("chua-dat.csv", "Tên xã;Mục tiêu;17.1;17.3;17.8\nXã A;NTM;96;Chưa đạt;0\n");
    const { out } = await run("assess", spec, one);
    expect(out).toMatch(/17\.3 Cảnh quan xanh - sạch - đẹp\s+\|\s+đạt\s+\|\s+chưa đạt\s+\|\s+\|\s+chưa đạt/);
    expect(out).not.toContain("không đạt");
    const csv = await run("assess", spec, one, "--format", "csv");
    expect(csv.out).toContain(";17.3;Cảnh quan xanh - sạch - đẹp;;=;đạt;chưa đạt;;chưa đạt");
  });

  it("Vietnamese CSV and Markdown carry names, not internal ids (ntmNangCao, atLeast, region ids)", async () => {
    const csv = file("ids.csv", "unit;region;target;17.1;17.3;17.8;18.1\nXã A;mountain;ntmNangCao;99;đạt;0;98\n");
    for (const format of ["csv", "md"]) {
      const { out } = await run("assess", spec, csv, "--format", format);
      expect(out).not.toMatch(/ntmNangCao|atLeast|atMost|mountain/);
      expect(out).toContain("NTM nâng cao");
      expect(out).toContain("Miền núi");
    }
    // English CSV stays machine-readable: ids.
    expect((await run("assess", spec, csv, "--format", "csv", "--lang", "en")).out).toContain("ntmNangCao");
  });

  it("pgi help assess documents every accepted header and value, in Vietnamese and English", async () => {
    const vi = (await run("help", "assess")).out;
    for (const x of [
      '"Tên xã"',
      '"Mức đăng ký"',
      '"Mục tiêu năm …"',
      '"Vùng"',
      '"STT"',
      '"Huyện"',
      '"Ghi chú"',
      '"NTM nâng cao"',
      '"95 %"',
      '"✓"',
      '"Chưa đạt"',
      "BIỂU TỔNG HỢP",
      "(1) (2) (3)",
      "0.962",
      "chưa có số liệu",
      "Nghị định",
    ]) {
      expect(vi).toContain(x);
    }
    const en = (await run("help", "assess", "--lang", "en")).out;
    for (const x of [
      '"Tên xã"',
      '"Mức đăng ký"',
      '"STT"',
      '"Ghi chú"',
      '"NTM nâng cao"',
      '"95 %"',
      '"✓"',
      '"Chưa đạt"',
      "title rows",
      "is an error naming it",
      "Decree 30/2020",
    ]) {
      expect(en).toContain(x);
    }
  });

  it("--out report.docx writes the assessment as an official report", async () => {
    const out = join(dir, "bao-cao.docx");
    const { code, err } = await run("assess", spec, fixture("xa-dang-ky-2024.xlsx"), "--out", out, "--agency", "UBND huyện Văn Quan", "--place", "Văn Quan");
    expect(code).toBe(0);
    expect(err).toContain("Các cột đã bỏ qua");
    const { unzip } = await import("../../src/cli/office/xlsx-read");
    const xml = new TextDecoder().decode(unzip(readFileSync(out), out).get("word/document.xml")!);
    expect(xml).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(xml).toContain("UBND HUYỆN VĂN QUAN");
    expect(xml).toContain("Xã Lương Năng");
  });
});
