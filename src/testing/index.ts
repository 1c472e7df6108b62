/**
 * `pgi-kit/testing`: fast-check arbitraries for valid pgi-kit inputs and for hostile values, and
 * exact helpers for assertions, so property-based tests of score arithmetic never compare floats.
 * Needs `fast-check` (an optional peer dependency of pgi-kit); the main entry never loads it.
 * It loads pgi-kit itself from the package's main entry, so its errors are the library's
 * `PgiError`. Named exports only; nothing runs at import time. Walk-through: docs/testing.md.
 * @packageDocumentation
 */
export { exactSum, exactDifference, roundHalfUp, hundredths, compareAtPrecision, sameAtPrecision } from "./exact";
export { arbScore, arbScoreText } from "./scores";
export type { ScoreArbOptions, ScoreText } from "./scores";
export { arbScoreCardInput } from "./cards";
export type { NumberStyle, ScoreCardArbOptions } from "./cards";
export { arbPlanInput, arbInconsistentPlan, PLANTED_FINDINGS } from "./plan";
export type { PlanArbOptions, PlantedFinding, InconsistentPlan } from "./plan";
export { arbScoreTableCards } from "./table";
export type { ScoreTableArbOptions } from "./table";
export { arbFrameworkCase } from "./framework";
export type { FrameworkCase, FrameworkArbOptions } from "./framework";
export { arbTrajectoryInput } from "./trajectory";
export type { TrajectoryArbOptions } from "./trajectory";
export { arbSurvey } from "./survey";
export type { SurveyCase, SurveyArbOptions } from "./survey";
export { HOSTILE_KINDS, hostileValue, arbHostileValue, arbTampered } from "./hostile";
export type { HostileKind, HostileDraw, Tampered } from "./hostile";
