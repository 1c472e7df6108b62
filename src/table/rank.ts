/**
 * Rankings, region summaries, rank goals and benchmarks over a score table.
 * @module
 */
import { D, toNum, type Dec } from "../decimal";
import { describe, optionsOf, PgiError } from "../errors";
import type { PgiScoreKey } from "../framework/names";
import { finding, type Finding } from "../findings";
import type { Region } from "../data/provinces";
import type { LocalizedText } from "../framework/types";
import { deepFreeze } from "../util";
import type { Framework } from "../framework/types";
import type { ScoreTable } from "./table";
import {
  collator,
  componentOf,
  decimalsOf,
  medianDec,
  needFramework,
  poolBy,
  poolOf,
  poolRow,
  poolValue,
  poolWith,
  type Pool,
  type PoolRow,
  type ScoredColumns,
  type ScoredUnits,
} from "./pool";

export { benchmark } from "./benchmark";
export type { Benchmark } from "./benchmark";
import { showTable } from "./render";

/**
 * What a table is ranked or measured by: `"composite"` or a PGI sub-index as code writes it
 * ({@link PgiScoreKey}); a misspelt literal does not compile. A value read at run time that is
 * only known to be a string is checked at run time (`UNKNOWN_SUBINDEX`).
 */
export type RankBy = "composite" | PgiScoreKey;

/** Options of {@link rank}. */
export interface RankOptions {
  /** `"composite"` (default) or any sub-index key `subIndex` accepts. */
  readonly by?: RankBy;
  /** Rank within each region instead of nationally. */
  readonly within?: "region";
}

/**
 * Options of {@link rank}, {@link regionSummary}, {@link rankGoal} and {@link benchmark} for a
 * scoring of your own framework (`scoreUnits` or `scoreColumns`).
 */
export interface OwnRankOptions<C extends string = string> {
  /** `"composite"` (default) or a component id (with `framework`, also a component's name or alias). */
  readonly by?: "composite" | C;
  /** Rank within each group (the units' `group`) instead of over all units. */
  readonly within?: "region";
  /**
   * The framework the units were scored with. A scoring carries only its id; its scales and
   * decimals are needed by `regionSummary`, `rankGoal` and the median benchmark.
   */
  readonly framework?: Framework<C>;
}

/** One row of a ranking. */
export interface RankedRow {
  readonly unit: string;
  readonly region: Region | null;
  /** The unit's `group` (rankings of a scoring only; a score table has regions). */
  readonly group?: string | null;
  /** The value ranked (2 dp; a scoring's at its framework's decimals): the composite (published when given) or a sub-index score. */
  readonly value: number;
  /** Standard competition rank: 1 + the number of units (in the group) with a strictly higher value. */
  readonly rank: number;
  /** The published rank of the card (composite rankings only), or `null`. */
  readonly publishedRank: number | null;
}

/** The result of {@link rank}. */
export interface Ranking {
  readonly kind: "ranking";
  readonly framework: string;
  /** The table's year; `null` for a scoring of your own framework. */
  readonly year: number | null;
  /** `"composite"` or a sub-index id. */
  readonly by: string;
  readonly within: "region" | null;
  /** Best first; ties in name order. */
  readonly rows: readonly RankedRow[];
  /**
   * `RANK_DIFFERS` (info) and `RANK_ORDER_CONFLICT` (warning) against published ranks;
   * `COMPOSITE_ONLY_LEFT_OUT` or, for a scoring, `UNSCORED_LEFT_OUT` (info).
   */
  readonly findings: readonly Finding[];
}

const REGION_ORDER = ["northernMidlandsMountains", "redRiverDelta", "northCentralCentralCoast", "centralHighlands", "southeast", "mekongDelta"];
const regionIndex = (id: string | null): number => (id === null ? 99 : REGION_ORDER.indexOf(id));

/** The order of groups: regions north to south; a scoring's groups as they first appear (no group last). */
function groupOrder(pool: Pool): (g: string | null) => number {
  if (!pool.own) return regionIndex;
  const first = new Map<string, number>();
  for (const r of pool.rows) if (r.group !== null && !first.has(r.group)) first.set(r.group, first.size);
  return (g) => (g === null ? Number.MAX_SAFE_INTEGER : first.get(g)!);
}

