/**
 * Score tables: many units' score cards of one edition.
 * @module
 */
import { asScoreCard } from "../scorecard/scorecard";
import * as z from "zod/mini";
import { toNum, type NumberInput } from "../decimal";
import { describe, optionsOf, parseWith, PgiError, prefixPath, type PgiPath } from "../errors";
import { expectKind, field, revive, kindOf } from "../revive";
import { RankSchema, TextSchema, UnitSchema, YearSchema } from "../schemas";
import { parseScoreOnScale } from "../scorecard/scorecard";
import { findProvince, province, type Region } from "../data/provinces";
import { subIndex } from "../framework/lookup";
import { PGI, pgiEdition } from "../framework/pgi";
import type { Framework } from "../framework/types";
import { scoreCard, type ScoreCard, type ScoreCardInput } from "../scorecard/scorecard";
import { editDistance, foldName, isSealed, seal } from "../util";
import { showTable } from "./render";

/** One unit of a table. */
export interface TableRow {
  /** The unit's name (a province's registry name when it is one). */
  readonly unit: string;
  /** The province slug, or `null` for units outside the registry. */
  readonly province: string | null;
  /** The province's region, or `null`. */
  readonly region: Region | null;
  /** The composite (the published one when given). */
  readonly composite: number;
  /** The published rank, or `null`. */
  readonly publishedRank: number | null;
  /** The sub-index scores, or `null` for a composite-only entry. */
  readonly scores: Readonly<Record<string, number>> | null;
  /** The score card, or `null` for a composite-only entry. */
  readonly card: ScoreCard | null;
  /** Where the figures come from, or `null`. */
  readonly source: string | null;
}

/**
 * A unit known only by its composite (and rank), as the press often publishes PGI results:
 * `{ unit, year, composite, rank?, source? }`. It takes part in composite rankings and rank goals,
 * not in sub-index ones.
 */
export interface CompositeEntry {
  readonly unit: string;
  readonly year: number | string;
  readonly composite: NumberInput;
  readonly rank?: number;
  readonly source?: string;
}

let compositeEntryShape: ReturnType<typeof makeCompositeEntryShape> | undefined;
function makeCompositeEntryShape() {
  return z.strictObject({
    unit: UnitSchema({ en: "unit must be a string", vi: "đơn vị phải là một chuỗi ký tự" }),
    year: YearSchema,
    composite: z.unknown(),
    rank: z.optional(RankSchema()),
    source: z.optional(TextSchema("source")),
  });
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
  return kindOf(v) === "scoreCard";
}

