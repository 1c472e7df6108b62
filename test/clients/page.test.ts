/**
 * The planner page as an office uses it, in headless Chromium (the same set-up as
 * browser.test.ts): errors in Vietnamese at their fields, the CSV download as the CLI writes it,
 * a district's plan for its province's index, a 390 px phone, every shipped province.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPlan, createPlan, isPgiError, publishedScoreCard, scoreCard } from "../../src/index";
import { downloadOf, missing, openPlanner, type Context, type Page } from "./chromium";

/** The error a call throws (the page must show exactly the library's messages). */
function thrown(f: () => unknown): { message: string; messageVi: string } {
  try {
    f();
  } catch (e) {
    if (isPgiError(e)) return e;
  }
  throw new Error("expected a PgiError");
}
const LS2023 = () => publishedScoreCard("Lạng Sơn", 2023);
const plan = (targets: Record<string, string>) => () => createPlan({ unit: "Lạng Sơn", baselineYear: 2023, targetYear: 2024, baseline: LS2023(), targets });

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe.skipIf(missing !== null)(`planner page for offices${missing ? ` — SKIPPED: ${missing}` : ""}`, () => {
  let context: Context;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ context, page, errors } = await openPlanner(1280));
  }, 240_000);

  afterAll(async () => {
    await context?.close();
  });

  it("shows a library error at its field in Vietnamese (messageVi), and in English after a switch", async () => {
    await page.click("#example");
    await page.fill("#target-compliance", "abc");
    await page.click("#make-plan");
    expect(await page.getAttribute("#target-compliance-field", "class")).toContain("invalid");
    const e = thrown(plan({ pollution: "6,58", compliance: "abc" }));
    expect(e.messageVi).not.toBe(e.message);
    expect(await page.textContent("#target-compliance-error")).toBe(e.messageVi);
    await page.click("#lang-en");
    expect(await page.textContent("#target-compliance-error")).toBe(e.message);
    await page.click("#lang-vi");
    expect(await page.textContent("#target-compliance-error")).toBe(e.messageVi);
  });

  it("shows the plan check's errors at their fields in Vietnamese", async () => {
    await page.fill("#target-compliance", "6,11");
    await page.fill("#target-pollution", "11");
    await page.click("#make-plan");
    expect(await page.textContent("#check-summary")).toBe("Kế hoạch có 1 lỗi cần sửa.");
    const finding = checkPlan(plan({ pollution: "11", compliance: "6,11", greenPractices: "4,38", incentives: "5,30" })()).find((f) => f.severity === "error")!;
    expect(await page.textContent("#target-pollution-error")).toBe(finding.messageVi);
    expect(await page.textContent("#target-compliance-error")).toBe("");
  });

  it("shows a bad card value in Vietnamese at its field", async () => {
    await page.selectOption("#source", "manual");
    await page.fill("#card-unit", "Lạng Sơn");
    await page.fill("#card-year", "2023");
    for (const [id, v] of [["pollution", "6,5,8"], ["compliance", "5"], ["greenPractices", "5"], ["incentives", "5"]] as const) await page.fill(`#card-${id}`, v);
    await page.click("#show-card");
    const e = thrown(() => scoreCard({ unit: "Lạng Sơn", year: "2023", scores: { pollution: "6,5,8", compliance: "5", greenPractices: "5", incentives: "5" } }));
    expect(await page.textContent("#card-pollution-error")).toBe(e.messageVi);
    await page.selectOption("#source", "published");
    expect(await page.textContent("#card-pollution-error")).toBe("");
  });

  it("downloads the assessment as the CLI writes CSV: in Vietnamese \";\" and a byte-order mark, in English \",\" and none", async () => {
    await page.click("#example");
    await page.click("#make-plan");
    await page.selectOption("#results-source", "published");
    await page.click("#make-gap");
    await page.waitForSelector("#chart[data-drawn] svg");
    const vi = await downloadOf(page, "#dl-csv");
    expect(vi.name).toBe("lang-son-gap-2024.csv");
    expect(vi.bytes.subarray(0, 3)).toEqual(BOM);
    const viLines = vi.bytes.subarray(3).toString("utf8").split("\r\n");
    const pollution = viLines.find((l) => l.includes("Giảm thiểu ô nhiễm"))!;
    // Baseline 4,84, target 6,58, result 4,95: one field each, no quotes needed.
    expect(pollution).toContain(";4,84;6,58;4,95;");
    expect(pollution).not.toContain('"');
    expect(viLines[0]!.split(";").length).toBe(pollution.split(";").length);
    await page.click("#lang-en");
    await page.waitForSelector("#chart[data-drawn] svg");
    const en = await downloadOf(page, "#dl-csv");
    expect(en.bytes.subarray(0, 3)).not.toEqual(BOM);
    const enLines = en.bytes.toString("utf8").split("\r\n");
    const pollutionEn = enLines.find((l) => l.includes("4.84"))!;
    expect(pollutionEn).toContain(",4.84,6.58,4.95,");
    expect(enLines[0]!.split(",").length).toBe(pollutionEn.split(",").length);
    await page.click("#lang-vi");
    expect(errors).toEqual([]);
  });

  it("fits a 390 px phone: no sideways scrolling, the gap table and the chart inside the screen", async () => {
    const phone = await openPlanner(390, 844);
    try {
      const p = phone.page;
      await p.click("#example");
      await p.click("#make-plan");
      await p.selectOption("#results-source", "published");
      await p.click("#make-gap");
      await p.waitForSelector("#chart[data-drawn] svg .mark-rect path", { timeout: 30_000 });
      expect(await p.textContent("#gap-out")).toContain("đạt một phần");
      // (a string: the test files are compiled without the DOM library)
      const widths = await p.evaluate<{ page: number; table: number; chart: number; chartDrawn: number; chartBox: number }>(`({
        page: document.documentElement.scrollWidth,
        table: document.querySelector("#gap-out table").getBoundingClientRect().right,
        chart: document.querySelector("#chart svg").getBoundingClientRect().right,
        chartDrawn: Number(document.querySelector("#chart svg").getAttribute("width")),
        chartBox: document.querySelector("#chart").clientWidth,
      })`);
      expect(widths.page).toBeLessThanOrEqual(390);
      expect(widths.table).toBeLessThanOrEqual(390);
      expect(widths.chart).toBeLessThanOrEqual(390);
      // Drawn at the container's width, not shrunk from a wider drawing.
      expect(widths.chartDrawn).toBeLessThanOrEqual(widths.chartBox);
      // The phone layout labels every cell with its column: the gap table's rows read as cards.
      expect(await p.getAttribute("#gap-out table tbody tr td:nth-child(2)", "data-label")).toBe("Điểm 2023");
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.context.close();
    }
  });
});
