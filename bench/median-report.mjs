// Print each bench group's medians and the ratio of each entry to the group's baselines: the
// entry whose name starts with "tight" and the one starting with "plain".
// Input: vitest bench --outputJson file.
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? "bench-results.json";
const json = JSON.parse(readFileSync(file, "utf8"));
const fmt = (ms) => (ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(2)} µs`);
for (const f of json.files) {
  for (const g of f.groups) {
    console.log(`\n${g.fullName}`);
    const tight = g.benchmarks.find((b) => /^tight/i.test(b.name));
    const plain = g.benchmarks.find((b) => /^plain/i.test(b.name));
    for (const b of g.benchmarks) {
      const r = [];
      if (tight && b !== tight) r.push(`${(b.median / tight.median).toFixed(2)}× tight`);
      if (plain && b !== plain) r.push(`${(b.median / plain.median).toFixed(2)}× plain`);
      console.log(`  ${fmt(b.median).padStart(10)}  median  ${b.name}${r.length ? `  (${r.join(", ")})` : ""}  [${b.sampleCount} samples]`);
    }
  }
}
