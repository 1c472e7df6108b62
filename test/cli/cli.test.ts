import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { version } from "../../package.json";
import { main } from "../../src/cli/main";
import { parseCsv } from "../../src/render/primitives";
import { publishedScoreCard, scoreTable } from "../../src/index";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "pgi-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, value: unknown): string => {
  const p = join(dir, name);
  writeFileSync(p, typeof value === "string" ? value : JSON.stringify(value));
  return p;
};

const planFile = file("plan.json", {
  unit: "Lạng Sơn",
  title: "Kế hoạch PGI 2024",
  baselineYear: 2023,
  targetYear: 2024,
  baseline: { scores: { pollution: "4,84", compliance: "4,14", greenPractices: "3,60", incentives: "4,75" }, composite: 17.33, rank: 62 },
  targets: { "Giảm thiểu ô nhiễm và thiên tai": { target: "6,58", delta: "1,74", owners: "Sở TN&MT", due: "2024-10-31" }, 2: 6.11, 3: 4.38, 4: 5.3 },
});
const badPlanFile = file("bad-plan.json", {
  unit: "Lạng Sơn",
  title: "KH",
  baselineYear: 2023,
  targetYear: 2024,
  baseline: { pollution: 4.84, compliance: 4.14, greenPractices: 3.6, incentives: 4.75 },
  targets: { pollution: { target: 6.58, delta: 1.47 }, compliance: 11, greenPractices: 4.38, incentives: 5.3 },
});
const actualFile = file("actual.json", { unit: "Lạng Sơn", year: 2024, scores: { 1: 4.95, 2: 4.95, 3: 6.71, 4: 6.02 } });
const prevFile = file("prev.json", { unit: "Lạng Sơn", year: 2023, scores: { 1: 4.84, 2: 4.14, 3: 3.6, 4: 4.75 }, composite: 17.33 });

