import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { publishedTable } from "../../src/table/published";
import { scoreForRankProbability } from "../../src/uncertainty/rank-probability";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

const FIX = join(__dirname, "../uncertainty/fixtures/synthetic-63x46");
const fw = join(FIX, "framework.json");
const rows = join(FIX, "rows.csv");
const alt = join(FIX, "alternatives.json");
const dir = mkdtempSync(join(tmpdir(), "pgi-ua-"));
const file = (name: string, value: unknown): string => {
  const p = join(dir, name);
  writeFileSync(p, typeof value === "string" ? value : JSON.stringify(value));
  return p;
};

describe("pgi uncertainty", () => {
  it("ranks per unit over the runs, as JSON (same seed, same bytes) and as Markdown in both languages", async () => {
    const a = await run("uncertainty", fw, rows, "--alternatives", alt, "--runs", "50", "--seed", "3", "--format", "json");
    expect(a.err).toBe("");
    expect(a.code).toBe(0);
    const u = JSON.parse(a.out);
    expect(u).toMatchObject({ kind: "uncertainty", framework: "synthetic", runs: 50, seed: 3, weights: { noise: 0.25 } });
    expect(u.units).toHaveLength(63);
    expect((await run("uncertainty", fw, rows, "--alternatives", alt, "--runs", "50", "--seed", "3", "--format", "json")).out).toBe(a.out);
    expect((await run("uncertainty", fw, rows, "--alternatives", alt, "--runs", "50", "--seed", "4", "--format", "json")).out).not.toBe(a.out);
    const en = await run("uncertainty", fw, rows, "--alternatives", alt, "--runs", "50", "--lang", "en");
    expect(en.out.split("\n")[0]).toBe("**Uncertainty of the ranks — Synthetic 63 × 46 index: 50 runs (seed 1)**");
    expect(en.out).toMatch(/\| Unit +\| Nominal rank \| Mean rank \| Median \| +5 % \| +95 % \|/);
    const vi = await run("uncertainty", fw, rows, "--alternatives", alt, "--runs", "50");
    expect(vi.out.split("\n")[0]).toBe("**Phân tích bất định thứ hạng — Chỉ số thử nghiệm 63 × 46: 50 lần chạy (hạt giống 1)**");
  });

  it("usage errors: no --alternatives, a runs count that is not a whole number, an impossible alternative (named)", async () => {
    const none = await run("uncertainty", fw, rows, "--lang", "en");
    expect(none.code).toBe(2);
    expect(none.err).toContain("pgi uncertainty needs --alternatives FILE");
    expect((await run("uncertainty", fw, rows)).err).toContain("lệnh pgi uncertainty cần --alternatives TỆP");
    const runs = await run("uncertainty", fw, rows, "--alternatives", alt, "--runs", "1,5", "--lang", "en");
    expect(runs.code).toBe(2);
    expect(runs.err).toContain('--runs takes a whole number, got "1,5"');
    const bad = await run("uncertainty", fw, rows, "--alternatives", file("bad.json", { composite: ["sum", "geometric"] }), "--lang", "en");
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain("composite");
    const missing = await run("uncertainty", fw, "--alternatives", alt, "--lang", "en");
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("usage: pgi uncertainty");
  });

  it("writes the rank-interval chart as a Vega-Lite spec", async () => {
    const v = await run("uncertainty", fw, rows, "--alternatives", alt, "--runs", "20", "--format", "vega", "--lang", "en");
    const spec = JSON.parse(v.out);
    expect(spec.title).toBe("Ranks over 20 runs: median and 5–95 % interval");
    expect(spec.data.values).toHaveLength(63);
    expect(spec.layer.map((l: { mark: { type: string } }) => l.mark.type)).toEqual(["rule", "point"]);
  });
});

