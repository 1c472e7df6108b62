/**
 * Sensitivity analysis of a framework's ranks to its methodological choices (COINr's
 * `get_sensitivity(SA_type = "SA")`): each choice given alternatives is a factor; the Saltelli
 * design draws n·(d + 2) runs, and the first-order and total indices of each factor are
 * estimated on the mean absolute rank shift from the nominal ranks (COINr's default output), by
 * {@link sobolIndices}.
 * @module
 */
import { optionsOf, PgiError } from "../errors";
import type { Finding } from "../findings";
import type { Framework } from "../framework/types";
import type { UnitRow } from "../scoring/types";
import { showUncertainty } from "./render";
import { deepFreeze } from "../util";
import { seedOf, whole } from "./options";
import { uniform } from "./random";
import { drawWeights, planRuns, rankRun, type Alternatives, type Choice } from "./runs";
import { sobolIndices } from "./sobol";

/** Options of {@link sensitivity}. */
export interface SensitivityOptions {
  /** Rows of each Saltelli matrix (default 1,000): n·(factors + 2) runs. */
  readonly n?: number;
  readonly seed?: number;
  /** What may change: each key given is a factor. */
  readonly alternatives: Alternatives;
  /** Bootstrap resamples for the 5–95 % intervals (default 100). */
  readonly bootstrap?: number;
}

/** One factor's indices. */
export interface FactorSensitivity {
  /** `normalization`, `aggregation`, `composite`, `treatment`, `imputation` or `weights`. */
  readonly factor: string;
  readonly firstOrder: number;
  readonly total: number;
  readonly firstOrderInterval: readonly [number, number] | null;
  readonly totalInterval: readonly [number, number] | null;
}

/** What {@link sensitivity} returns. */
export interface Sensitivity {
  readonly kind: "sensitivity";
  readonly framework: string;
  readonly n: number;
  readonly runs: number;
  readonly seed: number;
  readonly bootstrap: number;
  /** The variance of the mean absolute rank shift over the runs. */
  readonly variance: number;
  readonly factors: readonly FactorSensitivity[];
  /** Warnings of the treatment and imputation alternatives, as uncertainty's (present only when there is one). */
  readonly findings?: readonly Finding[];
}

/** Noisy weight sets a weights factor chooses among. */
const NOISY_SETS = 100;

/**
 * Sensitivity of the ranks to each methodological choice: the Saltelli design (matrices A and B
 * and one A_B per factor, n·(d + 2) runs), first-order indices after Saltelli 2010 and total
 * indices after Jansen 1999, on the mean absolute rank shift of the units from their nominal
 * ranks, with bootstrap 5–95 % intervals. The factors are the keys given: `normalization`,
 * `aggregation`, `composite`, `treatment`, `imputation` (each combination of the last two imputes
 * and treats the raw values once, before the first run) and `weights`. A discrete factor's coordinate picks one of its
 * alternatives with equal probability; weights noise is a factor choosing among 100 noisy weight
 * sets drawn from the seed. Every alternative is validated before the first run. The points of
 * the design are a randomised Sobol' sequence (see {@link sobolIndices}), so the same seed gives
 * the same result.
 *
 * @throws {@link PgiError} as {@link uncertainty}, and `INVALID_INPUT` when no alternative is
 * given (there is no factor to study).
 *
 * @example
 * ```ts
 * const fw = defineFramework({ id: "d", name: { vi: "D", en: "D" }, components: [{ id: "a" }, { id: "b" }],
 *   indicators: [{ id: "x", component: "a", direction: "higher" }, { id: "y", component: "b", direction: "higher" }] });
 * const rows = [{ unit: "P", indicators: { x: 1, y: 9 } }, { unit: "Q", indicators: { x: 5, y: 6 } }, { unit: "R", indicators: { x: 9, y: 1 } }];
 * const s = sensitivity(fw, rows, { n: 200, bootstrap: 0, alternatives: { weights: { noise: 0.5 }, normalization: [{ method: "minmax", range: [1, 10] }] } });
 * s.factors.map((f) => f.factor);   // ["normalization", "weights"]
 * s.factors[0].total;               // 0
 * ```
 */
export function sensitivity(framework: Framework, rows: readonly UnitRow[], options: SensitivityOptions): Sensitivity {
  const o = optionsOf<SensitivityOptions>(options, ["n", "seed", "alternatives", "bootstrap"]);
  const n = whole(o.n, "n", 2, 100_000, 1000);
  const boots = whole(o.bootstrap, "bootstrap", 0, 10_000, 100);
  const seed = seedOf(o.seed);
  const plan = planRuns(framework, rows, o.alternatives ?? {});
  const names = [...plan.factors.map((f) => f.name as string), ...(plan.weights === null ? [] : ["weights"])];
  if (names.length === 0) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: "give at least one alternative (weights, normalization, aggregation, composite, treatment or imputation): each is a factor",
        vi: "hãy cho ít nhất một phương án (weights, normalization, aggregation, composite, treatment hoặc imputation): mỗi phương án là một yếu tố",
      },
      ["options", "alternatives"],
    );
  }
  const w = plan.weights;
  const u = uniform(seed);
  const weightSets =
    w === null ? [] : w.kind === "sets" ? w.sets.map((_s, i) => drawWeights(plan, null, i)) : Array.from({ length: NOISY_SETS }, () => drawWeights(plan, u, 0));
  const nominal = plan.nominal;
  const model = (point: readonly number[]): number => {
    const picks = plan.factors.map((f, i) => Math.min(f.choices.length - 1, Math.floor(point[i]! * f.choices.length)));
    const weights =
      w === null
        ? { indicatorWeights: null, componentWeights: null }
        : weightSets[Math.min(weightSets.length - 1, Math.floor(point[plan.factors.length]! * weightSets.length))]!;
    const choice: Choice = { picks, ...weights };
    const rank = rankRun(plan, choice);
    let shift = 0;
    let count = 0;
    for (let k = 0; k < rank.length; k++) {
      if (rank[k]! > 0 && nominal[k]! > 0) {
        shift += Math.abs(rank[k]! - nominal[k]!);
        count++;
      }
    }
    return count === 0 ? 0 : shift / count;
  };
  const s = sobolIndices(model, names.length, { n, seed, bootstrap: boots });
  return deepFreeze(
    {
      kind: "sensitivity" as const,
      framework: plan.fw.id,
      n,
      runs: s.runs,
      seed,
      bootstrap: boots,
      variance: s.variance,
      factors: s.indices.map((ix, i) => ({
        factor: names[i]!,
        firstOrder: ix.firstOrder,
        total: ix.total,
        firstOrderInterval: ix.firstOrderInterval,
        totalInterval: ix.totalInterval,
      })),
      ...(plan.findings.length > 0 ? { findings: plan.findings } : {}),
    },
    showUncertainty,
  );
}
