/**
 * Survey answers → unit-level indicators, so a province can run its own district-level index.
 * @module
 */
import { toDec } from "../decimal";
import { describe, optionsOf, PgiError, readingInput } from "../errors";
import { foldName } from "../util";
import { LIMIT, powersOf10, type QuestionTable, type Sums, type UnitIndex } from "./cells";
import { readQuestions } from "./questions";
import { buildResult } from "./result";
import type { AggregateOptions, Question, SurveyAggregate, SurveyResponse } from "./types";

export type { AggregateOptions, AnswerCounts, Question, SurveyAggregate, SurveyResponse, SurveyUnit } from "./types";
export { QuestionSchema, QuestionsSchema } from "./questions";

const DK_DEFAULT = ["dk", "don't know", "dont know", "không biết", "khong biet", "kb"];
const YES = new Set(["yes", "y", "co", "true", "1"]);
const NO = new Set(["no", "n", "khong", "false", "0"]);

const enum Kind {
  YesNo = 0,
  Likert = 1,
  Numeric = 2,
}

/** What the fast path of {@link aggregateSurvey} takes for a question. */
const enum Fast {
  /** Booleans. */
  YesNo = 0,
  /** Whole numbers on the scale. */
  Likert = 1,
  /** Numbers without bounds. */
  Numeric = 2,
  /** Numbers within min–max. */
  Bounded = 3,
  /** Nothing (numeric "don't know" codes). */
  None = 4,
}

// The passes of aggregateSurvey, in order (1–3 here, 4–5 in ./result.ts; their tables in ./cells.ts,
// the questions' schemas and checks in ./questions.ts):
//   1. validate   (questionTable)  the questions and options → a table of typed arrays;
//   2. index      (indexUnits)     each response → its unit, units in order of first appearance;
//   3. accumulate (accumulate)     every answer → counts and exact integer sums per cell (unit × question);
//   4. exact cells (exactCell)     a cell whose value is near a rounding tie (or whose sums left the
//                                  exact range) → its exact rational value;
//   5. result     (buildResult)    cells → rounded indicators, counts, LOW_RESPONSES findings, frozen result.

/** The scale of the last {@link scaled} result (a module variable: no object per call). */
let scale = 0;
/** The scaled integer of a finite double (sets `scale`), or NaN beyond 15 digits or 15 decimals. */
function scaled(x: number, P10: readonly number[]): number {
  if (Number.isInteger(x)) {
    scale = 0;
    return x < 1e15 && x > -1e15 ? x : Number.NaN;
  }
  for (let e = 1; e <= 15; e++) {
    const X = Math.round(x * P10[e]!);
    if (X / P10[e]! === x) {
      scale = e;
      return X < 1e15 && X > -1e15 ? X : Number.NaN;
    }
  }
  scale = 0;
  return Number.NaN;
}

/** Where an answer is, for errors. */
const answerPath = (i: number, id: string) => ["responses", i, "answers", id];

// ---------------------------------------------------------------------------------------------
// Pass 1: validate