/** Standard competition ranks of values (higher is better): ties share, the next rank skips. @internal */
export function competitionRanks(values: readonly Dec[]): number[] {
  return values.map((v) => 1 + values.filter((w) => w.gt(v)).length);
}

function groupKey(pool: Pool, row: PoolRow, within: "region" | null): string {
  if (within === null) return "";
  if (row.group === null) {
    throw new PgiError(
      "INVALID_INPUT",
      pool.own
        ? {
            en: `${describe(row.unit)} has no group; ranking within groups needs a group for every unit (give each row a "group", or leave within out)`,
            vi: `${describe(row.unit, "vi")} không thuộc nhóm nào; xếp hạng trong từng nhóm cần mọi đơn vị có nhóm (ghi "group" cho từng dòng, hoặc bỏ within)`,
          }
        : {
            en: `${describe(row.unit)} has no region; ranking within regions needs provinces of the registry`,
            vi: `${describe(row.unit, "vi")} không thuộc vùng nào; xếp hạng trong vùng chỉ dùng được cho các tỉnh, thành phố trong danh mục`,
          },
      ["within"],
      { unit: row.unit },
    );
  }
  return row.group;
}

function withinOf(within: unknown): "region" | null {
  if (within === undefined) return null;
  if (within !== "region") {
    throw new PgiError(
      "INVALID_INPUT",
      { en: `within must be "region" or left out, got ${describe(within)}`, vi: `within phải là "region" hoặc bỏ trống, nhận được ${describe(within, "vi")}` },
      ["within"],
    );
  }
  return within;
}

/** A ranked value as a number: a table's at 2 dp, a scoring's as scored. */
const shown = (pool: Pool, v: Dec): number => (pool.own ? v.toNumber() : toNum(v));

/** The finding for units left out of a ranking by `by`. */
function leftOut(pool: Pool, left: number, by: string): Finding {
  if (!pool.own) {
    return finding(
      "info",
      "COMPOSITE_ONLY_LEFT_OUT",
      `${left} unit${left === 1 ? "" : "s"} known only by the composite ${left === 1 ? "is" : "are"} left out of this ${by} ranking`,
      `${left} đơn vị chỉ có điểm tổng hợp không được xếp hạng theo ${by}`,
      ["by"],
      { count: left },
    );
  }
  return finding(
    "info",
    "UNSCORED_LEFT_OUT",
    `${left} unit${left === 1 ? "" : "s"} without a ${by === "composite" ? "composite" : `${by} score`} (too many missing values) ${left === 1 ? "is" : "are"} left out of this ranking`,
    `${left} đơn vị không có ${by === "composite" ? "điểm tổng hợp" : `điểm ${by}`} (thiếu quá nhiều số liệu) không được xếp hạng`,
    ["by"],
    { count: left },
  );
}

/**
 * Rank the units of a table by the composite (default) or a sub-index, with standard
 * competition ranking on the exact 2-dp values: ties share a rank and the next rank skips
 * (1, 2, 2, 4). With `within: "region"` each region is ranked on its own.
 *
 * Composite-only entries take part in composite rankings; in sub-index rankings they are left out,
 * with an `info` finding `COMPOSITE_ONLY_LEFT_OUT`. Published ranks are never overwritten: for composite rankings, a unit whose computed rank
 * differs from its published one gets an `info` finding `RANK_DIFFERS` (expected when the table
 * holds only some provinces), and two units whose published order contradicts their scores get
 * a `warning` `RANK_ORDER_CONFLICT`.
 *
 * The units of your own framework rank the same way: pass the scoring of `scoreUnits` or
 * `scoreColumns` (or its JSON copy). Values are its scores at the framework's decimals, ranks as
 * a published table ranks them (so equal to the scoring's own `rank` over all units), and each
 * unit's `group` is its region: `within: "region"` ranks each group on its own. Units without a
 * score are left out with an `info` finding `UNSCORED_LEFT_OUT`.
 *
 * @throws {@link PgiError} `INVALID_INPUT` for a non-table, a bad `by` or `within`, or a unit
 * without a region (a scoring's unit without a group) when ranking within regions;
 * `UNKNOWN_SUBINDEX` for an unknown `by`.
 *
 * @example
 * ```ts
 * const t = scoreTable(["Hải Dương", "Bắc Ninh", "An Giang"].map((p) => publishedScoreCard(p, 2024)));
 * rank(t).rows.map((r) => [r.unit, r.value, r.rank]);
 * // [["Bắc Ninh", 27.78, 1], ["Hải Dương", 26.34, 2], ["An Giang", 24.49, 3]]
 * rank(t, { by: "compliance" }).rows[0].unit; // "Hải Dương"
 * const fw = defineFramework({ id: "dgi", name: { vi: "Chỉ số xanh cấp huyện", en: "District green index" },
 *   components: [{ id: "env" }], indicators: [{ id: "waste", component: "env", direction: "higher" }] });
 * const s = scoreUnits(fw, [{ unit: "A", group: "north", indicators: { waste: 90 } },
 *   { unit: "B", group: "south", indicators: { waste: 60 } }, { unit: "C", group: "south", indicators: { waste: 75 } }]);
 * rank(s, { within: "region" }).rows.map((r) => [r.unit, r.group, r.rank]);
 * // [["A", "north", 1], ["C", "south", 1], ["B", "south", 2]]
 * ```
 */
