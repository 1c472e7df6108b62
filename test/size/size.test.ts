/**
 * Size budgets (issue 9): what a page pays for what it imports from the built package, bundled
 * with esbuild (browser, minified) and gzipped at level 9. The measured sizes are printed on every
 * run, next to the target and the ceiling enforced here.
 */
import { describe, expect, it } from "vitest";
import { CASES, measure } from "./measure";

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

describe("bundle size", () => {
  it.each(["dist/index.js", "dist/plan.js", "dist/table.js", "dist/targets.js", "dist/scoring.js", "dist/checklist.js", "dist/extract.js"])(
    "importing %s and using nothing bundles to nothing: no work at import time",
    async (entry) => {
      const m = await measure("nothing", `import "pgi-kit";`, entry);
      expect(m.text.trim()).toBe("");
    },
  );

  for (const c of CASES) {
    it(`${c.name}: at most ${kb(c.ceiling)} gzip (target ${kb(c.target)}), with no Node built-ins`, async () => {
      const m = await measure(c.name, c.code, c.entry);
      console.log(
        `size: ${c.name}: ${kb(m.minified)} min, ${kb(m.gzip)} gzip (target ${kb(c.target)}, ceiling ${kb(c.ceiling)}${m.gzip <= c.target ? ", target met" : ""})`,
      );
      expect(m.text).not.toMatch(/\bprocess\.|\bBuffer\b|require\(["']node:|from\s*["']node:/);
      for (const text of c.absent ?? []) expect(m.text).not.toContain(text);
      expect(m.gzip).toBeLessThanOrEqual(c.ceiling);
    }, 30_000);
  }
});