describe("pgi", () => {
  it("--help and --version", async () => {
    expect((await run("--help", "--lang", "en")).out).toContain("pgi gap <plan.json> <card.json>");
    expect((await run("--help")).out).toContain("pgi gap <ke-hoach.json> <phieu-diem.json>");
    expect(await run("--version")).toEqual({ code: 0, out: `${version}\n`, err: "" });
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.err).toContain("Cách dùng:");
  });

  it("demo prints the plan, its check and the gap report in Vietnamese, with provenance", async () => {
    const { code, out } = await run("demo");
    expect(code).toBe(0);
    expect(out).toContain("Kế hoạch cải thiện, nâng cao Chỉ số Xanh cấp tỉnh (PGI) năm 2024");
    expect(out).toMatch(/\| Giảm thiểu ô nhiễm và thiên tai\s+\|\s+4,84 \|\s+≥ 6,58 \|\s+\+1,74 \|/);
    expect(out).toContain("chưa đạt (có cải thiện)");
    expect(out).toContain("https://thongtin.vietnam.vn/en/xanh-dan-chi-so-xanh");
    // sections in order, each a level-2 heading
    expect(out.match(/^## .*$/gm)).toEqual([
      "## 1. Kế hoạch năm 2024",
      "## 2. Kiểm tra kế hoạch",
      "## 3. Kết quả PGI 2024 so với kế hoạch",
      "## 4. Thay đổi so với năm trước",
    ]);
    // the baseline figures come from the shipped 2023 card; the 2024 row's inferred edition is said, in Vietnamese
    expect(out).toContain("điểm PGI 17,33, xếp hạng 62/63");
    expect(out).toContain("- Kết quả PGI 2024: https://pcivietnam.vn/en/pgi/pci-subindices-of-63-provincescities — **năm của số liệu là suy luận**");
    expect(out).toContain("Tóm lại: điểm PGI đạt chỉ tiêu (22,63 so với 22,37), 2/4 chỉ số thành phần đạt chỉ tiêu.");
    expect(out).toMatch(/\| \*\*Điểm PGI \(tổng hợp\)\*\*\s+\|\s+17,33 \|\s+22,37 \|\s+22,63 \|\s+\+5,04 \|\s+\+5,30 \|\s+0,00 \|\s+0,26 \|\s+105,2 % \| đạt/);
    expect(out).not.toMatch(/edition inferred|\d\.\d\d/); // Vietnamese throughout: decimal commas, no English notes
  });

  it("demo in English and as JSON", async () => {
    const en = (await run("demo", "--lang", "en")).out;
    expect(en).toContain("## 3. PGI 2024 results against the plan");
    expect(en).toContain("**the edition is inferred**");
    expect(en).toContain("In short: the PGI composite target is met (22.63 against 22.37), 2 of 4 sub-index targets are met.");
    expect((await run("demo", "extra", "--lang", "en")).err).toContain("usage: pgi demo");
    expect((await run("demo", "extra")).err).toBe('pgi: cách dùng: pgi demo [--lang en] [--format json] (thừa "extra")\n');
    expect((await run("demo", "--format", "csv")).code).toBe(2);
    const json = JSON.parse((await run("demo", "--format", "json")).out);
    expect(json.plan.composite).toEqual({ baseline: 17.33, target: 22.37, delta: 5.04, stated: null, sumOfTargets: 22.37 });
    expect(json.gap.summary.compositeMetButSubIndicesMissed).toBe(true);
  });

  it("card validates a file and shows findings", async () => {
    const f = file("hcmc.json", { unit: "TP. Hồ Chí Minh", year: 2022, composite: 13.99, scores: { 1: 3.12, 2: 4.94, 3: 4.09, 4: 1.87 } });
    const { code, out } = await run("card", f, "--lang", "en");
    expect(code).toBe(0);
    expect(out).toContain("COMPOSITE_MISMATCH");
  });

  it("plan and check: exit 0 for a clean plan, 1 with errors", async () => {
    const ok = await run("plan", planFile);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain("Sở TN&MT");
    expect(ok.out).toContain("_Không có phát hiện nào._");
    const bad = await run("check", badPlanFile, "--lang", "en");
    expect(bad.code).toBe(1);
    expect(bad.out).toContain("DELTA_MISMATCH");
    expect(bad.out).toContain("TARGET_OUT_OF_SCALE");
    const csv = parseCsv((await run("check", badPlanFile, "--format", "csv", "--lang", "en")).out);
    expect(csv[0]).toEqual(["severity", "code", "path", "message"]);
    expect(csv.slice(1).map((r) => r[1])).toEqual(["DELTA_MISMATCH", "TARGET_OUT_OF_SCALE"]);
  });

  it("gap as Markdown, CSV with ; and a BOM, and JSON", async () => {
    expect((await run("gap", planFile, actualFile)).out).toContain("chưa đạt (có cải thiện)");
    const csv = (await run("gap", planFile, actualFile, "--format", "csv", "--delimiter", ";", "--bom")).out;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv, ";");
    expect(rows[1]!.slice(3, 8)).toEqual(["pollution", "Giảm thiểu ô nhiễm và thiên tai", "4,84", "6,58", "4,95"]);
    const json = JSON.parse((await run("gap", planFile, actualFile, "--format", "json")).out);
    expect(json.subIndices.pollution.remaining).toBe(1.63);
  });

  it("yoy compares two cards", async () => {
    const { out } = await run("yoy", prevFile, actualFile, "--lang", "en");
    expect(out).toContain("4 sub-indices rose");
  });

  it("reports bad input with the PgiError path and code, exit 2", async () => {
    const f = file("bad-card.json", { unit: "X", year: 2024, scores: { pollution: "abc", compliance: 5, greenPractices: 5, incentives: 5 } });
    const r = await run("card", f);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^pgi: scores\.pollution: .*\[INVALID_NUMBER\]\n$/);
  });

  it("reports usage problems, missing files and broken JSON, exit 2", async () => {
    expect((await run("nope", "--lang", "en")).err).toContain("unknown command");
    expect((await run("nope")).err).toContain('không có lệnh "nope"');
    expect((await run("gap", planFile, "--lang", "en")).err).toContain("usage: pgi gap");
    expect((await run("card", join(dir, "missing.json"), "--lang", "en")).err).toContain("no such file");
    expect((await run("card", file("broken.json", "{ unit: "), "--lang", "en")).err).toContain("not valid JSON");
    expect((await run("demo", "--lang", "fr")).err).toContain("--lang nhận vi hoặc en");
    expect((await run("card", "--format", "xml", "--lang", "en")).err).toContain("--format takes md, csv, json, vega");
    expect((await run("demo", "--colour")).code).toBe(2);
  });
});

