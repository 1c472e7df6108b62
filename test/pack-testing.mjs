// After the build (part of `npm run test:pack`): the main entry never loads fast-check, and
// `pgi-kit/testing` loads and runs from both its ESM and its CJS build.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const fail = (msg) => {
  console.error(`pack-testing: ${msg}`);
  process.exit(1);
};
for (const f of ["dist/index.js", "dist/index.cjs"]) {
  if (/fast-check/.test(readFileSync(f, "utf8"))) fail(`${f} mentions fast-check; the main entry must not load it`);
}
const fc = await import("fast-check");
const esm = await import("../dist/testing.js");
const cjs = createRequire(import.meta.url)("../dist/testing.cjs");
const main = await import("../dist/index.js");
for (const [name, t] of [["ESM", esm], ["CJS", cjs]]) {
  if (t.exactSum([4.84, 4.14, 3.6, 4.75]) !== 17.33) fail(`${name}: exactSum`);
  const run = fc.check(fc.property(t.arbScoreCardInput(), (input) => main.scoreCard(input).computedComposite === t.exactSum(Object.values(input.scores))), { numRuns: 50 });
  if (run.failed) fail(`${name}: arbScoreCardInput property failed: ${run.counterexample}`);
}
console.log("pack-testing: the main entry does not load fast-check; pgi-kit/testing runs as ESM and CJS");
