// Public API of plan documents: reading them (extractPlan) and writing them (toPlanDocument).
export { extractPlan, EXTRACT_MAX_LENGTH } from "./extract";
export type { ExtractOptions, ExtractField, ExtractedItem, ExtractProblem, ExtractProblemCode, ExtractReport, PlanExtraction, StatedRankGoal } from "./extract";
export { toPlanDocument } from "./document";
export type { PlanDocumentOptions } from "./document";
