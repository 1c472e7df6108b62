/**
 * Confidence sets for ranks after Mogstad, Romano, Shaikh & Wilhelm (2023), "Inference for ranks
 * with applications to mobility across neighbourhoods and academic achievement across countries",
 * Review of Economic Studies 91(1), 476–518 — implemented from the paper.
 *
 * Each unit j has an estimate x̂ⱼ of its value θⱼ with standard error σⱼ, independent across
 * units. Its rank is 1 + #{k : θₖ > θⱼ} (highest value first). For each pair both one-sided
 * hypotheses θⱼ ≤ θₖ and θₖ ≤ θⱼ are tested with the statistic (x̂ⱼ − x̂ₖ) / σⱼₖ,
 * σⱼₖ = √(σⱼ² + σₖ²); the critical value is the `coverage` quantile of the largest such
 * statistic over the hypotheses still tested, computed from draws Z ~ N(0, diag σ²) (a
 * parametric bootstrap), and the hypotheses are tested stepwise: those rejected are removed and
 * the critical value is computed again over the rest, until none more is rejected (the paper's
 * stepdown improvement). Rejecting θₖ ≤ θⱼ says k is surely above j. The set for j is [1 + #{k surely above}, p − #{k surely below}].
 * Marginal sets test, for each j alone, the p − 1 pairs (j, k); simultaneous sets test all pairs
 * at once, so that every unit's set holds together with probability `coverage`.
 * @module
 */
import { describe, optionsOf, PgiError, readingInput } from "../errors";
import { showUncertainty } from "./render";
import { deepFreeze } from "../util";
import { quantileSorted } from "./quantile";
import { uniform, type Uniform } from "./random";
import { seedOf } from "./options";

/** Options of {@link rankConfidenceSets}. */
export interface RankConfidenceOptions {
  /** Probability that a set (marginal) or every set (simultaneous) holds the true rank; default 0.95. */
  readonly coverage?: number;
  /** All sets at once (`true`) or each set on its own (`false`, the default). */
  readonly simultaneous?: boolean;
  /** Draws for the critical values (default 1,000). */
  readonly bootstrap?: number;
  /** Seed of the draws (default 1). */
  readonly seed?: number;
  /** Test stepwise (the default, sets no wider than without) or in one step. */
  readonly stepdown?: boolean;
}

/** One unit's rank and its confidence set. */
export interface RankSet {
  readonly unit: string;
  readonly value: number;
  readonly standardError: number;
  /** 1 + the number of units with a higher estimate (ties share the best rank). */
  readonly rank: number;
  /** The best rank the set allows. */
  readonly lower: number;
  /** The worst rank the set allows. */
  readonly upper: number;
}

/** What {@link rankConfidenceSets} returns. */
export interface RankConfidenceSets {
  readonly kind: "rankConfidenceSets";
  readonly coverage: number;
  readonly simultaneous: boolean;
  readonly stepdown: boolean;
  readonly bootstrap: number;
  readonly seed: number;
  /** In the order given. */
  readonly units: readonly RankSet[];
}

type Numbers = readonly number[] | Readonly<Record<string, number>>;

function read(values: unknown, name: string, positive: boolean): { names: string[] | null; xs: number[] } {
  const bad = (detail: { en: string; vi: string }, path: (string | number)[]): never => {
    throw new PgiError("INVALID_INPUT", detail, path);
  };
  let names: string[] | null = null;
  let raw: unknown[];
  if (Array.isArray(values)) raw = values;
  else if (typeof values === "object" && values !== null) {
    names = Object.keys(values);
    raw = names.map((k) => (values as Record<string, unknown>)[k]);
  } else {
    return bad(
      {
        en: `expected ${name} as a list of numbers or a record { unit: number }, got ${describe(values)}`,
        vi: `cần ${name} là danh sách số hoặc bản ghi { đơn vị: số }, nhận được ${describe(values, "vi")}`,
      },
      [name],
    );
  }
  const xs = raw.map((v, i) => {
    const at = names === null ? i : names[i]!;
    if (typeof v !== "number" || !Number.isFinite(v) || (positive && !(v > 0))) {
      return bad(
        positive
          ? { en: `a standard error must be a number above 0, got ${describe(v)}`, vi: `sai số chuẩn phải là số lớn hơn 0, nhận được ${describe(v, "vi")}` }
          : { en: `a value must be a finite number, got ${describe(v)}`, vi: `giá trị phải là một số hữu hạn, nhận được ${describe(v, "vi")}` },
        [name, at],
      );
    }
    return v;
  });
  return { names, xs };
}

