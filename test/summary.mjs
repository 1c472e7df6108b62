// Prints the closing line CI reads ("tests: N passed, N failed, N skipped") from vitest's JSON
// report, after the type check, the test run and the tarball checks have all passed.
import { readFileSync } from "node:fs";

const r = JSON.parse(readFileSync(process.argv[2] ?? "test-results.json", "utf8"));
const skipped = r.numPendingTests + r.numTodoTests;
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exitCode = r.numFailedTests === 0 && r.success ? 0 : 1;
