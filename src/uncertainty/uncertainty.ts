/**
 * Uncertainty analysis of a framework's ranks (OECD/JRC Handbook on Constructing Composite
 * Indicators, 2008, step 7; COINr's `get_sensitivity(SA_type = "UA")`): score the same rows many
 * times, each run drawing its methodological choices from the alternatives given, and summarise
 * where each unit's rank falls.
 * @module
 */
import { D, toNum } from "../decimal";
import { isPgiError, optionsOf } from "../errors";
import type { Finding } from "../findings";
import type { Framework } from "../framework/types";
import type { UnitRow } from "../scoring/types";
import { showUncertainty } from "./render";
import { deepFreeze } from "../util";
import { seedOf, whole } from "./options";
import { quantileSorted } from "./quantile";
import { below, uniform } from "./random";
import { drawWeights, planRuns, rankRun, type Alternatives, type Choice, type RunPlan } from "./runs";

/** Options of {@link uncertainty}. */
export interface UncertaintyOptions {
  /** Runs (default 1,000). */
  readonly runs?: number;
  /** Seed of the draws (default 1): the same seed gives byte-identical results. */
  readonly seed?: number;
  /** What a run may change; with none, every run is the nominal one. */
  readonly alternatives?: Alternatives;
}

/** One unit's ranks over the runs. */
export interface UnitRanks {
  readonly unit: string;
  /** The rank with the framework as given (null: no composite). */
  readonly nominal: number | null;
  /** Mean rank over the successful runs, rounded half-up to 2 decimals. */
  readonly mean: number | null;
  /** Median, 5 % and 95 % quantiles (type 7, as R and COINr), rounded half-up to 2 decimals. */
  readonly median: number | null;
  readonly q05: number | null;
  readonly q95: number | null;
}

/** What {@link uncertainty} returns. */
export interface Uncertainty {
  readonly kind: "uncertainty";
  readonly framework: string;
  readonly runs: number;
  readonly seed: number;
  /** The discrete factors drawn and their alternatives, as given. */
  readonly factors: readonly { readonly name: string; readonly choices: readonly unknown[] }[];
  /** How weights were drawn: `noise` (the factor), a count of `sets`, or none. */
  readonly weights: { readonly noise: number } | { readonly sets: number } | null;
  /** Per unit, in the order of the rows. */
  readonly units: readonly UnitRanks[];
  /** Per run, columnar: the index of each factor's alternative drawn, the weight set drawn (noise: null), and each unit's rank (0: no rank). */
  readonly perRun: {
    readonly picks: Readonly<Record<string, readonly number[]>>;
    readonly weightSet: readonly (number | null)[];
    /** ranks[u][r]: unit u's rank in run r. */
    readonly ranks: readonly (readonly number[])[];
  };
  /** Runs that failed, with the reason (their ranks are 0). */
  readonly failed: readonly { readonly run: number; readonly code: string; readonly message: string; readonly messageVi: string }[];
  /**
   * Warnings of the treatment and imputation alternatives, each naming them: a value an imputation
   * leaves missing (the unit then has no rank in those runs, as `scoreUnits` gives it none).
   * Present only when there is one.
   */
  readonly findings?: readonly Finding[];
}

/** Half-up to 2 decimals, through the Decimal clone. */
const round2 = (x: number): number => toNum(new D(x), 2);

/** Draw run r's choice from the plan. @internal */
export function drawChoice(plan: RunPlan, u: () => number): { choice: Choice; weightSet: number | null } {
  const picks = plan.factors.map((f) => below(u, f.choices.length));
  const w = plan.weights;
  const set = w?.kind === "sets" ? below(u, w.sets.length) : null;
  const weights = w === null ? { indicatorWeights: null, componentWeights: null } : drawWeights(plan, w.kind === "noise" ? u : null, set ?? 0);
  return { choice: { picks, ...weights }, weightSet: set };
}

