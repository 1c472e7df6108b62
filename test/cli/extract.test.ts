import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { htmlToLines } from "../../src/cli/docx";
import { createPlan, langSonPlan2024 } from "../../src/index";

async function run(argv: string[], stdin?: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t), ...(stdin !== undefined ? { in: async () => stdin } : {}) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "pgi-extract-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = (name: string): string => readFileSync(new URL(`../extract/fixtures/${name}`, import.meta.url), "utf8");
const file = (name: string, value: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, value);
  return p;
};

/** A real Word file of a Markdown fixture: `#` lines as headings, "a) Body: task" with the body in bold. */
async function docxOf(markdown: string): Promise<Uint8Array> {
  const levels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];
  const children = markdown
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const h = /^(#{1,4}) (.*)$/.exec(l);
      if (h) return new Paragraph({ heading: levels[h[1]!.length - 1]!, children: [new TextRun(h[2]!)] });
      const item = /^([a-zđ]\) )([^:]+)(:.*)$/.exec(l);
      if (item) return new Paragraph({ children: [new TextRun(item[1]!), new TextRun({ text: item[2]!, bold: true }), new TextRun(item[3]!)] });
      return new Paragraph({ children: [new TextRun({ text: l, italics: l.startsWith("Mục tiêu") })] });
    });
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

const results = file("results-2024.json", JSON.stringify({ unit: "Lạng Sơn", year: 2024, scores: { 1: 4.95, 2: 4.95, 3: 6.71, 4: 6.02 } }));

describe("pgi extract", () => {
  it("reads a real .docx end to end: the plan, its check and the report; exit 0", async () => {
    const docx = file("lang-son.docx", await docxOf(fixture("lang-son-province.md")));
    const { code, out, err } = await run(["extract", docx]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toMatch(/\| Giảm thiểu ô nhiễm và thiên tai\s+\|\s+4,84 \|\s+≥ 6,58 \|\s+\+1,74 \|/);
    expect(out).toContain("Sở Tài nguyên và Môi trường; Công an tỉnh");
    expect(out).toContain("_Không có phát hiện nào._");
    expect(out).toContain("**Mục tiêu xếp hạng** (không quy đổi thành điểm)");
    const json = JSON.parse((await run(["extract", docx, "--format", "json"])).out);
    expect(json.plan.composite).toEqual({ baseline: 17.33, target: 22.37, delta: 5.04, stated: 22.37, sumOfTargets: 22.37 });
    expect(json.report.rankGoals[0]).toMatchObject({ group: 50, rise: 10 });
  });

  it("exit 1 when the check finds errors (a wrong stated increase), in English too", async () => {
    const bad = file("wrong.docx", await docxOf(fixture("wrong-increase.md")));
    const { code, out } = await run(["extract", bad, "--lang", "en"]);
    expect(code).toBe(1);
    expect(out).toContain("DELTA_MISMATCH");
    expect(out).toContain("the stated pollution increase 1.47 is not target − baseline = 6.58 − 4.84 = 1.74");
  });

  it("reads Markdown and plain text files and standard input", async () => {
    expect((await run(["extract", file("plan.md", fixture("van-quan-docx.md"))])).code).toBe(0);
    expect((await run(["extract", file("plan.txt", fixture("trang-dinh-plain.txt"))])).code).toBe(0);
    const stdin = await run(["extract", "-", "--format", "json"], fixture("bac-son-emphasis.md"));
    expect(JSON.parse(stdin.out).plan.unit).toBe("Huyện Bắc Sơn");
  });

  it("no plan without baselines: the report says what is missing (exit 1); --baseline fills them in", async () => {
    const doc = file("missing.md", fixture("missing-target.md"));
    const bare = await run(["extract", doc]);
    expect(bare.code).toBe(1);
    expect(bare.out).toContain("**Chưa lập được kế hoạch từ văn bản**");
    expect(bare.out).toMatch(/\|\s+9 \| MISSING_BASELINE/);
    const card = file("card-2024.json", JSON.stringify({ unit: "Lộc Bình", year: 2024, scores: { 1: 5.05, 2: 4.95, 3: 4.09, 4: 5.08 } }));
    const filled = await run(["extract", doc, "--baseline", card]);
    expect(filled.code).toBe(0); // missing targets are warnings
    expect(filled.out).toContain("MISSING_TARGET");
  });

  it("refuses what is not a .docx, other formats, and a missing file (exit 2)", async () => {
    const fake = await run(["extract", file("fake.docx", "not a zip"), "--lang", "en"]);
    expect(fake).toMatchObject({ code: 2, out: "" });
    expect(fake.err).toContain("is not a .docx file");
    expect((await run(["extract", join(dir, "none.md"), "--lang", "en"])).err).toContain("cannot read");
    expect((await run(["extract", file("p.md", "x"), "--format", "csv"])).code).toBe(2);
    expect((await run(["extract"])).code).toBe(2);
  });
});

describe("pgi gap and pgi plan with documents", () => {
  it("pgi gap works on the document directly", async () => {
    const docx = file("lang-son-gap.docx", await docxOf(fixture("lang-son-province.md")));
    const fromDoc = await run(["gap", docx, results, "--format", "json"]);
    const fromJson = await run(["gap", file("ls.json", JSON.stringify(langSonPlan2024())), results, "--format", "json"]);
    expect(fromDoc.code).toBe(0);
    expect(JSON.parse(fromDoc.out).subIndices).toEqual(JSON.parse(fromJson.out).subIndices);
    const none = await run(["gap", file("nothing.txt", "Biên bản họp."), results]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("không lập được kế hoạch từ");
    expect(none.err).toContain("văn bản không ghi năm cơ sở");
    expect((await run(["gap", file("nothing.txt", "Biên bản họp."), results, "--lang", "en"])).err).toContain("no plan could be read");
  });

  it("pgi plan --format docx writes a Word file that pgi extract reads back to the same plan", async () => {
    const input = {
      ...langSonPlan2024(),
      baseline: { pollution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 },
      targets: {
        ...langSonPlan2024().targets,
        pollution: { target: 6.58, delta: 1.74, owners: ["Sở Tài nguyên và Môi trường", "Công an tỉnh"], due: "2024-11-30" },
      },
    };
    const out = join(dir, "written.docx");
    const w = await run(["plan", file("in.json", JSON.stringify(input)), "--format", "docx", "--out", out]);
    expect(w).toMatchObject({ code: 0, out: "" });
    expect(w.err).toBe(""); // written silently, as every --out file
    expect(readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
    const back = JSON.parse((await run(["extract", out, "--format", "json"])).out);
    expect(back.plan).toEqual(JSON.parse(JSON.stringify(createPlan(input))));
    // without --out the document goes to standard output, as other binary formats do (refused only on a terminal)
    expect((await run(["plan", file("in2.json", JSON.stringify(input)), "--format", "docx"])).code).toBe(0);
    expect((await run(["card", results, "--format", "docx"])).code).toBe(2);
  });
});

describe("htmlToLines", () => {
  it("turns mammoth's HTML into lines: headings, paragraphs, list items, cells, entities", () => {
    expect(htmlToLines("<h2>I. M&#7909;c ti&ecirc;u</h2><p>a) A &amp; B: x</p><ul><li>Công an huyện</li></ul><table><tr><td><p>1</p></td></tr></table>")).toBe(
      "## I. Mục ti&ecirc;u\n\na) A & B: x\n\n- Công an huyện\n\n1\n",
    );
  });
});