/** Standard normal draws by the Box–Muller transform. */
function normal(u: Uniform): () => number {
  let spare = Number.NaN;
  return () => {
    if (!Number.isNaN(spare)) {
      const s = spare;
      spare = Number.NaN;
      return s;
    }
    const a = 1 - u();
    const r = Math.sqrt(-2 * Math.log(a));
    const t = 2 * Math.PI * u();
    spare = r * Math.sin(t);
    return r * Math.cos(t);
  };
}

/**
 * Test the one-sided hypotheses θₐ ≤ θ_b of `pairs` (ordered pairs a, b) stepwise: the critical
 * value is the `coverage` quantile over the draws of max (Zₐ − Z_b)/σₐ_b over the hypotheses not
 * yet rejected; a hypothesis is rejected when (x̂ₐ − x̂_b)/σₐ_b exceeds it, which marks
 * `surely[b·p + a]` (a is surely above b). Both directions of a pair start in the family, so the
 * first step is the two-sided test with max |Zₐ − Z_b|/σₐ_b; a rejected direction leaves its
 * reverse in the family.
 */
function test(
  pairs: [number, number][],
  xs: number[],
  ses: number[],
  Z: Float64Array,
  draws: number,
  coverage: number,
  stepdown: boolean,
  surely: Uint8Array,
): void {
  const p = xs.length;
  const maxima = new Float64Array(draws);
  let open = pairs;
  for (;;) {
    if (open.length === 0) return;
    const sd = open.map(([a, b]) => Math.sqrt(ses[a]! ** 2 + ses[b]! ** 2));
    for (let d = 0; d < draws; d++) {
      const row = d * p;
      let m = Number.NEGATIVE_INFINITY;
      for (let q = 0; q < open.length; q++) {
        const [a, b] = open[q]!;
        const t = (Z[row + a]! - Z[row + b]!) / sd[q]!;
        if (t > m) m = t;
      }
      maxima[d] = m;
    }
    maxima.sort();
    const c = quantileSorted(maxima, coverage);
    const rest: [number, number][] = [];
    open.forEach(([a, b], q) => {
      if ((xs[a]! - xs[b]!) / sd[q]! > c) surely[b * p + a] = 1;
      else rest.push([a, b]);
    });
    if (!stepdown || rest.length === open.length) return;
    open = rest;
  }
}

/**
 * Confidence sets for the ranks of units known by estimates with standard errors (Mogstad,
 * Romano, Shaikh & Wilhelm 2023; see the module notes for the procedure): for each unit the best
 * and worst rank consistent with the data at the chosen coverage, marginal (each set alone) or
 * simultaneous (all sets together). Rank 1 is the highest value. Same seed, same sets.
 *
 * @param values - estimates, as a list or a record `{ unit: value }`.
 * @param standardErrors - their standard errors (> 0), in the same form and order.
 * @throws {@link PgiError} `INVALID_INPUT` for non-finite values, standard errors ≤ 0, lists of
 * different lengths or records with different units, fewer than two units, a coverage outside
 * (0, 1), or a bootstrap count outside 100–100,000.
 *
 * @example
 * ```ts
 * const s = rankConfidenceSets({ A: 10, B: 5, C: 4.9 }, { A: 0.1, B: 0.5, C: 0.5 });
 * s.units.map((u) => [u.unit, u.lower, u.upper]); // [["A", 1, 1], ["B", 2, 3], ["C", 2, 3]]
 * ```
 */