describe("pgi score", () => {
  const spec = file("framework.json", {
    id: "district",
    name: { vi: "Chỉ số xanh cấp huyện", en: "District green index" },
    components: [{ id: "env" }],
    indicators: [
      { id: "waste", component: "env", direction: "higher" },
      { id: "floods", component: "env", direction: "lower" },
    ],
  });

  it("scores a CSV (decimal commas, ; separated, empty cells missing) with a framework spec", async () => {
    const csv = file("data.csv", '\uFEFFunit;group;waste;floods\r\nA;x;90;2\r\nB;y;60;5\r\nC;x;70;3\r\nD;y;"65,5";\r\n');
    const r = await run("score", spec, csv, "--format", "json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.units.map((u: { unit: string; group: string; composite: number; rank: number }) => [u.unit, u.group, u.composite, u.rank])).toEqual([
      ["A", "x", 10, 1],
      ["B", "y", 1, 4],
      ["C", "x", 5.5, 2],
      ["D", "y", 2.65, 3], // 1 + 9 × 5.5/30; floods missing (1 of 2 present is enough)
    ]);
  });

  it("scores JSON rows and reports bad frameworks and data", async () => {
    const rows = file("rows.json", [
      { unit: "A", indicators: { waste: 1, floods: 2 } },
      { unit: "B", indicators: { waste: 2, floods: 1 } },
    ]);
    expect((await run("score", spec, rows, "--lang", "en")).out).toContain("**Scores: District green index**");
    const bad = file("bad-framework.json", { id: "x", name: { vi: "X", en: "X" }, components: [] });
    expect((await run("score", bad, rows)).err).toContain("[INVALID_FRAMEWORK]");
    const noUnit = file("no-unit.csv", "name,waste\nA,1\n");
    expect((await run("score", spec, noUnit, "--lang", "en")).err).toContain("needs a unit column");
    const unknown = file("unknown.csv", "unit,waste,colour\nA,1,red\n");
    expect((await run("score", spec, unknown)).err).toContain("[UNKNOWN_INDICATOR]");
  });
});

describe("pgi rank, regions and goal on units scored by pgi score", () => {
  const spec = file("scored-framework.json", {
    id: "district",
    name: { vi: "Chỉ số xanh cấp huyện", en: "District green index" },
    components: [{ id: "env" }],
    indicators: [
      { id: "waste", component: "env", direction: "higher" },
      { id: "floods", component: "env", direction: "lower" },
    ],
  });
  const data = file("scored-data.csv", 'unit;group;waste;floods\nA;x;90;2\nB;y;60;5\nC;x;70;3\nD;y;"65,5";\n');

  it("reads the JSON of pgi score --format json back: ranks (within groups), group statistics, the score a rank needs", async () => {
    const scored = file("scored.json", (await run("score", spec, data, "--format", "json")).out);
    const ranking = JSON.parse((await run("rank", scored, "--format", "json")).out);
    // Composites A 10, C 5.5, D 2.65, B 1 (see pgi score above).
    expect(ranking.rows.map((r: { unit: string; rank: number }) => [r.unit, r.rank])).toEqual([
      ["A", 1],
      ["C", 2],
      ["D", 3],
      ["B", 4],
    ]);
    const within = JSON.parse((await run("rank", scored, "--within", "region", "--format", "json")).out);
    expect(within.rows.map((r: { unit: string; rank: number }) => [r.unit, r.rank])).toEqual([
      ["A", 1],
      ["C", 2],
      ["D", 1],
      ["B", 2],
    ]);
    const md = await run("rank", scored, "--framework", spec, "--lang", "en");
    expect(md.code).toBe(0);
    expect(md.out).toContain("**Ranking District green index: Composite**");
    const groups = JSON.parse((await run("regions", scored, "--framework", spec, "--format", "json")).out);
    expect(groups.regions.map((g: { group: string; count: number; mean: number }) => [g.group, g.count, g.mean])).toEqual([
      ["x", 2, 7.75],
      ["y", 2, 1.83], // (2.65 + 1) / 2 = 1.825, half up at the framework's 2 decimals
    ]);
    const goal = JSON.parse((await run("goal", scored, "B", "3", "--framework", spec, "--format", "json")).out);
    expect(goal).toMatchObject({ unit: "B", targetRank: 3, currentValue: 1, currentRank: 4, requiredValue: 2.65, increase: 1.65, max: 10 });
  });

  it("refuses options that belong to PGI tables, and --framework with a table", async () => {
    const scored = file("scored-2.json", (await run("score", spec, data, "--format", "json")).out);
    const edition = await run("rank", scored, "--edition", "2023", "--lang", "en");
    expect(edition.code).toBe(2);
    expect(edition.err).toContain("--edition is for a table of PGI score cards read from a file");
    const probability = await run("goal", scored, "B", "1", "--probability", "0.8", "--lang", "en");
    expect(probability.code).toBe(2);
    expect(probability.err).toContain("it needs a PGI score table, not scored units");
    const table = await run("rank", "--framework", spec, "--lang", "en");
    expect(table.code).toBe(2);
    expect(table.err).toContain("--framework goes with a scoring file");
    const noFramework = await run("regions", scored, "--lang", "en");
    expect(noFramework.code).toBe(2);
    expect(noFramework.err).toContain("rounded at their framework's decimals: give --framework <framework.json>");
    const ranking = file("ranking.json", (await run("rank", scored, "--format", "json")).out);
    expect((await run("rank", ranking, "--lang", "en")).err).toContain('holds a pgi-kit result of kind "ranking"; give a table of score cards');
    // A scoring file edited by hand: the PgiError's path and code, exit 2.
    const saved = JSON.parse((await run("score", spec, data, "--format", "json")).out);
    saved.units[1].components.env = "abc";
    const tampered = await run("rank", file("tampered.json", saved), "--lang", "en");
    expect(tampered.code).toBe(2);
    expect(tampered.err).toMatch(/^pgi: units\[1\]\.components\.env: .*\[INVALID_INPUT\]\n$/);
    const other = file("other-framework.json", { id: "other", name: { vi: "Khác", en: "Other" }, components: [{ id: "env" }] });
    expect((await run("rank", scored, "--framework", other)).err).toContain("[INVALID_INPUT]");
  });
});