/**
 * Build a score table for one PGI edition from score cards (or score card inputs, which are
 * validated with {@link scoreCard}), and units known only by their composite
 * (`{ unit, year, composite, rank? }`, see {@link CompositeEntry}), which take part in composite
 * rankings and rank goals. Nothing in the table assumes 63 units; the units may be
 * districts or other units with `units: "any"`. Cards of other frameworks are refused: score
 * their units with `scoreUnits` and rank its result.
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
export function scoreTable(cards: readonly (ScoreCard | ScoreCardInput | CompositeEntry)[], options: ScoreTableOptions = {}): ScoreTable {
  if (!Array.isArray(cards) || cards.length === 0) {
    throw new PgiError("INVALID_INPUT", {
      en: `expected a non-empty array of score cards, got ${describe(cards)}`,
      vi: `cần một danh sách bộ số liệu (không rỗng), nhận được ${describe(cards, "vi")}`,
    });
  }
  if (cards.length > 10_000) {
    throw new PgiError("INVALID_INPUT", {
      en: `a score table holds at most 10000 units, got ${cards.length}`,
      vi: `bảng điểm chứa tối đa 10000 đơn vị, nhận được ${cards.length}`,
    });
  }
  const units = optionsOf<ScoreTableOptions>(options, ["units"]).units ?? "provinces";
  if (units !== "provinces" && units !== "any") {
    throw new PgiError(
      "INVALID_INPUT",
      { en: `units must be "provinces" or "any", got ${describe(units)}`, vi: `units phải là "provinces" hoặc "any", nhận được ${describe(units, "vi")}` },
      ["units"],
    );
  }
  const rows: TableRow[] = [];
  const seen = new Map<string, number>();
  let first: { framework: string; edition: number | null; year: number } | undefined;
  for (let i = 0; i < cards.length; i++) {
    const item: unknown = cards[i];
    let card: ScoreCard | null = null;
    let entry: { unit: string; year: number; composite: number; rank: number | null; source: string | null };
    if (isCard(item)) card = asScoreCard(item, [i]);
    else if (typeof item === "object" && item !== null && !Array.isArray(item) && !("scores" in item) && "composite" in item) {
      const e = parseWith((compositeEntryShape ??= makeCompositeEntryShape()), item, [i]);
      let fw: Framework;
      try {
        fw = pgiEdition(e.year);
      } catch (err) {
        throw prefixPath(err, [i, "year"]);
      }
      const c = parseScoreOnScale(e.composite, fw.composite.scale.min, fw.composite.scale.max, [i, "composite"], "the composite");
      entry = { unit: e.unit, year: e.year, composite: toNum(c, fw.composite.decimals), rank: e.rank ?? null, source: e.source ?? null };
    } else if (typeof item === "object" && item !== null && !Array.isArray(item)) {
      try {
        card = scoreCard(item as ScoreCardInput);
      } catch (e) {
        throw prefixPath(e, [i]);
      }
    } else {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `expected a score card or { unit, year, composite }, got ${describe(item)}`,
          vi: `cần một bộ số liệu hoặc { unit, year, composite }, nhận được ${describe(item, "vi")}`,
        },
        [i],
      );
    }
    if (card) {
      if (card.framework !== "pgi") {
        throw new PgiError(
          "INVALID_INPUT",
          {
            en: `score tables hold PGI score cards; card ${i} is of framework ${describe(card.framework)} (score your own framework's units with scoreUnits, and pass its result to rank, regionSummary, rankGoal or benchmark)`,
            vi: `bảng điểm chỉ chứa số liệu PGI; bộ số liệu thứ ${i} thuộc bộ chỉ số ${describe(card.framework, "vi")} (đơn vị của bộ chỉ số riêng được chấm điểm bằng scoreUnits, rồi truyền kết quả đó cho rank, regionSummary, rankGoal hoặc benchmark)`,
          },
          [i],
          { framework: card.framework },
        );
      }
      entry = { unit: card.unit, year: card.year, composite: card.composite, rank: card.rank, source: card.source };
    }
    const here = { framework: "pgi", edition: entry!.year, year: entry!.year };
    if (!first) first = here;
    else if (here.year !== first.year) {
      throw new PgiError(
        "EDITION_MISMATCH",
        {
          en: `card ${i} (${entry!.unit}) is of PGI ${here.year}, the table of PGI ${first.year}; a table holds one edition`,
          vi: `bộ số liệu thứ ${i} (${entry!.unit}) là của PGI ${here.year}, còn bảng là của PGI ${first.year}; mỗi bảng chỉ chứa một kỳ`,
        },
        [i, "year"],
        { year: here.year, tableYear: first.year },
      );
    }
    const p = units === "provinces" ? resolve(entry!.unit, i) : findProvince(entry!.unit);
    const key = p ? `p:${p.slug}` : `u:${foldName(entry!.unit)}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new PgiError(
        "DUPLICATE_UNIT",
        {
          en: `${entry!.unit} appears twice (entries ${earlier} and ${i}); give each unit once`,
          vi: `${entry!.unit} xuất hiện hai lần (mục ${earlier} và ${i}); mỗi đơn vị chỉ ghi một lần`,
        },
        [i, "unit"],
        { unit: entry!.unit, first: earlier },
      );
    }
    seen.set(key, i);
    rows.push({
      unit: units === "provinces" && p ? p.name : entry!.unit,
      province: p?.slug ?? null,
      region: p?.region ?? null,
      composite: entry!.composite,
      publishedRank: entry!.rank,
      scores: card ? card.scores : null,
      card,
      source: entry!.source,
    });
  }
  return seal(
    {
      kind: "scoreTable" as const,
      framework: first!.framework,
      edition: first!.edition,
      year: first!.year,
      units,
      rows,
    },
    showTable,
  );
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
export function byId(framework: Framework, by: unknown): string {
  if (by === undefined || by === "composite") return "composite";
  if (typeof by !== "string" && typeof by !== "number") {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `by must be "composite" or a sub-index, got ${describe(by)}`,
        vi: `by phải là "composite" (điểm tổng hợp) hoặc một chỉ số thành phần, nhận được ${describe(by, "vi")}`,
      },
      ["by"],
    );
  }
  return subIndex(framework, by, ["by"]).id;
}

/**
 * A score table passed in: as scoreTable returned it, or a copy (JSON…), rebuilt from its rows'
 * cards and composite entries and checked field by field. @internal
 */
