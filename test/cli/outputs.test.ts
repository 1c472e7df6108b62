/**
 * Output files of the `pgi` command: extensions it does not write are refused with the formats it
 * writes, and Word reports (`--format docx`) go to the Word writer with the heading fields.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { ENV_SPEC } from "../checklist/fixtures";

const calls: { result: unknown; options: unknown }[] = [];
vi.mock("../../src/cli/office/word", () => ({
  officeDocx: async (result: unknown, options: unknown) => {
    calls.push({ result, options });
    return new TextEncoder().encode(`DOCX:${(result as { kind?: string }).kind}`);
  },
}));

const { main } = await import("../../src/cli/main");

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => void (out += typeof t === "string" ? t : new TextDecoder().decode(t)), err: (t) => void (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "pgi-outputs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string): string => join(dir, name);
const PLAN = "example:lang-son-plan";
const CARD = 'published:"Lạng Sơn":2024';

describe("output files the command does not write are refused, never written as Markdown", () => {
  it(".xls, .doc and .pdf are refused with the formats the command writes (exit 2, nothing written)", async () => {
    const xls = await run("gap", PLAN, CARD, "-o", at("ket-qua.xls"));
    expect(xls).toEqual({
      code: 2,
      out: "",
      err: `pgi: lệnh pgi gap không ghi được tệp ${at("ket-qua.xls")}: chỉ ghi được tệp .md, .markdown, .txt, .csv, .json, .svg, .png, .xlsx, .docx (hãy dùng .xlsx); hoặc chọn dạng bằng --format (md, csv, json, vega, svg, png, xlsx, docx)\n`,
    });
    expect(existsSync(at("ket-qua.xls"))).toBe(false);
    const en = await run("rank", "-o", at("bang.doc"), "--lang", "en");
    expect(en.err).toBe(
      `pgi: pgi rank cannot write ${at("bang.doc")}: it writes .md, .markdown, .txt, .csv, .json, .svg, .png, .xlsx files; or choose the format with --format (md, csv, json, vega, svg, png, xlsx)\n`,
    );
    expect((await run("gap", PLAN, CARD, "-o", at("gap.doc"), "--lang", "en")).err).toContain("(write .docx)");
    expect((await run("yoy", CARD, CARD, "-o", at("r.pdf"))).code).toBe(2);
    expect(existsSync(at("r.pdf"))).toBe(false);
  });

  it("a format the command does not write is refused, naming the command", async () => {
    expect(await run("card", CARD, "--format", "docx", "--lang", "en")).toEqual({
      code: 2,
      out: "",
      err: "pgi: pgi card does not write docx; it writes md, csv, json, vega, svg, png, xlsx\n",
    });
    expect((await run("card", CARD, "-o", at("card.docx"))).err).toContain("lệnh pgi card không ghi được tệp");
    expect((await run("demo", "--format", "csv")).err).toBe("pgi: lệnh pgi demo không xuất được dạng csv; các dạng xuất được: md, json\n");
    expect((await run("gap", PLAN, CARD, "--format", "word", "--lang", "en")).err).toBe(
      'pgi: --format takes md, csv, json, vega, svg, png, xlsx, docx; for "word" write --format docx\n',
    );
  });

  it("known extensions still choose their format", async () => {
    expect(await run("rank", "-o", at("rank.txt"))).toEqual({ code: 0, out: "", err: "" });
    expect(readFileSync(at("rank.txt"), "utf8")).toContain("| Hải Phòng");
    expect((await run("rank", "-o", at("rank.csv"))).code).toBe(0);
    expect(readFileSync(at("rank.csv"), "utf8").startsWith("\uFEFF")).toBe(true);
  });
});

describe("--format docx: Word reports of gap, assess, yoy and plan through officeDocx", () => {
  it("gap: the gap report and the heading fields go to officeDocx, its bytes to --out", async () => {
    calls.length = 0;
    const out = at("gap.docx");
    const r = await run(
      "gap",
      PLAN,
      CARD,
      "--out",
      out,
      "--agency",
      "UBND huyện Văn Quan",
      "--number",
      "12/BC-UBND",
      "--place",
      "Văn Quan",
      "--signer",
      "Nguyễn Văn A",
      "--date",
      "2025-01-15",
    );
    expect(r).toEqual({ code: 0, out: "", err: "" });
    expect(readFileSync(out, "utf8")).toBe("DOCX:gapReport");
    expect(calls).toHaveLength(1);
    expect((calls[0]!.result as { kind: string; composite: { actual: number } }).composite.actual).toBe(22.63);
    expect(calls[0]!.options).toEqual({
      lang: "vi",
      agency: "UBND huyện Văn Quan",
      number: "12/BC-UBND",
      place: "Văn Quan",
      signer: "Nguyễn Văn A",
      date: "2025-01-15",
    });
  });

  it("yoy, plan and assess, by --format docx or the .docx extension; English with --lang en", async () => {
    calls.length = 0;
    expect(
      (await run("yoy", 'published:"Hải Dương":2023', 'published:"Hải Dương":2024', "--format", "docx", "--out", at("yoy.docx"), "--lang", "en")).code,
    ).toBe(0);
    expect((await run("plan", PLAN, "--out", at("plan.docx"))).code).toBe(0);
    const checklist = join(dir, "env.json");
    writeFileSync(checklist, JSON.stringify(ENV_SPEC));
    const communes = join(dir, "communes.csv");
    writeFileSync(communes, "unit;target;17.1;17.3;17.8;18.1;19.1\r\nXã A;ntm;91,5;đạt;0;;\r\nXã B;ntm;94;đạt;0;;\r\n");
    expect((await run("assess", checklist, communes, "--out", at("assess.docx"), "--signer", "Trần Thị B")).err).toBe("");
    expect(calls.map((c) => [(c.result as { kind: string }).kind, (c.options as { lang: string }).lang])).toEqual([
      ["yearOverYear", "en"],
      ["plan", "vi"],
      [(calls[2]!.result as { kind: string }).kind, "vi"],
    ]);
    expect(calls[2]!.options).toEqual({ lang: "vi", signer: "Trần Thị B" });
    expect(readFileSync(at("plan.docx"), "utf8")).toBe("DOCX:plan");
  });

  it("a plan read from a document hands its text to the Word writer (its tasks are kept); plan JSON does not", async () => {
    const { toPlanDocument } = await import("../../src/extract/document");
    const { createPlan, langSonPlan2024 } = await import("../../src/index");
    const text = `${toPlanDocument(createPlan(langSonPlan2024()), { lang: "vi" })}\n## II. NHIỆM VỤ, GIẢI PHÁP\n\n1. Rà soát các cơ sở sản xuất.\n`;
    const doc = join(dir, "ke-hoach.md");
    writeFileSync(doc, text);
    calls.length = 0;
    expect((await run("plan", doc, "--out", at("ke-hoach.docx"))).err).toBe("");
    expect((await run("gap", doc, CARD, "--out", at("bao-cao.docx"))).err).toBe("");
    expect((await run("gap", PLAN, CARD, "--out", at("bao-cao-2.docx"))).err).toBe("");
    expect(calls.map((c) => (c.options as { sourceText?: string }).sourceText)).toEqual([text, text, undefined]);
  });

  it("the heading options belong to the commands that write Word reports", async () => {
    expect((await run("rank", "--agency", "UBND", "--lang", "en")).err).toBe("pgi: pgi rank does not take --agency (pgi rank --help lists its options)\n");
    expect((await run("gap", "--help")).out).toContain("--signer HỌ-TÊN");
  });
});
