/**
 * Findings: facts about input that are not errors (rounding differences, declining targets…),
 * returned as data.
 * @module
 */
import type { PgiPath } from "./errors";

/** Every finding code pgi-kit reports; codes never change meaning, new ones may be added. */
export type FindingCode =
  | "COMPOSITE_ROUNDING"
  | "COMPOSITE_MISMATCH"
  | "SCORES_ROUNDED"
  | "BASELINE_YEAR_MISMATCH"
  | "TARGET_YEAR_NOT_AFTER_BASELINE"
  | "TARGET_OUT_OF_SCALE"
  | "TARGET_BELOW_BASELINE"
  | "TARGET_ABOVE_BASELINE"
  | "TARGET_EQUALS_BASELINE"
  | "DELTA_MISMATCH"
  | "COMPOSITE_TARGET_OUT_OF_SCALE"
  | "COMPOSITE_TARGET_BELOW_BASELINE"
  | "MISSING_TARGET"
  | "DUE_AFTER_TARGET_YEAR"
  | "RANK_DIFFERS"
  | "RANK_ORDER_CONFLICT"
  | "COMPOSITE_ONLY_LEFT_OUT"
  | "CONSTANT_INDICATOR"
  | "ALL_MISSING"
  | "MISSING_COMPONENT"
  | "LOW_RESPONSES"
  | "IMPUTATION_GAP"
  | "VALUES_IMPUTED"
  | "OUTLIERS_TREATED"
  | "UNSCORED_LEFT_OUT";

/** How serious a finding is: `info` (for the record), `warning` (look at it), `error` (wrong). */
export type Severity = "info" | "warning" | "error";

/**
 * A fact about the input that is not an exception: `{ severity, code, message, path }`, with the
 * message also in Vietnamese and the numbers involved in `details`.
 */
export interface Finding {
  readonly severity: Severity;
  /** Stable code, e.g. `"COMPOSITE_ROUNDING"`. */
  readonly code: FindingCode;
  /** English message. */
  readonly message: string;
  /** Vietnamese message; its numbers use the decimal comma (`0,78`). */
  readonly messageVi: string;
  /** Where in the input or result the finding is. */
  readonly path: PgiPath;
  /** The numbers behind the message. */
  readonly details: Readonly<Record<string, string | number | boolean | null>>;
}

/** Decimal points of the numbers in a Vietnamese message as decimal commas (not inside ids such as `q1.2`). */
function viNumbers(text: string): string {
  return text.replace(/(?<![\p{L}_\d.,])(-?\d+)\.(\d+)(?![\d.])/gu, "$1,$2");
}

/** Build a frozen finding (the Vietnamese message with decimal commas). @internal */
export function finding(
  severity: Severity,
  code: FindingCode,
  message: string,
  messageVi: string,
  path: PgiPath,
  details: Record<string, string | number | boolean | null> = {},
): Finding {
  return Object.freeze({
    severity,
    code,
    message,
    messageVi: viNumbers(messageVi),
    path: Object.freeze([...path]),
    details: Object.freeze({ ...details }),
  });
}