/** The questions (validated as QuestionsSchema does: ids unique and safe) as typed arrays. */
function questionTable(questions: unknown): QuestionTable {
  const qs = readQuestions(questions, (j) => ["questions", j], ["questions"]);
  const Q = qs.length;
  const ids = qs.map((q) => q.id);
  const idSet = new Set<string>(ids);
  const kinds = new Uint8Array(Q);
  const lo = new Float64Array(Q);
  const hi = new Float64Array(Q);
  const agree = new Float64Array(Q);
  const dk: Set<string>[] = [];
  const dkNum: (Set<number> | null)[] = [];
  const fastKind = new Uint8Array(Q);
  qs.forEach((q, j) => {
    kinds[j] = q.type === "yesNo" ? Kind.YesNo : q.type === "likert" ? Kind.Likert : Kind.Numeric;
    if (q.type === "likert") {
      const [a, b] = q.scale ?? [1, 5];
      lo[j] = a;
      hi[j] = b;
      agree[j] = q.agreeFrom;
    } else if (q.type === "numeric") {
      lo[j] = q.min ?? Number.NEGATIVE_INFINITY;
      hi[j] = q.max ?? Number.POSITIVE_INFINITY;
    }
    const codes = q.dontKnow ?? (q.type === "numeric" ? [] : DK_DEFAULT);
    dk.push(new Set(codes.map((c) => (typeof c === "string" ? foldName(c) : String(c)))));
    const nums = codes.filter((c): c is number => typeof c === "number");
    dkNum.push(nums.length > 0 ? new Set(nums) : null);
    fastKind[j] =
      q.type === "yesNo"
        ? Fast.YesNo
        : dkNum[j] !== null
          ? Fast.None
          : q.type === "likert"
            ? Fast.Likert
            : lo[j] === Number.NEGATIVE_INFINITY && hi[j] === Number.POSITIVE_INFINITY
              ? Fast.Numeric
              : Fast.Bounded;
  });
  const numeric = kinds.map((k) => (k === Kind.Numeric ? 1 : 0));
  return { Q, ids, idSet, kinds, numeric, lo, hi, agree, dk, dkNum, fastKind };
}

/** `minResponses` (default 30): a whole number ≥ 0. */
function minResponsesOf(options: unknown): number {
  const m = optionsOf<AggregateOptions>(options, ["minResponses"]).minResponses ?? 30;
  if (typeof m !== "number" || !Number.isInteger(m) || m < 0) {
    throw new PgiError(
      "INVALID_INPUT",
      { en: `minResponses must be a whole number ≥ 0, got ${describe(m)}`, vi: `minResponses phải là số nguyên từ 0 trở lên, nhận được ${describe(m, "vi")}` },
      ["minResponses"],
    );
  }
  return m + 0; // + 0: no −0
}

// ---------------------------------------------------------------------------------------------
// Pass 2: index

/** Each response's unit (names folded for matching, kept as first written), in order of first appearance. */
function indexUnits(responses: readonly SurveyResponse[]): UnitIndex {
  const unitIndex = new Map<string, number>();
  const names: string[] = [];
  const of = new Int32Array(responses.length);
  for (let i = 0; i < responses.length; i++) {
    const r = responses[i] as SurveyResponse;
    if (typeof r !== "object" || r === null) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `expected a response { unit, weight?, answers }, got ${describe(r)}`,
          vi: `cần một phiếu trả lời { unit, weight?, answers }, nhận được ${describe(r, "vi")}`,
        },
        ["responses", i],
      );
    }
    const unit = r.unit;
    if (typeof unit !== "string" || unit.trim() === "") {
      throw new PgiError(
        "INVALID_INPUT",
        { en: `unit must be a non-empty string, got ${describe(unit)}`, vi: `đơn vị phải là một chuỗi ký tự không rỗng, nhận được ${describe(unit, "vi")}` },
        ["responses", i, "unit"],
      );
    }
    let k = unitIndex.get(unit);
    if (k === undefined) {
      const key = foldName(unit) || unit;
      k = unitIndex.get(key);
      if (k === undefined) {
        k = names.length;
        names.push(unit.trim());
        unitIndex.set(key, k);
      }
      unitIndex.set(unit, k);
    }
    of[i] = k;
  }
  return { names, of };
}

// ---------------------------------------------------------------------------------------------
// Pass 3: accumulate

/**
 * One answer as the validating path reads it: 1/0 for yes/no and agree/disagree, the number for
 * numeric questions, null for blank, undefined for "don't know"; anything else is refused.
 */
