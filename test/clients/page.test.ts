/**
 * The planner page as an office uses it, in headless Chromium (the same set-up as
 * browser.test.ts): errors in Vietnamese at their fields, the CSV download as the CLI writes it,
 * a district's plan for its province's index, a 390 px phone, every shipped province.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPlan, createPlan, isPgiError, PGI_PUBLISHED, publishedScoreCard, scoreCard } from "../../src/index";
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
/** A message as shown at its field: without the path in front (the field's label says where). */
const atField = (message: string): string => message.slice(message.indexOf(": ") + 2);
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
    expect(e.messageVi.startsWith("targets.compliance: ")).toBe(true);
    expect(await page.textContent("#target-compliance-error")).toBe(atField(e.messageVi));
    await page.click("#lang-en");
    expect(await page.textContent("#target-compliance-error")).toBe(atField(e.message));
    await page.click("#lang-vi");
    expect(await page.textContent("#target-compliance-error")).toBe(atField(e.messageVi));
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
    for (const [id, v] of [
      ["pollution", "6,5,8"],
      ["compliance", "5"],
      ["greenPractices", "5"],
      ["incentives", "5"],
    ] as const)
      await page.fill(`#card-${id}`, v);
    await page.click("#show-card");
    const e = thrown(() =>
      scoreCard({ unit: "Lạng Sơn", year: "2023", scores: { pollution: "6,5,8", compliance: "5", greenPractices: "5", incentives: "5" } }),
    );
    expect(await page.textContent("#card-pollution-error")).toBe(atField(e.messageVi));
    await page.selectOption("#source", "published");
    expect(await page.textContent("#card-pollution-error")).toBe("");
  });

  it('downloads the assessment as the CLI writes CSV: in Vietnamese ";" and a byte-order mark, in English "," and none', async () => {
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
      expect(await p.textContent("#gap-out")).toContain("chưa đạt (có cải thiện)");
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
      // Turned or resized: the chart is redrawn at the new width, and back.
      await p.setViewportSize({ width: 1024, height: 768 });
      await p.waitForFunction(`Number(document.querySelector("#chart[data-drawn] svg")?.getAttribute("width")) > 600`, undefined, { timeout: 30_000 });
      await p.setViewportSize({ width: 390, height: 844 });
      await p.waitForFunction(
        `Number(document.querySelector("#chart[data-drawn] svg")?.getAttribute("width")) <= document.querySelector("#chart").clientWidth`,
        undefined,
        { timeout: 30_000 },
      );
      expect(await p.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.context.close();
    }
  });

  it("plans by a district for its province's PGI: Huyện Văn Quan's plan for Lạng Sơn, assessed against Lạng Sơn 2024", async () => {
    await page.click("#example");
    expect(await page.inputValue("#index-unit")).toBe("Lạng Sơn");
    await page.fill("#plan-unit", "Huyện Văn Quan");
    await page.click("#make-plan");
    const plan = await page.textContent("#plan-out");
    expect(plan).toContain("Văn Quan");
    expect(plan).toContain("22,37");
    expect(await page.textContent("#check-summary")).toBe("Kế hoạch nhất quán: không có lỗi.");
    // Ranked as the province, against the 49 published composites of 2024 (14 provinces have none).
    expect(await page.textContent("#rank-out")).toBe(
      "Với điểm tổng hợp 22,37, Lạng Sơn sẽ xếp hạng 47/49 tỉnh có số liệu công bố năm 2024; 14 tỉnh chưa có số liệu (các tỉnh khác giữ nguyên điểm).",
    );
    await page.selectOption("#results-source", "published");
    expect(await page.inputValue("#result-pollution")).toBe("4,95");
    await page.click("#make-gap");
    await page.waitForSelector("#chart[data-drawn] svg .mark-rect path", { timeout: 30_000 });
    const gap = await page.textContent("#gap-out");
    expect(gap).toContain("Văn Quan");
    expect(gap).toContain("chưa đạt (có cải thiện)");
    expect(await page.locator("#gap-section .banner.error").count()).toBe(0);
    const json = await downloadOf(page, "#dl-plan");
    expect(json.name).toBe("huyen-van-quan-plan-2024.json");
    const saved = JSON.parse(json.bytes.toString("utf8")) as { unit: string; indexUnit: string };
    expect([saved.unit, saved.indexUnit]).toEqual(["Huyện Văn Quan", "Lạng Sơn"]);
    await page.click("#lang-en");
    expect(await page.textContent("#rank-out")).toBe(
      "With a composite of 22.37, Lạng Sơn would rank 47 of the 49 provinces with published 2024 figures; 14 provinces have none published (the others' scores held fixed).",
    );
    await page.click("#lang-vi");
    expect(errors).toEqual([]);
  });

  it("refuses an index unit that is no province, or not the card's, at its field in Vietnamese", async () => {
    await page.fill("#index-unit", "Huyện Văn Quan");
    await page.click("#make-plan");
    expect(await page.getAttribute("#index-unit-field", "class")).toContain("invalid");
    expect(await page.textContent("#index-unit-error")).toContain("không phải là tỉnh");
    expect(await page.textContent("#rank-out")).toBe("");
    await page.fill("#index-unit", "Hà Nội");
    await page.click("#make-plan");
    expect(await page.textContent("#index-unit-error")).toContain("Hà Nội");
    expect(await page.textContent("#plan-out")).toBe("");
    await page.fill("#index-unit", "Lạng Sơn");
  });

  it("withholds the rank line while the plan has errors, and where the province has no published figure that year", async () => {
    await page.fill("#target-pollution", "11");
    await page.click("#make-plan");
    expect(await page.textContent("#check-summary")).toBe("Kế hoạch có 1 lỗi cần sửa.");
    expect(await page.textContent("#rank-out")).toBe("");
    await page.fill("#target-pollution", "6,58");
    await page.click("#make-plan");
    expect(await page.textContent("#rank-out")).toContain("47/49");
    // TP. Hồ Chí Minh: sub-indices published for 2022 and 2023, nothing shipped for 2024.
    await page.selectOption("#province", "TP. Hồ Chí Minh");
    await page.selectOption("#edition", "2023");
    expect(await page.inputValue("#index-unit")).toBe("TP. Hồ Chí Minh");
    for (const id of ["pollution", "compliance", "greenPractices", "incentives"]) await page.fill(`#target-${id}`, "8");
    await page.click("#make-plan");
    expect(await page.textContent("#check-summary")).toBe("Kế hoạch nhất quán: không có lỗi.");
    expect(await page.textContent("#rank-out")).toBe("");
  });

  it("offers every province whose figures are shipped, each with its editions", async () => {
    const shipped = [...new Set(PGI_PUBLISHED.map((r) => r.province))].sort((a, b) => a.localeCompare(b, "vi"));
    expect(shipped.length).toBeGreaterThan(49); // the 49 of 2024 and those shipped only for 2022 or 2023
    await page.selectOption("#source", "published");
    const offered = await page.locator("#province option").evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value));
    expect(offered).toEqual(shipped);
    for (const p of shipped) {
      await page.selectOption("#province", p);
      const editions = await page.locator("#edition option").evaluateAll((os) => os.map((o) => Number((o as unknown as { value: string }).value)));
      const rows = PGI_PUBLISHED.filter((r) => r.province === p);
      expect(editions, p).toEqual(rows.map((r) => r.edition).sort());
      for (const r of rows.filter((x) => x.scores !== null)) {
        await page.selectOption("#edition", String(r.edition));
        expect(await page.textContent("#card-out"), `${p} ${r.edition}`).toContain(`${p} — PGI ${r.edition}`);
      }
    }
  }, 120_000);

  it("says what is shipped of a composite-only edition and fills the typed card with it", async () => {
    await page.selectOption("#province", "Hà Nội");
    expect(await page.locator("#edition option").allTextContents()).toEqual([
      "PGI 2022 (chỉ có điểm tổng hợp)",
      "PGI 2023 (chỉ có điểm tổng hợp)",
      "PGI 2024 (chỉ có điểm tổng hợp)",
    ]);
    await page.selectOption("#edition", "2024");
    expect(await page.getAttribute("#edition-field", "class")).toContain("invalid");
    expect(await page.textContent("#edition-error")).toBe(
      "Năm 2024 chỉ có điểm tổng hợp của Hà Nội được công bố (26,63), không có điểm các chỉ số thành phần. Chọn “Tự nhập bảng điểm” để nhập điểm các chỉ số thành phần (đơn vị, năm và điểm tổng hợp đã được điền sẵn).",
    );
    expect(await page.textContent("#card-out")).toBe("");
    await page.selectOption("#source", "manual");
    expect([await page.inputValue("#card-unit"), await page.inputValue("#card-year"), await page.inputValue("#card-composite")]).toEqual([
      "Hà Nội",
      "2024",
      "26,63",
    ]);
    await page.selectOption("#source", "published");
    await page.selectOption("#province", "Lạng Sơn");
    expect(errors).toEqual([]);
  });
});