export function rank(table: ScoreTable, options?: RankOptions): Ranking;
export function rank<C extends string>(scoring: ScoredUnits<C> | ScoredColumns, options?: OwnRankOptions<C>): Ranking;
export function rank(table: ScoreTable | ScoredUnits | ScoredColumns, options: RankOptions | OwnRankOptions = {}): Ranking {
  const o = optionsOf<OwnRankOptions>(options, ["by", "within", "framework"]);
  const pool = poolOf(table, o.framework);
  const by = poolBy(pool, o.by);
  const within = withinOf(o.within);
  const ranked = poolWith(pool, by);
  const groups = new Map<string, PoolRow[]>();
  for (const row of ranked) {
    const k = groupKey(pool, row, within);
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  const ranks = new Map<PoolRow, number>();
  for (const rows of groups.values()) {
    const rs = competitionRanks(rows.map((r) => poolValue(r, by)!));
    rows.forEach((r, i) => {
      ranks.set(r, rs[i]!);
    });
  }
  const order = groupOrder(pool);
  const rows: RankedRow[] = ranked
    .map((r) => ({
      unit: r.unit,
      region: r.region,
      ...(pool.own ? { group: r.group } : {}),
      value: shown(pool, poolValue(r, by)!),
      rank: ranks.get(r)!,
      publishedRank: by === "composite" ? r.publishedRank : null,
      key: groupKey(pool, r, within),
    }))
    .sort((a, b) => (within ? order(a.key) - order(b.key) : 0) || a.rank - b.rank || collator(a.unit, b.unit))
    .map(({ key: _k, ...r }) => r);

  const findings: Finding[] = [];
  const left = pool.rows.length - ranked.length;
  if (left > 0) findings.push(leftOut(pool, left, by));
  if (by === "composite" && within === null) {
    for (const r of rows) {
      if (r.publishedRank !== null && r.publishedRank !== r.rank) {
        findings.push(
          finding(
            "info",
            "RANK_DIFFERS",
            `${r.unit}: computed rank ${r.rank} in this table of ${rows.length}, published rank ${r.publishedRank}; the published rank is kept`,
            `${r.unit}: hạng tính trong bảng ${rows.length} đơn vị là ${r.rank}, hạng công bố ${r.publishedRank}; giữ nguyên hạng công bố`,
            [r.unit],
            { unit: r.unit, computed: r.rank, published: r.publishedRank },
          ),
        );
      }
    }
    const withPublished = rows.filter((r) => r.publishedRank !== null).sort((a, b) => a.publishedRank! - b.publishedRank!);
    for (let i = 1; i < withPublished.length; i++) {
      const a = withPublished[i - 1]!;
      const b = withPublished[i]!;
      if (a.publishedRank! < b.publishedRank! && new D(String(a.value)).lt(b.value)) {
        findings.push(
          finding(
            "warning",
            "RANK_ORDER_CONFLICT",
            `${a.unit} is published at rank ${a.publishedRank} above ${b.unit} (rank ${b.publishedRank}) but scores lower (${a.value} < ${b.value}); check the figures`,
            `${a.unit} xếp hạng công bố ${a.publishedRank}, trên ${b.unit} (hạng ${b.publishedRank}) nhưng điểm thấp hơn (${a.value} < ${b.value}); cần kiểm tra số liệu`,
            [a.unit],
            { unit: a.unit, other: b.unit, rank: a.publishedRank!, otherRank: b.publishedRank!, value: a.value, otherValue: b.value },
          ),
        );
      }
    }
  }
  return deepFreeze({ kind: "ranking" as const, framework: pool.framework, year: pool.year, by, within, rows, findings }, showTable);
}

/** One region's statistics. Values at 2 dp (a scoring's at its framework's decimals), half-up. */
export interface RegionStats {
  /** `null` collects units outside the registry (and every group of a scoring). */
  readonly region: Region | null;
  /** The group (summaries of a scoring only); `null` collects the units without one. */
  readonly group?: string | null;
  readonly count: number;
  readonly mean: number;
  /** The middle value; for an even count the mean of the two middle values. */
  readonly median: number;
  readonly best: { readonly units: readonly string[]; readonly value: number };
  readonly worst: { readonly units: readonly string[]; readonly value: number };
}

/** The result of {@link regionSummary}. */
export interface RegionSummary {
  readonly kind: "regionSummary";
  readonly framework: string;
  /** The table's year; `null` for a scoring of your own framework. */
  readonly year: number | null;
  readonly by: string;
  readonly regions: readonly RegionStats[];
}

/**
 * Count, mean, median, best and worst per region, by the composite (default) or a sub-index.
 * Regions appear north to south; units outside the registry are grouped under `region: null`.
 * Means and medians are computed exactly and rounded half-up to 2 dp.
 *
 * For a scoring of your own framework (pass it and the framework: `{ framework }`), each `group`
 * is a region: groups appear in the order of the units, units without a group last under
 * `group: null`, and means and medians are rounded at the framework's decimals.
 *
 * @throws {@link PgiError} `INVALID_INPUT` for a non-table, a bad `by`, a scoring without its
 * framework, or a scoring none of whose units has a group.
 *
 * @example
 * ```ts
 * const t = scoreTable(["Hải Dương", "Bắc Ninh", "An Giang"].map((p) => publishedScoreCard(p, 2024)));
 * regionSummary(t).regions.map((r) => [r.region?.id, r.count, r.mean, r.best.units]);
 * // [["redRiverDelta", 2, 27.06, ["Bắc Ninh"]], ["mekongDelta", 1, 24.49, ["An Giang"]]]
 * ```
 */
export function regionSummary(table: ScoreTable, options?: { readonly by?: RankBy }): RegionSummary;
export function regionSummary<C extends string>(scoring: ScoredUnits<C> | ScoredColumns, options: OwnRankOptions<C>): RegionSummary;
export function regionSummary(table: ScoreTable | ScoredUnits | ScoredColumns, options: { readonly by?: RankBy } | OwnRankOptions = {}): RegionSummary {
  const o = optionsOf<OwnRankOptions>(options, ["by", "framework"]);
  const pool = poolOf(table, o.framework);
  const by = poolBy(pool, o.by);
  const dp = decimalsOf(pool, by, {
    en: "its means and medians are rounded at the framework's decimals",
    vi: "trung bình và trung vị được làm tròn theo số chữ số thập phân của bộ chỉ số",
  });
  const order: (string | null)[] = [];
  const groups = new Map<string | null, PoolRow[]>();
  const rowsBy = poolWith(pool, by);
  for (const row of rowsBy) {
    const k = row.group;
    if (!groups.has(k)) order.push(k);
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  if (pool.own && rowsBy.length > 0 && order.length === 1 && order[0] === null) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: 'no scored unit has a group; a summary by group needs each unit\'s "group" (district type, area…) in the rows given to scoreUnits',
        vi: 'không đơn vị nào đã chấm điểm có nhóm; tổng hợp theo nhóm cần ghi "group" (loại huyện, khu vực…) cho từng dòng số liệu đưa vào scoreUnits',
      },
      ["table", "units"],
    );
  }
  const rank = groupOrder(pool);
  order.sort((a, b) => rank(a) - rank(b));
  const regions = order.map((k) => {
    const rows = groups.get(k)!;
    const values = rows.map((r) => poolValue(r, by)!);
    const max = D.max(...values);
    const min = D.min(...values);
    const sum = values.reduce((a, v) => a.plus(v), new D(0));
    return {
      region: rows[0]!.region,
      ...(pool.own ? { group: k } : {}),
      count: rows.length,
      mean: toNum(sum.div(rows.length), dp),
      median: toNum(medianDec(values), dp),
      best: { units: rows.filter((_, i) => values[i]!.eq(max)).map((r) => r.unit), value: toNum(max, dp) },
      worst: { units: rows.filter((_, i) => values[i]!.eq(min)).map((r) => r.unit), value: toNum(min, dp) },
    };
  });
  return deepFreeze({ kind: "regionSummary" as const, framework: pool.framework, year: pool.year, by, regions }, showTable);
}

