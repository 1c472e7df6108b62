/**
 * How sure a ranking is: sensitivity indices of any model (and, built on them, of a framework's
 * ranks).
 * @module
 */
export { sobolIndices, SOBOL_DECIMALS } from "./sobol";
export type { SobolIndex, SobolModel, SobolOptions, SobolResult } from "./sobol";
export { rankProbability, scoreForRankProbability } from "./rank-probability";
export type { RankChance, RankProbability, RankProbabilityOptions, ScoreForRankProbability } from "./rank-probability";
export { rankConfidenceSets } from "./rank-sets";
export type { RankConfidenceOptions, RankConfidenceSets, RankSet } from "./rank-sets";
export { uncertainty } from "./uncertainty";
export type { UncertaintyOptions, Uncertainty, UnitRanks } from "./uncertainty";
export type { Alternatives, WeightSet } from "./runs";
export { sensitivity } from "./sensitivity";
export type { FactorSensitivity, Sensitivity, SensitivityOptions } from "./sensitivity";
