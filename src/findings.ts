/**
 * Findings: facts about input that are not errors (rounding differences, declining targets…),
 * returned as data.
 * @module
 */
import type { PgiPath } from "./errors";

/** How serious a finding is: `info` (for the record), `warning` (look at it), `error` (wrong). */
export type Severity = "info" | "warning" | "error";

/**
 * A fact about the input that is not an exception: `{ severity, code, message, path }`, with the
 * message also in Vietnamese and the numbers involved in `details`.
 */
export interface Finding {
  readonly severity: Severity;
  /** Stable code, e.g. `"COMPOSITE_ROUNDING"`. */
  readonly code: string;
  /** English message. */
  readonly message: string;
  /** Vietnamese message. */
  readonly messageVi: string;
  /** Where in the input or result the finding is. */
  readonly path: PgiPath;
  /** The numbers behind the message. */
  readonly details: Readonly<Record<string, string | number | boolean | null>>;
}

/** Build a frozen finding. @internal */
export function finding(
  severity: Severity,
  code: string,
  message: string,
  messageVi: string,
  path: PgiPath,
  details: Record<string, string | number | boolean | null> = {},
): Finding {
  return Object.freeze({
    severity,
    code,
    message,
    messageVi,
    path: Object.freeze([...path]),
    details: Object.freeze({ ...details }),
  });
}
