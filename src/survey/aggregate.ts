/**
 * Survey answers → unit-level indicators, so a province can run its own district-level index.
 * @module
 */
import * as z from "zod/mini";
import { toDec } from "../decimal";
import { describe, optionsOf, parseWith, PgiError, readingInput } from "../errors";
import { finding, type Finding } from "../findings";
import { deepFreeze, foldName } from "../util";
import type { UnitRow } from "../scoring/engine";
import { radd, ratOf, rmul, roundRat, type Rat } from "../scoring/exact";
import { showSurvey } from "./render";

/** A survey question. `dontKnow` lists codes counted as "don't know" (excluded and counted). */
export type Question =
  | { readonly id: string; readonly type: "yesNo"; readonly dontKnow?: readonly (string | number)[] }
  | { readonly id: string; readonly type: "likert"; readonly scale?: readonly [number, number]; readonly agreeFrom: number; readonly dontKnow?: readonly (string | number)[] }
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

const DK_DEFAULT = ["dk", "don't know", "dont know", "không biết", "khong biet", "kb"];
const YES = new Set(["yes", "y", "co", "true", "1"]);
const NO = new Set(["no", "n", "khong", "false", "0"]);

const QId = () => z.string("a question id must be a string").check(z.minLength(1, "a question id must not be empty"), z.maxLength(100, "a question id must be at most 100 characters"));
const DontKnow = () => z.optional(z.array(z.union([z.string().check(z.maxLength(100)), z.number()])).check(z.maxLength(100)));
const Finite = (what: string) => z.number(`${what} must be a number`).check(z.gte(-1e15, `${what} must be from -1e15 to 1e15`), z.lte(1e15, `${what} must be from -1e15 to 1e15`));

/**
 * A survey question, for apps that validate before calling {@link aggregateSurvey}.
 *
 * @example
 * ```ts
 * QuestionSchema.safeParse({ id: "support", type: "likert", agreeFrom: 4 }).success; // true
 * QuestionSchema.safeParse({ id: "support", type: "likert" }).success;               // false
 * ```
 */
export const QuestionSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion("type", [
  z.strictObject({ id: QId(), type: z.literal("yesNo"), dontKnow: DontKnow() }),
  z.strictObject({
    id: QId(),
    type: z.literal("likert"),
    scale: z.optional(z.tuple([z.int(), z.int()]).check(z.refine(([a, b]: [number, number]) => a < b, "scale must be [low, high] with low < high"))),
    agreeFrom: z.number("likert questions need agreeFrom, the lowest answer that counts as agreeing"),
    dontKnow: DontKnow(),
  }),
  z.strictObject({ id: QId(), type: z.literal("numeric"), min: z.optional(Finite("min")), max: z.optional(Finite("max")), dontKnow: DontKnow() }),
], 'a question\'s type must be "yesNo", "likert" or "numeric"'))();
/**
 * A non-empty list of survey questions.
 *
 * @example
 * ```ts
 * QuestionsSchema.safeParse([]).success; // false
 * ```
 */
export const QuestionsSchema = /* @__PURE__ */ (() => z.array(QuestionSchema).check(z.minLength(1, "give at least one question"), z.maxLength(10000, "give at most 10000 questions")))();

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
  return readingInput(() => aggregate(responses, questions, options, true), [], "the responses");
}

/**
 * {@link aggregateSurvey} with every answer read by the validating path (no fast path): the
 * reference the fast path is tested against. @internal
 */
export function aggregateSurveyValidating(responses: readonly SurveyResponse[], questions: readonly Question[], options: AggregateOptions = {}): SurveyAggregate {
  return readingInput(() => aggregate(responses, questions, options, false), [], "the responses");
}

