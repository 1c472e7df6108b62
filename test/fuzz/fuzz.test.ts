/**
 * Issue 8's promises, checked on every export with hostile values, JSON copies and tampered
 * copies. `npm test` runs FUZZ_RUNS (default 150) calls per export; `npm run fuzz` runs 20,000
 * and prints the table of outcomes.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { argsFor, copyProblems, newTally, probe, targets, type Tally } from "./harness";

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const table: Record<string, Tally> = {};

describe(`every export keeps its promises (${RUNS} generated calls each)`, () => {
  for (const target of targets()) {
    it(`${target.name}: only PgiErrors, finite numbers, frozen results, untouched arguments, same output twice`, () => {
      const tally = (table[target.name] = newTally());
      fc.assert(
        fc.property(argsFor(target), (args) => {
          probe(target, args, tally);
        }),
        { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 8) },
      );
      expect(tally.examples).toEqual([]);
    }, 600_000);

    it(`${target.name}: JSON copies of its arguments give the identical answer`, () => {
      expect(copyProblems(target)).toEqual([]);
    });
  }
});

afterAll(() => {
  if (!process.env.FUZZ_TABLE) return;
  const cols = ["calls", "pgiErrors", "otherThrows", "nonFinite", "mutations", "nondeterminism", "notFrozen", "longMessages"] as const;
  const lines = [`| export | ${cols.join(" | ")} |`, `|---|${cols.map(() => "---:").join("|")}|`];
  for (const [name, t] of Object.entries(table)) lines.push(`| ${name} | ${cols.map((c) => t[c]).join(" | ")} |`);
  console.log(`\n${lines.join("\n")}\n`);
});
