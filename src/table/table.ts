/**
 * Score tables: many units' score cards of one edition.
 * @module
 */
import { D, type Dec } from "../decimal";
import { describe, PgiError, prefixPath } from "../errors";
import { findProvince, province, type Region } from "../data/provinces";
import { subIndex } from "../framework/lookup";
import { PGI, pgiEdition } from "../framework/pgi";
import type { Framework } from "../framework/types";
import { scoreCard, type ScoreCard, type ScoreCardInput } from "../scorecard/scorecard";
import { deepFreeze, foldName } from "../util";

/** One unit of a table. */
export interface TableRow {
  /** The unit's name (a province's registry name when it is one). */
  readonly unit: string;
  /** The province slug, or `null` for units outside the registry. */
  readonly province: string | null;
  /** The province's region, or `null`. */
  readonly region: Region | null;
  readonly card: ScoreCard;
}

/** Which units a table may hold: the 63 provinces (default), or any named unit. */
export type UnitPolicy = "provinces" | "any";

/** Score cards of many units for one edition. Plain and frozen. */
export interface ScoreTable {
  readonly kind: "scoreTable";
  readonly framework: string;
  readonly edition: number | null;
  readonly year: number;
  readonly units: UnitPolicy;
  readonly rows: readonly TableRow[];
}

/** Options of {@link scoreTable}. */
export interface ScoreTableOptions {
  /**
   * `provinces` (default): every unit must be one of the 63 provinces (any common spelling);
   * names are normalised to the registry's. `any`: districts, communes or other units; names are
   * kept as given (provinces among them still get their region).
   */
  readonly units?: UnitPolicy;
}

function isCard(v: unknown): v is ScoreCard {
  return typeof v === "object" && v !== null && (v as { kind?: unknown }).kind === "scoreCard";
}

/**
 * Build a score table for one PGI edition from score cards (or score card inputs, which are
 * validated with {@link scoreCard}). Nothing in the table assumes 63 units; the units may be
 * districts or other units with `units: "any"`. Cards of other frameworks are refused: their
 * units are ranked by `scoreUnits`.
 *
 * @throws {@link PgiError} `INVALID_INPUT` for an empty list or a non-card, `DUPLICATE_UNIT` when
 * a unit appears twice (after resolving spellings: "TP.HCM" and "TP. Hồ Chí Minh" are one),
 * `EDITION_MISMATCH` for cards of another edition or framework, `UNKNOWN_PROVINCE` for a name
 * outside the registry unless `units: "any"`; each with the index of the offending card in `path`.
 *
 * @example
 * ```ts
 * const t = scoreTable([publishedScoreCard("Hải Dương", 2024), publishedScoreCard("Bắc Ninh", 2024)]);
 * t.rows.map((r) => [r.unit, r.region?.id]); // [["Hải Dương", "redRiverDelta"], ["Bắc Ninh", "redRiverDelta"]]
 * ```
 */
export function scoreTable(cards: readonly (ScoreCard | ScoreCardInput)[], options: ScoreTableOptions = {}): ScoreTable {
  if (!Array.isArray(cards) || cards.length === 0) {
    throw new PgiError("INVALID_INPUT", `expected a non-empty array of score cards, got ${describe(cards)}`);
  }
  const units = options.units ?? "provinces";
  if (units !== "provinces" && units !== "any") {
    throw new PgiError("INVALID_INPUT", `units must be "provinces" or "any", got ${describe(units)}`, ["units"]);
  }
  const rows: TableRow[] = [];
  const seen = new Map<string, number>();
  let first: ScoreCard | undefined;
  cards.forEach((item, i) => {
    let card: ScoreCard;
    if (isCard(item)) card = item;
    else if (typeof item === "object" && item !== null && !Array.isArray(item)) {
      try {
        card = scoreCard(item as ScoreCardInput);
      } catch (e) {
        throw prefixPath(e, [i]);
      }
    } else throw new PgiError("INVALID_INPUT", `expected a score card, got ${describe(item)}`, [i]);
    if (card.framework !== "pgi") {
      throw new PgiError(
        "INVALID_INPUT",
        `score tables hold PGI score cards; card ${i} is of framework "${card.framework}" (rank your own framework's units with scoreUnits, which ranks them)`,
        [i],
        { framework: card.framework },
      );
    }
    if (!first) first = card;
    else {
      if (card.framework !== first.framework || card.edition !== first.edition || card.year !== first.year) {
        throw new PgiError(
          "EDITION_MISMATCH",
          `card ${i} (${card.unit}) is of ${card.framework} ${card.year}, the table of ${first.framework} ${first.year}; a table holds one edition`,
          [i, "year"],
          { year: card.year, tableYear: first.year },
        );
      }
    }
    const p = units === "provinces" ? resolve(card.unit, i) : findProvince(card.unit);
    const key = p ? `p:${p.slug}` : `u:${foldName(card.unit)}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new PgiError("DUPLICATE_UNIT", `${card.unit} appears twice (cards ${earlier} and ${i}); give each unit once`, [i, "unit"], { unit: card.unit, first: earlier });
    }
    seen.set(key, i);
    rows.push({ unit: units === "provinces" && p ? p.name : card.unit, province: p?.slug ?? null, region: p?.region ?? null, card });
  });
  return deepFreeze({
    kind: "scoreTable" as const,
    framework: first!.framework,
    edition: first!.edition,
    year: first!.year,
    units,
    rows,
  });
}

function resolve(unit: string, i: number) {
  try {
    return province(unit);
  } catch (e) {
    throw prefixPath(e, [i, "unit"]);
  }
}

/** The framework of a table (PGI editions are built in; other frameworks fall back to PGI's shape). @internal */
export function tableFramework(table: ScoreTable): Framework {
  return table.framework === "pgi" && table.edition !== null ? pgiEdition(table.edition) : PGI;
}

/** What to rank or measure by: `"composite"` or a sub-index key. @internal */
export function byId(table: ScoreTable, by: unknown): string {
  if (by === undefined || by === "composite") return "composite";
  if (typeof by !== "string" && typeof by !== "number") {
    throw new PgiError("INVALID_INPUT", `by must be "composite" or a sub-index, got ${describe(by)}`, ["by"]);
  }
  return subIndex(tableFramework(table), by, ["by"]).id;
}

/** A row's exact value by `by`. @internal */
export function valueOf(row: TableRow, by: string): Dec {
  return new D(String(by === "composite" ? row.card.composite : (row.card.scores as Record<string, number>)[by]));
}

/** Check that `table` is a score table. @internal */
export function checkTable(table: unknown): asserts table is ScoreTable {
  if (typeof table !== "object" || table === null || (table as { kind?: unknown }).kind !== "scoreTable") {
    throw new PgiError("INVALID_INPUT", `expected a score table from scoreTable(…), got ${describe(table)}`, ["table"]);
  }
}

/** Find a unit's row in a table by any spelling. @internal */
export function findRow(table: ScoreTable, unit: unknown): TableRow {
  if (typeof unit !== "string" || unit.trim() === "") {
    throw new PgiError("INVALID_INPUT", `expected the unit's name, got ${describe(unit)}`, ["unit"]);
  }
  const p = findProvince(unit);
  const row = table.rows.find((r) => (p && r.province === p.slug) || foldName(r.unit) === foldName(unit));
  if (!row) {
    throw new PgiError("UNKNOWN_UNIT", `${JSON.stringify(unit)} is not in the table; units: ${table.rows.slice(0, 8).map((r) => r.unit).join(", ")}${table.rows.length > 8 ? ", …" : ""}`, ["unit"], { unit });
  }
  return row;
}
