/**
 * `pgi-kit/testing`: fast-check arbitraries for valid pgi-kit inputs and for hostile values, and
 * exact helpers for assertions, so property-based tests of score arithmetic never compare floats.
 * Needs `fast-check` (an optional peer dependency of pgi-kit); the main entry never loads it.
 * Named exports only; nothing runs at import time. Walk-through: docs/testing.md.
 * @packageDocumentation
 */
export { exactSum, exactDifference, roundHalfUp, hundredths, compareAtPrecision, sameAtPrecision } from "./exact";
export {
  arbScore,
  arbScoreText,
  arbScoreCardInput,
  arbPlanInput,
  arbInconsistentPlan,
  PLANTED_FINDINGS,
  arbScoreTableCards,
  arbFrameworkCase,
  arbTrajectoryInput,
  arbSurvey,
} from "./valid";
export type {
  ScoreArbOptions,
  ScoreText,
  NumberStyle,
  ScoreCardArbOptions,
  PlanArbOptions,
  PlantedFinding,
  InconsistentPlan,
  ScoreTableArbOptions,
  FrameworkCase,
  FrameworkArbOptions,
  TrajectoryArbOptions,
  SurveyCase,
  SurveyArbOptions,
} from "./valid";
export { HOSTILE_KINDS, hostileValue, arbHostileValue, arbTampered } from "./hostile";
export type { HostileKind, HostileDraw, Tampered } from "./hostile";
