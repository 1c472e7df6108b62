/**
 * How likely a rank is: a unit's rank with a given composite when the other units move as they
 * have moved before. The other units' year-on-year changes are resampled by whole years, so the
 * changes of one run come from one year and keep their correlation (a year in which most
 * provinces rose is drawn as a whole).
 *
 * Arithmetic: every score and change is an integer count of the table's smallest unit (10^−d
 * for d decimals), so a run's scores are exact; probabilities are counts divided by runs.
 * @module
 */
import { D, toNum } from "../decimal";
import { describe, optionsOf, PgiError } from "../errors";
import { parseScoreOnScale } from "../scorecard/scorecard";
import { asTable, findRow, tableFramework, type ScoreTable } from "../table/table";
import { foldName, deepFreeze } from "../util";
import { showUncertainty } from "./render";
import { below, uniform } from "./random";
import { seedOf, whole } from "./options";

/** Options of {@link rankProbability} and {@link scoreForRankProbability}. */
export interface RankProbabilityOptions {
  /** Earlier score tables of the same units (at least one year before the table's). */
  readonly history: readonly ScoreTable[];
  /** Simulated years (default 10,000). */
  readonly runs?: number;
  /** Seed of the draws (default 1): the same seed gives the same result. */
  readonly seed?: number;
}

/** One rank and how likely it is. */
export interface RankChance {
  readonly rank: number;
  /** Runs that gave this rank (for `atOrAbove`: this rank or better). */
  readonly count: number;
  /** count / runs, rounded half-up to 6 decimals. */
  readonly probability: number;
}

/** What {@link rankProbability} returns. */
export interface RankProbability {
  readonly kind: "rankProbability";
  readonly framework: string;
  readonly year: number;
  readonly unit: string;
  readonly score: number;
  readonly runs: number;
  readonly seed: number;
  /** The year-on-year changes drawn from, as `[from, to]` years. */
  readonly changes: readonly (readonly [number, number])[];
  /** Other units with no change in any of those years: they keep their score in every run. */
  readonly fixed: readonly string[];
  /** Every rank from 1 to the number of units. */
  readonly ranks: readonly RankChance[];
  /** The chance of each rank or better. */
  readonly atOrAbove: readonly RankChance[];
  /** The ranks between which the unit falls with probability `level` (5 % and 95 % of runs). */
  readonly interval: { readonly level: number; readonly low: number; readonly high: number };
}

/** What {@link scoreForRankProbability} returns. */
export interface ScoreForRankProbability {
  readonly kind: "scoreForRankProbability";
  readonly framework: string;
  readonly year: number;
  readonly unit: string;
  readonly rank: number;
  readonly probability: number;
  /** The lowest score (at the table's decimals) reaching `rank` or better with at least `probability`; `null` if none on the scale does. */
  readonly score: number | null;
  /** The chance the scale's maximum gives, when `score` is `null`; else the chance `score` gives. */
  readonly achieved: number;
  readonly runs: number;
  readonly seed: number;
  readonly changes: readonly (readonly [number, number])[];
  readonly fixed: readonly string[];
}

interface Simulation {
  readonly table: ScoreTable;
  readonly unit: string;
  readonly unitsTotal: number;
  /** Others' scores of each run, in smallest units: others[r·m + k]. */
  readonly others: Int32Array;
  readonly m: number;
  readonly runs: number;
  readonly seed: number;
  readonly factor: number;
  readonly decimals: number;
  readonly changes: (readonly [number, number])[];
  readonly fixed: string[];
}

