/**
 * The working tables of aggregateSurvey, shared by its passes (src/survey/aggregate.ts: validate,
 * index, accumulate; src/survey/result.ts: exact cells, result). @internal
 * @module
 */

/** Pass 1's output: the questions as typed arrays, by question index j. */
export interface QuestionTable {
  readonly Q: number;
  readonly ids: readonly string[];
  readonly idSet: ReadonlySet<string>;
  /** The question kinds (yes/no, Likert, numeric: see `Kind` in aggregate.ts). */
  readonly kinds: Uint8Array;
  /** 1 for a numeric question (its value is a mean, not a share in %). */
  readonly numeric: Uint8Array;
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  readonly agree: Float64Array;
  /** Folded "don't know" codes (strings, and numbers as strings). */
  readonly dk: readonly ReadonlySet<string>[];
  /** Numeric "don't know" codes, or null. */
  readonly dkNum: readonly (ReadonlySet<number> | null)[];
  /** What the fast path does with each question. */
  readonly fastKind: Uint8Array;
}

/** Pass 2's output: units in order of first appearance and the unit of each response. */
export interface UnitIndex {
  readonly names: readonly string[];
  readonly of: Int32Array;
}

/**
 * Pass 3's output, per cell k = u·Q + j. The validating path keeps exact sums gathered in floats:
 * every weight w and answer x is a decimal read as an integer at its own scale (W = w·10^ew,
 * X = x·10^ex, at most 15 digits), and ΣW (scale scW) and ΣW·X (scale scWX) are integers held
 * exactly in doubles while below 2^53; a cell that leaves that range is marked `inexact` and
 * recomputed with rationals from its own unit's responses (never for ordinary data). The fast path
 * (unweighted answers) keeps plain counts `cnt1` and sums `sum1` at scale `sc1`, merged into the
 * validating path's sums at the end of the pass.
 */
export interface Sums {
  readonly sumW: Float64Array;
  readonly sumWX: Float64Array;
  readonly scW: Uint8Array;
  readonly scWX: Uint8Array;
  readonly inexact: Uint8Array;
  readonly valid: Int32Array;
  readonly blank: Int32Array;
  readonly dkCount: Int32Array;
  readonly nResp: Int32Array;
  readonly cnt1: Int32Array;
  readonly sum1: Float64Array;
  readonly sc1: Uint8Array;
}

export const LIMIT = 2 ** 53;
export const EPS8 = 8 * 2 ** -52;
let p10: number[] | undefined;
/** 10^0 … 10^30 as doubles (built on first use). */
export function powersOf10(): number[] {
  if (p10 === undefined) {
    p10 = [];
    for (let e = 0; e <= 30; e++) p10.push(Number(`1e${e}`));
  }
  return p10;
}
