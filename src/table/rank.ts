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
import { asTable, byId, findRow, rowsWith, tableFramework, valueOf, type ScoreTable, type TableRow } from "./table";
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

/** One row of a ranking. */
export interface RankedRow {
  readonly unit: string;
  readonly region: Region | null;
  /** The value ranked (2 dp): the composite (published when given) or a sub-index score. */
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
  readonly year: number;
  /** `"composite"` or a sub-index id. */
  readonly by: string;
  readonly within: "region" | null;
  /** Best first; ties in name order. */
  readonly rows: readonly RankedRow[];
  /** `RANK_DIFFERS` (info) and `RANK_ORDER_CONFLICT` (warning) against published ranks. */
  readonly findings: readonly Finding[];
}

const REGION_ORDER = ["northernMidlandsMountains", "redRiverDelta", "northCentralCentralCoast", "centralHighlands", "southeast", "mekongDelta"];
const regionIndex = (id: string | null): number => (id === null ? 99 : REGION_ORDER.indexOf(id));

function collator(a: string, b: string): number {
  return a.localeCompare(b, "vi");
}

/** Standard competition ranks of values (higher is better): ties share, the next rank skips. @internal */
export function competitionRanks(values: readonly Dec[]): number[] {
  return values.map((v) => 1 + values.filter((w) => w.gt(v)).length);
}

function groupKey(row: TableRow, within: "region" | null): string {
  if (within === null) return "";
  if (row.region === null) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `${describe(row.unit)} has no region; ranking within regions needs provinces of the registry`,
        vi: `${describe(row.unit, "vi")} không thuộc vùng nào; xếp hạng trong vùng chỉ dùng được cho các tỉnh, thành phố trong danh mục`,
      },
      ["within"],
      { unit: row.unit },
    );
  }
  return row.region.id;
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
 * @throws {@link PgiError} `INVALID_INPUT` for a non-table, a bad `by` or `within`, or a unit
 * without a region when ranking within regions; `UNKNOWN_SUBINDEX` for an unknown `by`.
 *
 * @example
 * ```ts
 * const t = scoreTable(["Hải Dương", "Bắc Ninh", "An Giang"].map((p) => publishedScoreCard(p, 2024)));
 * rank(t).rows.map((r) => [r.unit, r.value, r.rank]);
 * // [["Bắc Ninh", 27.78, 1], ["Hải Dương", 26.34, 2], ["An Giang", 24.49, 3]]
 * rank(t, { by: "compliance" }).rows[0].unit; // "Hải Dương"
 * ```
 */
