/** The shipped published figures as the page offers them: provinces, editions, rankings. */
import { PGI_EDITIONS, PGI_PUBLISHED, publishedTable, rank, scoreTable, type Plan } from "../dist/index.js";
import type { RankInfo } from "./state";

/** The provinces PGI 2022–2024 cover (the 63 before the 2025 merger). */
const PGI_PROVINCES = 63;

/** Every province with shipped published figures (sub-indices or only the composite), in Vietnamese order. */
export const provinces = (): string[] => [...new Set(PGI_PUBLISHED.map((r) => r.province))].sort((a, b) => a.localeCompare(b, "vi"));

/** The shipped editions of one province, each with whether its sub-indices are published. */
export const editionsOf = (p: string): { readonly year: number; readonly scores: boolean; readonly composite: string | null }[] =>
  PGI_PUBLISHED.filter((r) => r.province === p)
    .map((r) => ({ year: r.edition, scores: r.scores !== null, composite: r.composite }))
    .sort((a, b) => a.year - b.year);

/** The published row of a unit and year with sub-index scores, if shipped. */
export const publishedScores = (unit: string, year: number) =>
  PGI_PUBLISHED.find((r) => r.province === unit && r.edition === year && r.scores !== null) ?? null;

/**
 * The rank the plan's composite target would reach among the published composites of the latest
 * edition up to its target year, the others held fixed: only when the plan's index unit is a
 * province with a published figure in that edition (else `null`).
 */
export function rankAmongProvinces(plan: Plan): RankInfo | null {
  const target = plan.composite.target;
  if (target === null) return null;
  const editions = PGI_EDITIONS.filter((y) => y <= plan.targetYear);
  const year = editions.length ? editions[editions.length - 1]! : PGI_EDITIONS[PGI_EDITIONS.length - 1]!;
  if (!PGI_PUBLISHED.some((r) => r.edition === year && r.province === plan.indexUnit && (r.scores !== null || r.composite !== null))) return null;
  const published = publishedTable(year);
  const entries = published.rows.map((r) =>
    r.unit === plan.indexUnit ? { unit: r.unit, year, composite: target } : (r.card ?? { unit: r.unit, year, composite: r.composite }),
  );
  const ranking = rank(scoreTable(entries));
  const row = ranking.rows.find((r) => r.unit === plan.indexUnit)!;
  return { unit: plan.indexUnit, composite: target, rank: row.rank!, of: ranking.rows.length, year, missing: PGI_PROVINCES - ranking.rows.length };
}
