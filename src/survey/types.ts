/**
 * The input and result types of aggregateSurvey.
 * @module
 */
import type { UnitRow } from "../scoring/engine";
import type { Finding } from "../findings";

/** A survey question. `dontKnow` lists codes counted as "don't know" (excluded and counted). */
export type Question =
  | { readonly id: string; readonly type: "yesNo"; readonly dontKnow?: readonly (string | number)[] }
  | {
      readonly id: string;
      readonly type: "likert";
      readonly scale?: readonly [number, number];
      readonly agreeFrom: number;
      readonly dontKnow?: readonly (string | number)[];
    }
  | { readonly id: string; readonly type: "numeric"; readonly min?: number; readonly max?: number; readonly dontKnow?: readonly (string | number)[] };

/** One firm's (or household's) answers. */
export interface SurveyResponse {
  readonly unit: string;
  /** Survey weight, > 0 (default 1). */
  readonly weight?: number;
  readonly answers: Readonly<Record<string, unknown>>;
}

/** Options of {@link aggregateSurvey}. */
export interface AggregateOptions {
  /** Units with fewer responses are flagged (default 30). */
  readonly minResponses?: number;
}

/** Per question and unit: how many answers counted, were blank, or "don't know". */
export interface AnswerCounts {
  readonly valid: number;
  readonly blank: number;
  readonly dontKnow: number;
}

/** One unit's aggregate. */
export interface SurveyUnit {
  readonly unit: string;
  readonly responses: number;
  /** True when `responses < minResponses`. */
  readonly flagged: boolean;
  /** yesNo and likert: share in % (0–100); numeric: mean; 2 dp half-up; `null` with no valid answer. */
  readonly indicators: Readonly<Record<string, number | null>>;
  readonly counts: Readonly<Record<string, AnswerCounts>>;
}

/** The result of {@link aggregateSurvey}. `rows` feed `scoreUnits` directly. */
export interface SurveyAggregate {
  readonly kind: "surveyAggregate";
  readonly questions: readonly string[];
  readonly minResponses: number;
  /** Units in order of first appearance. */
  readonly units: readonly SurveyUnit[];
  readonly rows: readonly UnitRow[];
  /** `LOW_RESPONSES` warnings. */
  readonly findings: readonly Finding[];
}