/** Options of {@link rankGoal}. */
export interface RankGoalOptions {
  /** `"composite"` (default) or any sub-index key. */
  readonly by?: RankBy;
  /** Count only units of the same region ("đứng đầu khu vực"). */
  readonly within?: "region";
}

/** The result of {@link rankGoal}. */
export interface RankGoal {
  readonly kind: "rankGoal";
  readonly framework: string;
  /** The table's year; `null` for a scoring of your own framework. */
  readonly year: number | null;
  readonly unit: string;
  readonly by: string;
  readonly within: "region" | null;
  readonly targetRank: number;
  /** How many units compete (the table, or the unit's region). */
  readonly competitors: number;
  readonly currentValue: number;
  readonly currentRank: number;
  /** The lowest score at the published precision that reaches rank ≤ targetRank if every other unit keeps its score. */
  readonly requiredValue: number;
  /** max(0, requiredValue − currentValue). */
  readonly increase: number;
  readonly alreadyThere: boolean;
  /** `false` when requiredValue exceeds the scale maximum. */
  readonly feasible: boolean;
  /**
   * The scale maximum of what is ranked (10 for a PGI sub-index, 40 for the PGI composite; your
   * framework's own scale for a scoring), or `null` when the scale has no upper end (a component
   * without a fixed scale — rank, z-score… — or an unbounded one).
   */
  readonly max: number | null;
  /** PGI scores are relative: the real threshold moves with the other provinces. */
  readonly note: LocalizedText;
}

