/**
 * The analyst's functions beside the scoring engine: outlier treatment, imputation, indicator
 * statistics, correlations and Cronbach's alpha (checked against COINr), with their renderers.
 * @module
 */
export { treat } from "./treat";
export type { Shape, Treatment, TreatOptions } from "./treat";
export { impute } from "./impute";
export type { Imputation, ImputedRow, ImputedValue, ImputeMethod, ImputeOptions } from "./impute";
export { imputePanel } from "./panel";
export type { ImputedPoint, ImputePanelOptions, PanelImputation, PanelPoint } from "./panel";
export { indicatorStats } from "./stats";
export type { IndicatorFlag, IndicatorStatistics, IndicatorStatsOptions, IndicatorSummary } from "./stats";
export { correlations, cronbachAlpha } from "./correlations";
export type { ComponentCorrelation, CorrelationFlag, CorrelationOptions, Correlations } from "./correlations";
export { correlationHeatmap } from "./chart";
export type { HeatmapOptions } from "./chart";
