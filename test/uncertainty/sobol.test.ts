import { describe, expect, it } from "vitest";
import { isPgiError } from "../../src/errors";
import { sobolIndices } from "../../src/uncertainty/sobol";
import { quantile } from "../../src/uncertainty/quantile";
import { uniform } from "../../src/uncertainty/random";

const ishigami = (u: readonly number[]): number => {
  const [x1, x2, x3] = u.map((v) => -Math.PI + 2 * Math.PI * v) as [number, number, number];
  return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
};

describe("sobolIndices", () => {
  it("reproduces the analytic indices of x1 + 2·x2 + 3·x3 (1/14, 4/14, 9/14, no interactions) within 0.03 at n = 10,000", () => {
    const s = sobolIndices((u) => u[0]! + 2 * u[1]! + 3 * u[2]!, 3, { n: 10_000, seed: 1, bootstrap: 20 });
    const exact = [1 / 14, 4 / 14, 9 / 14];
    s.indices.forEach((ix, i) => {
      expect(Math.abs(ix.firstOrder - exact[i]!)).toBeLessThan(0.03);
      expect(Math.abs(ix.total - exact[i]!)).toBeLessThan(0.03);
    });
    expect(s.runs).toBe(50_000);
  });

  it("reproduces the Ishigami function's indices (a = 7, b = 0.1) within 0.03 at n = 10,000", () => {
    const s = sobolIndices(ishigami, 3, { n: 10_000, seed: 7, bootstrap: 0 });
    const first = [0.3139, 0.4424, 0];
    const total = [0.5576, 0.4424, 0.2437];
    s.indices.forEach((ix, i) => {
      expect(Math.abs(ix.firstOrder - first[i]!)).toBeLessThan(0.03);
      expect(Math.abs(ix.total - total[i]!)).toBeLessThan(0.03);
    });
  });

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
    ["a seed \"abc\"", () => sobolIndices((u) => u[0]!, 1, { seed: "abc" as never })],
    ["a model returning NaN", () => sobolIndices(() => Number.NaN, 1, { n: 10 })],
    ["a model that throws", () => sobolIndices(() => { throw new Error("boom"); }, 1, { n: 10 })],
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
