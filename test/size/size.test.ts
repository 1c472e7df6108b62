/**
 * Size budgets (issue 9): what a page pays for what it imports, bundled with esbuild (browser,
 * minified) and gzipped at level 9. The measured sizes are printed on every run.
 */
import { describe, expect, it } from "vitest";
import { CASES, measure } from "./measure";

describe("bundle size budgets", () => {
  for (const c of CASES) {
    it(`${c.name} ≤ ${(c.budget / 1024).toFixed(0)} KB gzip, with no Node built-ins`, async () => {
      const m = await measure(c.name, c.code);
      console.log(`size: ${c.name}: ${(m.minified / 1024).toFixed(1)} KB min, ${(m.gzip / 1024).toFixed(1)} KB gzip (budget ${(c.budget / 1024).toFixed(0)} KB)`);
      expect(m.text).not.toMatch(/\bprocess\.|\bBuffer\b|require\(["']node:/);
      expect(m.gzip).toBeLessThanOrEqual(c.budget);
    }, 30_000);
  }
});
