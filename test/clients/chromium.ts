import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildOnce, root } from "./build-once";

export const CHROMIUM = "/usr/bin/chromium";
/** Why the browser tests skip (Chromium absent), or `null`. */
export const missing = existsSync(CHROMIUM) ? null : `${CHROMIUM} is not installed (run .ci/setup-browser-and-notebook.sh)`;

export type Page = import("playwright-core").Page;
export type Context = import("playwright-core").BrowserContext;

/**
 * The built planner page (web/dist/index.html, built once per run) open in headless Chromium at a
 * viewport width; page errors are collected in `errors`.
 */
export async function openPlanner(width: number, height = 900): Promise<{ context: Context; page: Page; errors: string[] }> {
  await buildOnce();
  const { chromium } = await import("playwright-core");
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "pgi-chromium-profile-")), {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width, height },
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
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(pathToFileURL(join(root, "web/dist/index.html")).href);
  return { context, page, errors };
}

/** Click a download button; the file's suggested name and bytes. */
export async function downloadOf(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const { readFileSync } = await import("node:fs");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}
