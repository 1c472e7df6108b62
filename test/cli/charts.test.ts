import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chartPng, chartSvg } from "../../src/cli/charts";
import {
  allocate,
  assessProgress,
  createPlan,
  defineFramework,
  gapReport,
  langSonPlan2024,
  PGI_PUBLISHED,
  publishedScoreCard,
  rank,
  scoreTable,
  scoreUnits,
  toVegaLite,
  trajectory,
  yearOverYear,
} from "../../src/index";

const plan = createPlan(langSonPlan2024());
const table = scoreTable(PGI_PUBLISHED.filter((r) => r.edition === 2024 && r.scores !== null).map((r) => publishedScoreCard(r.province, 2024)));
const traj = trajectory({ baselineYear: 2023, baseline: 17.33, targetYear: 2030, target: 25, label: "PGI" });
const fw = defineFramework({
  id: "d",
  name: { vi: "D", en: "D" },
  components: [{ id: "env" }],
  indicators: [{ id: "waste", component: "env", direction: "higher" }],
});

const kinds: [string, unknown][] = [
  ["scoreCard", publishedScoreCard("Lạng Sơn", 2023)],
  ["plan", plan],
  ["gapReport", gapReport(plan, publishedScoreCard("Lạng Sơn", 2024))],
  ["yearOverYear", yearOverYear(publishedScoreCard("Hải Dương", 2023), publishedScoreCard("Hải Dương", 2024))],
  ["ranking", rank(table)],
  [
    "scoring",
    scoreUnits(fw, [
      { unit: "A", indicators: { waste: 1 } },
      { unit: "B", indicators: { waste: 2 } },
    ]),
  ],
  ["allocation", allocate(publishedScoreCard("Lạng Sơn", 2023), { compositeTarget: 22.37 }, { strategy: "headroom" })],
  ["trajectory", traj],
  ["progressAssessment", assessProgress(traj, [{ year: 2024, value: 22.63 }])],
];

/** Where the pictures go, to be looked at (the path is printed once). */
const dir = mkdtempSync(join(tmpdir(), "pgi-charts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const pngSize = (png: Uint8Array): [number, number] => {
  const v = new DataView(png.buffer, png.byteOffset);
  return [v.getUint32(16), v.getUint32(20)];
};

describe("charts as pictures", { timeout: 60_000 }, () => {
  it("is as wide as its content: the labels' margin is measured near their real width, not at 0.8 em a letter", async () => {
    // The card chart is 480 px of bars beside the sub-index names; with vega's default estimate
    // the longest name took 309 px and the picture was 795 px wide, a third of it blank.
    const svg = await chartSvg(toVegaLite(publishedScoreCard("Lạng Sơn", 2024)));
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
    const left = Number(/translate\((\d+),/.exec(svg)![1]);
    expect(width).toBeLessThan(750);
    expect(left).toBeLessThan(250);
    expect(left).toBeGreaterThan(150); // still room for "Chính sách khuyến khích…" (wrapped) at 11 px
  });
  it.each(kinds)("%s renders to a PNG with its title, in Vietnamese and English", async (kind, value) => {
    for (const lang of ["vi", "en"] as const) {
      const spec = toVegaLite(value, { lang });
      const svg = await chartSvg(spec);
      expect(svg).toMatch(/^<\?xml[^>]*>\n<svg [^>]*role="img"><title>[^<]+<\/title>/);
      const png = await chartPng(spec);
      expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      const [w, h] = pngSize(png);
      expect(w).toBeGreaterThan(400);
      expect(h).toBeGreaterThan(150);
      writeFileSync(join(dir, `${kind}-${lang}.png`), png);
    }
  });

  it("scores on the axes are whole numbers, values written with two decimals in the language's format", async () => {
    const vi = await chartSvg(toVegaLite(publishedScoreCard("Lạng Sơn", 2023)));
    expect(vi).not.toContain("10,00");
    expect(vi).toContain("4,84");
    const en = await chartSvg(toVegaLite(publishedScoreCard("Lạng Sơn", 2023), { lang: "en" }));
    expect(en).toContain("4.84");
  });

  it("the gap chart shows the composite too, on its own scale", async () => {
    const svg = await chartSvg(toVegaLite(gapReport(plan, publishedScoreCard("Lạng Sơn", 2024))));
    expect(svg).toContain("Điểm PGI (tổng hợp)");
    expect(svg).toContain("22,63");
    expect(svg).toContain(">40<");
  });

  it("the longest Vietnamese sub-index name is shown whole", async () => {
    const svg = await chartSvg(toVegaLite(publishedScoreCard("Lạng Sơn", 2023)));
    expect(svg).toContain("Chính sách khuyến khích và dịch vụ hỗ trợ");
    expect(svg).not.toContain("…");
  });

  it("trajectory years are written level", () => {
    const spec = toVegaLite(traj) as unknown as { encoding: { x: { axis: { labelAngle: number } } } };
    expect(spec.encoding.x.axis.labelAngle).toBe(0);
  });
});

console.log(`charts written to ${dir}`);