describe("pgi sensitivity", () => {
  it("first-order and total indices per factor, CSV with stable English headers", async () => {
    const r = await run("sensitivity", fw, rows, "--alternatives", alt, "--n", "20", "--bootstrap", "10", "--format", "csv", "--lang", "en");
    expect(r.err).toBe("");
    const lines = r.out.trim().split(/\r?\n/);
    expect(lines[0]).toBe("factor,first_order,first_order_q05,first_order_q95,total,total_q05,total_q95");
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["normalization", "weights"]);
  });

  it("refuses alternatives that give no factor, and a bootstrap that is not a whole number", async () => {
    const none = await run("sensitivity", fw, rows, "--alternatives", file("empty.json", {}), "--n", "10", "--lang", "en");
    expect(none.code).not.toBe(0);
    expect(none.err).toContain("give at least one alternative");
    const b = await run("sensitivity", fw, rows, "--alternatives", alt, "--bootstrap", "x", "--lang", "en");
    expect(b.code).toBe(2);
    expect(b.err).toContain("--bootstrap takes a whole number");
  });
});

describe("pgi goal --probability", () => {
  it("answers with scoreForRankProbability over the shipped earlier editions", async () => {
    const r = await run("goal", "Lạng Sơn", "20", "--probability", "0.8", "--runs", "500", "--edition", "2024", "--format", "json");
    expect(r.err).toBe("");
    const expected = scoreForRankProbability(publishedTable(2024), "Lạng Sơn", 20, 0.8, { history: [publishedTable(2022), publishedTable(2023)], runs: 500 });
    expect(JSON.parse(r.out)).toEqual(JSON.parse(JSON.stringify(expected)));
    const pct = await run("goal", "Lạng Sơn", "20", "--probability", "80%", "--runs", "500", "--edition", "2024", "--format", "json");
    expect(pct.out).toBe(r.out);
    const md = await run("goal", "Lạng Sơn", "20", "--probability", "0,8", "--runs", "500", "--edition", "2024", "--lang", "en");
    expect(md.out.split("\n")[0]).toBe("**Lạng Sơn: the score that reaches rank 20 or better with probability 80.0 % (PGI 2024)**");
  });

  it("usage errors: a probability out of range, with --within, or without earlier editions", async () => {
    const p = await run("goal", "Lạng Sơn", "20", "--probability", "1.5", "--lang", "en");
    expect(p.code).toBe(2);
    expect(p.err).toContain('--probability takes a chance above 0 and at most 1, as 0.8 or 80%, got "1.5"');
    expect((await run("goal", "Lạng Sơn", "20", "--probability", "0.8", "--within", "region", "--lang", "en")).err).toContain("leave out --by and --within");
    const early = await run("goal", "Lạng Sơn", "5", "--probability", "0.8", "--edition", "2022", "--lang", "en");
    expect(early.code).toBe(2);
    expect(early.err).toContain("--probability needs shipped editions before 2022");
  });
});

describe("charts as pictures", () => {
  it.runIf(process.env.PGI_UA_PNG)("writes PNGs to look at", async () => {
    const out = process.env.PGI_UA_PNG!;
    await run("uncertainty", fw, rows, "--alternatives", alt, "--runs", "300", "--format", "png", "-o", join(out, "ua.png"), "--lang", "en");
    await run("sensitivity", fw, rows, "--alternatives", alt, "--n", "100", "--format", "png", "-o", join(out, "sa.png"), "--lang", "en");
    const r = await run("goal", "Lạng Sơn", "20", "--probability", "0.8", "--format", "json");
    const { chartPng } = await import("../../src/cli/charts");
    const { toVegaLite } = await import("../../src/index");
    const { rankProbability } = await import("../../src/uncertainty/rank-probability");
    const mid = [...publishedTable(2024).rows].sort((a, b) => a.composite - b.composite)[25]!.composite;
    const p = rankProbability(publishedTable(2024), "Lạng Sơn", mid, { history: [publishedTable(2022), publishedTable(2023)] });
    writeFileSync(join(out, "rp.png"), await chartPng(toVegaLite(p, { lang: "vi" })));
    expect(readFileSync(join(out, "ua.png")).length).toBeGreaterThan(1000);
    expect(r.code).toBe(0);
  });
});
