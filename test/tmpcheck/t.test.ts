import { test } from "vitest";
import { defineFramework, scoreUnits } from "../../src/index";
test("x", () => {
  for (const n of [1000, 10000]) {
    const k = 50;
    const fw = defineFramework({
      id: "x",
      name: { vi: "x", en: "x" },
      components: [{ id: "a" }, { id: "b" }],
      indicators: Array.from({ length: k }, (_, i) => ({
        id: `i${i}`,
        component: i % 2 ? "a" : "b",
        direction: "higher" as const,
        normalization: { method: "zscore" as const },
      })),
    });
    let seed = 1;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const rows = Array.from({ length: n }, (_, u) => ({
      unit: `u${u}`,
      indicators: Object.fromEntries(Array.from({ length: k }, (_, i) => [`i${i}`, Math.round(rnd() * 10000) / 100])),
    }));
    const g = globalThis as any;
    g.__cols = 0;
    g.__rounds = 0;
    g.__comp = 0;
    g.__compo = 0;
    const t0 = performance.now();
    scoreUnits(fw, rows);
    console.log(n, (performance.now() - t0).toFixed(0), "ms cols", g.__cols, "exact rounds", g.__rounds, "comp", g.__comp, "composite", g.__compo);
  }
}, 600000);