/** Draw the other units' scores of every run. */
function simulate(tableIn: unknown, unitIn: unknown, optionsIn: unknown): Simulation {
  const table = asTable(tableIn);
  const row = findRow(table, unitIn);
  const o = optionsOf<RankProbabilityOptions>(optionsIn, ["history", "runs", "seed"]);
  const runs = whole(o.runs, "runs", 1, 1_000_000, 10_000);
  const seed = seedOf(o.seed);
  const fw = tableFramework(table);
  const decimals = fw.composite.decimals;
  const factor = 10 ** decimals;
  if (!Array.isArray(o.history) || o.history.length === 0) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `options.history must be a list of earlier score tables of the same units (at least one), got ${describe(o.history)}`,
        vi: `options.history phải là danh sách các bảng điểm các năm trước của cùng các đơn vị (ít nhất một bảng), nhận được ${describe(o.history, "vi")}`,
      },
      ["options", "history"],
    );
  }
  const tables = o.history.map((t, i) => asTable(t, ["options", "history", i]));
  tables.forEach((t, i) => {
    if (t.framework !== table.framework || t.year >= table.year) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `history[${i}] must be a ${table.framework} table of a year before ${table.year}, got ${t.framework} ${t.year}`,
          vi: `history[${i}] phải là bảng ${table.framework} của một năm trước ${table.year}, nhận được ${t.framework} ${t.year}`,
        },
        ["options", "history", i],
      );
    }
  });
  const years = [...tables, table].sort((a, b) => a.year - b.year);
  for (let i = 1; i < years.length; i++) {
    if (years[i]!.year === years[i - 1]!.year) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `two history tables are of the year ${years[i]!.year}; give one table a year`,
          vi: `có hai bảng điểm cùng năm ${years[i]!.year}; mỗi năm chỉ một bảng`,
        },
        ["options", "history"],
      );
    }
  }
  const key = (u: string): string => foldName(u);
  const scoreOf = (t: ScoreTable): Map<string, number> => new Map(t.rows.map((r) => [key(r.unit), Math.round(r.composite * factor)]));
  const maps = years.map(scoreOf);
  const changes: (readonly [number, number])[] = [];
  const deltas: Map<string, number>[] = [];
  for (let i = 1; i < years.length; i++) {
    const d = new Map<string, number>();
    for (const [u, v] of maps[i]!) {
      const before = maps[i - 1]!.get(u);
      if (before !== undefined) d.set(u, v - before);
    }
    changes.push([years[i - 1]!.year, years[i]!.year]);
    deltas.push(d);
  }
  const otherRows = table.rows.filter((r) => r !== row);
  const m = otherRows.length;
  const current = Int32Array.from(otherRows, (r) => Math.round(r.composite * factor));
  // change[y][k]: unit k's change in year y, or NONE; own[k]: the years in which unit k has one.
  const names = otherRows.map((r) => key(r.unit));
  const change = deltas.map((d) => Float64Array.from(names, (n) => d.get(n) ?? Number.NaN));
  const own = names.map((_n, k) => change.flatMap((c, y) => (Number.isNaN(c[k]!) ? [] : [y])));
  const fixed = otherRows.filter((_r, k) => own[k]!.length === 0).map((r) => r.unit);
  const u = uniform(seed);
  const others = new Int32Array(runs * m);
  for (let r = 0; r < runs; r++) {
    const c = change[below(u, change.length)]!;
    for (let k = 0; k < m; k++) {
      let v = c[k]!;
      if (Number.isNaN(v)) {
        // A unit missing from the year drawn takes its change from another year it has (none: 0).
        const mine = own[k]!;
        v = mine.length === 0 ? 0 : change[mine[below(u, mine.length)]!]![k]!;
      }
      others[r * m + k] = current[k]! + v;
    }
  }
  return { table, unit: row.unit, unitsTotal: m + 1, others, m, runs, seed, factor, decimals, changes, fixed };
}

function chance(count: number, runs: number): number {
  return toNum(new D(count).div(runs), 6);
}

/**
 * How likely `unit` reaches each rank with the composite `score`, when the other units of `table`
 * change as they changed between the years of `history` (and the table): each run draws one
 * year's changes for all of them (a unit missing from that year takes its change from another year
 * it has; one with none keeps its score and is listed in `fixed`). Ranks as published: highest
 * composite first, ties share the best rank. Same seed, same result.
 *
 * @throws {@link PgiError} for a table or history that is not a score table, history of another
 * framework or of a year not before the table's, a unit not in the table, a score off the scale,
 * or `runs`/`seed` out of range.
 *
 * @example
 * ```ts
 * const t = publishedTable(2023);
 * const p = rankProbability(t, "Lạng Sơn", 24.5, { history: [publishedTable(2022)], runs: 1000 });
 * p.atOrAbove.length === t.rows.length;                  // true
 * p.ranks.reduce((s, r) => s + r.count, 0);              // 1000
 * ```
 */
