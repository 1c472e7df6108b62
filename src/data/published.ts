/**
 * Published PGI figures shipped with the package, with their provenance.
 * @module
 */
import { describe, PgiError } from "../errors";
import { MAX_NAME_LENGTH } from "../schemas";
import { pgiEdition } from "../framework/pgi";
import { scoreCard, type ScoreCard } from "../scorecard/scorecard";
import type { PgiSubIndexId } from "../framework/pgi";
import { deepFreeze, foldName } from "../util";
import { findProvince, province as provinceOf } from "./provinces";

/** The provinces closest to a misspelt name (as the registry's lookup suggests them), or none. */
function closestProvinces(name: string): string[] {
  try {
    provinceOf(name);
  } catch (e) {
    const c = (e as { details?: { closest?: unknown } }).details?.closest;
    if (Array.isArray(c)) return c.filter((x): x is string => typeof x === "string").slice(0, 3);
  }
  return [];
}
import { publishedRows, type PublishedRow } from "./published-rows";

export type { PublishedRow } from "./published-rows";

/**
 * Every published PGI figure shipped with pgi-kit: one row per province and edition, numbers as
 * printed (strings), with `confidence` (`published`, or `inferred` where the source page shows no
 * year and the edition was inferred), the provenance `note` and the `source` page.
 *
 * @example
 * ```ts
 * PGI_PUBLISHED.find((r) => r.province === "Lạng Sơn" && r.edition === 2023)?.composite; // "17.33"
 * ```
 */
export const PGI_PUBLISHED: readonly PublishedRow[] = /* @__PURE__ */ (() =>
  deepFreeze(publishedRows().map((r) => ({ ...r, scores: r.scores && { ...r.scores } }))))();

const keyOf = (name: string): string => foldName(findProvince(name)?.name ?? name);

let index: Map<string, PublishedRow[]> | undefined;
let keys: Map<string, string> | undefined;
let cards: Map<PublishedRow, ScoreCard<PgiSubIndexId>> | undefined;

/** Shipped rows by folded province name, built on first use (import does no work). */
function rowIndex(): Map<string, PublishedRow[]> {
  if (index === undefined) {
    const built = new Map<string, PublishedRow[]>();
    for (const r of PGI_PUBLISHED) {
      const k = keyOf(r.province);
      const list = built.get(k);
      if (list) list.push(r);
      else built.set(k, [r]);
    }
    index = built;
  }
  return index;
}

/** keyOf, memoised per spelling asked for (bounded). */
function cachedKey(name: string): string {
  keys ??= new Map();
  let k = keys.get(name);
  if (k === undefined) {
    k = keyOf(name);
    if (keys.size > 1024) keys.clear();
    keys.set(name, k);
  }
  return k;
}

/**
 * The published row of one province and edition. Province names resolve like {@link province}
 * ("Lang Son" finds "Lạng Sơn", "TP.HCM" finds "TP. Hồ Chí Minh").
 *
 * @throws {@link PgiError} `UNKNOWN_UNIT` when no row exists, naming the editions that do.
 *
 * @example
 * ```ts
 * publishedRow("Lang Son", 2024).confidence; // "inferred"
 * publishedRow("TP.HCM", 2023).rank;         // 5
 * ```
 */
export function publishedRow(province: string, year: number): PublishedRow {
  if (typeof province !== "string" || province.trim() === "" || province.length > MAX_NAME_LENGTH) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `expected a province's name (a non-empty string of at most ${MAX_NAME_LENGTH} characters), got ${describe(province)}`,
        vi: `cần tên tỉnh, thành phố (chuỗi không rỗng, tối đa ${MAX_NAME_LENGTH} ký tự), nhận được ${describe(province, "vi")}`,
      },
      ["province"],
    );
  }
  if (typeof year === "string" && /^\s*\d{4}\s*$/.test(year)) year = Number(year);
  if (typeof year !== "number" || !Number.isInteger(year)) {
    throw new PgiError(
      "INVALID_INPUT",
      { en: `expected an edition year such as 2024, got ${describe(year)}`, vi: `cần năm của kỳ PGI, ví dụ 2024, nhận được ${describe(year, "vi")}` },
      ["year"],
    );
  }
  const key = cachedKey(province);
  const rows = rowIndex().get(key) ?? [];
  const row = rows.find((r) => r.edition === year);
  if (row) return row;
  if (rows.length === 0) {
    const near = findProvince(province) === undefined ? closestProvinces(province) : [];
    const mean =
      near.length > 0
        ? { en: `; did you mean ${near.map((n) => `"${n}"`).join(", ")}?`, vi: `; có phải là ${near.map((n) => `"${n}"`).join(", ")}?` }
        : { en: "", vi: "" };
    throw new PgiError(
      "UNKNOWN_UNIT",
      {
        en: `no published PGI figures for ${describe(province)} are shipped${mean.en}; or pass your own score card`,
        vi: `không có số liệu PGI công bố kèm theo cho ${describe(province, "vi")}${mean.vi}; hoặc hãy dùng bộ số liệu của mình`,
      },
      [],
      { province, year, closest: near },
    );
  }
  throw new PgiError(
    "UNKNOWN_UNIT",
    {
      en: `no published PGI ${year} figures for ${rows[0]!.province}; shipped editions: ${rows.map((r) => r.edition).join(", ")}`,
      vi: `không có số liệu PGI ${year} công bố kèm theo cho ${rows[0]!.province}; các kỳ có số liệu: ${rows.map((r) => r.edition).join(", ")}`,
    },
    [],
    { province, year },
  );
}

/**
 * The score card of a shipped published row (all four sub-indices must be published).
 * The card's `source` carries the page and, for inferred editions, says so.
 *
 * @throws {@link PgiError} `UNKNOWN_UNIT` when the row does not exist or lacks sub-index scores.
 *
 * @example
 * ```ts
 * const card = publishedScoreCard("Lạng Sơn", 2023);
 * card.composite;  // 17.33
 * card.rank;       // 62
 * ```
 */
export function publishedScoreCard(province: string, year: number): ScoreCard<PgiSubIndexId> {
  const row = publishedRow(province, year);
  if (row.scores === null) {
    throw new PgiError(
      "UNKNOWN_UNIT",
      {
        en: `only the composite of ${row.province} in PGI ${year} is shipped (${row.composite}); the sub-indices are not published in the shipped data`,
        vi: `với ${row.province}, PGI ${year} chỉ có điểm tổng hợp kèm theo (${row.composite!.replace(".", ",")}); điểm các chỉ số thành phần không có trong số liệu công bố kèm theo`,
      },
      [],
      { province, year },
    );
  }
  cards ??= new Map();
  const hit = cards.get(row);
  if (hit) return hit;
  pgiEdition(year);
  const card = scoreCard({
    unit: row.province,
    year: row.edition,
    scores: row.scores,
    ...(row.composite !== null ? { composite: row.composite } : {}),
    ...(row.rank !== null ? { rank: row.rank } : {}),
    source: row.confidence === "inferred" ? `${row.source} — ${row.note}` : row.source,
  });
  // Cards are deep-frozen, so the card of a shipped row is built once and shared.
  cards.set(row, card);
  return card;
}