function readAnswer(t: QuestionTable, j: number, v: unknown, i: number): number | null | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") {
    const s = v.trim();
    if (s === "") return null;
    if (t.dk[j]!.has(foldName(s))) return undefined;
  } else if (typeof v === "number" && t.dkNum[j] !== null && t.dkNum[j]!.has(v)) return undefined;
  const kind = t.kinds[j];
  const path = answerPath(i, t.ids[j]!);
  if (kind === Kind.YesNo) {
    if (v === true || v === 1) return 1;
    if (v === false || v === 0) return 0;
    if (typeof v === "string") {
      const f = foldName(v);
      if (YES.has(f)) return 1;
      if (NO.has(f)) return 0;
    }
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `expected yes or no (true/false, 1/0, "yes"/"no", "có"/"không"), got ${describe(v)}`,
        vi: `cần câu trả lời có hoặc không (true/false, 1/0, "có"/"không", "yes"/"no"), nhận được ${describe(v, "vi")}`,
      },
      path,
    );
  }
  const x = typeof v === "number" ? v : typeof v === "string" ? Number(toDec(v, { path }).toFixed()) : Number.NaN;
  if (!Number.isFinite(x))
    throw new PgiError("INVALID_NUMBER", { en: `expected a number, got ${describe(v)}`, vi: `cần một số, nhận được ${describe(v, "vi")}` }, path);
  const lo = t.lo[j]!;
  const hi = t.hi[j]!;
  if (kind === Kind.Likert) {
    if (!Number.isInteger(x) || x < lo || x > hi) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `expected a whole number from ${lo} to ${hi}, got ${describe(v)}`,
          vi: `cần một số nguyên từ ${describe(lo, "vi")} đến ${describe(hi, "vi")}, nhận được ${describe(v, "vi")}`,
        },
        path,
      );
    }
    return x >= t.agree[j]! ? 1 : 0;
  }
  if (x < lo || x > hi) {
    throw new PgiError(
      "INVALID_INPUT",
      {
        en: `expected a number from ${lo} to ${hi}, got ${describe(v)}`,
        vi: `cần một số từ ${describe(lo, "vi")} đến ${describe(hi, "vi")}, nhận được ${describe(v, "vi")}`,
      },
      path,
    );
  }
  return x;
}

/** sum[k] += V at scale e (a sum keeps the larger scale); marks the cell when not exact. */
function addScaled(s: Sums, sum: Float64Array, sc: Uint8Array, k: number, V: number, e: number, P10: readonly number[]): void {
  const se = sc[k]!;
  if (e > se) {
    sum[k] = sum[k]! * P10[e - se]!;
    sc[k] = e;
  } else if (e < se) V *= P10[se - e]!;
  const t = sum[k]! + V;
  if (!(t < LIMIT && t > -LIMIT && sum[k]! < LIMIT && sum[k]! > -LIMIT && V < LIMIT && V > -LIMIT)) s.inexact[k] = 1;
  sum[k] = t;
}

/** Add a numeric answer to the fast sums, raising the cell's scale if needed; false if not exact. */
function addNumeric(s: Sums, k: number, v: number, P10: readonly number[]): boolean {
  const X0 = scaled(v, P10);
  if (X0 !== X0) return false;
  const e = scale;
  const se = s.sc1[k]!;
  const sum = e > se ? s.sum1[k]! * P10[e - se]! : s.sum1[k]!;
  const X = e < se ? X0 * P10[se - e]! : X0;
  const t = sum + X;
  if (!(t < LIMIT && t > -LIMIT && sum < LIMIT && sum > -LIMIT && X < LIMIT && X > -LIMIT)) return false;
  if (e > se) s.sc1[k] = e;
  s.sum1[k] = t;
  s.cnt1[k] = s.cnt1[k]! + 1;
  return true;
}

