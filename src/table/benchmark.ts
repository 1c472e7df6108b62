/**
 * Benchmarks from a table or a scoring: the best unit's scores, the medians, or a named unit's.
 * @module
 */
import { toNum } from "../decimal";
import { describe, optionsOf, PgiError } from "../errors";
import type { Framework, LocalizedText } from "../framework/types";
import { deepFreeze } from "../util";
import type { ScoreTable } from "./table";
import { collator, decimalsOf, medianDec, poolOf, poolRow, poolValue, poolWith, type ScoredColumns, type ScoredUnits } from "./pool";
import { showTable } from "./render";

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
 * For a scoring of your own framework, `region` names a `group`, only units with a composite
 * count, and the median needs the framework (`{ framework }`) for its decimals.
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
export function benchmark(table: ScoreTable, of: "best" | "median" | (string & {}), options?: { readonly region?: string }): Benchmark;
export function benchmark<C extends string>(
  scoring: ScoredUnits<C> | ScoredColumns,
  of: "best" | "median" | (string & {}),
  options?: { readonly region?: string; readonly framework?: Framework<C> },
): Benchmark;
export function benchmark(
  table: ScoreTable | ScoredUnits | ScoredColumns,
  of: "best" | "median" | (string & {}),
  options: { readonly region?: string; readonly framework?: Framework } = {},
): Benchmark {
  const o = optionsOf<{ region?: string; framework?: Framework }>(options, ["region", "framework"]);
  const pool = poolOf(table, o.framework);
  let rows = pool.own ? pool.rows.filter((r) => r.composite !== null && pool.ids.every((id) => r.scores![id] !== null)) : poolWith(pool, "pollution");
  let where: LocalizedText = pool.own ? { vi: "tất cả đơn vị", en: "all units" } : { vi: "cả nước", en: "all units" };
  if (o.region !== undefined) {
    rows = rows.filter((r) => r.group === o.region);
    if (rows.length === 0) {
      const groups = [...new Set(pool.rows.map((r) => r.group).filter((g) => g !== null))].slice(0, 8).join(", ");
      throw new PgiError(
        "INVALID_INPUT",
        pool.own
          ? {
              en: `no scored unit is in group ${describe(o.region)}; the groups are ${groups || "none"}`,
              vi: `không có đơn vị nào đã chấm điểm thuộc nhóm ${describe(o.region, "vi")}; các nhóm là ${groups || "(không có)"}`,
            }
          : {
              en: `no unit of the table is in region ${describe(o.region)}; use a region id such as "redRiverDelta"`,
              vi: `không có đơn vị nào của bảng thuộc vùng ${describe(o.region, "vi")}; hãy dùng mã vùng, ví dụ "redRiverDelta" (Đồng bằng sông Hồng)`,
            },
        ["region"],
      );
    }
    where = pool.own ? { vi: `nhóm ${o.region}`, en: `group ${o.region}` } : { ...rows[0]!.region!.name };
  }
  const ids = pool.ids;
  if ((of === "best" || of === "median") && rows.length === 0) {
    throw new PgiError(
      "INVALID_INPUT",
      pool.own
        ? {
            en: "no unit of the scoring has a composite (too many missing values); a benchmark needs scored units",
            vi: "không đơn vị nào của kết quả chấm điểm có điểm tổng hợp (thiếu quá nhiều số liệu); chuẩn so sánh cần các đơn vị đã có điểm",
          }
        : {
            en: "no unit of the table has sub-index scores (composite-only entries cannot be a benchmark); add score cards",
            vi: "không có đơn vị nào của bảng có điểm các chỉ số thành phần (đơn vị chỉ có điểm tổng hợp không làm chuẩn so sánh được); hãy thêm bộ số liệu đầy đủ",
          },
      ["table", "rows"],
    );
  }
  if (of === "best") {
    const best = [...rows].sort((a, b) => poolValue(b, "composite")!.comparedTo(poolValue(a, "composite")!) || collator(a.unit, b.unit))[0]!;
    return deepFreeze(
      {
        kind: "benchmark" as const,
        label: { vi: `tốt nhất ${where.vi} (${best.unit})`, en: `best of ${where.en} (${best.unit})` },
        scores: { ...(best.scores as Record<string, number>) },
      },
      showTable,
    );
  }
  if (of === "median") {
    const scores: Record<string, number> = {};
    for (const id of ids)
      scores[id] = toNum(
        medianDec(rows.map((r) => poolValue(r, id)!)),
        decimalsOf(pool, id, {
          en: "its medians are rounded at the framework's decimals",
          vi: "trung vị được làm tròn theo số chữ số thập phân của bộ chỉ số",
        }),
      );
    return deepFreeze({ kind: "benchmark" as const, label: { vi: `trung vị ${where.vi}`, en: `median of ${where.en}` }, scores }, showTable);
  }
  const row = poolRow(pool, of);
  if (row.scores === null || ids.some((id) => row.scores![id] === null)) {
    throw new PgiError(
      "INVALID_INPUT",
      pool.own
        ? {
            en: `${describe(row.unit)} lacks some component scores (too many missing values); a benchmark needs every component`,
            vi: `${describe(row.unit, "vi")} thiếu điểm một số thành phần (thiếu quá nhiều số liệu); chuẩn so sánh cần điểm mọi thành phần`,
          }
        : {
            en: `${describe(row.unit)} is known only by its composite; a benchmark needs sub-index scores`,
            vi: `${describe(row.unit, "vi")} chỉ có điểm tổng hợp; chuẩn so sánh cần điểm các chỉ số thành phần`,
          },
      ["of"],
    );
  }
  return deepFreeze({ kind: "benchmark" as const, label: { vi: row.unit, en: row.unit }, scores: { ...(row.scores as Record<string, number>) } }, showTable);
}
