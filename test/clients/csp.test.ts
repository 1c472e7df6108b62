/**
 * The scoring engine under a strict Content-Security-Policy (no 'unsafe-eval'): the page cannot
 * generate code, so the engine's plain fallbacks (src/scoring/codegen.ts) score — and give the same
 * result, byte for byte, as Node with generated code. Debian's chromium driven by playwright-core;
 * the library bundled for the page with esbuild. Skips only when /usr/bin/chromium is absent.
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineFramework, scoreColumns, scoreUnits, type FrameworkSpec, type UnitRow } from "../../src/index";

const CHROMIUM = "/usr/bin/chromium";
const missing = existsSync(CHROMIUM) ? null : `${CHROMIUM} is not installed (run .ci/setup-browser-and-notebook.sh)`;
const root = new URL("../../", import.meta.url).pathname;
const ORIGIN = "https://pgi.test";
const CSP = "default-src 'none'; script-src 'self'";

/** 63 provinces × 46 indicators, one-decimal percentages, about 1 % missing (deterministic). */
function input(): { spec: FrameworkSpec; rows: UnitRow[] } {
  let s = 7;
  const r = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const comps = ["pollution", "compliance", "greenPractices", "incentives"];
  const spec: FrameworkSpec = {
    id: "csp",
    name: { vi: "Thử CSP", en: "CSP test" },
    components: comps.map((id) => ({ id })),
    indicators: Array.from({ length: 46 }, (_, i) => ({
      id: `i${i + 1}`,
      component: comps[i % 4]!,
      direction: i % 3 === 2 ? ("lower" as const) : ("higher" as const),
    })),
  };
  const rows = Array.from({ length: 63 }, (_, u) => ({
    unit: `Tỉnh ${u + 1}`,
    indicators: Object.fromEntries(spec.indicators!.map((ind) => [ind.id, r() < 0.01 ? null : Math.round(r() * 1000) / 10])),
  }));
  return { spec, rows };
}

/** The page's own script: scores in the page and leaves the JSON in `window.__out`. */
const pageScript = (data: string): string => `
(function () {
  var data = ${data};
  var out = { evalAllowed: true };
  try { new Function("return 1")(); } catch (e) { out.evalAllowed = false; }
  try {
    var fw = pgi.defineFramework(data.spec);
    out.rows = JSON.stringify(pgi.scoreUnits(fw, data.rows));
    var cols = {};
    fw.indicators.forEach(function (ind) { cols[ind.id] = data.rows.map(function (r) { return r.indicators[ind.id]; }); });
    var c = pgi.scoreColumns(fw, { units: data.rows.map(function (r) { return r.unit; }), columns: cols });
    out.columns = JSON.stringify({ composite: Array.from(c.composite), rank: Array.from(c.rank), env: Array.from(c.components.pollution) });
  } catch (e) { out.error = String(e && e.message); }
  window.__out = out;
})();`;

describe.skipIf(missing !== null)(`scoring under a Content-Security-Policy without 'unsafe-eval'${missing ? ` — SKIPPED: ${missing}` : ""}`, () => {
  let context: import("playwright-core").BrowserContext | undefined;
  const violations: string[] = [];
  let result: { evalAllowed: boolean; rows?: string; columns?: string; error?: string };

  beforeAll(async () => {
    const bundle = buildSync({
      entryPoints: [join(root, "src/index.ts")],
      bundle: true,
      format: "iife",
      globalName: "pgi",
      platform: "browser",
      write: false,
      logLevel: "silent",
    }).outputFiles[0]!.text;
    const { chromium } = await import("playwright-core");
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "pgi-chromium-csp-")), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on("console", (m) => {
      if (/Content Security Policy|unsafe-eval/i.test(m.text())) violations.push(m.text());
    });
    const files: Record<string, [string, string]> = {
      "/": [
        "text/html; charset=utf-8",
        '<!doctype html><meta charset="utf-8"><title>CSP</title><script src="/pgi.js"></script><script src="/test.js"></script>',
      ],
      "/pgi.js": ["text/javascript; charset=utf-8", bundle],
      "/test.js": ["text/javascript; charset=utf-8", pageScript(JSON.stringify(input()))],
    };
    await page.route(`${ORIGIN}/**`, (route) => {
      const file = files[new URL(route.request().url()).pathname];
      return file
        ? route.fulfill({ status: 200, headers: { "content-type": file[0], "content-security-policy": CSP }, body: file[1] })
        : route.fulfill({ status: 404, body: "" });
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction("window.__out !== undefined", undefined, { timeout: 60_000 });
    result = (await page.evaluate("window.__out")) as typeof result;
  }, 240_000);

  afterAll(async () => {
    await context?.close();
  });

  it("the page refuses code generation", () => {
    expect(result.evalAllowed).toBe(false);
    expect(result.error).toBeUndefined();
  });

  it("scoreUnits in the page gives the very JSON Node gives with generated code", () => {
    const { spec, rows } = input();
    expect(result.rows).toBe(JSON.stringify(scoreUnits(defineFramework(spec), rows)));
  });

  it("scoreColumns in the page gives Node's columns", () => {
    const { spec, rows } = input();
    const fw = defineFramework(spec);
    const c = scoreColumns(fw, {
      units: rows.map((r) => r.unit),
      columns: Object.fromEntries(fw.indicators.map((ind) => [ind.id, rows.map((r) => (r.indicators[ind.id] as number | null) ?? null)])),
    });
    expect(result.columns).toBe(JSON.stringify({ composite: Array.from(c.composite), rank: Array.from(c.rank), env: Array.from(c.components.pollution!) }));
  });
});