/** The validating path: one answer the fast path did not take (v is not undefined), weight W at scale ew. */
function validateAnswer(
  t: QuestionTable,
  s: Sums,
  fast: boolean,
  i: number,
  j: number,
  k: number,
  v: unknown,
  W: number,
  ew: number,
  P10: readonly number[],
): void {
  let x: number | null | undefined;
  if (v === null) x = null;
  else if (fast && typeof v === "boolean" && t.kinds[j] === Kind.YesNo) x = v ? 1 : 0;
  else if (fast && typeof v === "number" && t.dkNum[j] === null && v === v) {
    const kind = t.kinds[j];
    if (kind === Kind.Likert && v >= t.lo[j]! && v <= t.hi[j]! && Math.floor(v) === v) x = v >= t.agree[j]! ? 1 : 0;
    else if (kind === Kind.Numeric && v >= t.lo[j]! && v <= t.hi[j]! && v - v === 0) x = v;
    else x = readAnswer(t, j, v, i);
  } else x = readAnswer(t, j, v, i);
  if (x === null) s.blank[k] = s.blank[k]! + 1;
  else if (x === undefined) s.dkCount[k] = s.dkCount[k]! + 1;
  else {
    s.valid[k] = s.valid[k]! + 1;
    if (ew === 0 && s.scW[k] === 0 && s.scWX[k] === 0 && (x === 0 || x === 1)) {
      // Counts (weight 1 or whole weights, yes/no or agree/disagree).
      const sw = s.sumW[k]! + W;
      const swx = s.sumWX[k]! + W * x;
      if (!(sw < LIMIT && swx < LIMIT)) s.inexact[k] = 1;
      s.sumW[k] = sw;
      s.sumWX[k] = swx;
    } else {
      const X = x === 0 || x === 1 ? x : scaled(x, P10);
      const ex = x === 0 || x === 1 ? 0 : scale;
      const WX = W * X;
      if (!(WX < LIMIT && WX > -LIMIT) || ew + ex > 30) s.inexact[k] = 1;
      else {
        addScaled(s, s.sumW, s.scW, k, W, ew, P10);
        addScaled(s, s.sumWX, s.scWX, k, WX, ew + ex, P10);
      }
    }
  }
}

/**
 * The fast path for one unweighted response: plain counts for yes/no and Likert answers and, for
 * numeric answers, integer sums at the cell's own scale (sum1 = Σ x·10^sc1, exact below 2^53).
 * Answers it does not recognise at a glance (strings, "don't know" codes, NaN, out of range, more
 * decimals than the cell's scale…) go through the validating path, which gives the same errors.
 * Returns how many of the questions were answered (not undefined).
 */
function fastResponse(t: QuestionTable, s: Sums, a: Record<string, unknown>, i: number, base: number, P10: readonly number[]): number {
  const { Q, ids, fastKind, lo, hi, agree } = t;
  const { cnt1, sum1, sc1, blank } = s;
  let seen = 0;
  for (let j = 0; j < Q; j++) {
    const v = a[ids[j]!];
    const k = base + j;
    if (v === undefined) {
      blank[k] = blank[k]! + 1;
      continue;
    }
    seen++;
    const f = fastKind[j];
    if (f === Fast.YesNo) {
      if (v === true) {
        cnt1[k] = cnt1[k]! + 1;
        sum1[k] = sum1[k]! + 1;
        continue;
      }
      if (v === false) {
        cnt1[k] = cnt1[k]! + 1;
        continue;
      }
    } else if (typeof v === "number") {
      if (f === Fast.Likert) {
        if (v >= lo[j]! && v <= hi[j]! && Math.floor(v) === v) {
          cnt1[k] = cnt1[k]! + 1;
          if (v >= agree[j]!) sum1[k] = sum1[k]! + 1;
          continue;
        }
      } else if (f === Fast.Numeric || (f === Fast.Bounded && v >= lo[j]! && v <= hi[j]!)) {
        // X / p === v with |X| < 10^15: X is the exact decimal of v at this scale (NaN and
        // ±Infinity fail here and are refused by the validating path).
        const p = P10[sc1[k]!]!;
        const X = Math.round(v * p);
        const sum = sum1[k]! + X;
        if (X / p === v && X < 1e15 && X > -1e15 && sum < LIMIT && sum > -LIMIT) {
          cnt1[k] = cnt1[k]! + 1;
          sum1[k] = sum;
          continue;
        }
        if (addNumeric(s, k, v, P10)) continue;
      }
    }
    validateAnswer(t, s, true, i, j, k, v, 1, 0, P10);
  }
  return seen;
}