export function asTable(table: unknown, path: PgiPath = ["table"]): ScoreTable {
  if (isSealed(table, "scoreTable")) return table as ScoreTable;
  expectKind(table, "scoreTable", "score table", path);
  return revive("score table", table, path, () => {
    const rows = field(table, "rows", path);
    if (!Array.isArray(rows))
      throw new PgiError(
        "INVALID_INPUT",
        { en: `rows must be an array, got ${describe(rows)}`, vi: `rows phải là một mảng, nhận được ${describe(rows, "vi")}` },
        ["rows"],
      );
    const items = rows.map((r, i) => {
      const p: PgiPath = ["rows", i];
      const card = field(r, "card", p);
      if (card !== null) return card;
      const rank = field(r, "publishedRank", p);
      const source = field(r, "source", p);
      return {
        unit: field(r, "unit", p),
        year: field(table, "year", []),
        composite: field(r, "composite", p),
        ...(rank !== null ? { rank } : {}),
        ...(source !== null ? { source } : {}),
      };
    });
    return scoreTable(items as CompositeEntry[], { units: field(table, "units", []) as UnitPolicy });
  });
}

/** Find a unit's row in a table by any spelling. @internal */
export function findRow(table: ScoreTable, unit: unknown): TableRow {
  if (typeof unit !== "string" || unit.trim() === "") {
    throw new PgiError("INVALID_INPUT", { en: `expected the unit's name, got ${describe(unit)}`, vi: `cần tên đơn vị, nhận được ${describe(unit, "vi")}` }, [
      "unit",
    ]);
  }
  const p = findProvince(unit);
  const row = table.rows.find((r) => (p && r.province === p.slug) || foldName(r.unit) === foldName(unit));
  if (!row) {
    const near = closestUnits(table, unit);
    const some = `${table.rows
      .slice(0, 8)
      .map((r) => r.unit)
      .join(", ")}${table.rows.length > 8 ? ", …" : ""}`;
    throw new PgiError(
      "UNKNOWN_UNIT",
      {
        en: `${describe(unit)} is not in the table${near.length > 0 ? `; did you mean ${near.map((u) => `"${u}"`).join(" or ")}?` : `; units: ${some}`}`,
        vi: `${describe(unit, "vi")} không có trong bảng${near.length > 0 ? `; có phải là ${near.map((u) => `"${u}"`).join(" hay ")}?` : `; các đơn vị: ${some}`}`,
      },
      ["unit"],
      { unit: unit.slice(0, 300), closest: near },
    );
  }
  return row;
}

/** The table's units closest to a misspelt name (at most two), folded; none when nothing is close. */
function closestUnits(table: ScoreTable, unit: string): string[] {
  const key = foldName(unit);
  if (key === "" || key.length > 120) return [];
  const limit = Math.max(2, Math.floor(key.length / 3));
  const scored = table.rows.map((r) => ({ u: r.unit, d: editDistance(key, foldName(r.unit)) })).filter((x) => x.d <= limit);
  if (scored.length === 0) return [];
  const min = Math.min(...scored.map((x) => x.d));
  return scored
    .filter((x) => x.d === min)
    .slice(0, 2)
    .map((x) => x.u);
}
