/**
 * The `pgi` command as a user runs it: a separate process, real standard input and output, real
 * files. The CLI is bundled once (esbuild, as tsup does) into node_modules/.cache so its optional
 * libraries resolve from this project's node_modules.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../src/render/primitives";

const root = resolve(__dirname, "../..");
const cacheDir = join(root, "node_modules", ".cache", "pgi-cli-test");
const cli = join(cacheDir, `cli-${process.pid}.mjs`);
const dir = mkdtempSync(join(tmpdir(), "pgi-spawn-"));
const OPTIONAL = ["@resvg/resvg-js", "docx", "mammoth", "vega", "vega-lite", "write-excel-file"];

beforeAll(async () => {
  mkdirSync(cacheDir, { recursive: true });
  await build({
    entryPoints: [join(root, "src/cli/index.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: cli,
    external: OPTIONAL,
    logLevel: "silent",
  });
}, 60_000);

afterAll(() => {
  rmSync(cli, { force: true });
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
  readonly bytes: Buffer;
}

function pgi(args: readonly string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, input, maxBuffer: 32 * 1024 * 1024 });
  return { code: r.status, out: r.stdout.toString("utf8"), err: r.stderr.toString("utf8"), bytes: r.stdout };
}

const file = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const VI_TABLE =
  "STT;Tỉnh, thành phố;Năm;Giảm thiểu ô nhiễm môi trường và tác động tiêu cực của BĐKH;Đảm bảo tuân thủ các tiêu chuẩn môi trường tối thiểu;Vai trò lãnh đạo của chính quyền tỉnh trong bảo vệ môi trường;Chính sách ưu đãi và dịch vụ hỗ trợ doanh nghiệp trong bảo vệ môi trường;Điểm PGI;Xếp hạng\r\n" +
  "1;Hải Dương;2024;7,65;7,58;4,99;6,11;26,34;13\r\n" +
  "2;Lạng Sơn;2024;4,95;4,95;6,71;6,02;22,63;\r\n";

describe("pgi in a separate process", { timeout: 60_000 }, () => {
  it("reads a CSV with Vietnamese office headers (Tỉnh, thành phố; Năm; long sub-index names; Điểm PGI; Xếp hạng)", () => {
    const r = pgi(["rank", file("bang-diem.csv", "\uFEFF" + VI_TABLE), "--lang", "en", "--format", "json"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const ranking = JSON.parse(r.out);
    expect(ranking.rows.map((x: { unit: string; value: number; publishedRank: number | null }) => [x.unit, x.value, x.publishedRank])).toEqual([
      ["Hải Dương", 26.34, 13],
      ["Lạng Sơn", 22.63, null],
    ]);
    const byComposite = pgi(["rank", join(dir, "bang-diem.csv"), "--by", "Đảm bảo tuân thủ", "--lang", "en"]);
    expect(byComposite.out).toMatch(/\|\s+1 \| Hải Dương\s+\| Red River Delta\s+\|\s+7\.58 \|/);
  });

  it("reads an .xlsx workbook it wrote, from the first sheet or --sheet", async () => {
    const { default: writeXlsxFile } = await import("write-excel-file/node");
    const rows = parseCsv(VI_TABLE, ";").map((r, i) => r.map((c, j) => (i > 0 && j >= 2 && c !== "" ? Number(c.replace(",", ".")) : c === "" ? null : c)));
    const xlsx = join(dir, "bang-diem.xlsx");
    await writeXlsxFile([
      { data: [["ghi chú"]], sheet: "Ghi chú" },
      { data: rows, sheet: "PGI 2024" },
    ] as never).toFile(xlsx);
    const first = pgi(["rank", xlsx, "--lang", "en"]);
    expect(first.code).toBe(2);
    expect(first.err).toMatch(/^pgi: .*bang-diem\.xlsx: the header needs a unit column .*\n$/);
    expect(pgi(["rank", xlsx]).err).toMatch(
      /^pgi: .*bang-diem\.xlsx: dòng tiêu đề cần có cột đơn vị \("unit", "Tỉnh", "Tỉnh, thành phố" hoặc "Đơn vị"\), nhận được .*\n$/,
    );
    const named = JSON.parse(pgi(["rank", xlsx, "--sheet", "PGI 2024", "--format", "json"]).out);
    expect(named.rows[0]).toMatchObject({ unit: "Hải Dương", value: 26.34, rank: 1 });
    expect(JSON.parse(pgi(["rank", xlsx, "--sheet", "2", "--format", "json"]).out)).toEqual(named);
    expect(pgi(["rank", xlsx, "--sheet", "2025", "--lang", "en"]).err).toBe(`pgi: ${xlsx} has no sheet "2025"; its sheets: Ghi chú, PGI 2024\n`);
    expect(pgi(["rank", xlsx, "--sheet", "2025"]).err).toBe(`pgi: ${xlsx} không có trang tính "2025"; các trang tính: Ghi chú, PGI 2024\n`);
  });

  it("writes a gap report as .xlsx with numbers as numbers, and reads a table piped on standard input", async () => {
    const out = join(dir, "gap.xlsx");
    const r = pgi(["gap", "example:lang-son-plan", 'published:"Lạng Sơn":2024', "--out", out]);
    expect([r.code, r.out, r.err]).toEqual([0, "", ""]);
    const { readWorkbook } = await import("../../src/cli/office/xlsx-read");
    const [sheet] = readWorkbook(readFileSync(out), out);
    // A title row, then the header; the ids in the last column.
    expect(sheet!.data[1]!.slice(0, 3)).toEqual(["Đơn vị", "Năm cơ sở", "Năm mục tiêu"]);
    expect(sheet!.data[2]!.slice(4, 7)).toEqual([4.84, 6.58, 4.95]);
    expect(sheet!.data[2]!.slice(-2)).toEqual(["chưa đạt (có cải thiện)", "pollution"]);
    const piped = pgi(["rank", "-", "--input-format", "xlsx", "--format", "json", "--lang", "en"], readFileSync(join(dir, "bang-diem.xlsx")));
    expect(piped.err).toContain("the header needs a unit column"); // the first sheet is the note
    const csv = pgi(["rank", "-", "--format", "json"], VI_TABLE);
    expect(JSON.parse(csv.out).rows).toHaveLength(2);
  });

  it("a plan piped on standard input, and --out for Markdown", () => {
    const plan = JSON.stringify({
      unit: "Lạng Sơn",
      baselineYear: 2023,
      targetYear: 2024,
      baseline: { pollution: "4,84", compliance: "4,14", greenPractices: "3,60", incentives: "4,75" },
      targets: { pollution: "6,58", compliance: 6.11, greenPractices: 4.38, incentives: 5.3 },
    });
    const r = pgi(["plan", "-", "--out", "plan.md"], plan);
    expect([r.code, r.out, r.err]).toEqual([0, "", ""]);
    const md = readFileSync(join(dir, "plan.md"), "utf8");
    expect(md).toContain("### Kế hoạch cải thiện, nâng cao Chỉ số Xanh cấp tỉnh (PGI) năm 2024"); // the default title
    expect(md).toContain("_Không có phát hiện nào._");
    expect(pgi(["check", "-", "--out", join(dir, "no-such-folder", "x.md"), "--lang", "en"], plan).err).toBe(
      `pgi: cannot write ${join(dir, "no-such-folder", "x.md")}: no such folder\n`,
    );
    expect(pgi(["check", "-", "--out", join(dir, "no-such-folder", "x.md")], plan).err).toBe(
      `pgi: không ghi được ${join(dir, "no-such-folder", "x.md")}: không có thư mục này\n`,
    );
  });

  it("Vietnamese CSV opens in Excel set to Vietnamese: BOM, ;, readable headers and values; English stays machine-readable", () => {
    const vi = pgi(["gap", "example:lang-son-plan", 'published:"Lạng Sơn":2024', "--format", "csv"]);
    expect(vi.out.startsWith("\uFEFFĐơn vị;Năm cơ sở;")).toBe(true);
    const rows = parseCsv(vi.out, ";");
    expect(rows[1]).toContain("chưa đạt (có cải thiện)");
    expect(rows[1]).toContain("4,84");
    const en = pgi(["gap", "example:lang-son-plan", 'published:"Lạng Sơn":2024', "--format", "csv", "--lang", "en"]);
    expect(en.out.startsWith("unit,baseline_year,target_year,id,name,")).toBe(true);
    expect(parseCsv(en.out)[1]!.at(-1)).toBe("partial");
  });

  it("help for every command, each with an example that runs against the shipped data", () => {
    const help = pgi(["help", "--lang", "en"]);
    expect(help.code).toBe(0);
    const commands = [...help.out.matchAll(/^ {2}pgi ([a-z]+) /gm)].map((m) => m[1]!).filter((c) => c !== "help");
    expect(commands).toEqual([
      "demo",
      "card",
      "plan",
      "extract",
      "check",
      "gap",
      "yoy",
      "score",
      "rank",
      "regions",
      "goal",
      "allocate",
      "assess",
      "progress",
      "uncertainty",
      "sensitivity",
    ]);
    expect(help.out).toContain('";" and a UTF-8 byte-order mark');
    for (const c of commands) {
      const h = pgi([c, "--help", "--lang", "en"]);
      expect(h.code).toBe(0);
      expect(h.out).toMatch(new RegExp(`^Usage: pgi ${c}`));
      expect(pgi(["help", c, "--lang", "en"]).out).toBe(h.out);
      const vi = pgi([c, "--help"]);
      expect(vi.out).toMatch(new RegExp(`^Cách dùng: pgi ${c}`));
      expect(pgi(["help", c]).out).toBe(vi.out);
      const example = /\nExample:\n {2}(pgi .+)\n/.exec(h.out)![1]!;
      if (c === "score" || c === "assess" || c === "progress" || c === "uncertainty" || c === "sensitivity") continue; // needs your own framework, checklist or observations file
      for (const part of example.split(" && ")) {
        // split as a shell does: quotes group words and are removed
        const args = [...part.replace(/^pgi /, "").matchAll(/(?:[^\s"]+|"[^"]*")+/g)].map((m) => m[0].replace(/"/g, ""));
        const run = pgi(args);
        expect([c, run.err.replace(/^pgi: (wrote|đã ghi) .*\n$/, "")]).toEqual([c, ""]);
        expect(run.code).toBe(0);
      }
    }
    expect(pgi(["rank", "--help"]).out).toContain('"Tỉnh, thành phố"');
    expect(pgi(["rank", "--help", "--lang", "en"]).out).toContain('"Tỉnh, thành phố"');
    expect(pgi(["plan", "--help"]).out).toContain('"title"?');
  }, 300_000);

  it("unknown and malformed options: one pgi line with the closest valid option", () => {
    expect(pgi(["gap", "--formta", "csv", "--lang", "en"])).toMatchObject({
      code: 2,
      out: "",
      err: "pgi: unknown option --formta; did you mean --format? (pgi help lists the options)\n",
    });
    expect(pgi(["gap", "--formta", "csv"])).toMatchObject({
      code: 2,
      out: "",
      err: "pgi: không có tùy chọn --formta; có phải ý bạn là --format? (pgi help liệt kê các tùy chọn)\n",
    });
    expect(pgi(["rank", "—lang", "en", "--format", "json"]).code).toBe(0); // a word processor's dash
    expect(pgi(["allocate", 'published:"Lạng Sơn":2024', "--target", "--lang", "en"]).err).toBe("pgi: --target needs a value, e.g. --target 24\n");
    expect(pgi(["allocate", 'published:"Lạng Sơn":2024', "--target"]).err).toBe("pgi: --target cần một giá trị, ví dụ --target 24\n");
    expect(pgi(["allocate", 'published:"Lạng Sơn":2024', "--target", "--strategy", "equal", "--lang", "en"]).err).toBe(
      "pgi: --target needs a value, e.g. --target 24\n",
    );
    const minus = pgi(["allocate", 'published:"Lạng Sơn":2024', "--delta", "-1"]);
    expect(minus.code).toBe(2);
    expect(minus.err.split("\n")).toHaveLength(2); // one line
    expect(minus.err).toContain("compositeDelta");
    expect(pgi(["allocate", 'published:"Lạng Sơn":2024', "--delta", "1,5", "--lang", "en"]).out).toContain("24.13");
    expect(pgi(["gapp", "--lang", "en"]).err).toBe('pgi: unknown command "gapp"; did you mean pgi gap? (pgi help lists the commands)\n');
    expect(pgi(["gapp"]).err).toBe('pgi: không có lệnh "gapp"; có phải ý bạn là pgi gap? (pgi help liệt kê các lệnh)\n');
    expect(pgi(["rank", "--bom=yes", "--lang", "en"]).err).toBe("pgi: --bom takes no value, got --bom=yes\n");
    expect(pgi(["rank", "--bom=yes"]).err).toBe("pgi: --bom không nhận giá trị, nhận được --bom=yes\n");
  });

  it("file errors are one line naming the file: missing, a directory, UTF-16 read, not UTF-8, JSON decimal comma", () => {
    const missing = join(dir, "missing.json");
    expect(pgi(["card", missing, "--lang", "en"]).err).toBe(`pgi: cannot read ${missing}: no such file\n`);
    expect(pgi(["card", missing]).err).toBe(`pgi: không đọc được ${missing}: không có tệp này\n`);
    expect(pgi(["card", dir, "--lang", "en"]).err).toBe(`pgi: cannot read ${dir}: it is a directory; pass a file in it\n`);
    expect(pgi(["card", dir]).err).toBe(`pgi: không đọc được ${dir}: đó là một thư mục; hãy chỉ ra một tệp trong thư mục\n`);
    const utf16 = file("utf16.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Tỉnh\tNăm\tĐiểm PGI\r\nLạng Sơn\t2024\t22,63\r\n", "utf16le")]));
    expect(JSON.parse(pgi(["rank", utf16, "--format", "json"]).out).rows[0]).toMatchObject({ unit: "Lạng Sơn", value: 22.63 });
    const latin = file("cp1258.csv", Buffer.from([0x54, 0xec, 0x6e, 0x68, 0x0a]));
    expect(pgi(["rank", latin, "--lang", "en"]).err).toMatch(/^pgi: .*cp1258\.csv is not UTF-8 text .*\n$/);
    expect(pgi(["rank", latin]).err).toMatch(/^pgi: .*cp1258\.csv không phải văn bản mã UTF-8 \(mã Windows-1258 hay TCVN3\?\); .*\n$/);
    const comma = file(
      "comma.json",
      '{\n  "unit": "Lạng Sơn",\n  "year": 2024,\n  "scores": { "pollution": 6,5, "compliance": 5, "greenPractices": 5, "incentives": 5 }\n}\n',
    );
    expect(pgi(["card", comma, "--lang", "en"]).err).toBe(
      `pgi: ${comma}: line 4, column 28: the number 6,5 has a decimal comma outside quotes; write "6,5" (in quotes) or 6.5\n`,
    );
    expect(pgi(["card", comma]).err).toBe(
      `pgi: ${comma}: dòng 4, cột 28: số 6,5 có dấu phẩy thập phân nằm ngoài dấu ngoặc kép; hãy ghi "6,5" (trong ngoặc kép) hoặc 6.5\n`,
    );
  });

  it("a file that is not JSON is one line naming the place, never quoting the file's text", () => {
    // V8's own message for this text quotes it whole, newlines and all ("abc\ndef" is not valid JSON)
    const text = file("notes.json", "Kế hoạch PGI\nnăm 2024\n");
    expect(pgi(["card", text, "--lang", "en"]).err).toBe(`pgi: ${text} is not valid JSON: line 1, column 1: unexpected "K"\n`);
    expect(pgi(["card", text]).err).toBe(`pgi: ${text} không phải JSON hợp lệ: dòng 1, cột 1: ký tự "K" không đúng chỗ\n`);
    const key = file("key.json", '{\n  unit: "Lạng Sơn"\n}');
    expect(pgi(["card", key]).err).toBe(`pgi: ${key} không phải JSON hợp lệ: dòng 2, cột 3: tên trường phải đặt trong dấu ngoặc kép ("unit": …)\n`);
    const cut = file("cut.json", '{ "unit": "Lạng Sơn",\n  "year": 2024');
    expect(pgi(["card", cut, "--lang", "en"]).err).toBe(
      `pgi: ${cut} is not valid JSON: the text ends before the JSON is complete (a closing }, ] or " is missing)\n`,
    );
    const plan = pgi(["check", file("plan-text.json", '{ "unit": "Lạng Sơn",\n "targets": { 1: 6 } }')]);
    expect(plan.code).toBe(2);
    expect(plan.err.split("\n")).toHaveLength(2);
    expect(plan.err).toContain("dòng 2, cột 15");
  });

  it("the built command: an option of another command, an extension it does not write, progress from standard input", () => {
    expect(pgi(["card", 'published:"Lạng Sơn":2024', "--strategy", "headroom"])).toMatchObject({
      code: 2,
      out: "",
      err: "pgi: lệnh pgi card không có tùy chọn --strategy (pgi card --help liệt kê các tùy chọn của lệnh)\n",
    });
    const xls = pgi(["gap", "example:lang-son-plan", 'published:"Lạng Sơn":2024', "-o", "ket-qua.xls"]);
    expect(xls.code).toBe(2);
    expect(xls.err).toMatch(/^pgi: lệnh pgi gap không ghi được tệp ket-qua\.xls: chỉ ghi được tệp .*\.xlsx, \.docx \(hãy dùng \.xlsx\); .*\n$/);
    const r = pgi(
      ["progress", "--baseline", "62,5", "--baseline-period", "Quý IV/2022", "--target", "90", "--target-period", "Quý IV/2023", "-", "--format", "json"],
      "Kỳ;Giá trị\nQuý I/2023;65,2\nQuý II/2023;70,3\n",
    );
    expect(r.err).toBe("");
    expect(JSON.parse(r.out).progress).toMatchObject({ latest: { value: 70.3 }, expected: 76.3, status: "moderatelyImproving" });
  });

  it("errors in the language of --lang: Vietnamese by default, English with --lang en", () => {
    const bad = file("bad.json", JSON.stringify({ unit: "X", year: 2024, scores: { pollution: 11, compliance: 5, greenPractices: 5, incentives: 5 } }));
    const vi = pgi(["card", bad]);
    expect(vi.code).toBe(2);
    expect(vi.err).toBe("pgi: scores.pollution: điểm chỉ số Giảm thiểu ô nhiễm và thiên tai phải nằm trong khoảng 1–10, nhận được 11 [OUT_OF_SCALE]\n");
    expect(pgi(["card", bad, "--lang", "en"]).err).toBe("pgi: scores.pollution: the pollution score must be between 1 and 10, got 11 [OUT_OF_SCALE]\n");
  });

  it("charts as pictures: SVG well-formed with a <title>, PNG with its signature", () => {
    const svg = pgi(["gap", "example:lang-son-plan", 'published:"Lạng Sơn":2024', "--format", "svg"]);
    expect(svg.code).toBe(0);
    expect(svg.out).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*><title>Lạng Sơn: Kế hoạch cải thiện/,
    );
    expect(svg.out.trim().endsWith("</svg>")).toBe(true);
    expect(svg.out).toContain("Điểm PGI (tổng hợp)");
    const opened = (svg.out.match(/<g\b/g) ?? []).length;
    expect((svg.out.match(/<\/g>/g) ?? []).length).toBe(opened);
    for (const [cmd, args] of [
      ["card", ['published:"Lạng Sơn":2023']],
      ["rank", ["--edition", "2023"]],
      ["yoy", ['published:"Hải Dương":2023', 'published:"Hải Dương":2024']],
    ] as const) {
      const png = join(dir, `${cmd}.png`);
      const r = pgi([cmd, ...args, "--out", png, "--lang", "en"]);
      expect([cmd, r.err]).toEqual([cmd, ""]);
      const bytes = readFileSync(png);
      expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(bytes.length).toBeGreaterThan(10_000);
    }
    expect(pgi(["regions", "--format", "png", "--out", join(dir, "r.png"), "--lang", "en"]).err).toMatch(
      /^pgi: there is no chart for a result of kind "regionSummary"/,
    );
  });
});