export function rankConfidenceSets(values: Numbers, standardErrors: Numbers, options?: RankConfidenceOptions): RankConfidenceSets {
  // A getter that throws inside the caller's records is one PgiError, like any bad value.
  const v = readingInput(() => read(values, "values", false), [], { en: "values", vi: "values" });
  const s = readingInput(() => read(standardErrors, "standardErrors", true), [], { en: "standardErrors", vi: "standardErrors" });
  const p = v.xs.length;
  const sameUnits = v.names === null ? s.names === null : s.names !== null && s.names.length === p && v.names.every((n, i) => s.names![i] === n);
  if (s.xs.length !== p || !sameUnits || p < 2) {
    throw new PgiError(
      "INVALID_INPUT",
      p < 2
        ? { en: `need at least two units to rank, got ${p}`, vi: `cần ít nhất hai đơn vị để xếp hạng, nhận được ${p}` }
        : {
            en: "standardErrors must list the same units as values, in the same order",
            vi: "standardErrors phải liệt kê đúng các đơn vị của values, theo cùng thứ tự",
          },
      ["standardErrors"],
    );
  }
  const o = optionsOf<RankConfidenceOptions>(options, ["coverage", "simultaneous", "bootstrap", "seed", "stepdown"]);
  const coverage = o.coverage ?? 0.95;
  if (typeof coverage !== "number" || !(coverage > 0 && coverage < 1)) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `coverage must be a number between 0 and 1 (0.95 for 95 %), got ${describe(coverage)}`,
        vi: `coverage phải là số trong khoảng 0 đến 1 (0,95 là 95 %), nhận được ${describe(coverage, "vi")}`,
      },
      ["options", "coverage"],
    );
  }
  const draws = o.bootstrap ?? 1000;
  if (typeof draws !== "number" || !Number.isInteger(draws) || draws < 100 || draws > 100_000) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `bootstrap must be a whole number from 100 to 100000, got ${describe(draws)}`,
        vi: `bootstrap phải là số nguyên từ 100 đến 100000, nhận được ${describe(draws, "vi")}`,
      },
      ["options", "bootstrap"],
    );
  }
  for (const flag of ["simultaneous", "stepdown"] as const) {
    if (o[flag] !== undefined && typeof o[flag] !== "boolean") {
      throw new PgiError(
        "INVALID_INPUT",
        { en: `${flag} must be true or false, got ${describe(o[flag])}`, vi: `${flag} phải là true hoặc false, nhận được ${describe(o[flag], "vi")}` },
        ["options", flag],
      );
    }
  }
  const simultaneous = o.simultaneous ?? false;
  const stepdown = o.stepdown ?? true;
  const seed = seedOf(o.seed);
  const z = normal(uniform(seed));
  const Z = new Float64Array(draws * p);
  for (let b = 0; b < draws; b++) for (let j = 0; j < p; j++) Z[b * p + j] = z() * s.xs[j]!;
  // above[j·p + k] = 1: k is surely above j (for j's set; in marginal mode only j's own tests count).
  const above = new Uint8Array(p * p);
  const below = new Uint8Array(p * p);
  const mark = (scratch: Uint8Array, only: number | null): void => {
    for (let j = 0; j < p; j++) {
      for (let k = 0; k < p; k++) {
        if (!scratch[j * p + k]) continue;
        // k is surely above j: j's set loses rank k's place above; k's set gains j below it.
        if (only === null || only === j) above[j * p + k] = 1;
        if (only === null || only === k) below[k * p + j] = 1;
      }
    }
  };
  const scratch = new Uint8Array(p * p);
  if (simultaneous) {
    const pairs: [number, number][] = [];
    for (let j = 0; j < p; j++) for (let k = 0; k < p; k++) if (j !== k) pairs.push([j, k]);
    test(pairs, v.xs, s.xs, Z, draws, coverage, stepdown, scratch);
    mark(scratch, null);
  } else {
    for (let j = 0; j < p; j++) {
      scratch.fill(0);
      const pairs: [number, number][] = [];
      for (let k = 0; k < p; k++) if (k !== j) pairs.push([j, k], [k, j]);
      test(pairs, v.xs, s.xs, Z, draws, coverage, stepdown, scratch);
      mark(scratch, j);
    }
  }
  const units = v.xs.map((x, j) => {
    let surelyAbove = 0;
    let surelyBelow = 0;
    for (let k = 0; k < p; k++) {
      surelyAbove += above[j * p + k]!;
      surelyBelow += below[j * p + k]!;
    }
    return {
      unit: v.names === null ? String(j + 1) : v.names[j]!,
      value: x,
      standardError: s.xs[j]!,
      rank: 1 + v.xs.filter((y) => y > x).length,
      lower: 1 + surelyAbove,
      upper: p - surelyBelow,
    };
  });
  return deepFreeze({ kind: "rankConfidenceSets" as const, coverage, simultaneous, stepdown, bootstrap: draws, seed, units }, showUncertainty);
}
