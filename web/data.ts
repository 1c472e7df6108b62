/** The shipped published figures as the page offers them: provinces, editions, rankings. */
import { PGI_EDITIONS, PGI_PUBLISHED, publishedScoreCard, rank, scoreTable, type Plan } from "../dist/index.js";
import type { RankInfo } from "./state";

/** Provinces with published sub-index scores, in Vietnamese order. */
export const provinces = (): string[] =>
  [...new Set(PGI_PUBLISHED.filter((r) => r.scores !== null).map((r) => r.province))].sort((a, b) => a.localeCompare(b, "vi"));

/** The editions of one province with published sub-index scores. */
export const editionsOf = (p: string): number[] => PGI_PUBLISHED.filter((r) => r.province === p && r.scores !== null).map((r) => r.edition).sort();

/** The published row of a unit and year with sub-index scores, if shipped. */
export const publishedScores = (unit: string, year: number) => PGI_PUBLISHED.find((r) => r.province === unit && r.edition === year && r.scores !== null) ?? null;

/** The rank the plan's composite target would reach among the shipped provinces' published composites. */
export function rankAmongProvinces(plan: Plan): RankInfo | null {
  const target = plan.composite.target;
  if (target === null) return null;
  const editions = PGI_EDITIONS.filter((y) => y <= plan.targetYear);
  const year = editions.length ? editions[editions.length - 1]! : PGI_EDITIONS[PGI_EDITIONS.length - 1]!;
  // Every shipped province of that edition: its card where the sub-indices are published, else its composite.
  const others = PGI_PUBLISHED.filter((r) => r.edition === year && (r.scores !== null || r.composite !== null) && r.province !== plan.unit)
    .map((r) => (r.scores !== null ? publishedScoreCard(r.province, year) : { unit: r.province, year, composite: r.composite! }));
  const ranking = rank(scoreTable([...others, { unit: plan.unit, year, composite: target }]));
  const row = ranking.rows.find((r) => r.unit === plan.unit)!;
  return { composite: target, rank: row.rank!, of: ranking.rows.length, year };
}
