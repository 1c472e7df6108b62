/**
 * The planner page in a real browser: Debian's chromium driven by playwright-core, the built
 * page (web/dist/index.html) loaded from disk. Skips only when /usr/bin/chromium is absent
 * (.ci/setup-browser-and-notebook.sh installs it). Screenshots of every step are kept in a
 * temporary directory whose path the test prints.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOnce, root } from "./build-once";

const CHROMIUM = "/usr/bin/chromium";
const missing = existsSync(CHROMIUM) ? null : `${CHROMIUM} is not installed (run .ci/setup-browser-and-notebook.sh)`;

type Page = import("playwright-core").Page;
type Context = import("playwright-core").BrowserContext;

describe.skipIf(missing !== null)(`planner page in headless Chromium${missing ? ` — SKIPPED: ${missing}` : ""}`, () => {
  let context: Context;
  let page: Page;
  const shots = mkdtempSync(join(tmpdir(), "pgi-web-shots-"));
  const pageErrors: string[] = [];
  let step = 0;
  const shot = async (name: string) => page.screenshot({ path: join(shots, `${String(++step).padStart(2, "0")}-${name}.png`), fullPage: true });

  beforeAll(async () => {
    await buildOnce();
    const { chromium } = await import("playwright-core");
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "pgi-chromium-profile-")), {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1200, height: 900 },
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(pathToFileURL(join(root, "web/dist/index.html")).href);
    console.log(`planner page screenshots: ${shots}`);
  }, 240_000);

  afterAll(async () => {
    await context?.close();
  });

  it("opens from file:// in Vietnamese with Lạng Sơn's latest published card", async () => {
    await expect.poll(() => page.textContent("h1")).toContain("Lập kế hoạch");
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    // The latest edition with the sub-indices published.
    expect(await page.textContent("#card-out")).toContain("Lạng Sơn — PGI 2024");
    expect(await page.textContent("#card-out")).toContain("4,95");
    await shot("opened");
  });

  it("the Lạng Sơn example end to end: select, plan with decimal commas, check, rank, gap report, chart drawn", async () => {
    await page.selectOption("#source", "published");
    await page.selectOption("#province", "Lạng Sơn");
    await page.selectOption("#edition", "2023");
    await page.click("#show-card");
    expect(await page.textContent("#card-out")).toContain("17,33");
    await shot("card");
    for (const [id, v] of [
      ["pollution", "6,58"],
      ["compliance", "6,11"],
      ["greenPractices", "4,38"],
      ["incentives", "5,30"],
    ])
      await page.fill(`#target-${id}`, v!);
    await page.fill("#target-year", "2024");
    await page.click("#make-plan");
    const plan = await page.textContent("#plan-out");
    expect(plan).toContain("+1,74");
    expect(plan).toContain("22,37");
    expect(await page.textContent("#check-summary")).toBe("Kế hoạch nhất quán: không có lỗi.");
    expect(await page.textContent("#rank-out")).toMatch(/xếp hạng 47\/49 tỉnh có số liệu công bố năm 2024; 14 tỉnh chưa có số liệu/);
    await shot("plan-and-check");
    await page.selectOption("#results-source", "published");
    expect(await page.inputValue("#result-pollution")).toBe("4,95");
    await page.click("#make-gap");
    await page.waitForSelector("#chart[data-drawn] svg .mark-rect path", { timeout: 30_000 });
    const gap = await page.textContent("#gap-out");
    expect(gap).toContain("Đánh giá thực hiện");
    expect(gap).toContain("chưa đạt (có cải thiện)");
    expect(await page.locator("#chart svg .mark-rect path").count()).toBe(15); // 4 sub-indices and the composite, 3 bars each
    await shot("gap-and-chart");
  });

  it("downloads the plan as JSON, the gap report as CSV and the chart as PNG and SVG", async () => {
    const get = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };
    const plan = await get("#dl-plan");
    expect(plan.name).toBe("lang-son-plan-2024.json");
    const json = JSON.parse(plan.bytes.toString("utf8")) as { kind: string; unit: string; composite: { target: number } };
    expect([json.kind, json.unit, json.composite.target]).toEqual(["plan", "Lạng Sơn", 22.37]);
    const csv = await get("#dl-csv");
    expect(csv.name).toBe("lang-son-gap-2024.csv");
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    // As the CLI writes a Vietnamese CSV: ";" between fields, so "4,95" needs no quotes.
    expect(csv.bytes.toString("utf8")).toContain(";4,95;");
    const png = await get("#dl-png");
    expect(png.name).toBe("lang-son-gap-2024.png");
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const svg = await get("#dl-svg");
    expect(svg.bytes.toString("utf8")).toMatch(/^<svg/);
  });

  it("switches to English: labels, tables, numbers with a decimal point, the chart redrawn", async () => {
    await page.click("#lang-en");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("h1")).toContain("planning and assessing");
    expect(await page.textContent("#gap-out")).toContain("4.95");
    expect(await page.textContent("#check-summary")).toBe("The plan is consistent: no errors.");
    await page.waitForSelector("#chart[data-drawn] svg .mark-rect path");
    expect(await page.textContent("#chart")).toContain("Baseline 2023");
    await shot("english");
  });

  it("shows a bad value at its field with the library's message, and the page stays", async () => {
    // A value the number parser refuses: thrown by createPlan, shown at its field.
    await page.fill("#target-compliance", "abc");
    await page.click("#make-plan");
    expect(await page.getAttribute("#target-compliance-field", "class")).toContain("invalid");
    expect(await page.textContent("#target-compliance-error")).toContain('expected a number such as 6.58 or "6,58"');
    await shot("bad-target-number");
    // A target off the scale: the plan check's error, shown at its field and in the check.
    await page.fill("#target-compliance", "6.11");
    await page.fill("#target-pollution", "11");
    await page.click("#make-plan");
    expect(await page.getAttribute("#target-pollution-field", "class")).toContain("invalid");
    expect(await page.textContent("#target-pollution-error")).toBe("the pollution target 11.00 is outside the scale 1–10");
    expect(await page.textContent("#check-summary")).toBe("The plan has 1 error to fix.");
    expect(await page.textContent("#check-findings")).toContain("TARGET_OUT_OF_SCALE");
    await shot("bad-target-out-of-scale");
    await page.click("#lang-vi");
    await page.selectOption("#source", "manual");
    await page.fill("#card-unit", "Tỉnh A");
    await page.fill("#card-year", "2024");
    for (const [id, v] of [
      ["pollution", "6,5,8"],
      ["compliance", "5"],
      ["greenPractices", "5"],
      ["incentives", "5"],
    ])
      await page.fill(`#card-${id}`, v!);
    await page.click("#show-card");
    expect(await page.textContent("#card-pollution-error")).toContain("6,5,8");
    expect(await page.textContent("h1")).toContain("Lập kế hoạch");
    await shot("bad-card-value");
    expect(pageErrors).toEqual([]);
  });
});