describe("pgi rank, regions, goal, allocate", () => {
  it("ranks the shipped 2024 figures and says what they are", async () => {
    const r = await run("rank", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\|\s+1 \| Hải Phòng\s+\| Red River Delta\s+\|\s+29.00 \|\s+1 \|/);
    expect(r.out).toMatch(/\|\s+4 \| Bắc Ninh\s+\| Red River Delta\s+\|\s+27.78 \|\s+4 \|/);
    expect(r.out).toContain("49 of 63 provinces (36 with all four sub-indices, the rest with the composite only)");
    expect(r.out).toContain("For 2024 VCCI published the ranks of the top 30 provinces only; provinces below rank 30 have no published rank.");
    expect(r.out).toContain("the edition of 33 rows is inferred");
    expect(r.out).toContain("RANK_DIFFERS");
    const byPollution = JSON.parse((await run("rank", "--by", "1", "--format", "json")).out);
    expect(byPollution.rows[0]).toMatchObject({ unit: "Hải Dương", value: 7.65, rank: 1 });
  });

  it("ranks the JSON copy of a score table (scoreTable as a program saved it), refusing --edition with it", async () => {
    const table = file("table-copy.json", JSON.stringify(scoreTable([publishedScoreCard("Lạng Sơn", 2024), publishedScoreCard("Hải Dương", 2024)])));
    const ranking = JSON.parse((await run("rank", table, "--format", "json")).out);
    expect(ranking.rows.map((r: { unit: string; rank: number; value: number }) => [r.unit, r.rank, r.value])).toEqual([
      ["Hải Dương", 1, 26.34],
      ["Lạng Sơn", 2, 22.63],
    ]);
    const edition = await run("rank", table, "--edition", "2023", "--lang", "en");
    expect(edition.code).toBe(2);
    expect(edition.err).toContain("holds a score table of its own edition and units");
  });

  it("ranks a CSV of cards, with units outside the registry when asked", async () => {
    const csv = file("cards.csv", 'unit,pollution,compliance,greenPractices,incentives\nHuyện Cao Lộc,5,6,7,8\nHuyện Văn Lãng,"6,5",6,6,6\n');
    expect((await run("rank", csv)).err).toContain("[UNKNOWN_PROVINCE]");
    const json = JSON.parse((await run("rank", csv, "--units", "any", "--format", "json")).out);
    expect(json.rows.map((x: { unit: string; value: number }) => [x.unit, x.value])).toEqual([
      ["Huyện Cao Lộc", 26],
      ["Huyện Văn Lãng", 24.5],
    ]);
  });

  it("regions and goal", async () => {
    expect((await run("regions", "--lang", "en")).out).toMatch(/\| Red River Delta\s+\|\s+11 \|\s+26.90 \|\s+26.63 \| 29.00 \(Hải Phòng\)/);
    const g = JSON.parse((await run("goal", "Lang Son", "10", "--format", "json")).out);
    expect(g).toMatchObject({ unit: "Lạng Sơn", currentRank: 47, competitors: 49, requiredValue: 26.34, increase: 3.71 });
    expect((await run("goal", "Lang Son", "ten", "--lang", "en")).err).toContain("whole number");
    expect((await run("goal", "Lang Son", "ten")).err).toBe('pgi: hạng phải là số nguyên từ 1 trở lên, nhận được "ten"\n');
  });

  it("allocate: a card, a strategy, a benchmark from the shipped table", async () => {
    const cardFile = file("ls-2023.json", { unit: "Lạng Sơn", year: 2023, composite: 17.33, scores: { 1: 4.84, 2: 4.14, 3: 3.6, 4: 4.75 } });
    const eq = JSON.parse((await run("allocate", cardFile, "--target", "22,37", "--format", "json")).out);
    expect(eq.targets.pollution).toEqual({ target: 6.1, delta: 1.26 });
    const bm = await run(
      "allocate",
      cardFile,
      "--delta",
      "3",
      "--strategy",
      "benchmark",
      "--benchmark",
      "best",
      "--region",
      "northernMidlandsMountains",
      "--lang",
      "en",
    );
    expect(bm.out).toContain("best of Northern Midlands and Mountains (Bắc Giang)");
    expect((await run("allocate", cardFile, "--target", "50")).err).toContain("[IMPOSSIBLE_TARGET]");
    expect((await run("allocate", cardFile, "--lang", "en")).err).toContain("give one of --target");
  });
});