/** Every response's answers into the cells' counts and exact sums (the fast sums merged at the end). */
function accumulate(responses: readonly SurveyResponse[], t: QuestionTable, units: UnitIndex, fast: boolean): Sums {
  const U = units.names.length;
  const { Q, ids, idSet } = t;
  const n = U * Q;
  const s: Sums = {
    sumW: new Float64Array(n),
    sumWX: new Float64Array(n),
    scW: new Uint8Array(n),
    scWX: new Uint8Array(n),
    inexact: new Uint8Array(n),
    valid: new Int32Array(n),
    blank: new Int32Array(n),
    dkCount: new Int32Array(n),
    nResp: new Int32Array(U),
    cnt1: new Int32Array(n),
    sum1: new Float64Array(n),
    sc1: new Uint8Array(n),
  };
  const P10 = powersOf10();
  for (let i = 0; i < responses.length; i++) {
    const r = responses[i]!;
    const u = units.of[i]!;
    s.nResp[u] = s.nResp[u]! + 1;
    let W = 1;
    let ew = 0;
    let unweighted = fast;
    if (r.weight !== undefined) {
      const w = r.weight;
      if (typeof w !== "number" || !Number.isFinite(w) || w <= 0) {
        throw new PgiError(
          "INVALID_INPUT",
          { en: `weight must be a positive number, got ${describe(w)}`, vi: `trọng số phải là một số dương, nhận được ${describe(w, "vi")}` },
          ["responses", i, "weight"],
        );
      }
      W = scaled(w, P10);
      ew = scale;
      unweighted = false;
    }
    const a = r.answers as Record<string, unknown>;
    if (typeof a !== "object" || a === null || Array.isArray(a)) {
      throw new PgiError(
        "INVALID_INPUT",
        {
          en: `answers must be an object { question: answer }, got ${describe(a)}`,
          vi: `answers phải là một đối tượng { câu hỏi: câu trả lời }, nhận được ${describe(a, "vi")}`,
        },
        ["responses", i, "answers"],
      );
    }
    // The number of own keys, for the unknown-question check after the answers are read. Taken
    // first: it walks the whole object, so the reads below find it in the CPU cache (≈ 30 % faster
    // on objects built key by key, which V8 keeps as hash tables). If it throws (a hostile Proxy),
    // it is taken again after the answers, where it throws as before.
    let nKeys: number;
    try {
      nKeys = Object.keys(a).length;
    } catch {
      nKeys = -1;
    }
    const base = u * Q;
    let seen = 0;
    if (unweighted) seen = fastResponse(t, s, a, i, base, P10);
    else {
      for (let j = 0; j < Q; j++) {
        const v = a[ids[j]!];
        const k = base + j;
        if (v === undefined) {
          s.blank[k] = s.blank[k]! + 1;
          continue;
        }
        seen++;
        validateAnswer(t, s, fast, i, j, k, v, W, ew, P10);
      }
    }
    // Answers to questions that do not exist would be lost silently: refuse them.
    if (nKeys !== seen) {
      for (const key of Object.keys(a)) {
        if (!idSet.has(key) && a[key] !== undefined) {
          const list = `${ids.slice(0, 10).join(", ")}${ids.length > 10 ? ", …" : ""}`;
          throw new PgiError(
            "INVALID_INPUT",
            {
              en: `answer to an unknown question ${describe(key)}; questions: ${list}`,
              vi: `câu trả lời cho câu hỏi ${describe(key, "vi")} không có trong danh sách câu hỏi; các câu hỏi: ${list}`,
            },
            ["responses", i, "answers", key],
          );
        }
      }
    }
  }
  mergeFastSums(s, n, P10);
  return s;
}

/** Merge the fast sums into the validating path's: ΣW gains the count (weight 1 each), ΣW·X the scaled sum. */
function mergeFastSums(s: Sums, n: number, P10: readonly number[]): void {
  for (let k = 0; k < n; k++) {
    const c = s.cnt1[k]!;
    if (c === 0) continue;
    s.valid[k] = s.valid[k]! + c;
    if (s.valid[k] === c && s.inexact[k] === 0) {
      s.sumW[k] = c;
      s.sumWX[k] = s.sum1[k]!;
      s.scWX[k] = s.sc1[k]!;
    } else {
      // A merge beyond 2^53 marks the cell for the exact recomputation.
      addScaled(s, s.sumW, s.scW, k, c, 0, P10);
      addScaled(s, s.sumWX, s.scWX, k, s.sum1[k]!, s.sc1[k]!, P10);
    }
  }
}

