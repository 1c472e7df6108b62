// Public API of target allocation, trajectories and progress assessment.
export { allocate } from "./allocate";
export type { Allocation, AllocateOptions, AllocationGoal, AllocationStrategy } from "./allocate";
export { trajectory, assessProgress, TrajectoryInputSchema, ObservationsSchema } from "./trajectory";
export type { Observation, ProgressAssessment, ProgressStatus, Trajectory, TrajectoryDirection, TrajectoryInput } from "./trajectory";
export { parsePeriod, periodLabel } from "./calendar";
export type { Period } from "./calendar";