describe("--format vega", () => {
  it("prints a Vega-Lite spec of a chartable result", async () => {
    const spec = JSON.parse((await run("gap", planFile, actualFile, "--format", "vega", "--lang", "en")).out);
    expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
    expect(spec.data.values[2]).toEqual({ name: "Minimizing the risk of climate hazards to firms", series: "Result 2024", value: 4.95 });
    expect((await run("goal", "Lạng Sơn", "1", "--format", "vega")).err).toContain("không có biểu đồ");
  });
});

describe("plan files whose baseline is a card", () => {
  it("takes a card as printed by pgi card --format json as the baseline", async () => {
    const card = JSON.parse((await run("card", prevFile, "--format", "json")).out);
    const f = file("plan-printed-card.json", {
      unit: "Lạng Sơn",
      title: "KH",
      baselineYear: 2023,
      targetYear: 2024,
      baseline: card,
      targets: { 1: 6.58, 2: 6.11, 3: 4.38, 4: 5.3 },
    });
    const checked = await run("check", f);
    expect(checked).toEqual({ code: 0, out: "_Không có phát hiện nào._\n", err: "" });
    const gap = JSON.parse((await run("gap", f, actualFile, "--format", "json")).out);
    expect(gap.composite).toMatchObject({ baseline: 17.33, target: 22.37, actual: 22.63, surplus: 0.26, status: "met" });
  });

  it("reports an error inside the baseline card under baseline.…", async () => {
    const f = file("plan-bad-card.json", {
      unit: "Lạng Sơn",
      title: "KH",
      baselineYear: 2023,
      targetYear: 2024,
      baseline: { scores: { 1: "abc", 2: 4, 3: 4, 4: 4 } },
      targets: { 1: 6.58 },
    });
    const r = await run("check", f, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^pgi: baseline\.scores\.1: expected a number .*\[INVALID_NUMBER\]\n$/);
    // in Vietnamese (the default) the error's Vietnamese message
    expect((await run("check", f)).err).toMatch(/^pgi: baseline\.scores\.1: cần một số, ví dụ 6,58 .*\[INVALID_NUMBER\]\n$/);
  });
});

describe("round trips at the shell", () => {
  it("a card printed as JSON reads back as the same card", async () => {
    const f = file("hd.json", { unit: "Hải Dương", year: 2024, composite: "26,34", rank: 13, scores: { 1: 7.65, 2: 7.58, 3: 4.99, 4: 6.11 } });
    const once = (await run("card", f, "--format", "json")).out;
    const again = (await run("card", file("hd-card.json", once), "--format", "json")).out;
    expect(JSON.parse(again)).toEqual(JSON.parse(once));
    expect(JSON.parse(once).findings.map((x: { code: string }) => x.code)).toEqual(["COMPOSITE_ROUNDING"]);
  });
});

