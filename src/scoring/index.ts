// Public API of the scoring engine (re-exported by src/index.ts).
export { defineFramework } from "../framework/define";
export { FrameworkSpecSchema } from "../framework/spec-schema";
export type { FrameworkSpec } from "../framework/define";
export { scoreColumns, scoreUnits } from "./engine";
export type { IndicatorStats, ScoreColumnsInput, ScoredUnit, Scoring, ScoringColumns, UnitRow } from "./engine";
export type { TreatedIndicator } from "./prepare";
export type { ImputationRule, TreatmentRule } from "../framework/types";
export { whatIf, solveFor } from "./whatif";
export type { SolvedIndicator, SolveFor, SolveRequest, UnitScores, WhatIf } from "./whatif";
export { configure } from "./codegen";
export type { ConfigureOptions } from "./codegen";