function aggregate(responses: readonly SurveyResponse[], questions: readonly Question[], options: AggregateOptions, fast: boolean): SurveyAggregate {
  const qs = parseWith(QuestionsSchema, questions, ["questions"]);
  const minResponses = (optionsOf<AggregateOptions>(options, ["minResponses"]).minResponses ?? 30) + 0; // + 0: no −0
  if (!Number.isInteger(minResponses) || minResponses < 0) {
    throw new PgiError("INVALID_INPUT", `minResponses must be a whole number ≥ 0, got ${describe(minResponses)}`, ["minResponses"]);
  }
  if (!Array.isArray(responses)) throw new PgiError("INVALID_INPUT", `expected an array of responses, got ${describe(responses)}`, ["responses"]);
  const Q = qs.length;
  const ids = qs.map((q) => q.id);
  const idSet = new Set<string>();
  qs.forEach((q, j) => {
    if (idSet.has(q.id)) throw new PgiError("INVALID_INPUT", `question "${q.id}" is given twice`, ["questions", j, "id"]);
    if (["__proto__", "constructor", "prototype"].includes(q.id)) throw new PgiError("UNSAFE_KEY", `"${q.id}" cannot be a question id`, ["questions", j, "id"]);
    idSet.add(q.id);
  });
  const kinds = new Uint8Array(Q);
  const lo = new Float64Array(Q);
  const hi = new Float64Array(Q);
  const agree = new Float64Array(Q);
  const dk: Set<string>[] = [];
  const dkNum: (Set<number> | null)[] = [];
  qs.forEach((q, j) => {
    kinds[j] = q.type === "yesNo" ? Kind.YesNo : q.type === "likert" ? Kind.Likert : Kind.Numeric;
    if (q.type === "likert") {
      const [a, b] = q.scale ?? [1, 5];
      lo[j] = a;
      hi[j] = b;
      agree[j] = q.agreeFrom;
      if (q.agreeFrom < a || q.agreeFrom > b) throw new PgiError("INVALID_INPUT", `agreeFrom ${q.agreeFrom} is outside the scale ${a}–${b}`, ["questions", j, "agreeFrom"]);
    } else if (q.type === "numeric") {
      lo[j] = q.min ?? Number.NEGATIVE_INFINITY;
      hi[j] = q.max ?? Number.POSITIVE_INFINITY;
    }
    const codes = q.dontKnow ?? (q.type === "numeric" ? [] : DK_DEFAULT);
    dk.push(new Set(codes.map((c) => (typeof c === "string" ? foldName(c) : String(c)))));
    const nums = codes.filter((c): c is number => typeof c === "number");
    dkNum.push(nums.length > 0 ? new Set(nums) : null);
  });

  // Units in order of first appearance.
  const unitIndex = new Map<string, number>();
  const unitNames: string[] = [];
  const unitOf = new Int32Array(responses.length);
  for (let i = 0; i < responses.length; i++) {
    const r = responses[i] as SurveyResponse;
    if (typeof r !== "object" || r === null) throw new PgiError("INVALID_INPUT", `expected a response { unit, weight?, answers }, got ${describe(r)}`, ["responses", i]);
    const unit = r.unit;
    if (typeof unit !== "string" || unit.trim() === "") throw new PgiError("INVALID_INPUT", `unit must be a non-empty string, got ${describe(unit)}`, ["responses", i, "unit"]);
    let k = unitIndex.get(unit);
    if (k === undefined) {
      const key = foldName(unit) || unit;
      k = unitIndex.get(key);
      if (k === undefined) {
        k = unitNames.length;
        unitNames.push(unit.trim());
        unitIndex.set(key, k);
      }
      unitIndex.set(unit, k);
    }
    unitOf[i] = k;
  }
  const U = unitNames.length;
  // Exact sums gathered in the float pass: every weight w and answer x is a decimal, read as an
  // integer at its own scale (W = w·10^ew, X = x·10^ex, at most 15 digits), and the per-cell sums
  // ΣW (scale scW) and ΣW·X (scale scWX) are integers held exactly in doubles while below 2^53.
  // A cell that leaves that range is marked and recomputed with rationals from its own unit's
  // responses (never for ordinary data).
  const sumW = new Float64Array(U * Q);
  const sumWX = new Float64Array(U * Q);
  const scW = new Uint8Array(U * Q);
  const scWX = new Uint8Array(U * Q);
  const inexact = new Uint8Array(U * Q);
  const valid = new Int32Array(U * Q);
  const blank = new Int32Array(U * Q);
  const dkCount = new Int32Array(U * Q);
  const nResp = new Int32Array(U);
  const LIMIT = 2 ** 53;
  const P10: number[] = [];
  for (let e = 0; e <= 30; e++) P10.push(Number(`1e${e}`));
  // The scaled integer of a finite double (sets `scale`), or NaN beyond 15 digits or 15 decimals.
  let scale = 0;
  const scaled = (x: number): number => {
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
  };
  /** sum[k] += V at scale e (a sum keeps the larger scale); marks the cell when not exact. */
  const addScaled = (sum: Float64Array, sc: Uint8Array, k: number, V: number, e: number): void => {
    const se = sc[k]!;
    if (e > se) {
      sum[k] = sum[k]! * P10[e - se]!;
      sc[k] = e;
    } else if (e < se) V *= P10[se - e]!;
    const t = sum[k]! + V;
    if (!(t < LIMIT && t > -LIMIT && sum[k]! < LIMIT && sum[k]! > -LIMIT && V < LIMIT && V > -LIMIT)) inexact[k] = 1;
    sum[k] = t;
  };

  const readAnswer = (j: number, v: unknown, i: number): number | null | undefined => {
    // Returns the value (1/0 for yes/no and agree/disagree, the number for numeric), null for
    // blank, undefined for don't know.
    if (v === null || v === undefined) return null;
    if (typeof v === "string") {
      const t = v.trim();
      if (t === "") return null;
      if (dk[j]!.has(foldName(t))) return undefined;
    } else if (typeof v === "number" && dkNum[j] !== null && dkNum[j]!.has(v)) return undefined;
    const kind = kinds[j];
    if (kind === Kind.YesNo) {
      if (v === true || v === 1) return 1;
      if (v === false || v === 0) return 0;
      if (typeof v === "string") {
        const f = foldName(v);
        if (YES.has(f)) return 1;
        if (NO.has(f)) return 0;
      }
      throw new PgiError("INVALID_INPUT", `expected yes or no (true/false, 1/0, "yes"/"no", "có"/"không"), got ${describe(v)}`, ["responses", i, "answers", ids[j]!]);
    }
    const x = typeof v === "number" ? v : typeof v === "string" ? Number(toDec(v, { path: ["responses", i, "answers", ids[j]!] }).toFixed()) : Number.NaN;
    if (!Number.isFinite(x)) throw new PgiError("INVALID_NUMBER", `expected a number, got ${describe(v)}`, ["responses", i, "answers", ids[j]!]);
    if (kind === Kind.Likert) {
      if (!Number.isInteger(x) || x < lo[j]! || x > hi[j]!) {
        throw new PgiError("INVALID_INPUT", `expected a whole number from ${lo[j]} to ${hi[j]}, got ${describe(v)}`, ["responses", i, "answers", ids[j]!]);
      }
      return x >= agree[j]! ? 1 : 0;
    }
    if (x < lo[j]! || x > hi[j]!) throw new PgiError("INVALID_INPUT", `expected a number from ${lo[j]} to ${hi[j]}, got ${describe(v)}`, ["responses", i, "answers", ids[j]!]);
    return x;
  };


  // The fast path (unweighted responses): plain counts for yes/no and Likert answers and, for
  // numeric answers, integer sums at the cell's own scale (sum1 = Σ x·10^sc1, exact below 2^53).
  // Answers it does not recognise at a glance (strings, "don't know" codes, NaN, out of range,
  // more decimals than the cell's scale…) go through the validating path below, which gives the
  // same errors; the two kinds of sums are merged exactly once at the end.
  const cnt1 = new Int32Array(U * Q);
  const sum1 = new Float64Array(U * Q);
  const sc1 = new Uint8Array(U * Q);
  // What the fast path does with each question (numbers that are "don't know" codes: nothing).
  const fastKind = Uint8Array.from(qs, (q, j) =>
    q.type === "yesNo" ? Fast.YesNo : dkNum[j] !== null ? Fast.None : q.type === "likert" ? Fast.Likert : lo[j] === Number.NEGATIVE_INFINITY && hi[j] === Number.POSITIVE_INFINITY ? Fast.Numeric : Fast.Bounded,
  );
  /** Add a numeric answer to the fast sums, raising the cell's scale if needed; false if not exact. */
  const addNumeric = (k: number, v: number): boolean => {
    const X0 = scaled(v);
    if (X0 !== X0) return false;
    const e = scale;
    const se = sc1[k]!;
    const s = e > se ? sum1[k]! * P10[e - se]! : sum1[k]!;
    const X = e < se ? X0 * P10[se - e]! : X0;
    const t = s + X;
    if (!(t < LIMIT && t > -LIMIT && s < LIMIT && s > -LIMIT && X < LIMIT && X > -LIMIT)) return false;
    if (e > se) sc1[k] = e;
    sum1[k] = t;
    cnt1[k] = cnt1[k]! + 1;
    return true;
  };

  /** The validating path: one answer the fast path did not take (v is not undefined). */
  const validate = (i: number, j: number, k: number, v: unknown, W: number, ew: number): void => {
    let x: number | null | undefined;
    if (v === null) x = null;
    else if (fast && typeof v === "boolean" && kinds[j] === Kind.YesNo) x = v ? 1 : 0;
    else if (fast && typeof v === "number" && dkNum[j] === null && v === v) {
      const kind = kinds[j];
      if (kind === Kind.Likert && v >= lo[j]! && v <= hi[j]! && Math.floor(v) === v) x = v >= agree[j]! ? 1 : 0;
      else if (kind === Kind.Numeric && v >= lo[j]! && v <= hi[j]! && v - v === 0) x = v;
      else x = readAnswer(j, v, i);
    } else x = readAnswer(j, v, i);
    if (x === null) blank[k] = blank[k]! + 1;
    else if (x === undefined) dkCount[k] = dkCount[k]! + 1;
    else {
      valid[k] = valid[k]! + 1;
      if (ew === 0 && scW[k] === 0 && scWX[k] === 0 && (x === 0 || x === 1)) {
        // Counts (weight 1 or whole weights, yes/no or agree/disagree).
        const sw = sumW[k]! + W;
        const swx = sumWX[k]! + W * x;
        if (!(sw < LIMIT && swx < LIMIT)) inexact[k] = 1;
        sumW[k] = sw;
        sumWX[k] = swx;
      } else {
        const X = x === 0 || x === 1 ? x : scaled(x);
        const ex = x === 0 || x === 1 ? 0 : scale;
        const WX = W * X;
        if (!(WX < LIMIT && WX > -LIMIT) || ew + ex > 30) inexact[k] = 1;
        else {
          addScaled(sumW, scW, k, W, ew);
          addScaled(sumWX, scWX, k, WX, ew + ex);
        }
      }
    }
  };

  for (let i = 0; i < responses.length; i++) {
    const r = responses[i]!;
    const u = unitOf[i]!;
    nResp[u] = nResp[u]! + 1;
    let W = 1;
    let ew = 0;
    let unweighted = fast;
    if (r.weight !== undefined) {
      const w = r.weight;
      if (typeof w !== "number" || !Number.isFinite(w) || w <= 0) throw new PgiError("INVALID_INPUT", `weight must be a positive number, got ${describe(r.weight)}`, ["responses", i, "weight"]);
      W = scaled(w);
      ew = scale;
      unweighted = false;
    }
    const a = r.answers as Record<string, unknown>;
    if (typeof a !== "object" || a === null || Array.isArray(a)) throw new PgiError("INVALID_INPUT", `answers must be an object { question: answer }, got ${describe(a)}`, ["responses", i, "answers"]);
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
    let seen = 0;
    const base = u * Q;
    if (unweighted) {
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
            const t = sum1[k]! + X;
            if (X / p === v && X < 1e15 && X > -1e15 && t < LIMIT && t > -LIMIT) {
              cnt1[k] = cnt1[k]! + 1;
              sum1[k] = t;
              continue;
            }
            if (addNumeric(k, v)) continue;
          }
        }
        validate(i, j, k, v, 1, 0);
      }
    } else {
      for (let j = 0; j < Q; j++) {
        const v = a[ids[j]!];
        const k = base + j;
        if (v === undefined) {
          blank[k] = blank[k]! + 1;
          continue;
        }
        seen++;
        validate(i, j, k, v, W, ew);
      }
    }
    // Answers to questions that do not exist would be lost silently: refuse them.
    if (nKeys !== seen) {
      for (const key of Object.keys(a)) {
        if (!idSet.has(key) && a[key] !== undefined) {
          throw new PgiError("INVALID_INPUT", `answer to an unknown question "${key}"; questions: ${ids.slice(0, 10).join(", ")}${ids.length > 10 ? ", …" : ""}`, ["responses", i, "answers", key]);
        }
      }
    }
  }
  // Merge the fast sums into the validating path's: ΣW gains the count (weight 1 each), ΣW·X the
  // scaled sum; a merge beyond 2^53 marks the cell for the exact recomputation.
  for (let k = 0; k < U * Q; k++) {
    const c = cnt1[k]!;
    if (c === 0) continue;
    valid[k] = valid[k]! + c;
    if (valid[k] === c && inexact[k] === 0) {
      sumW[k] = c;
      sumWX[k] = sum1[k]!;
      scWX[k] = sc1[k]!;
    } else {
      addScaled(sumW, scW, k, c, 0);
      addScaled(sumWX, scWX, k, sum1[k]!, sc1[k]!);
    }
  }

  // Exact value of one cell as a rational, from the scaled integer sums (or, for a cell marked
  // inexact, from its own unit's answers).
  let byUnit: Int32Array[] | undefined;
  const exactCell = (u: number, j: number): Rat => {
    const k = u * Q + j;
    const mult = kinds[j] === Kind.Numeric ? 1n : 100n;
    if (inexact[k] === 0) {
      return [BigInt(sumWX[k]!) * 10n ** BigInt(scW[k]!) * mult, BigInt(sumW[k]!) * 10n ** BigInt(scWX[k]!)];
    }
    if (byUnit === undefined) {
      const counts = new Int32Array(U);
      for (let i = 0; i < responses.length; i++) counts[unitOf[i]!]!++;
      const lists = Array.from({ length: U }, (_, v) => new Int32Array(counts[v]!));
      counts.fill(0);
      for (let i = 0; i < responses.length; i++) lists[unitOf[i]!]![counts[unitOf[i]!]!++] = i;
      byUnit = lists;
    }
    let sw: Rat = [0n, 1n];
    let swx: Rat = [0n, 1n];
    for (const i of byUnit[u]!) {
      const x = readAnswer(j, (responses[i]!.answers as Record<string, unknown>)[ids[j]!], i);
      if (x === null || x === undefined) continue;
      const w = ratOf(responses[i]!.weight ?? 1);
      sw = radd(sw, w);
      swx = radd(swx, rmul(w, ratOf(x)));
    }
    return [swx[0] * sw[1] * mult, swx[1] * sw[0]];
  };
  const EPS8 = 8 * 2 ** -52;

  const units: SurveyUnit[] = [];
  const rows: UnitRow[] = [];
  const findings: Finding[] = [];
  for (let u = 0; u < U; u++) {
    // Entries, then Object.fromEntries: records built key by key past a dozen keys are hash tables
    // in V8, and these rows are read again by scoreUnits.
    const indicatorEntries: [string, number | null][] = new Array(Q);
    const countEntries: [string, AnswerCounts][] = new Array(Q);
    for (let j = 0; j < Q; j++) {
      const k = u * Q + j;
      let value: number | null = null;
      if (valid[k]! > 0) {
        let v = sumWX[k]! / sumW[k]!;
        if (scW[k] !== scWX[k]) v = scW[k]! > scWX[k]! ? v * P10[scW[k]! - scWX[k]!]! : v / P10[scWX[k]! - scW[k]!]!;
        const s = kinds[j] === Kind.Numeric ? v * 100 : v * 10000;
        const abs = s < 0 ? -s : s;
        const fl = Math.floor(abs);
        const fr = abs - fl - 0.5;
        const win = 1e-9 + abs * EPS8;
        if (inexact[k] === 1 || !(abs < 2 ** 51) || (fr < win && fr > -win)) value = roundRat(exactCell(u, j), 2, ["units", u, "indicators", ids[j]!]);
        else {
          const q = fr > 0 ? fl + 1 : fl;
          value = q === 0 ? 0 : (s < 0 ? -q : q) / 100;
        }
      }
      indicatorEntries[j] = [ids[j]!, value];
      countEntries[j] = [ids[j]!, Object.freeze({ valid: valid[k]!, blank: blank[k]!, dontKnow: dkCount[k]! })];
    }
    const indicators: Record<string, number | null> = Object.fromEntries(indicatorEntries);
    const counts: Record<string, AnswerCounts> = Object.fromEntries(countEntries);
    const flagged = nResp[u]! < minResponses;
    if (flagged) {
      findings.push(
        finding(
          "warning",
          "LOW_RESPONSES",
          `${unitNames[u]} has ${nResp[u]} responses, fewer than ${minResponses}: its indicators are unreliable`,
          `${unitNames[u]} chỉ có ${nResp[u]} phiếu, ít hơn ${minResponses}: các chỉ tiêu kém tin cậy`,
          ["units", u],
          { unit: unitNames[u]!, responses: nResp[u]!, minResponses },
        ),
      );
    }
    const frozenIndicators = Object.freeze(indicators);
    units.push(Object.freeze({ unit: unitNames[u]!, responses: nResp[u]!, flagged, indicators: frozenIndicators, counts: Object.freeze(counts) }));
    rows.push(Object.freeze({ unit: unitNames[u]!, indicators: frozenIndicators }));
  }
  return deepFreeze({ kind: "surveyAggregate" as const, questions: ids, minResponses, units, rows, findings }, showSurvey);
}