/**
 * Turn firm-level survey answers into unit-level indicators.
 *
 * - `yesNo`: the share answering yes, in % (yes: `true`, `1`, "yes", "có"; no: `false`, `0`,
 *   "no", "không"; case and diacritics ignored);
 * - `likert` (default scale 1–5): the share answering `agreeFrom` or higher, in %;
 * - `numeric`: the mean (optionally bounded by `min`/`max`).
 *
 * With weights the shares and means are weighted (Σ w·x / Σ w). Blanks (`null`, missing, `""`) and
 * "don't know" codes (default "dk", "don't know", "không biết"; set `dontKnow` per question) are
 * excluded and counted. Units with fewer than `minResponses` (default 30) responses are
 * `flagged`, with a `LOW_RESPONSES` warning. Values are rounded half-up to 2 dp (exactly: near a
 * tie they are rounded from exact integer sums as a rational). `rows` feed `scoreUnits` directly.
 *
 * @throws {@link PgiError} `INVALID_INPUT` for bad questions, an answer outside its question's
 * type or scale, an unknown question, a missing unit, a weight that is not a positive number;
 * `INVALID_NUMBER` for numeric answers that are not numbers — each with the response index and
 * question id in `path`.
 *
 * @example
 * ```ts
 * const questions = [
 *   { id: "warned", type: "yesNo" },
 *   { id: "support", type: "likert", agreeFrom: 4 },
 *   { id: "cost", type: "numeric" },
 * ] as const;
 * const agg = aggregateSurvey([
 *   { unit: "Cao Lộc", answers: { warned: "có", support: 5, cost: 12.5 } },
 *   { unit: "Cao Lộc", answers: { warned: "không", support: 3, cost: 7.5 } },
 *   { unit: "Cao Lộc", answers: { warned: "dk", support: 4 } },
 * ], questions, { minResponses: 2 });
 * agg.units[0].indicators; // { warned: 50, support: 66.67, cost: 10 }
 * agg.units[0].counts.warned; // { valid: 2, blank: 0, dontKnow: 1 }
 * ```
 */
export function aggregateSurvey(responses: readonly SurveyResponse[], questions: readonly Question[], options: AggregateOptions = {}): SurveyAggregate {
  // A hostile input (a getter that throws while the responses are read) is reported as such.
  return readingInput(() => aggregate(responses, questions, options, true), [], { en: "the responses", vi: "các phiếu trả lời" });
}

/**
 * {@link aggregateSurvey} with every answer read by the validating path (no fast path): the
 * reference the fast path is tested against. @internal
 */
export function aggregateSurveyValidating(
  responses: readonly SurveyResponse[],
  questions: readonly Question[],
  options: AggregateOptions = {},
): SurveyAggregate {
  return readingInput(() => aggregate(responses, questions, options, false), [], { en: "the responses", vi: "các phiếu trả lời" });
}

/** The passes in order: validate → index → accumulate → (exact cells, on demand) → result. */
function aggregate(responses: readonly SurveyResponse[], questions: readonly Question[], options: AggregateOptions, fast: boolean): SurveyAggregate {
  const table = questionTable(questions);
  const minResponses = minResponsesOf(options);
  if (!Array.isArray(responses)) {
    throw new PgiError(
      "INVALID_INPUT",
      { en: `expected an array of responses, got ${describe(responses)}`, vi: `cần một mảng các phiếu trả lời, nhận được ${describe(responses, "vi")}` },
      ["responses"],
    );
  }
  const units = indexUnits(responses);
  const sums = accumulate(responses, table, units, fast);
  return buildResult(responses, table, units, sums, minResponses, (j, v, i) => readAnswer(table, j, v, i));
}
