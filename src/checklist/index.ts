// Public API of criteria checklists (re-exported by src/index.ts).
export { defineChecklist } from "./define";
export type {
  Checklist,
  ChecklistCriterion,
  ChecklistIndicator,
  ChecklistSpec,
  TextInput,
  ThresholdInput,
  ThresholdNumber,
  ThresholdRule,
  ThresholdRuleInput,
} from "./define";
export { assessChecklist, assessMany } from "./assess";
export type {
  AssessManyOptions,
  ChecklistAssessment,
  ChecklistSummary,
  ChecklistSummaryUnit,
  ChecklistUnitInput,
  ChecklistValue,
  CriterionResult,
  IndicatorResult,
  LevelResult,
} from "./assess";
