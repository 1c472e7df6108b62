/**
 * docs/testing.md shows five property tests; each block must be, verbatim, in
 * test/testing/walkthrough.test.ts (which runs them), so the guide cannot drift from what works.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");
const guide = readFileSync(join(root, "docs", "testing.md"), "utf8");
const walkthrough = readFileSync(join(__dirname, "walkthrough.test.ts"), "utf8");
const section = guide.slice(guide.indexOf("## Five property tests"), guide.indexOf("## A planted inconsistency"));
const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!.trim()).filter((b) => b.includes("test.prop"));

describe("docs/testing.md", () => {
  it("shows five property tests", () => {
    expect(blocks).toHaveLength(5);
  });

  it.each(blocks.map((b, i) => [i + 1, b] as const))("property test %i is in walkthrough.test.ts, verbatim", (_i, block) => {
    expect(walkthrough).toContain(block);
  });

  it("imports what the walk-through uses, from the package", () => {
    expect(section).toContain('from "pgi-kit/testing"');
    for (const name of ["arbPlanInput", "arbScore", "arbScoreCardInput", "arbScoreTableCards", "exactDifference", "exactSum"]) expect(section).toContain(name);
  });
});
