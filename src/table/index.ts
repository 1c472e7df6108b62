// Public API of score tables, rankings, region summaries, rank goals and benchmarks.
export { scoreTable } from "./table";
export { publishedTable } from "./published";
export type { CompositeEntry, ScoreTable, ScoreTableOptions, TableRow, UnitPolicy } from "./table";
export { rank, regionSummary, rankGoal, benchmark } from "./rank";
export type { Benchmark, OwnRankOptions, RankBy, RankedRow, RankGoal, RankGoalOptions, Ranking, RankOptions, RegionStats, RegionSummary } from "./rank";
export type { ScoredColumns, ScoredUnits } from "./pool";
export { province, findProvince, PROVINCES, REGIONS } from "../data/provinces";
export type { Province, Region, RegionId } from "../data/provinces";
