/**
 * The shipped published figures of an edition as a score table.
 * @module
 */
import { describe, PgiError } from "../errors";
import { PGI_PUBLISHED, publishedScoreCard } from "../data/published";
import { scoreTable, type CompositeEntry, type ScoreTable } from "./table";
import type { ScoreCard } from "../scorecard/scorecard";

let tables: Map<number, ScoreTable> | undefined;

/** The editions with shipped figures, oldest first. */
function shippedEditions(): number[] {
  return [...new Set(PGI_PUBLISHED.map((r) => r.edition))].sort((a, b) => a - b);
}

/**
 * The published PGI figures shipped with pgi-kit for one edition, as a {@link ScoreTable}: a
 * province with all four sub-indices published is a full row (its {@link publishedScoreCard}),
 * one known only by its composite (and rank) a composite-only row, which takes part in composite
 * rankings and rank goals, not in sub-index ones. Rows keep the shipped order; `publishedRank`
 * is the rank as published (ranks computed by {@link rank} are within the table, which does not
 * hold all 63 provinces). The table is built once per edition and shared (it is frozen).
 *
 * @param edition - the edition's year: 2022, 2023 or 2024 (a number or a four-digit string)
 * @throws {@link PgiError} `UNKNOWN_EDITION` for a year with no shipped figures, naming those
 * that have them.
 *
 * @example
 * ```ts
 * const t = publishedTable(2024);
 * t.rows.length;                                  // 49
 * t.rows.filter((r) => r.scores === null).length; // 13
 * rank(t).rows[0].unit;                           // "Hải Phòng"
 * publishedTable(2022).rows.length;               // 10
 * ```
 */
export function publishedTable(edition: number | string): ScoreTable {
  const year = typeof edition === "string" && /^\s*\d{4}\s*$/.test(edition) ? Number(edition) : edition;
  const editions = shippedEditions();
  if (typeof year !== "number" || !Number.isInteger(year) || !editions.includes(year)) {
    throw new PgiError(
      "UNKNOWN_EDITION",
      {
        en: `no published PGI figures are shipped for ${describe(edition)}; shipped editions: ${editions.join(", ")}`,
        vi: `không có số liệu PGI công bố kèm theo cho ${describe(edition)}; các kỳ có số liệu: ${editions.join(", ")}`,
      },
      ["edition"],
      { year: edition, editions },
    );
  }
  tables ??= new Map();
  const hit = tables.get(year);
  if (hit) return hit;
  const entries: (ScoreCard | CompositeEntry)[] = PGI_PUBLISHED.filter((r) => r.edition === year && (r.scores !== null || r.composite !== null)).map((r) =>
    r.scores !== null
      ? publishedScoreCard(r.province, year)
      : { unit: r.province, year, composite: r.composite!, ...(r.rank !== null ? { rank: r.rank } : {}), source: r.source },
  );
  const table = scoreTable(entries);
  tables.set(year, table);
  return table;
}