const RELATIVE_NOTE: LocalizedText = {
  vi: "Lưu ý: điểm PGI là điểm tương đối (chuẩn hoá theo các tỉnh khác), nên ngưỡng thực tế sẽ thay đổi khi các tỉnh khác cải thiện; mức điểm này giả định điểm của các tỉnh khác giữ nguyên.",
  en: "Note: PGI scores are relative (rescaled across provinces), so the real threshold moves as other provinces improve; this score assumes every other unit keeps its current score.",
};

const OWN_NOTE: LocalizedText = {
  vi: "Lưu ý: mức điểm này giả định điểm của các đơn vị khác giữ nguyên; với cách chuẩn hoá theo các đơn vị (min–max, thứ hạng, z-score…) điểm là tương đối, nên ngưỡng thực tế thay đổi khi các đơn vị khác thay đổi. Để biết giá trị chỉ tiêu cần đạt, dùng solveFor.",
  en: "Note: this score assumes every other unit keeps its current score; under a normalisation across units (min–max, ranks, z-scores…) scores are relative, so the real threshold moves as the other units change. For the indicator value that reaches a rank, use solveFor.",
};

/** The scale of what `by` measures, with `null` as maximum when it has no upper end. */
function scaleOf(fw: Framework, by: string): { min: number; max: number | null } {
  if (by === "composite") {
    const open = [...fw.components, ...(fw.subComponents ?? [])].some((c) => c.freeScale || c.unbounded);
    return { min: fw.composite.scale.min, max: open ? null : fw.composite.scale.max };
  }
  const c = componentOf(fw, by);
  return { min: c.scale.min, max: c.freeScale || c.unbounded ? null : c.scale.max };
}

/**
 * What score puts a unit at rank ≤ `targetRank`, if every other unit keeps its current score.
 *
 * With standard competition ranking a unit's rank is 1 + the number of others scoring strictly
 * higher, so the lowest score that reaches rank *k* is the *k*-th highest score among the others
 * (a tie with the unit at rank *k* is enough); with fewer than *k* others any score on the scale
 * reaches it (the scale minimum is returned). Scores are at the published precision (2 dp), so
 * 0.01 less does not reach the rank when the unit is not already there. `increase` is
 * max(0, required − current); `feasible` is false when the required score exceeds the scale
 * maximum. The result carries a note that PGI scores are relative.
 *
 * For a scoring of your own framework pass the framework too (`{ framework }`): scores are at its
 * decimals, `max` is its scale's maximum (`null` when the scale has no upper end, and then any
 * score is feasible), and `within: "region"` counts the units of the same `group`.
 *
 * @throws {@link PgiError} `UNKNOWN_UNIT` when the unit is not in the table; `INVALID_INPUT` for a
 * target rank that is not a whole number from 1 to the number of competitors, a scoring without
 * its framework, or a unit the scoring could not score.
 *
 * @example
 * ```ts
 * const t = scoreTable(["Hải Dương", "Bắc Ninh", "An Giang"].map((p) => publishedScoreCard(p, 2024)));
 * const g = rankGoal(t, "An Giang", 1);
 * [g.currentRank, g.requiredValue, g.increase, g.feasible]; // [3, 27.78, 3.29, true]
 * rankGoal(t, "An Giang", 1, { by: "pollution" }).alreadyThere; // false
 * ```
 */