export function rankProbability(table: ScoreTable, unit: string, score: number | string, options: RankProbabilityOptions): RankProbability {
  const fw = tableFramework(asTable(table));
  const decimals = fw.composite.decimals;
  // A score with more decimals than the table's is rounded half-up to them, as published figures are.
  const parsed = parseScoreOnScale(score, fw.composite.scale.min, fw.composite.scale.max, ["score"], { en: "score", vi: "điểm" });
  const rounded = toNum(parsed, decimals);
  const sim = simulate(table, unit, options);
  const value = Math.round(rounded * sim.factor);
  const counts = new Int32Array(sim.unitsTotal + 1);
  for (let r = 0; r < sim.runs; r++) {
    let above = 0;
    const base = r * sim.m;
    for (let k = 0; k < sim.m; k++) if (sim.others[base + k]! > value) above++;
    counts[above + 1]!++;
  }
  const ranks: RankChance[] = [];
  const atOrAbove: RankChance[] = [];
  let cum = 0;
  let low = 0;
  let high = 0;
  for (let rank = 1; rank <= sim.unitsTotal; rank++) {
    cum += counts[rank]!;
    ranks.push({ rank, count: counts[rank]!, probability: chance(counts[rank]!, sim.runs) });
    atOrAbove.push({ rank, count: cum, probability: chance(cum, sim.runs) });
    if (low === 0 && cum >= 0.05 * sim.runs) low = rank;
    if (high === 0 && cum >= 0.95 * sim.runs) high = rank;
  }
  return deepFreeze(
    {
      kind: "rankProbability" as const,
      framework: sim.table.framework,
      year: sim.table.year,
      unit: sim.unit,
      score: value / sim.factor,
      runs: sim.runs,
      seed: sim.seed,
      changes: sim.changes,
      fixed: sim.fixed,
      ranks,
      atOrAbove,
      interval: { level: 0.9, low, high },
    },
    showUncertainty,
  );
}

/**
 * The lowest composite, at the table's decimals, with which `unit` reaches `rank` or better in at
 * least `probability` of the runs of {@link rankProbability} (same draws for the same seed): the
 * probabilistic rank goal. In each run the score needed is the `rank`-th highest of the others
 * (a tie shares the rank); the answer is the smallest score that at least ⌈probability · runs⌉
 * runs accept. `null` when even the scale's maximum does not reach it (`achieved` then says how
 * likely the maximum makes it).
 *
 * @throws {@link PgiError} as {@link rankProbability}, and for a rank outside 1…units or a
 * probability outside (0, 1].
 *
 * @example
 * ```ts
 * const g = scoreForRankProbability(publishedTable(2023), "Lạng Sơn", 20, 0.8,
 *   { history: [publishedTable(2022)], runs: 1000 });
 * g.achieved >= 0.8;   // true
 * ```
 */
export function scoreForRankProbability(
  table: ScoreTable,
  unit: string,
  rank: number,
  probability: number,
  options: RankProbabilityOptions,
): ScoreForRankProbability {
  const sim = simulate(table, unit, options);
  const target = whole(rank, "rank", 1, sim.unitsTotal, Number.NaN, ["rank"]);
  if (typeof probability !== "number" || !(probability > 0 && probability <= 1)) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `probability must be a number above 0 and at most 1 (0.8 for 80 %), got ${describe(probability)}`,
        vi: `xác suất phải là một số lớn hơn 0 và không quá 1 (0,8 là 80 %), nhận được ${describe(probability, "vi")}`,
      },
      ["probability"],
    );
  }
  const fw = tableFramework(sim.table);
  const min = Math.round(fw.composite.scale.min * sim.factor);
  const max = Math.round(fw.composite.scale.max * sim.factor);
  const needed = new Int32Array(sim.runs);
  const row = new Int32Array(sim.m);
  for (let r = 0; r < sim.runs; r++) {
    row.set(sim.others.subarray(r * sim.m, (r + 1) * sim.m));
    row.sort();
    // The rank-th highest other: reaching it ties it and shares the rank.
    needed[r] = target <= sim.m ? Math.max(row[sim.m - target]!, min) : min;
  }
  needed.sort();
  const k = Math.ceil(new D(probability).times(sim.runs).toNumber());
  const need = needed[k - 1]!;
  const score = need <= max ? need : null;
  const at = score ?? max;
  let ok = 0;
  for (let r = 0; r < sim.runs; r++) if (needed[r]! <= at) ok++;
  return deepFreeze(
    {
      kind: "scoreForRankProbability" as const,
      framework: sim.table.framework,
      year: sim.table.year,
      unit: sim.unit,
      rank: target,
      probability,
      score: score === null ? null : toNum(new D(score).div(sim.factor), sim.decimals),
      achieved: chance(ok, sim.runs),
      runs: sim.runs,
      seed: sim.seed,
      changes: sim.changes,
      fixed: sim.fixed,
    },
    showUncertainty,
  );
}
