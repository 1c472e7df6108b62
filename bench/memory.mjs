// Peak memory of scoring 10,000 units × 50 indicators, measured on the built package.
// Run: npm run build && node --expose-gc bench/memory.mjs
import { defineFramework, scoreUnits } from "../dist/index.js";

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0), s / 4294967296);
}
const comps = ["pollution", "compliance", "greenPractices", "incentives"];
const fw = defineFramework({
  id: "bench-50", name: { vi: "bench", en: "bench" }, components: comps.map((id) => ({ id })),
  indicators: Array.from({ length: 50 }, (_, i) => ({ id: `i${String(i + 1).padStart(2, "0")}`, component: comps[i % 4], direction: i % 3 === 2 ? "lower" : "higher" })),
});
const r = rng(1);
const rows = Array.from({ length: 10_000 }, (_, u) => {
  const indicators = {};
  for (const ind of fw.indicators) indicators[ind.id] = r() < 0.01 ? null : Math.round(r() * 1000) / 10;
  return { unit: `U${u}`, indicators };
});
globalThis.gc?.();
const base = process.memoryUsage();
const result = scoreUnits(fw, rows);
const after = process.memoryUsage();
globalThis.gc?.();
const retained = process.memoryUsage();
const mb = (b) => (b / 1024 / 1024).toFixed(1);
console.log(`before: heap ${mb(base.heapUsed)} MB (input rows), rss ${mb(base.rss)} MB`);
console.log(`one scoreUnits call: heap +${mb(after.heapUsed - base.heapUsed)} MB before GC, rss ${mb(after.rss)} MB`);
console.log(`result retained after GC: +${mb(retained.heapUsed - base.heapUsed)} MB (${result.units.length} units)`);
console.log(`peak rss of the whole process: ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