export function rankGoal(table: ScoreTable, unit: string, targetRank: number, options?: RankGoalOptions): RankGoal;
export function rankGoal<C extends string>(scoring: ScoredUnits<C> | ScoredColumns, unit: string, targetRank: number, options: OwnRankOptions<C>): RankGoal;
export function rankGoal(
  table: ScoreTable | ScoredUnits | ScoredColumns,
  unit: string,
  targetRank: number,
  options: RankGoalOptions | OwnRankOptions = {},
): RankGoal {
  const o = optionsOf<OwnRankOptions>(options, ["by", "within", "framework"]);
  const pool = poolOf(table, o.framework);
  const by = poolBy(pool, o.by);
  const within = withinOf(o.within);
  const fw = needFramework(pool, { en: "a rank goal needs its scale", vi: "mục tiêu thứ hạng cần thang điểm của bộ chỉ số" });
  const row = poolRow(pool, unit);
  if (poolValue(row, by) === null) {
    const name = fw.components.find((c) => c.id === by)?.name.vi ?? by;
    throw new PgiError(
      "INVALID_INPUT",
      pool.own
        ? {
            en: `${describe(row.unit)} has no ${by} score (too many missing values); a rank goal needs its score`,
            vi: `${describe(row.unit, "vi")} không có điểm ${by === "composite" ? "tổng hợp" : `"${name}"`} (thiếu quá nhiều số liệu); mục tiêu thứ hạng cần điểm hiện tại của đơn vị`,
          }
        : {
            en: `${describe(row.unit)} is known only by its composite; a ${by} goal needs its sub-index scores`,
            vi: `${describe(row.unit, "vi")} chỉ có điểm tổng hợp; mục tiêu về "${name}" cần điểm các chỉ số thành phần`,
          },
      ["by"],
    );
  }
  const pool2 = poolWith(pool, by).filter((r) => within === null || groupKey(pool, r, within) === groupKey(pool, row, within));
  if (typeof targetRank !== "number" || !Number.isInteger(targetRank) || targetRank < 1 || targetRank > pool2.length) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `targetRank must be a whole number from 1 to ${pool2.length}, got ${describe(targetRank)}`,
        vi: `hạng mục tiêu (targetRank) phải là số nguyên từ 1 đến ${pool2.length}, nhận được ${describe(targetRank, "vi")}`,
      },
      ["targetRank"],
      { competitors: pool2.length },
    );
  }
  const scale = pool.own ? scaleOf(fw, by) : by === "composite" ? fw.composite.scale : fw.components.find((c) => c.id === by)!.scale;
  const others = pool2
    .filter((r) => r !== row)
    .map((r) => poolValue(r, by)!)
    .sort((a, b) => b.comparedTo(a));
  const current = poolValue(row, by)!;
  const currentRank = 1 + others.filter((v) => v.gt(current)).length;
  const required = targetRank <= others.length ? others[targetRank - 1]! : new D(scale.min);
  const increase = D.max(required.minus(current), 0);
  return deepFreeze(
    {
      kind: "rankGoal" as const,
      framework: pool.framework,
      year: pool.year,
      unit: row.unit,
      by,
      within,
      targetRank,
      competitors: pool2.length,
      currentValue: shown(pool, current),
      currentRank,
      requiredValue: shown(pool, required),
      increase: shown(pool, increase),
      alreadyThere: currentRank <= targetRank,
      feasible: scale.max === null || required.lte(scale.max),
      max: scale.max,
      note: pool.own ? OWN_NOTE : RELATIVE_NOTE,
    },
    showTable,
  );
}
