import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { isPgiError } from "../../src/errors";
import { publishedTable } from "../../src/table/published";
import { scoreTable } from "../../src/table/table";
import { rankProbability, scoreForRankProbability } from "../../src/uncertainty/rank-probability";

const t2022 = publishedTable(2022);
const t2023 = publishedTable(2023);
const t2024 = publishedTable(2024);

describe("rankProbability", () => {
  it("a score above every other unit's best possible move is rank 1 in every run", () => {
    const p = rankProbability(t2023, "Lạng Sơn", 40, { history: [t2022], runs: 500 });
    expect(p.ranks[0]).toEqual({ rank: 1, count: 500, probability: 1 });
    expect(p.interval).toEqual({ level: 0.9, low: 1, high: 1 });
    expect(p.changes).toEqual([[2022, 2023]]);
  });

  it("with one year of history every run applies that year's changes: the rank is that of the moved table", () => {
    // Two units, one change each: A +1, B −1 between 2022 and 2023.
    const card = (unit: string, year: number, composite: number) => ({ unit, year, composite });
    const h = scoreTable([card("A", 2022, 20), card("B", 2022, 21), card("C", 2022, 22)], { units: "any" });
    const t = scoreTable([card("A", 2023, 21), card("B", 2023, 20), card("C", 2023, 22)], { units: "any" });
    // C, the unit planned for, is left out of the others; A moves to 22, B to 19 in every run.
    const p = rankProbability(t, "C", 21.5, { history: [h], runs: 100 });
    expect(p.ranks.map((r) => r.count)).toEqual([0, 100, 0]);
    const tie = rankProbability(t, "C", 22, { history: [h], runs: 100 });
    expect(tie.ranks[0]!.count).toBe(100); // a tie shares the best rank
  });

  it("same seed, byte-identical JSON; another seed, other draws", () => {
    const o = { history: [t2022, t2023], runs: 2000, seed: 5 };
    const a = JSON.stringify(rankProbability(t2024, "Bắc Ninh", 27, o));
    expect(JSON.stringify(rankProbability(t2024, "Bắc Ninh", 27, o))).toBe(a);
    expect(JSON.stringify(rankProbability(t2024, "Bắc Ninh", 27, { ...o, seed: 6 }))).not.toBe(a);
  });

  test.prop([fc.integer({ min: 400, max: 3700 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 10 })], { numRuns: 40 })(
    "the counts sum to the runs, and no chance of a rank or better falls when the score rises",
    (hundredths, step, seed) => {
      const o = { history: [t2022], runs: 300, seed };
      const lo = rankProbability(t2023, "Lạng Sơn", hundredths / 100, o);
      const hi = rankProbability(t2023, "Lạng Sơn", (hundredths + step) / 100, o);
      expect(lo.ranks.reduce((s, r) => s + r.count, 0)).toBe(300);
      expect(lo.atOrAbove.at(-1)!.probability).toBe(1);
      lo.atOrAbove.forEach((r, i) => {
        expect(hi.atOrAbove[i]!.count).toBeGreaterThanOrEqual(r.count);
      });
    },
  );

  it.each([
    ["no history", () => rankProbability(t2023, "Lạng Sơn", 20, { history: [] })],
    ["history of a later year", () => rankProbability(t2023, "Lạng Sơn", 20, { history: [t2024] })],
    ["a unit not in the table", () => rankProbability(t2023, "Atlantis", 20, { history: [t2022] })],
    ["a score of 41", () => rankProbability(t2023, "Lạng Sơn", 41, { history: [t2022] })],
    ['a score "abc"', () => rankProbability(t2023, "Lạng Sơn", "abc", { history: [t2022] })],
    ["runs 0", () => rankProbability(t2023, "Lạng Sơn", 20, { history: [t2022], runs: 0 })],
  ])("%s is a PgiError", (_n, call) => {
    expect(call).toThrow();
    try {
      call();
    } catch (e) {
      expect(isPgiError(e)).toBe(true);
    }
  });
});

describe("scoreForRankProbability", () => {
  it("the score it answers reaches the rank with at least the probability, and one step less does not", () => {
    const o = { history: [t2022], runs: 1000, seed: 3 };
    const g = scoreForRankProbability(t2023, "Lạng Sơn", 20, 0.8, o);
    expect(g.score).not.toBeNull();
    const at = rankProbability(t2023, "Lạng Sơn", g.score!, o);
    const below = rankProbability(t2023, "Lạng Sơn", Math.round(g.score! * 100 - 1) / 100, o);
    expect(at.atOrAbove[19]!.probability).toBeGreaterThanOrEqual(0.8);
    expect(below.atOrAbove[19]!.probability).toBeLessThan(0.8);
    expect(g.achieved).toBe(at.atOrAbove[19]!.probability);
  });

  it("answers null when even the scale's maximum does not reach it", () => {
    const card = (unit: string, year: number, composite: number) => ({ unit, year, composite });
    const h = scoreTable([card("A", 2022, 30), card("B", 2022, 20)], { units: "any" });
    const t = scoreTable([card("A", 2023, 39), card("B", 2023, 20)], { units: "any" });
    const g = scoreForRankProbability(t, "B", 1, 0.5, { history: [h], runs: 50 });
    expect(g.score).toBeNull();
    expect(g.achieved).toBe(0);
  });
});
