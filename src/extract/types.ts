/**
 * The types of {@link extractPlan}'s result and options.
 * @module
 */
import type { NumberInput } from "../decimal";
import type { PgiSubIndexId } from "../framework/pgi";
import type { PlanInput } from "../plan/create";
import type { ScoreCard } from "../scorecard/scorecard";
/** Options of {@link extractPlan}: values used only where the document does not state them. */
export interface ExtractOptions {
  /** Baseline scores for sub-indices whose baseline the document does not state: a score card or scores keyed by anything `subIndex` accepts. */
  readonly baseline?: ScoreCard | Readonly<Record<string, NumberInput>>;
  /** The planning unit, when the document does not name it. */
  readonly unit?: string;
  /** The province whose index the plan targets, when the document names none ("tỉnh …"). */
  readonly indexUnit?: string;
  /** The title, when the document has none. */
  readonly title?: string;
  /** The baseline year, when the document does not state it. */
  readonly baselineYear?: number;
  /** The target year, when the document does not state it. */
  readonly targetYear?: number;
}

/** What an entry of the report is about. */
export type ExtractField =
  | "title"
  | "unit"
  | "indexUnit"
  | "baselineYear"
  | "targetYear"
  | "source"
  | "section"
  | "target"
  | "baseline"
  | "owner"
  | "partner"
  | "due"
  | "compositeTarget"
  | "compositeBaseline"
  | "rankGoal";

/** One thing read from the document. */
export interface ExtractedItem {
  readonly field: ExtractField;
  /** The sub-index it belongs to, or `null` for the plan as a whole. */
  readonly subIndex: PgiSubIndexId | null;
  /** The value read (numbers as plain numbers, dates as ISO strings). */
  readonly value: string | number;
  /** 1-based line number in the text; `null` for values taken from the options. */
  readonly line: number | null;
  /** The line as read (at most 160 characters). */
  readonly text: string;
}

/** Why something could not be read. */
export type ExtractProblemCode =
  | "UNREADABLE_TARGET"
  | "MISSING_TARGET"
  | "MISSING_SECTION"
  | "MISSING_BASELINE"
  | "MISSING_FIELD"
  | "CONFLICT"
  | "OUT_OF_SCALE"
  | "INVALID_DATE"
  | "OWNERS_NOT_KEPT"
  | "DELTA_MISMATCH"
  | "PLAN_REJECTED";

/** Something that looked like part of the plan but could not be read (or is missing). */
export interface ExtractProblem {
  readonly code: ExtractProblemCode;
  readonly subIndex: PgiSubIndexId | null;
  /** 1-based line number, or `null` when nothing in the document is about it. */
  readonly line: number | null;
  readonly message: string;
  readonly messageVi: string;
  /** The line as read (at most 160 characters), or `""`. */
  readonly text: string;
}

/** A rank goal as the document states it; never turned into a score. */
export interface StatedRankGoal {
  readonly subIndex: PgiSubIndexId | null;
  /** "nằm trong nhóm 30 tỉnh dẫn đầu" → 30. */
  readonly group: number | null;
  /** "nhóm khá", "nhóm tốt": the named group, as written. */
  readonly groupName: string | null;
  /** "tăng 5 bậc" → 5. */
  readonly rise: number | null;
  /** "xếp thứ 20", "xếp hạng 20 trở lên" → 20. */
  readonly rank: number | null;
  readonly line: number;
  readonly text: string;
}

/** The report of {@link extractPlan}. */
export interface ExtractReport {
  readonly kind: "extractReport";
  /** Lines in the text. */
  readonly lines: number;
  /** What was read, in the order of the document. */
  readonly read: readonly ExtractedItem[];
  /** What could not be read or is missing. */
  readonly problems: readonly ExtractProblem[];
  /** Rank goals (composite or per sub-index). */
  readonly rankGoals: readonly StatedRankGoal[];
}

/** The result of {@link extractPlan}. */
export interface PlanExtraction {
  readonly kind: "planExtraction";
  /** A {@link createPlan} input, or `null` when the document lacks what a plan needs (see the report). */
  readonly plan: PlanInput | null;
  /**
   * The planning unit as read (also `plan.unit`): a province by its name ("Lạng Sơn"), a unit
   * below it with its level word ("Huyện Văn Quan"), a label `Đơn vị:` as written; `null` when
   * neither the document nor the options name it.
   */
  readonly unit: string | null;
  /**
   * The province whose published index the plan targets: "Lạng Sơn" in a district's plan that
   * names "tỉnh Lạng Sơn"; the unit itself in a province's own plan; `null` when the document
   * names no province (a plan's index unit then defaults to its unit).
   */
  readonly indexUnit: string | null;
  /** The partners ("phối hợp") by sub-index, apart from the lead bodies in `plan.targets[id].owners`; each body once. */
  readonly partners: Readonly<Partial<Record<PgiSubIndexId, readonly string[]>>>;
  readonly report: ExtractReport;
}
