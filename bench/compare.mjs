// Each bench case in a process of its own, next to the tight baseline in the same process:
// `node bench/compare.mjs [root] [repeats] [case…]` runs `vitest bench` once per case and
// repeat, keeps the median of each entry, and prints the medians of the repeats and the ratio of
// each entry to its tight baseline. The machine may be shared: compare ratios, not times.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const CASES = {
  "rows-63": { file: "bench/scoring-63.bench.ts", entry: "scoreUnits, Object.fromEntries rows, read in full$" },
  "rows-63-jitless": { file: "bench/scoring-63-jitless.bench.ts", entry: "scoreUnits, Object.fromEntries rows, read in full$" },
  "rows-10k": { file: "bench/scoring-10k.bench.ts", entry: "scoreUnits, Object.fromEntries rows, read in full$" },
  "columns-10k": { file: "bench/scoring-10k.bench.ts", entry: "scoreColumns" },
  "columns-100k": { file: "bench/scoring-100k.bench.ts", entry: "scoreColumns" },
};

const root = resolve(process.argv[2] ?? ".");
const repeats = Number(process.argv[3] ?? 3);
const names = process.argv.length > 4 ? process.argv.slice(4) : Object.keys(CASES);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (ms) => (ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`);
const dir = mkdtempSync(join(tmpdir(), "pgi-bench-"));
try {
  for (const name of names) {
    const c = CASES[name];
    const tight = [];
    const entry = [];
    const ratio = [];
    for (let r = 0; r < repeats; r++) {
      const out = join(dir, `${name}-${r}.json`);
      try {
        execFileSync("npx", ["vitest", "bench", "--run", "--root", root, c.file, "-t", `^score \\+ rank.* (tight|pgi-kit ${c.entry})`, "--outputJson", out], {
          cwd: root,
          stdio: "ignore",
        });
      } catch {
        console.log(`${name}: failed (no such bench in ${root}?)`);
        break;
      }
      const json = JSON.parse(readFileSync(out, "utf8"));
      const benches = json.files.flatMap((f) => f.groups.flatMap((g) => g.benchmarks));
      const t = benches.find((b) => /^tight/.test(b.name));
      const e = benches.find((b) => /^pgi-kit/.test(b.name));
      if (!t || !e) {
        console.log(`${name}: entries not found`);
        break;
      }
      tight.push(t.median);
      entry.push(e.median);
      ratio.push(e.median / t.median);
    }
    if (ratio.length)
      console.log(
        `${name.padEnd(16)} tight ${fmt(median(tight)).padStart(10)}  pgi-kit ${fmt(median(entry)).padStart(10)}  ratio ${median(ratio).toFixed(2)}× (runs: ${ratio.map((x) => x.toFixed(2)).join(", ")})`,
      );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
