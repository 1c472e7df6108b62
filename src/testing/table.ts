/**
 * Arbitraries for lists of score cards (score tables).
 * Nothing is built at import time: each function makes its arbitrary when called. Part of
 * `pgi-kit/testing`.
 * @module
 */
import * as fc from "fast-check";
import { bound, checkOptions, ordered, PGI_SUBINDEX_IDS, refuse, type PgiEditionYear } from "./core";
import { editionArb, fourHundredths, fromUnits, provinceNames } from "./shared";
import type { ScoreCardInput } from "../scorecard/scorecard";
/** Options of {@link arbScoreTableCards}. */
export interface ScoreTableArbOptions {
  /** Fewest provinces (default 2). */
  readonly minUnits?: number;
  /** Most provinces, at most 63 (default 12). */
  readonly maxUnits?: number;
  /** The edition (default: any built-in one). */
  readonly year?: PgiEditionYear;
  /**
   * `true` (default): at least two provinces share a composite (some with the very same scores,
   * some with the same scores in another order); `false`: independent scores.
   */
  readonly ties?: boolean;
}

/**
 * Score card inputs of N distinct provinces (2–12 by default) for one edition, to pass to
 * `scoreTable`; by default with ties: at least two provinces share a composite, some share every
 * sub-index score too.
 *
 * Meant for: rankings — "ranks are competition ranks" (`rank = 1 + the number of units with a
 * strictly higher value`, ties share it), permutation invariance, rank goals, benchmarks.
 *
 * @example
 * ```ts
 * fc.check(fc.property(arbScoreTableCards(), (cards) => {
 *   const rows = rank(scoreTable(cards)).rows;
 *   return rows.every((r) => r.rank === 1 + rows.filter((o) => o.value > r.value).length)
 *     && new Set(rows.map((r) => r.rank)).size < rows.length;
 * })).failed; // false
 * ```
 */
export function arbScoreTableCards(options: ScoreTableArbOptions = {}): fc.Arbitrary<ScoreCardInput[]> {
  checkOptions(options, "{ minUnits?, maxUnits?, year?, ties? }");
  const minUnits = bound(options.minUnits, "minUnits", 2, 1, 63);
  const maxUnits = bound(options.maxUnits, "maxUnits", Math.max(12, minUnits), 1, 63);
  ordered(minUnits, maxUnits, "minUnits", "maxUnits");
  const ties = options.ties ?? true;
  if (ties && maxUnits < 2)
    refuse(["maxUnits"], { en: "ties need at least 2 units (maxUnits ≥ 2)", vi: "muốn có đồng hạng cần ít nhất 2 đơn vị (maxUnits ≥ 2)" });
  const names = provinceNames();
  return fc.tuple(fc.integer({ min: ties ? Math.max(2, minUnits) : minUnits, max: maxUnits }), editionArb(options.year)).chain(([n, year]) =>
    fc
      .tuple(
        fc.shuffledSubarray(names, { minLength: n, maxLength: n }),
        ties ? fc.array(fourHundredths(), { minLength: 1, maxLength: n - 1 }) : fc.array(fourHundredths(), { minLength: n, maxLength: n }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 3 })), { minLength: n, maxLength: n }),
      )
      .map(([units, pool, picks]) =>
        units.map((unit, i): ScoreCardInput => {
          // With ties: unit i takes pool entry i when there is one (so every entry is used), else a
          // random one, sometimes rotated (same composite, other sub-index scores).
          const [pick, rot] = picks[i]!;
          const hs = ties ? pool[i < pool.length ? i : pick % pool.length]! : pool[i]!;
          const r = ties && i >= pool.length ? rot : 0;
          const rotated = hs.map((_, j) => hs[(j + r) % 4]!);
          return { unit, year, scores: Object.fromEntries(PGI_SUBINDEX_IDS.map((id, j) => [id, fromUnits(rotated[j]!)])) };
        }),
      ),
  );
}
