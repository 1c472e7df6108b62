/**
 * The last passes of aggregateSurvey: exact cells (a cell near a rounding tie, or whose sums left
 * the exact range, gets its exact rational value) and the result (rounded indicators, counts,
 * LOW_RESPONSES findings, frozen). @internal
 * @module
 */
import { finding, type Finding } from "../findings";
import type { UnitRow } from "../scoring/engine";
import { radd, ratOf, rmul, roundRat, type Rat } from "../scoring/exact";
import { deepFreeze } from "../util";
import { showSurvey } from "./render";
import { EPS8, powersOf10, type QuestionTable, type Sums, type UnitIndex } from "./cells";
import type { AnswerCounts, SurveyAggregate, SurveyResponse, SurveyUnit } from "./types";

/** Reads answer j of response i as the validating path does (1/0, the number, null for blank, undefined for "don't know"). */
export type ReadAnswer = (j: number, v: unknown, i: number) => number | null | undefined;

// ---------------------------------------------------------------------------------------------
// Pass 4: exact cells

/** The responses of each unit, for the exact recomputation of marked cells (built once, when needed). */
function responsesByUnit(units: UnitIndex, count: number): Int32Array[] {
  const U = units.names.length;
  const counts = new Int32Array(U);
  for (let i = 0; i < count; i++) counts[units.of[i]!]!++;
  const lists = Array.from({ length: U }, (_, v) => new Int32Array(counts[v]!));
  counts.fill(0);
  for (let i = 0; i < count; i++) lists[units.of[i]!]![counts[units.of[i]!]!++] = i;
  return lists;
}

/**
 * The exact value of cell (u, j) as a rational (shares in %, so ×100): from the scaled integer
 * sums, or, for a cell marked inexact, from its own unit's answers.
 */
function exactCell(t: QuestionTable, s: Sums, u: number, j: number, own: () => Int32Array, responses: readonly SurveyResponse[], read: ReadAnswer): Rat {
  const k = u * t.Q + j;
  const mult = t.numeric[j] === 1 ? 1n : 100n;
  if (s.inexact[k] === 0) {
    return [BigInt(s.sumWX[k]!) * 10n ** BigInt(s.scW[k]!) * mult, BigInt(s.sumW[k]!) * 10n ** BigInt(s.scWX[k]!)];
  }
  let sw: Rat = [0n, 1n];
  let swx: Rat = [0n, 1n];
  for (const i of own()) {
    const x = read(j, (responses[i]!.answers as Record<string, unknown>)[t.ids[j]!], i);
    if (x === null || x === undefined) continue;
    const w = ratOf(responses[i]!.weight ?? 1);
    sw = radd(sw, w);
    swx = radd(swx, rmul(w, ratOf(x)));
  }
  return [swx[0] * sw[1] * mult, swx[1] * sw[0]];
}

// ---------------------------------------------------------------------------------------------
// Pass 5: result

/**
 * The rounded value of cell (u, j) (2 dp half-up; shares in %), or null with no valid answer: by
 * the float quotient of the exact sums, unless it lies within its error bound of a rounding tie
 * (or the cell is inexact), where the exact rational decides.
 */
function cellValue(t: QuestionTable, s: Sums, u: number, j: number, exact: (u: number, j: number) => Rat, P10: readonly number[]): number | null {
  const k = u * t.Q + j;
  if (s.valid[k]! === 0) return null;
  let v = s.sumWX[k]! / s.sumW[k]!;
  if (s.scW[k] !== s.scWX[k]) v = s.scW[k]! > s.scWX[k]! ? v * P10[s.scW[k]! - s.scWX[k]!]! : v / P10[s.scWX[k]! - s.scW[k]!]!;
  const scaledV = t.numeric[j] === 1 ? v * 100 : v * 10000;
  const abs = scaledV < 0 ? -scaledV : scaledV;
  const fl = Math.floor(abs);
  const fr = abs - fl - 0.5;
  const win = 1e-9 + abs * EPS8;
  if (s.inexact[k] === 1 || !(abs < 2 ** 51) || (fr < win && fr > -win)) return roundRat(exact(u, j), 2, ["units", u, "indicators", t.ids[j]!]);
  const q = fr > 0 ? fl + 1 : fl;
  return q === 0 ? 0 : (scaledV < 0 ? -q : q) / 100;
}

/** The frozen result: per unit its indicators and counts, the rows for scoreUnits, LOW_RESPONSES findings. */
export function buildResult(
  responses: readonly SurveyResponse[],
  t: QuestionTable,
  units: UnitIndex,
  s: Sums,
  minResponses: number,
  read: ReadAnswer,
): SurveyAggregate {
  const { Q, ids } = t;
  const P10 = powersOf10();
  let byUnit: Int32Array[] | undefined;
  const exact = (u: number, j: number) => exactCell(t, s, u, j, () => (byUnit ??= responsesByUnit(units, responses.length))[u]!, responses, read);
  const out: SurveyUnit[] = [];
  const rows: UnitRow[] = [];
  const findings: Finding[] = [];
  units.names.forEach((name, u) => {
    // Entries, then Object.fromEntries: records built key by key past a dozen keys are hash tables
    // in V8, and these rows are read again by scoreUnits.
    const indicatorEntries: [string, number | null][] = new Array(Q);
    const countEntries: [string, AnswerCounts][] = new Array(Q);
    for (let j = 0; j < Q; j++) {
      const k = u * Q + j;
      indicatorEntries[j] = [ids[j]!, cellValue(t, s, u, j, exact, P10)];
      countEntries[j] = [ids[j]!, Object.freeze({ valid: s.valid[k]!, blank: s.blank[k]!, dontKnow: s.dkCount[k]! })];
    }
    const n = s.nResp[u]!;
    const flagged = n < minResponses;
    if (flagged) {
      findings.push(
        finding(
          "warning",
          "LOW_RESPONSES",
          `${name} has ${n} responses, fewer than ${minResponses}: its indicators are unreliable`,
          `${name} chỉ có ${n} phiếu, ít hơn ${minResponses}: các chỉ tiêu kém tin cậy`,
          ["units", u],
          { unit: name, responses: n, minResponses },
        ),
      );
    }
    const indicators = Object.freeze(Object.fromEntries(indicatorEntries) as Record<string, number | null>);
    out.push(
      Object.freeze({ unit: name, responses: n, flagged, indicators, counts: Object.freeze(Object.fromEntries(countEntries) as Record<string, AnswerCounts>) }),
    );
    rows.push(Object.freeze({ unit: name, indicators }));
  });
  return deepFreeze({ kind: "surveyAggregate" as const, questions: [...ids], minResponses, units: out, rows, findings }, showSurvey);
}
