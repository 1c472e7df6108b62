// Print each bench group's medians and the ratio of each entry to the group's plain-number
// baseline (the entry whose name starts with "plain"). Input: vitest bench --outputJson file.
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? "bench-results.json";
const json = JSON.parse(readFileSync(file, "utf8"));
const fmt = (ms) => (ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`);
for (const f of json.files) {
  for (const g of f.groups) {
    console.log(`\n${g.fullName}`);
    const plain = g.benchmarks.find((b) => /^plain/i.test(b.name));
    for (const b of g.benchmarks) {
      const ratio = plain && b !== plain ? `  ${(b.median / plain.median).toFixed(1)}× plain` : "";
      console.log(`  ${fmt(b.median).padStart(10)}  median  ${b.name}${ratio}  (${b.sampleCount} samples)`);
    }
  }
}