export function rank(table: ScoreTable, options: RankOptions = {}): Ranking {
  table = asTable(table);
  options = optionsOf<RankOptions>(options, ["by", "within"]);
  const by = byId(table, options.by);
  const within = options.within ?? null;
  if (within !== null && within !== "region") {
    throw new PgiError("INVALID_INPUT", { en: `within must be "region" or left out, got ${describe(within)}`, vi: `within phải là "region" hoặc bỏ trống, nhận được ${describe(within, "vi")}` }, ["within"]);
  }
  const pool = rowsWith(table.rows, by);
  const groups = new Map<string, TableRow[]>();
  for (const row of pool) {
    const k = groupKey(row, within);
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  const ranked = new Map<TableRow, number>();
  for (const rows of groups.values()) {
    const ranks = competitionRanks(rows.map((r) => valueOf(r, by)));
    rows.forEach((r, i) => ranked.set(r, ranks[i]!));
  }
  const rows: RankedRow[] = pool
    .map((r) => ({
      unit: r.unit,
      region: r.region,
      value: toNum(valueOf(r, by)),
      rank: ranked.get(r)!,
      publishedRank: by === "composite" ? r.publishedRank : null,
      group: groupKey(r, within),
    }))
    .sort((a, b) => (within ? regionIndex(a.group) - regionIndex(b.group) : 0) || a.rank - b.rank || collator(a.unit, b.unit))
    .map(({ group: _g, ...r }) => r);

  const findings: Finding[] = [];
  const left = table.rows.length - pool.length;
  if (left > 0) {
    findings.push(
      finding(
        "info",
        "COMPOSITE_ONLY_LEFT_OUT",
        `${left} unit${left === 1 ? "" : "s"} known only by the composite ${left === 1 ? "is" : "are"} left out of this ${by} ranking`,
        `${left} đơn vị chỉ có điểm tổng hợp không được xếp hạng theo ${by}`,
        ["by"],
        { count: left },
      ),
    );
  }
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
  return deepFreeze({ kind: "ranking" as const, framework: table.framework, year: table.year, by, within, rows, findings }, showTable);
}

/** One region's statistics. Values at 2 dp, half-up. */
export interface RegionStats {
  /** `null` collects units outside the registry. */
  readonly region: Region | null;
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
  readonly year: number;
  readonly by: string;
  readonly regions: readonly RegionStats[];
}

/** Exact median of Decimals. @internal */
export function medianDec(values: readonly Dec[]): Dec {
  const s = [...values].sort((a, b) => a.comparedTo(b));
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : s[m - 1]!.plus(s[m]!).div(2);
}

/**
 * Count, mean, median, best and worst per region, by the composite (default) or a sub-index.
 * Regions appear north to south; units outside the registry are grouped under `region: null`.
 * Means and medians are computed exactly and rounded half-up to 2 dp.
 *
 * @throws {@link PgiError} `INVALID_INPUT` for a non-table or a bad `by`.
 *
 * @example
 * ```ts
 * const t = scoreTable(["Hải Dương", "Bắc Ninh", "An Giang"].map((p) => publishedScoreCard(p, 2024)));
 * regionSummary(t).regions.map((r) => [r.region?.id, r.count, r.mean, r.best.units]);
 * // [["redRiverDelta", 2, 27.06, ["Bắc Ninh"]], ["mekongDelta", 1, 24.49, ["An Giang"]]]
 * ```
 */
export function regionSummary(table: ScoreTable, options: { readonly by?: RankBy } = {}): RegionSummary {
  table = asTable(table);
  options = optionsOf<{ by?: RankBy }>(options, ["by"]);
  const by = byId(table, options.by);
  const order: (string | null)[] = [];
  const groups = new Map<string | null, TableRow[]>();
  for (const row of rowsWith(table.rows, by)) {
    const k = row.region?.id ?? null;
    if (!groups.has(k)) order.push(k);
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  order.sort((a, b) => regionIndex(a) - regionIndex(b));
  const regions = order.map((k) => {
    const rows = groups.get(k)!;
    const values = rows.map((r) => valueOf(r, by));
    const max = D.max(...values);
    const min = D.min(...values);
    const sum = values.reduce((a, v) => a.plus(v), new D(0));
    return {
      region: rows[0]!.region,
      count: rows.length,
      mean: toNum(sum.div(rows.length)),
      median: toNum(medianDec(values)),
      best: { units: rows.filter((_, i) => values[i]!.eq(max)).map((r) => r.unit), value: toNum(max) },
      worst: { units: rows.filter((_, i) => values[i]!.eq(min)).map((r) => r.unit), value: toNum(min) },
    };
  });
  return deepFreeze({ kind: "regionSummary" as const, framework: table.framework, year: table.year, by, regions }, showTable);
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
  readonly year: number;
  readonly unit: string;
  readonly by: string;
  readonly within: "region" | null;
  readonly targetRank: number;
  /** How many units compete (the table, or the unit's region). */
  readonly competitors: number;
  readonly currentValue: number;
  readonly currentRank: number;
  /** The lowest 2-dp score that reaches rank ≤ targetRank if every other unit keeps its score. */
  readonly requiredValue: number;
  /** max(0, requiredValue − currentValue). */
  readonly increase: number;
  readonly alreadyThere: boolean;
  /** `false` when requiredValue exceeds the scale maximum. */
  readonly feasible: boolean;
  /** The scale maximum of what is ranked (10 for a sub-index, 40 for the PGI composite). */
  readonly max: number;
  /** PGI scores are relative: the real threshold moves with the other provinces. */
  readonly note: LocalizedText;
}

const RELATIVE_NOTE: LocalizedText = {
  vi: "Lưu ý: điểm PGI là điểm tương đối (chuẩn hoá theo các tỉnh khác), nên ngưỡng thực tế sẽ thay đổi khi các tỉnh khác cải thiện; mức điểm này giả định điểm của các tỉnh khác giữ nguyên.",
  en: "Note: PGI scores are relative (rescaled across provinces), so the real threshold moves as other provinces improve; this score assumes every other unit keeps its current score.",
};

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
 * @throws {@link PgiError} `UNKNOWN_UNIT` when the unit is not in the table; `INVALID_INPUT` for a
 * target rank that is not a whole number from 1 to the number of competitors.
 *
 * @example
 * ```ts
 * const t = scoreTable(["Hải Dương", "Bắc Ninh", "An Giang"].map((p) => publishedScoreCard(p, 2024)));
 * const g = rankGoal(t, "An Giang", 1);
 * [g.currentRank, g.requiredValue, g.increase, g.feasible]; // [3, 27.78, 3.29, true]
 * rankGoal(t, "An Giang", 1, { by: "pollution" }).alreadyThere; // false
 * ```
 */
export function rankGoal(table: ScoreTable, unit: string, targetRank: number, options: RankGoalOptions = {}): RankGoal {
  table = asTable(table);
  options = optionsOf<RankGoalOptions>(options, ["by", "within"]);
  const by = byId(table, options.by);
  const within = options.within ?? null;
  if (within !== null && within !== "region") {
    throw new PgiError("INVALID_INPUT", { en: `within must be "region" or left out, got ${describe(within)}`, vi: `within phải là "region" hoặc bỏ trống, nhận được ${describe(within, "vi")}` }, ["within"]);
  }
  const row = findRow(table, unit);
  if (row.scores === null && by !== "composite") {
    const name = tableFramework(table).components.find((c) => c.id === by)?.name.vi ?? by;
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `${describe(row.unit)} is known only by its composite; a ${by} goal needs its sub-index scores`,
        vi: `${describe(row.unit, "vi")} chỉ có điểm tổng hợp; mục tiêu về "${name}" cần điểm các chỉ số thành phần`,
      },
      ["by"],
    );
  }
  const pool = rowsWith(table.rows, by).filter((r) => within === null || groupKey(r, within) === groupKey(row, within));
  if (typeof targetRank !== "number" || !Number.isInteger(targetRank) || targetRank < 1 || targetRank > pool.length) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `targetRank must be a whole number from 1 to ${pool.length}, got ${describe(targetRank)}`,
        vi: `hạng mục tiêu (targetRank) phải là số nguyên từ 1 đến ${pool.length}, nhận được ${describe(targetRank, "vi")}`,
      },
      ["targetRank"],
      { competitors: pool.length },
    );
  }
  const fw = tableFramework(table);
  const scale = by === "composite" ? fw.composite.scale : fw.components.find((c) => c.id === by)!.scale;
  const others = pool.filter((r) => r !== row).map((r) => valueOf(r, by)).sort((a, b) => b.comparedTo(a));
  const current = valueOf(row, by);
  const currentRank = 1 + others.filter((v) => v.gt(current)).length;
  const required = targetRank <= others.length ? others[targetRank - 1]! : new D(scale.min);
  const increase = D.max(required.minus(current), 0);
  return deepFreeze({
    kind: "rankGoal" as const,
    framework: table.framework,
    year: table.year,
    unit: row.unit,
    by,
    within,
    targetRank,
    competitors: pool.length,
    currentValue: toNum(current),
    currentRank,
    requiredValue: toNum(required),
    increase: toNum(increase),
    alreadyThere: currentRank <= targetRank,
    feasible: required.lte(scale.max),
    max: scale.max,
    note: RELATIVE_NOTE,
  }, showTable);
}

