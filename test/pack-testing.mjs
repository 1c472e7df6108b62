// After the build (part of `npm run test:pack`): the main entry never loads fast-check,
// `pgi-kit/testing` loads and runs from both its ESM and its CJS build, and it loads the library
// from the package's main entry (no second copy bundled): its errors are `instanceof PgiError`
// of `pgi-kit`, imported by the package's own name as a user would.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const fail = (msg) => {
  console.error(`pack-testing: ${msg}`);
  process.exit(1);
};
for (const f of ["dist/index.js", "dist/index.cjs"]) {
  if (/fast-check/.test(readFileSync(f, "utf8"))) fail(`${f} mentions fast-check; the main entry must not load it`);
}
for (const f of ["dist/testing.js", "dist/testing.cjs"]) {
  const text = readFileSync(f, "utf8");
  if (/class PgiError|PgiError extends/.test(text)) fail(`${f} bundles its own PgiError class; it must import the library from "pgi-kit"`);
  if (!/from ['"]pgi-kit['"]|require\(['"]pgi-kit['"]\)/.test(text)) fail(`${f} does not load the library from "pgi-kit"`);
}
const fc = await import("fast-check");
const require = createRequire(import.meta.url);
// By the package's name (a self-reference through package.json "exports"), as an app imports them.
const esm = await import("pgi-kit/testing");
const cjs = require("pgi-kit/testing");
const main = await import("pgi-kit");
const mainCjs = require("pgi-kit");
for (const [name, t] of [
  ["ESM", esm],
  ["CJS", cjs],
]) {
  if (t.exactSum([4.84, 4.14, 3.6, 4.75]) !== 17.33) fail(`${name}: exactSum`);
  const run = fc.check(
    fc.property(t.arbScoreCardInput(), (input) => main.scoreCard(input).computedComposite === t.exactSum(Object.values(input.scores))),
    { numRuns: 50 },
  );
  if (run.failed) fail(`${name}: arbScoreCardInput property failed: ${run.counterexample}`);
}
// An error thrown inside pgi-kit/testing is the library's own PgiError (ESM with ESM, CJS with CJS).
for (const [name, t, m] of [
  ["ESM", esm, main],
  ["CJS", cjs, mainCjs],
]) {
  for (const [what, call] of [
    ["exactSum", () => t.exactSum(["abc"])],
    ["arbScore", () => t.arbScore({ decimals: 99 })],
    ["hostileValue", () => t.hostileValue("nope")],
  ]) {
    let error;
    try {
      call();
    } catch (e) {
      error = e;
    }
    if (!(error instanceof m.PgiError)) fail(`${name}: the error of ${what} is not instanceof PgiError of pgi-kit (${String(error)})`);
    if (!m.isPgiError(error) || typeof error.messageVi !== "string") fail(`${name}: the error of ${what} is not a PgiError with a Vietnamese message`);
  }
}
console.log("pack-testing: the main entry does not load fast-check; pgi-kit/testing runs as ESM and CJS and throws pgi-kit's own PgiError");
