// Public API of plans, checks, year-over-year change and gap reports (re-exported by src/index.ts).
export { createPlan, PlanInputSchema, TargetSpecSchema } from "./create";
export type { Comparator, Plan, PlanComposite, PlanInput, PlanSubIndex, TargetSpec } from "./create";
export { checkPlan } from "./check";
export { yearOverYear } from "./yoy";
export type { Change, Direction, YearOverYear } from "./yoy";
export { gapReport, PROGRESS_DECIMALS } from "./gap";
export type { GapReport, GapRow, GapStatus } from "./gap";
export { gapStatusLabel } from "./terms";