/**
 * Uncertainty analysis: `runs` scorings of `rows`, each with the framework's normalisation,
 * aggregation, composite rule, weights, outlier treatment and imputation drawn from `alternatives`, and per unit its nominal rank
 * and the mean, median, 5 % and 95 % of its ranks. Every alternative (and every combination of
 * them) is validated before the first run; a run that still fails is listed in `failed` with its
 * reason, never skipped silently. The rows are read once; each combination of treatment and
 * imputation alternatives imputes and treats them once, before the first run; each run re-runs the engine's
 * normalise, aggregate, round and rank stages, so its ranks are those `scoreUnits` would give
 * with that framework. Ranks as COINr: highest composite first, ties share the best rank.
 * Frameworks and alternatives with z-score, rank, Borda… normalisations or geometric/harmonic
 * means and medians are scored exactly once per combination before the first run (a combination
 * the rows cannot take — a geometric mean over scores ≤ 0 — is a PgiError naming it and why); runs
 * with other weights then re-aggregate those scores in floating point.
 *
 * @throws {@link PgiError} for rows or a framework `scoreUnits` refuses, an alternative the
 * framework spec does not accept (naming it), weights noise outside [0, 1), or `runs`/`seed` out
 * of range.
 *
 * @example
 * ```ts
 * const fw = defineFramework({ id: "d", name: { vi: "D", en: "D" }, components: [{ id: "a" }, { id: "b" }],
 *   indicators: [{ id: "x", component: "a", direction: "higher" }, { id: "y", component: "b", direction: "higher" }] });
 * const rows = [{ unit: "P", indicators: { x: 1, y: 9 } }, { unit: "Q", indicators: { x: 5, y: 5 } }, { unit: "R", indicators: { x: 9, y: 1 } }];
 * const u = uncertainty(fw, rows, { runs: 200, alternatives: { weights: { noise: 0.5 } } });
 * u.units.map((x) => x.nominal);  // [1, 1, 1]
 * u.perRun.ranks[1].every((r) => r >= 1 && r <= 3);  // true
 * ```
 *
 * @example Methods beyond min–max with a mean, as alternatives: each combination is scored once
 * before the first run, and one these rows cannot take is refused, naming it.
 * ```ts
 * const fw = defineFramework({ id: "d", name: { vi: "D", en: "D" }, components: [{ id: "a" }, { id: "b" }],
 *   indicators: [{ id: "x", component: "a", direction: "higher" }, { id: "y", component: "b", direction: "higher" }] });
 * const rows = [{ unit: "P", indicators: { x: 1, y: 9 } }, { unit: "Q", indicators: { x: 5, y: 6 } }, { unit: "R", indicators: { x: 9, y: 1 } }];
 * const z = { method: "zscore", mean: 10, sd: 2 };
 * const u = uncertainty(fw, rows, { runs: 50, alternatives: { normalization: [{ method: "minmax", range: [1, 10] }, z], aggregation: ["mean", "geometricMean"] } });
 * u.failed.length;  // 0
 * let e; try { uncertainty(fw, rows, { alternatives: { normalization: [{ method: "zscore", mean: 0, sd: 1 }], aggregation: ["geometricMean"] } }); } catch (x) { e = x; }
 * e.path;  // ["options", "alternatives", "normalization[0]", "aggregation[0]"]
 * ```
 */
export function uncertainty(framework: Framework, rows: readonly UnitRow[], options?: UncertaintyOptions): Uncertainty {
  const o = optionsOf<UncertaintyOptions>(options, ["runs", "seed", "alternatives"]);
  const runs = whole(o.runs, "runs", 1, 100_000, 1000);
  const seed = seedOf(o.seed);
  const plan = planRuns(framework, rows, o.alternatives ?? {});
  const n = plan.p.n;
  const u = uniform(seed);
  const ranks = Array.from({ length: n }, () => new Array<number>(runs).fill(0));
  const picks: Record<string, number[]> = Object.fromEntries(plan.factors.map((f) => [f.name, new Array<number>(runs)]));
  const weightSet = new Array<number | null>(runs);
  const failed: Uncertainty["failed"][number][] = [];
  for (let r = 0; r < runs; r++) {
    const { choice, weightSet: set } = drawChoice(plan, u);
    plan.factors.forEach((f, i) => {
      picks[f.name]![r] = choice.picks[i]!;
    });
    weightSet[r] = set;
    try {
      const rank = rankRun(plan, choice);
      for (let k = 0; k < n; k++) ranks[k]![r] = rank[k]!;
    } catch (e) {
      if (!isPgiError(e)) throw e;
      failed.push({ run: r, code: e.code, message: e.message, messageVi: e.messageVi });
    }
  }
  const ok = new Set(failed.map((f) => f.run));
  const units: UnitRanks[] = plan.p.units.map((name, k) => {
    const xs = Float64Array.from(ranks[k]!.filter((x, r) => x > 0 && !ok.has(r))).sort();
    const nominal = plan.nominal[k]! > 0 ? plan.nominal[k]! : null;
    if (xs.length === 0) return { unit: name, nominal, mean: null, median: null, q05: null, q95: null };
    return {
      unit: name,
      nominal,
      mean: round2(xs.reduce((s, x) => s + x, 0) / xs.length),
      median: round2(quantileSorted(xs, 0.5)),
      q05: round2(quantileSorted(xs, 0.05)),
      q95: round2(quantileSorted(xs, 0.95)),
    };
  });
  const w = plan.weights;
  return deepFreeze(
    {
      kind: "uncertainty" as const,
      framework: plan.fw.id,
      runs,
      seed,
      factors: plan.factors,
      weights: w === null ? null : w.kind === "noise" ? { noise: w.noise } : { sets: w.sets.length },
      units,
      perRun: { picks, weightSet, ranks },
      failed,
      ...(plan.findings.length > 0 ? { findings: plan.findings } : {}),
    },
    showUncertainty,
  );
}
