/**
 * How sure a ranking is: sensitivity indices of any model (and, built on them, of a framework's
 * ranks).
 * @module
 */
export { sobolIndices, SOBOL_DECIMALS } from "./sobol";
export type { SobolIndex, SobolModel, SobolOptions, SobolResult } from "./sobol";
export { rankProbability, scoreForRankProbability } from "./rank-probability";
export type { RankChance, RankProbability, RankProbabilityOptions, ScoreForRankProbability } from "./rank-probability";
