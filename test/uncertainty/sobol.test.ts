import { describe, expect, it } from "vitest";
import { isPgiError } from "../../src/errors";
import { sobolIndices } from "../../src/uncertainty/sobol";
import { sobolPoints } from "../../src/uncertainty/qmc";
import { quantile } from "../../src/uncertainty/quantile";
import { uniform } from "../../src/uncertainty/random";

const ishigami = (u: readonly number[]): number => {
  const [x1, x2, x3] = u.map((v) => -Math.PI + 2 * Math.PI * v) as [number, number, number];
  return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
};

describe("sobolIndices", () => {
  // Randomised quasi-Monte Carlo (scrambled Sobol' points): the error at n = 10,000 is far below
  // the pseudo-random design's (its worst over 15 seeds was 0.040 on Ishigami; this one's 0.004
  // over 30 seeds when measured), so 0.03 holds for every seed, not for a lucky one.
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])(
    "seed %i: reproduces the analytic indices of x1 + 2·x2 + 3·x3 (1/14, 4/14, 9/14, no interactions) and of the Ishigami function (a = 7, b = 0.1) within 0.03 at n = 10,000",
    (seed) => {
      const s = sobolIndices((u) => u[0]! + 2 * u[1]! + 3 * u[2]!, 3, { n: 10_000, seed, bootstrap: 0 });
      const exact = [1 / 14, 4 / 14, 9 / 14];
      s.indices.forEach((ix, i) => {
        expect(Math.abs(ix.firstOrder - exact[i]!)).toBeLessThan(0.03);
        expect(Math.abs(ix.total - exact[i]!)).toBeLessThan(0.03);
      });
      expect(s.runs).toBe(50_000);
      const t = sobolIndices(ishigami, 3, { n: 10_000, seed, bootstrap: 0 });
      const first = [0.3139, 0.4424, 0];
      const total = [0.5576, 0.4424, 0.2437];
      t.indices.forEach((ix, i) => {
        expect(Math.abs(ix.firstOrder - first[i]!)).toBeLessThan(0.03);
        expect(Math.abs(ix.total - total[i]!)).toBeLessThan(0.03);
      });
    },
  );

  it("the same seed gives byte-identical JSON, another seed other runs", () => {
    const f = (u: readonly number[]) => u[0]! * u[1]! + u[2]!;
    const a = JSON.stringify(sobolIndices(f, 3, { n: 500, seed: 3, bootstrap: 10 }));
    const b = JSON.stringify(sobolIndices(f, 3, { n: 500, seed: 3, bootstrap: 10 }));
    const c = JSON.stringify(sobolIndices(f, 3, { n: 500, seed: 4, bootstrap: 10 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it("each bootstrap interval is ordered (5 % quantile ≤ 95 % quantile) and the result is frozen", () => {
    const s = sobolIndices(ishigami, 3, { n: 1000, seed: 2, bootstrap: 50 });
    for (const ix of s.indices) {
      expect(ix.firstOrderInterval![0]).toBeLessThanOrEqual(ix.firstOrderInterval![1]);
      expect(ix.totalInterval![0]).toBeLessThanOrEqual(ix.totalInterval![1]);
    }
    expect(Object.isFrozen(s.indices[0])).toBe(true);
  });

  it.each([
    ["a model that is not a function", () => sobolIndices(3 as never, 2)],
    ["dimensions 0", () => sobolIndices((u) => u[0]!, 0)],
    ["dimensions NaN", () => sobolIndices((u) => u[0]!, Number.NaN)],
    ["n 1.5", () => sobolIndices((u) => u[0]!, 1, { n: 1.5 })],
    ['a seed "abc"', () => sobolIndices((u) => u[0]!, 1, { seed: "abc" as never })],
    ["a model returning NaN", () => sobolIndices(() => Number.NaN, 1, { n: 10 })],
    [
      "a model that throws",
      () =>
        sobolIndices(
          () => {
            throw new Error("boom");
          },
          1,
          { n: 10 },
        ),
    ],
    ["options that are not an object", () => sobolIndices((u) => u[0]!, 1, 5 as never)],
  ])("%s is one PgiError with a Vietnamese message of its own", (_name, call) => {
    try {
      call();
      expect.unreachable();
    } catch (e) {
      expect(isPgiError(e)).toBe(true);
      const err = e as { messageVi: string; message: string };
      expect(err.messageVi).not.toBe(err.message);
    }
  });
});

describe("sobolPoints (the Sobol' sequence with Joe–Kuo direction numbers)", () => {
  it("without a shift, points 5 and 1000 in 64 dimensions are those of the reference sequence (SciPy 1.17 qmc.Sobol(d = 64, scramble = False), × 1024)", () => {
    const P = sobolPoints(1024, 64, () => 0);
    const row = (j: number): number[] => Array.from(P.subarray(j * 64, j * 64 + 64), (x) => x * 1024);
    expect(row(5)).toEqual([
      896, 896, 128, 384, 896, 640, 896, 384, 384, 128, 384, 896, 896, 128, 896, 384, 896, 384, 384, 640, 640, 640, 896, 384, 384, 384, 896, 128, 640, 640, 896,
      640, 384, 384, 128, 128, 128, 384, 896, 384, 384, 128, 640, 384, 384, 640, 128, 640, 640, 896, 640, 384, 640, 896, 128, 896, 384, 896, 384, 384, 640, 896,
      384, 640,
    ]);
    expect(row(1000)).toEqual([
      225, 99, 531, 693, 287, 929, 47, 921, 513, 71, 87, 261, 165, 393, 147, 379, 737, 353, 1015, 743, 535, 563, 973, 553, 597, 929, 41, 1003, 61, 349, 151,
      149, 303, 607, 821, 789, 869, 851, 315, 491, 935, 261, 983, 719, 861, 95, 893, 941, 1023, 491, 361, 529, 771, 449, 129, 913, 465, 81, 905, 585, 457, 617,
      265, 457,
    ]);
  });

  it("shifted points of any seed still put exactly one point in each of the 1,024 equal intervals of every dimension (the shift keeps the net), and the same seed gives the same points", () => {
    for (const seed of [1, 99]) {
      const P = sobolPoints(1024, 64, uniform(seed));
      for (let i = 0; i < 64; i++) {
        const seen = new Set<number>();
        for (let j = 0; j < 1024; j++) seen.add(Math.floor(P[j * 64 + i]! * 1024));
        expect(seen.size).toBe(1024);
      }
      expect(Array.from(sobolPoints(8, 3, uniform(seed)))).toEqual(Array.from(sobolPoints(8, 3, uniform(seed))));
    }
  });
});

describe("quantile (type 7, as R)", () => {
  it("matches R's quantile(c(1, 2, 3, 4, 10), c(0.05, 0.5, 0.95)) = 1.2, 3, 8.8", () => {
    const xs = [10, 1, 3, 2, 4];
    expect(quantile(xs, 0.05)).toBeCloseTo(1.2, 12);
    expect(quantile(xs, 0.5)).toBe(3);
    expect(quantile(xs, 0.95)).toBeCloseTo(8.8, 12);
    expect(xs).toEqual([10, 1, 3, 2, 4]);
  });
});

describe("uniform (seeded generator)", () => {
  it("stays in [0, 1) with a mean near 1/2 over 100,000 draws, and repeats per seed", () => {
    const u = uniform(42);
    let sum = 0;
    let lo = 1;
    let hi = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = u();
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
      sum += x;
    }
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.01);
    expect(uniform(5)()).toBe(uniform(5)());
    expect(uniform(5)()).not.toBe(uniform(6)());
  });
});