describe("results read back at the shell (issue 8)", () => {
  it("a plan saved as JSON (createPlan's result, or pgi plan --format json) is checked as it is", async () => {
    const { createPlan, langSonPlan2024 } = await import("../../src/index");
    const saved = file("saved-plan.json", JSON.parse(JSON.stringify(createPlan(langSonPlan2024()))));
    expect(await run("check", saved)).toEqual({ code: 0, out: "_Không có phát hiện nào._\n", err: "" });
    const printed = file("printed-plan.json", JSON.parse((await run("plan", planFile, "--format", "json")).out));
    expect((await run("check", printed, "--lang", "en")).code).toBe(0);
    const tampered = JSON.parse(JSON.stringify(createPlan(langSonPlan2024())));
    tampered.subIndices.pollution.delta = 9;
    const r = await run("check", file("tampered-plan.json", tampered), "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^pgi: subIndices\.pollution\.delta: this plan is not as pgi-kit built it: .*\[INVALID_INPUT\]\n$/);
  });

  it("a plan check that finds errors exits 1 and says so on standard error", async () => {
    const bad = file("bad-plan.json", {
      unit: "Lạng Sơn",
      baselineYear: 2023,
      targetYear: 2024,
      baseline: { 1: 4.84, 2: 4.14, 3: 3.6, 4: 4.75 },
      targets: { 1: { target: 6.58, delta: 1.5 }, 2: 11 },
    });
    const vi = await run("check", bad);
    expect(vi.code).toBe(1);
    expect(vi.err).toBe("pgi: kế hoạch có 2 lỗi (xem các phát hiện); mã thoát 1\n");
    const en = await run("plan", bad, "--lang", "en");
    expect(en.code).toBe(1);
    expect(en.err).toBe("pgi: the plan has 2 errors (see the findings); exit code 1\n");
  });
});

describe("each command takes only its own options", () => {
  it("an option another command takes is refused, naming the command (exit 2)", async () => {
    const en = await run("card", 'published:"Lạng Sơn":2024', "--strategy", "headroom", "--lang", "en");
    expect(en).toEqual({ code: 2, out: "", err: "pgi: pgi card does not take --strategy (pgi card --help lists its options)\n" });
    const vi = await run("card", 'published:"Lạng Sơn":2024', "--strategy", "headroom");
    expect(vi).toEqual({ code: 2, out: "", err: "pgi: lệnh pgi card không có tùy chọn --strategy (pgi card --help liệt kê các tùy chọn của lệnh)\n" });
    // the closest option the command does take
    expect((await run("rank", "--edition", "2023", "--target", "3", "--lang", "en")).err).toBe(
      "pgi: pgi rank does not take --target (pgi rank --help lists its options)\n",
    );
    expect((await run("allocate", 'published:"Lạng Sơn":2024', "--delta", "1", "--by", "1", "--lang", "en")).code).toBe(2);
    // the same options are fine where they belong
    expect((await run("allocate", 'published:"Lạng Sơn":2024', "--delta", "1", "--strategy", "headroom", "--format", "json")).code).toBe(0);
  });

  it("each command's help lists its own options and the global ones", async () => {
    const { COMMANDS } = await import("../../src/cli/commands/index");
    for (const c of COMMANDS) {
      const help = (await run(c.name, "--help", "--lang", "en")).out;
      for (const name of Object.keys(c.options)) expect([c.name, help.includes(`--${name}`)]).toEqual([c.name, true]);
      expect(help).toContain("--lang vi|en");
    }
    expect((await run("card", "--help")).out).not.toContain("--strategy");
    expect((await run("allocate", "--help")).out).toContain("--strategy equal|headroom|benchmark|weakestFirst");
  });

  it("options declared by several commands have one type (the command line is read before the command is known)", async () => {
    const { COMMANDS } = await import("../../src/cli/commands/index");
    const { GLOBAL_OPTIONS } = await import("../../src/cli/args");
    const types = new Map<string, string>(Object.entries(GLOBAL_OPTIONS).map(([k, s]) => [k, s.type]));
    for (const c of COMMANDS) {
      for (const [k, s] of Object.entries(c.options)) {
        expect([c.name, k, types.get(k) ?? s.type]).toEqual([c.name, k, s.type]);
        types.set(k, s.type);
        expect(Object.hasOwn(GLOBAL_OPTIONS, k)).toBe(false);
      }
    }
  });
});

describe("Vietnamese throughout the command (--lang vi is the default)", () => {
  it("pgi help and pgi <command> --help are Vietnamese, with no English sentence; English with --lang en", async () => {
    const vi = (await run("help")).out;
    expect(vi).toMatch(/^pgi \S+: tính điểm chính xác và lập kế hoạch cho Chỉ số Xanh cấp tỉnh \(PGI\) của Việt Nam\n\nCách dùng:\n/);
    expect(vi).toContain("  pgi gap <ke-hoach.json> <phieu-diem.json>\n      so sánh kế hoạch với kết quả của năm mục tiêu");
    expect(vi).toContain("Tùy chọn chung (mọi lệnh):");
    expect(vi).not.toMatch(/\b(the|of|and|with|Usage|Options)\b/);
    const en = (await run("help", "--lang", "en")).out;
    expect(en).toContain("Usage:\n  pgi demo [--lang en] [--format json]\n      the embedded example");
    const gap = (await run("gap", "--help")).out;
    expect(gap).toMatch(/^Cách dùng: pgi gap <ke-hoach\.json> <phieu-diem\.json>\n\nSo sánh kế hoạch với kết quả của năm mục tiêu\.\n/);
    expect(gap).toContain("Ví dụ:\n  pgi gap example:lang-son-plan");
    expect(gap).toContain("Tùy chọn của lệnh:");
    for (const c of ["demo", "card", "plan", "extract", "check", "gap", "yoy", "score", "rank", "regions", "goal", "allocate", "assess", "progress"]) {
      const h = (await run(c, "--help")).out;
      // English words that would betray an untranslated sentence (ids, file names and JSON keys aside)
      expect([c, h.match(/\b(the|is|are|with|without|from|Usage|Example)\b/g)]).toEqual([c, null]);
    }
  });

  it("usage errors, file errors and PgiErrors in Vietnamese, one line each", async () => {
    expect((await run("gap", planFile)).err).toBe("pgi: cách dùng: pgi gap <ke-hoach.json> <phieu-diem.json>\n");
    expect((await run("card", join(dir, "missing.json"))).err).toBe(`pgi: không đọc được ${join(dir, "missing.json")}: không có tệp này\n`);
    expect((await run("card", file("broken2.json", "{ unit: "))).err).toBe(
      `pgi: ${join(dir, "broken2.json")} không phải JSON hợp lệ: dòng 1, cột 3: tên trường phải đặt trong dấu ngoặc kép ("unit": …)\n`,
    );
    expect((await run("rank", "--edition", "2019")).err).toBe("pgi: gói không có số liệu PGI kỳ --edition 2019; các kỳ có sẵn: 2022, 2023, 2024\n");
    expect((await run("rank", "--within", "tinh")).err).toBe('pgi: --within chỉ nhận region (xếp hạng trong vùng), nhận được "tinh"\n');
    expect((await run("allocate", 'published:"Lạng Sơn":2024', "--delta", "1", "--strategy", "fair")).err).toBe(
      'pgi: --strategy nhận equal, headroom, benchmark, weakestFirst, nhận được "fair"\n',
    );
    expect((await run("check", file("array-plan.json", [1, 2]))).err).toBe(
      `pgi: ${join(dir, "array-plan.json")} phải chứa một kế hoạch (đối tượng JSON { "unit", "baselineYear", … }), nhận được một mảng [INVALID_INPUT]\n`,
    );
    expect((await run("check", file("array-plan.json", [1, 2]), "--lang", "en")).err).toBe(
      `pgi: expected a plan object in ${join(dir, "array-plan.json")}, got an array [INVALID_INPUT]\n`,
    );
    expect((await run("rank", file("cards.json", { a: 1 }))).err).toBe(`pgi: ${join(dir, "cards.json")} phải chứa một mảng JSON các phiếu điểm\n`);
  });
});

describe("plan documents are read by plan, check and gap alike", () => {
  it("pgi check draft.docx and pgi plan draft.txt read the document as pgi gap does", async () => {
    const { toPlanDocument } = await import("../../src/extract/document");
    const { createPlan, langSonPlan2024 } = await import("../../src/index");
    const { markdownToDocx } = await import("../../src/cli/docx");
    const document = toPlanDocument(createPlan(langSonPlan2024()), { lang: "vi" });
    const text = file("draft.txt", document);
    const docx = join(dir, "draft.docx");
    writeFileSync(docx, await markdownToDocx(document));
    // before: "a zip file (an .xlsx workbook?)" and "not valid JSON"
    expect(await run("check", docx)).toEqual({ code: 0, out: "_Không có phát hiện nào._\n", err: "" });
    const fromText = await run("plan", text, "--format", "json");
    expect(fromText.err).toBe("");
    expect(JSON.parse(fromText.out).plan.composite).toMatchObject({ baseline: 17.33, target: 22.37 });
    expect(JSON.parse((await run("plan", docx, "--format", "json")).out).plan.composite).toMatchObject({ baseline: 17.33, target: 22.37 });
    const gap = JSON.parse((await run("gap", text, 'published:"Lạng Sơn":2024', "--format", "json")).out);
    expect(gap.composite).toMatchObject({ target: 22.37, actual: 22.63 });
  });
});

describe("district plans: who plans and whose index (--index-unit)", () => {
  const district = {
    unit: "Huyện Văn Quan",
    baselineYear: 2023,
    targetYear: 2024,
    baseline: { pollution: "4,84", compliance: "4,14", greenPractices: "3,60", incentives: "4,75" },
    targets: { pollution: "6,58", compliance: 6.11, greenPractices: 4.38, incentives: 5.3 },
  };

  it("a district's plan JSON is assessed against its province's card with --index-unit; refused without it, with the reason", async () => {
    const f = file("van-quan.json", district);
    const refused = await run("gap", f, 'published:"Lạng Sơn":2024');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('ghi indexUnit: "Lạng Sơn"');
    const gap = await run("gap", f, 'published:"Lạng Sơn":2024', "--index-unit", "Lạng Sơn");
    expect(gap.code).toBe(0);
    expect(gap.out).toContain("Kế hoạch của huyện Văn Quan — chỉ số PGI của tỉnh Lạng Sơn");
    const json = JSON.parse((await run("gap", f, 'published:"Lạng Sơn":2024', "--index-unit", "Lạng Sơn", "--format", "json")).out);
    expect(json.composite).toMatchObject({ target: 22.37, actual: 22.63, status: "met" });
    expect((await run("check", f, "--index-unit", "Lạng Sơn")).code).toBe(0);
    const plan = JSON.parse((await run("plan", f, "--index-unit", "Lạng Sơn", "--format", "json")).out).plan;
    expect([plan.unit, plan.indexUnit]).toEqual(["Huyện Văn Quan", "Lạng Sơn"]);
  });

  it("--index-unit overrides the plan's own; a card of another province is still refused, with the reason", async () => {
    const f = file("van-quan-idx.json", { ...district, indexUnit: "Lạng Sơn" });
    expect((await run("gap", f, 'published:"Lạng Sơn":2024')).code).toBe(0);
    const other = await run("gap", f, 'published:"Lạng Sơn":2024', "--index-unit", "Hà Giang", "--lang", "en");
    expect(other.code).toBe(2);
    expect(other.err).toContain('"Hà Giang"');
    expect((await run("card", 'published:"Lạng Sơn":2024', "--index-unit", "Lạng Sơn", "--lang", "en")).err).toBe(
      "pgi: pgi card does not take --index-unit (pgi card --help lists its options)\n",
    );
  });

  /** A district's plan as offices write it: the district plans, the province's index is targeted. */
  const DISTRICT_TEXT = [
    "# Kế hoạch cải thiện, nâng cao Chỉ số Xanh cấp tỉnh (PGI) năm 2024 trên địa bàn huyện Văn Quan",
    "",
    "Đơn vị: Huyện Văn Quan",
    "",
    "Thực hiện Kế hoạch số 45/KH-UBND ngày 15/3/2024 của UBND tỉnh Lạng Sơn về cải thiện, nâng cao Chỉ số Xanh cấp tỉnh (PGI), UBND huyện Văn Quan ban hành Kế hoạch thực hiện trên địa bàn huyện như sau.",
    "",
    "Năm cơ sở: 2023",
    "",
    "Năm mục tiêu: 2024",
    "",
    "## I. MỤC TIÊU",
    "",
    "### 2. Mục tiêu cụ thể",
    "",
    "#### 1. Chỉ số “Giảm thiểu ô nhiễm và thiên tai”",
    "",
    "Mục tiêu phấn đấu đạt từ 6,58 điểm trở lên (năm 2023 đạt 4,84 điểm).",
    "",
    "#### 2. Chỉ số “Đảm bảo tuân thủ”",
    "",
    "Mục tiêu phấn đấu đạt từ 6,11 điểm trở lên (năm 2023 đạt 4,14 điểm).",
    "",
    "#### 3. Chỉ số “Thúc đẩy thực hành xanh”",
    "",
    "Mục tiêu phấn đấu đạt từ 4,38 điểm trở lên (năm 2023 đạt 3,60 điểm).",
    "",
    "#### 4. Chỉ số “Chính sách khuyến khích và dịch vụ hỗ trợ”",
    "",
    "Mục tiêu phấn đấu đạt từ 5,30 điểm trở lên (năm 2023 đạt 4,75 điểm).",
    "",
  ].join("\n");

  it('pgi gap district-plan.docx published:"Lạng Sơn":2024: the planning unit and the province read from the document', async () => {
    const { markdownToDocx } = await import("../../src/cli/docx");
    const docx = join(dir, "van-quan-plan.docx");
    writeFileSync(docx, await markdownToDocx(DISTRICT_TEXT));
    const gap = await run("gap", docx, 'published:"Lạng Sơn":2024');
    expect(gap.err).toBe("");
    expect(gap.code).toBe(0);
    expect(gap.out).toContain("Kế hoạch của huyện Văn Quan — chỉ số PGI của tỉnh Lạng Sơn");
    const json = JSON.parse((await run("gap", file("van-quan-plan.txt", DISTRICT_TEXT), 'published:"Lạng Sơn":2024', "--format", "json")).out);
    expect(json.composite).toMatchObject({ target: 22.37, actual: 22.63, status: "met" });
    // a card of another province is still refused, with the reason
    expect((await run("gap", docx, 'published:"Hà Giang":2024')).err).toContain('"Hà Giang"');
  });

  it("--index-unit gives the province of a plan document that names none, and overrides the one it names", async () => {
    const none = file("van-quan-none.md", DISTRICT_TEXT.replace(/Thực hiện Kế hoạch số.*\n/, ""));
    expect((await run("gap", none, 'published:"Lạng Sơn":2024')).code).toBe(2);
    const gap = await run("gap", none, 'published:"Lạng Sơn":2024', "--index-unit", "Lạng Sơn");
    expect([gap.code, gap.err]).toEqual([0, ""]);
    expect(gap.out).toContain("chỉ số PGI của tỉnh Lạng Sơn");
    const plan = JSON.parse((await run("plan", file("van-quan.md", DISTRICT_TEXT), "--index-unit", "Hà Giang", "--format", "json")).out).plan;
    expect([plan.unit, plan.indexUnit]).toEqual(["Huyện Văn Quan", "Hà Giang"]);
    expect((await run("extract", none, "--index-unit", "Lạng Sơn", "--format", "json")).code).toBe(0);
  });
});