/** A benchmark card for {@link allocate}: four sub-index scores with a label. */
export interface Benchmark {
  readonly kind: "benchmark";
  readonly label: LocalizedText;
  readonly scores: Readonly<Record<string, number>>;
}

/**
 * A benchmark from a table: `"best"` (the card of the best unit by composite; ties: name order),
 * `"median"` (each sub-index's median), or a named unit's card; optionally within one region.
 * Only units with sub-index scores count (composite-only entries are left out).
 *
 * @throws {@link PgiError} `UNKNOWN_UNIT` for a unit not in the table, `INVALID_INPUT` for an
 * unknown region or an empty region.
 *
 * @example
 * ```ts
 * const t = scoreTable(["Hải Dương", "Bắc Ninh", "An Giang"].map((p) => publishedScoreCard(p, 2024)));
 * benchmark(t, "best").scores;   // { pollution: 7.64, compliance: 7.47, greenPractices: 4.88, incentives: 7.78 }
 * benchmark(t, "median").scores; // { pollution: 7.64, compliance: 7.47, greenPractices: 4.88, incentives: 6.11 }
 * benchmark(t, "best", { region: "mekongDelta" }).label.en; // "best of Mekong Delta (An Giang)"
 * ```
 */
export function benchmark(table: ScoreTable, of: "best" | "median" | (string & {}), options: { readonly region?: string } = {}): Benchmark {
  table = asTable(table);
  options = optionsOf<{ region?: string }>(options, ["region"]);
  let rows = rowsWith(table.rows, "pollution");
  let where: LocalizedText = { vi: "cả nước", en: "all units" };
  if (options.region !== undefined) {
    rows = rows.filter((r) => r.region?.id === options.region);
    if (rows.length === 0) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `no unit of the table is in region ${describe(options.region)}; use a region id such as "redRiverDelta"`,
          vi: `không có đơn vị nào của bảng thuộc vùng ${describe(options.region, "vi")}; hãy dùng mã vùng, ví dụ "redRiverDelta" (Đồng bằng sông Hồng)`,
        },
        ["region"],
      );
    }
    where = { ...rows[0]!.region!.name };
  }
  const ids = tableFramework(table).components.map((c) => c.id);
  if ((of === "best" || of === "median") && rows.length === 0) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: "no unit of the table has sub-index scores (composite-only entries cannot be a benchmark); add score cards",
        vi: "không có đơn vị nào của bảng có điểm các chỉ số thành phần (đơn vị chỉ có điểm tổng hợp không làm chuẩn so sánh được); hãy thêm bộ số liệu đầy đủ",
      },
      ["table", "rows"],
    );
  }
  if (of === "best") {
    const best = [...rows].sort((a, b) => valueOf(b, "composite").comparedTo(valueOf(a, "composite")) || collator(a.unit, b.unit))[0]!;
    return deepFreeze({
      kind: "benchmark" as const,
      label: { vi: `tốt nhất ${where.vi === "cả nước" ? "cả nước" : where.vi} (${best.unit})`, en: `best of ${where.en} (${best.unit})` },
      scores: { ...(best.scores as Record<string, number>) },
    }, showTable);
  }
  if (of === "median") {
    const scores: Record<string, number> = {};
    for (const id of ids) scores[id] = toNum(medianDec(rows.map((r) => valueOf(r, id))));
    return deepFreeze({ kind: "benchmark" as const, label: { vi: `trung vị ${where.vi}`, en: `median of ${where.en}` }, scores }, showTable);
  }
  const row = findRow(table, of);
  if (row.scores === null) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `${describe(row.unit)} is known only by its composite; a benchmark needs sub-index scores`,
        vi: `${describe(row.unit, "vi")} chỉ có điểm tổng hợp; chuẩn so sánh cần điểm các chỉ số thành phần`,
      },
      ["of"],
    );
  }
  return deepFreeze({ kind: "benchmark" as const, label: { vi: row.unit, en: row.unit }, scores: { ...(row.scores as Record<string, number>) } }, showTable);
}
