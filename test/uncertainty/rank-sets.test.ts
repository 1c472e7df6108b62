import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { isPgiError } from "../../src/errors";
import { rankConfidenceSets } from "../../src/uncertainty/rank-sets";

// PISA 2018 mathematics and the R package csranks' sets for it (see the file's first line).
const rows = readFileSync(join(__dirname, "fixtures", "pisa2018-math-csranks.csv"), "utf8")
  .split("\n")
  .filter((l) => l !== "" && !l.startsWith("#"))
  .slice(1)
  .map((l) => {
    const [name, math, se, est, ...sets] = l.split(",");
    const n = sets.map(Number);
    // Each bound as the range the package's two runs (20,000 and 1,000 draws) gave.
    const both = (i: number): [number, number] => [Math.min(n[i]!, n[i + 6]!), Math.max(n[i]!, n[i + 6]!)];
    return {
      name: JSON.parse(name!) as string,
      math: Number(math),
      se: Number(se),
      est: Number(est),
      mL: both(0),
      mU: both(1),
      sL: both(2),
      sU: both(3),
      nsL: both(4),
      nsU: both(5),
    };
  });
const values = Object.fromEntries(rows.map((r) => [r.name, r.math]));
const ses = Object.fromEntries(rows.map((r) => [r.name, r.se]));

describe("rankConfidenceSets on PISA 2018 mathematics (csranks' published example)", () => {
  it.each([
    ["marginal, stepwise", { simultaneous: false }, "mL", "mU"],
    ["simultaneous, stepwise", { simultaneous: true }, "sL", "sU"],
    ["marginal, one step", { simultaneous: false, stepdown: false }, "nsL", "nsU"],
  ] as const)(
    "%s: every bound agrees with the package's to within one rank (of the range its two runs gave)",
    (_n, o, L, U) => {
      const s = rankConfidenceSets(values, ses, { coverage: 0.95, seed: 11, bootstrap: 20_000, ...o });
      const near = (x: number, [lo, hi]: [number, number]) => x >= lo - 1 && x <= hi + 1;
      expect(s.units.map((u) => u.unit)).toEqual(rows.map((r) => r.name));
      s.units.forEach((u, i) => {
        expect(u.rank).toBe(rows[i]!.est);
        expect(near(u.lower, rows[i]![L]), `${u.unit} lower ${u.lower} vs ${rows[i]![L].join("–")}`).toBe(true);
        expect(near(u.upper, rows[i]![U]), `${u.unit} upper ${u.upper} vs ${rows[i]![U].join("–")}`).toBe(true);
      });
    },
    120_000,
  );

  it("same seed, byte-identical JSON", () => {
    const a = JSON.stringify(rankConfidenceSets(values, ses, { seed: 3 }));
    expect(JSON.stringify(rankConfidenceSets(values, ses, { seed: 3 }))).toBe(a);
  });
});

describe("rankConfidenceSets", () => {
  test.prop([fc.array(fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 100 })), { minLength: 2, maxLength: 12 })], { numRuns: 40 })(
    "every set holds the estimated rank, simultaneous sets are no narrower than marginal ones, and stepwise sets no wider than one-step",
    (pairs) => {
      const xs = pairs.map(([x]) => x / 10);
      const se = pairs.map(([, s]) => s / 10);
      const m = rankConfidenceSets(xs, se, { bootstrap: 200 });
      const sim = rankConfidenceSets(xs, se, { bootstrap: 200, simultaneous: true });
      const one = rankConfidenceSets(xs, se, { bootstrap: 200, stepdown: false });
      m.units.forEach((u, i) => {
        expect(u.lower).toBeLessThanOrEqual(u.rank);
        expect(u.upper).toBeGreaterThanOrEqual(u.rank);
        expect(sim.units[i]!.lower).toBeLessThanOrEqual(u.lower);
        expect(sim.units[i]!.upper).toBeGreaterThanOrEqual(u.upper);
        expect(one.units[i]!.lower).toBeLessThanOrEqual(u.lower);
        expect(one.units[i]!.upper).toBeGreaterThanOrEqual(u.upper);
      });
    },
  );

  it.each([
    ["NaN value", () => rankConfidenceSets([1, Number.NaN], [1, 1])],
    ["zero standard error", () => rankConfidenceSets([1, 2], [1, 0])],
    ["lists of different lengths", () => rankConfidenceSets([1, 2, 3], [1, 1])],
    ["one unit", () => rankConfidenceSets([1], [1])],
    ["coverage 1", () => rankConfidenceSets([1, 2], [1, 1], { coverage: 1 })],
    ["records of other units", () => rankConfidenceSets({ A: 1, B: 2 }, { A: 1, C: 1 })],
    ['a "__proto__" key', () => rankConfidenceSets(JSON.parse('{"__proto__": 1, "B": 2}'), { B: 1 })],
  ])("%s is a PgiError", (_n, call) => {
    let caught: unknown;
    try {
      call();
    } catch (e) {
      caught = e;
    }
    expect(isPgiError(caught)).toBe(true);
  });
});
